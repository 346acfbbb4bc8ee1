/// How wide a list column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// At least `min` columns, plus a share (by `weight`) of what is left.
    case flexible(min: Int = 0, weight: Int = 1)
}

/// A column of a `ListView`: its heading, width and alignment.
public struct ListColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment

    public init(_ title: String = "", width: ColumnWidth, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One cell of a list row: text, and optionally its own role (a warmth
/// colour, say), which wins over the row's role unless the row is selected.
/// `marked` ranges (indexes into `TextSanitizer.clusters(text)`) are drawn
/// in the list's match role, selected row included.
public struct ListCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole?
    public var marked: [Range<Int>]

    public init(_ text: String, role: StyleRole? = nil, marked: [Range<Int>] = []) {
        self.text = text
        self.role = role
        self.marked = marked
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// One row of a `ListView`, with an optional role for the whole row
/// (`list.overdue`, `list.dim`).
public struct ListRow: Hashable, Sendable {
    public var cells: [ListCell]
    public var role: StyleRole?

    public init(_ cells: [ListCell], role: StyleRole? = nil) {
        self.cells = cells
        self.role = role
    }
}

/// A scrolling list of rows laid out in columns, with a selected row. The
/// offset it renders with keeps the selection in view; store the returned
/// `ListState` (or call `ListState.scrolled`) to keep scrolling steady.
public struct ListView: Widget, Sendable {
    public var columns: [ListColumn]
    public var rows: [ListRow]
    public var state: ListState
    public var showHeader: Bool
    /// Blank columns between two columns.
    public var spacing: Int
    /// Shown in the placeholder role when there are no rows.
    public var emptyMessage: String
    public var role: StyleRole = .list
    public var headerRole: StyleRole = .listHeader
    public var selectedRole: StyleRole = .listSelected
    /// The marked parts of cells (a search match).
    public var matchRole: StyleRole = .listMatch

    public init(columns: [ListColumn], rows: [ListRow], state: ListState = ListState(), showHeader: Bool = false,
                spacing: Int = 1, emptyMessage: String = "") {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.showHeader = showHeader
        self.spacing = spacing
        self.emptyMessage = emptyMessage
    }

    /// Rows of `area` left for list rows (the header takes one).
    public func visibleRows(in area: Rect) -> Int {
        max(0, area.height - (showHeader ? 1 : 0))
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        _ = renderReturningState(into: &buffer, area: area)
    }

    /// Draws the list and returns the state it used (offset adjusted).
    @discardableResult
    public func renderReturningState(into buffer: inout ScreenBuffer, area: Rect) -> ListState {
        guard !area.isEmpty else { return state }
        buffer.fill(area, role: role)
        let widths = ColumnLayout.widths(columns.map(\.width), total: area.width, spacing: spacing)
        var top = area.y
        if showHeader {
            let titles = columns.map { ListCell($0.title) }
            draw(titles, widths: widths, x: area.x, y: top, width: area.width, rowRole: headerRole, forceRole: true,
                 into: &buffer)
            top += 1
        }
        let visible = visibleRows(in: area)
        let used = state.scrolled(visibleRows: visible, count: rows.count)
        if rows.isEmpty && !emptyMessage.isEmpty && visible > 0 {
            buffer.write(emptyMessage, x: area.x, y: top, maxWidth: area.width, role: .placeholder)
        }
        for (offset, row) in rows.dropFirst(used.offset).prefix(visible).enumerated() {
            let index = used.offset + offset
            let selected = index == used.selected
            let rowRole = selected ? selectedRole : (row.role ?? role)
            draw(row.cells, widths: widths, x: area.x, y: top + offset, width: area.width, rowRole: rowRole,
                 forceRole: selected, into: &buffer)
        }
        return used
    }

    private func draw(_ cells: [ListCell], widths: [Int], x: Int, y: Int, width: Int, rowRole: StyleRole,
                      forceRole: Bool, into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), role: rowRole)
        var left = x
        for (index, columnWidth) in widths.enumerated() {
            defer { left += columnWidth + spacing }
            guard columnWidth > 0, index < cells.count else { continue }
            let cell = cells[index]
            let alignment = index < columns.count ? columns[index].alignment : .left
            let cellRole = forceRole ? rowRole : (cell.role ?? rowRole)
            let text = StyledText(cell.text, role: cellRole, marked: cell.marked, markRole: matchRole)
                .fitted(width: columnWidth, alignment: alignment, padRole: cellRole, reveal: matchRole)
            buffer.write(text, x: left, y: y, maxWidth: min(columnWidth, x + width - left), reveal: matchRole)
        }
    }
}

/// Which row of a list is selected and which row is at the top.
public struct ListState: Hashable, Sendable {
    public var selected: Int?
    public var offset: Int

    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` rows, clamped to `count` rows (stays
    /// nil for an empty list; starts at the first row).
    public mutating func move(by delta: Int, count: Int) {
        guard count > 0 else {
            selected = nil
            return
        }
        selected = min(count - 1, max(0, (selected ?? 0) + (selected == nil ? 0 : delta)))
    }

    /// Selects `index`, clamped to `count` rows.
    public mutating func select(_ index: Int, count: Int) {
        selected = count > 0 ? min(count - 1, max(0, index)) : nil
    }

    /// The state with the offset moved as little as needed to show the
    /// selection, and no blank rows left below the last row.
    public func scrolled(visibleRows: Int, count: Int) -> ListState {
        guard visibleRows > 0 else { return ListState(selected: selected, offset: 0) }
        var top = min(max(0, offset), max(0, count - visibleRows))
        if let selected, selected >= 0, selected < count {
            if selected < top { top = selected }
            if selected >= top + visibleRows { top = selected - visibleRows + 1 }
        }
        return ListState(selected: selected, offset: top)
    }
}

/// Column widths for a row of `ColumnWidth`s.
public enum ColumnLayout {
    /// The width of each column in `total` columns with `spacing` between
    /// them: fixed columns first (left to right while room remains), then
    /// each flexible column its minimum, then the rest shared by weight.
    public static func widths(_ columns: [ColumnWidth], total: Int, spacing: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        var remaining = max(0, total - max(0, spacing) * (columns.count - 1))
        var widths = [Int](repeating: 0, count: columns.count)
        for (index, column) in columns.enumerated() {
            if case .fixed(let cells) = column {
                widths[index] = min(max(0, cells), remaining)
                remaining -= widths[index]
            }
        }
        var weights: [(index: Int, weight: Int)] = []
        for (index, column) in columns.enumerated() {
            if case .flexible(let minimum, let weight) = column {
                widths[index] = min(max(0, minimum), remaining)
                remaining -= widths[index]
                weights.append((index, max(0, weight)))
            }
        }
        let totalWeight = weights.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0, remaining > 0 else { return widths }
        var handedOut = 0
        for (index, weight) in weights where weight > 0 {
            let share = remaining * weight / totalWeight
            widths[index] += share
            handedOut += share
        }
        if let last = weights.last(where: { $0.weight > 0 }) {
            widths[last.index] += remaining - handedOut
        }
        return widths
    }
}

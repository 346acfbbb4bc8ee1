import RapportLocalization

/// The help screen's body: for each section a heading, then one row per
/// binding with the keys in a column of their own and the description
/// beside them. Scrolls by `firstLine` when taller than its area; while
/// lines remain below, the last row says so (`moreBelow`).
public struct HelpTable: Widget, Sendable {
    public var sections: [HelpSection]
    public var firstLine: Int
    public var role: StyleRole = .help
    public var keyRole: StyleRole = .helpKey
    public var headingRole: StyleRole = .helpHeading
    /// The last row's text while more lines follow below.
    public var moreBelow = L10n.text("↓ more below")

    public init(sections: [HelpSection], firstLine: Int = 0) {
        self.sections = sections
        self.firstLine = firstLine
    }

    enum Line: Equatable {
        case heading(String)
        case row(HelpSection.Row)
        case blank
    }

    var layoutLines: [Line] {
        var lines: [Line] = []
        for section in sections {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(section.title))
            lines += section.rows.map(Line.row)
        }
        return lines
    }

    /// How many lines the table takes (for scrolling limits).
    public var lineCount: Int { layoutLines.count }

    /// The width of the key column at `width` columns: the widest keys, at most a third.
    public func keyColumnWidth(width: Int) -> Int {
        let widest = sections.flatMap(\.rows).map { TextSanitizer.clusters($0.keys).displayWidth }.max() ?? 0
        return min(widest, max(1, width / 3))
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, role: role)
        let keyWidth = keyColumnWidth(width: area.width)
        let lines = layoutLines
        let start = min(max(0, firstLine), max(0, lines.count - area.height))
        let more = start + area.height < lines.count
        if more {
            buffer.write(moreBelow, x: area.x, y: area.maxY - 1, maxWidth: area.width, role: headingRole)
        }
        for (offset, line) in lines.dropFirst(start).prefix(more ? area.height - 1 : area.height).enumerated() {
            let y = area.y + offset
            switch line {
            case .heading(let title):
                buffer.write(title, x: area.x, y: y, maxWidth: area.width, role: headingRole)
            case .row(let row):
                buffer.write(row.keys, x: area.x + 1, y: y, maxWidth: keyWidth, role: keyRole)
                let textX = area.x + 1 + keyWidth + 2
                buffer.write(row.text, x: textX, y: y, maxWidth: area.maxX - textX, role: role)
            case .blank:
                break
            }
        }
    }
}

/// A list too long to hold whole: its length, the selection, the first row
/// on screen, and a window of loaded rows around them. When what the
/// screen shows is not loaded, `missingPage` says which rows to ask for.
public struct PagedList<Row: Equatable & Sendable>: Equatable, Sendable {
    public var total = 0
    public var selected = 0
    /// The first row on screen.
    public var top = 0
    /// The index of `rows[0]` in the whole list.
    public var windowStart = 0
    public var rows: [Row] = []
    /// The page asked for and not yet received.
    public var pending: Range<Int>?
    /// Whether an answer arrived since the list was last emptied (an empty
    /// answer counts: the list is known to be empty).
    public var isLoaded = false
    /// The loaded rows are from before a change and must be read again.
    public var isStale = false
    /// `total` is a guess (a page of a broad search came without the
    /// list's length): a page more than what was read, until the length
    /// arrives (`receiveTotal`).
    public var totalIsEstimate = false

    public init() {}

    /// The loaded row at `index`, if any.
    public func row(at index: Int) -> Row? {
        let offset = index - windowStart
        guard offset >= 0, offset < rows.count else { return nil }
        return rows[offset]
    }

    public var selectedRow: Row? { total > 0 ? row(at: selected) : nil }

    public var isEmpty: Bool { total == 0 }

    /// Moves the selection by `delta` (clamped) and scrolls as little as
    /// needed to keep it among `visible` rows.
    public mutating func move(by delta: Int, visible: Int) {
        select(selected + delta, visible: visible)
    }

    /// Selects `index` (clamped) and scrolls to show it.
    public mutating func select(_ index: Int, visible: Int) {
        selected = total == 0 ? 0 : min(max(0, index), total - 1)
        scroll(visible: visible)
    }

    /// Keeps the selection on screen and no blank rows below the last one.
    public mutating func scroll(visible: Int) {
        let rowsShown = max(1, visible)
        top = min(top, max(0, total - rowsShown))
        if selected < top { top = selected }
        if selected >= top + rowsShown { top = selected - rowsShown + 1 }
        top = max(0, top)
    }

    /// Rows the screen needs that are neither loaded nor asked for: a page
    /// reaching one screen above and two below what is shown.
    public func missingPage(visible: Int) -> Range<Int>? {
        let shown = top..<min(total, top + max(1, visible))
        guard !shown.isEmpty else { return nil }
        let loaded = windowStart..<(windowStart + rows.count)
        if !isStale && loaded.contains(shown.lowerBound) && loaded.contains(shown.upperBound - 1) { return nil }
        if let pending, pending.contains(shown.lowerBound) && pending.contains(shown.upperBound - 1) { return nil }
        let start = max(0, top - visible)
        return start..<min(total, top + 3 * max(visible, 20))
    }

    /// Takes in a page of rows and the list's length.
    public mutating func receive(_ page: [Row], start: Int, total: Int, visible: Int) {
        self.total = total
        windowStart = start
        rows = page
        pending = nil
        isLoaded = true
        isStale = false
        totalIsEstimate = false
        select(selected, visible: visible)
    }

    /// Takes in a full page of a list whose length is not known yet: the
    /// list is taken to reach a page further, so scrolling asks for it,
    /// unless its length is already known.
    public mutating func receivePartial(_ page: [Row], start: Int, visible: Int) {
        let known = isLoaded && !isStale && !totalIsEstimate
        let guess = start + 2 * max(page.count, 1)
        receive(page, start: start, total: known ? total : max(guess, totalIsEstimate ? total : 0), visible: visible)
        totalIsEstimate = !known
    }

    /// The list's length, counted after its first page arrived.
    public mutating func receiveTotal(_ total: Int, visible: Int) {
        self.total = total
        totalIsEstimate = false
        select(selected, visible: visible)
    }

    /// Forgets the loaded rows (the query changed); keeps nothing selected.
    public mutating func reset() {
        self = PagedList()
    }

    /// The data changed: the rows shown are kept until fresh ones arrive,
    /// but the page on screen must be asked for again.
    public mutating func invalidate() {
        pending = nil
        isStale = true
    }
}

/// A bar showing `value` out of `maximum` across the width of its area, in
/// eighths of a cell: `████▌░░░`. The filled part uses `role` (a warmth
/// role, say), the rest `░` in `emptyRole`. A non-zero value always shows.
public struct HorizontalBar: Widget, Sendable {
    public var value: Double
    public var maximum: Double
    public var role: StyleRole
    public var emptyRole: StyleRole

    static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public init(value: Double, maximum: Double = 100, role: StyleRole = .bar, emptyRole: StyleRole = .barEmpty) {
        self.value = value
        self.maximum = maximum
        self.role = role
        self.emptyRole = emptyRole
    }

    /// The bar's characters at `width` columns: full blocks, at most one
    /// partial block, then empty shades.
    public func segments(width: Int) -> (filled: String, empty: String) {
        guard width > 0 else { return ("", "") }
        let share = maximum > 0 ? min(max(value / maximum, 0), 1) : 0
        var eighths = Int((share * Double(width * 8)).rounded())
        if share > 0 && eighths == 0 { eighths = 1 }
        let full = eighths / 8, rest = eighths % 8
        var filled = String(repeating: "█", count: full)
        if rest > 0 { filled.append(HorizontalBar.partialBlocks[rest - 1]) }
        return (filled, String(repeating: "░", count: width - filled.count))
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let (filled, empty) = segments(width: area.width)
        let used = buffer.write(filled, x: area.x, y: area.y, maxWidth: area.width, role: role)
        buffer.write(empty, x: area.x + used, y: area.y, maxWidth: area.width - used, role: emptyRole)
    }
}

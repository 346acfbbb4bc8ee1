/// A row of block characters showing values over time (`▁▂▃▅█`), one value
/// per column, scaled to the largest. Zero is drawn as a space, so quiet
/// periods read as gaps; any value above zero gets at least `▁`. When there
/// are more values than columns, the most recent (last) ones are shown.
public struct Sparkline: Widget, Sendable {
    public var values: [Double]
    public var role: StyleRole

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public init(_ values: [Double], role: StyleRole = .sparkline) {
        self.values = values
        self.role = role
    }

    public init(_ values: [Int], role: StyleRole = .sparkline) {
        self.init(values.map(Double.init), role: role)
    }

    /// The sparkline for the last `width` values.
    public func text(width: Int) -> String {
        let shown = values.suffix(max(0, width))
        let top = shown.max() ?? 0
        return String(shown.map { value -> Character in
            guard value > 0, top > 0 else { return " " }
            let level = Int((value / top * 8).rounded(.up))
            return Sparkline.levels[min(8, max(1, level)) - 1]
        })
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.write(text(width: area.width), x: area.x, y: area.y, maxWidth: area.width, role: role)
    }
}

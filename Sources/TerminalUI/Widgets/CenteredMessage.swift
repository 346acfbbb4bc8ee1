/// A few lines centred in an area, such as "Terminal too small: 60×20
/// needed". Lines wider than the area are cut with `…`.
public struct CenteredMessage: Widget, Sendable {
    public var lines: [String]
    public var role: StyleRole

    public init(_ text: String, role: StyleRole = .statusWarning) {
        self.lines = TextSanitizer.splitLines(text)
        self.role = role
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, role: .base)
        let shown = lines.prefix(area.height)
        let top = area.y + (area.height - shown.count) / 2
        for (offset, line) in shown.enumerated() {
            let clusters = TextFitting.truncate(TextSanitizer.clusters(line), to: area.width)
            let left = area.x + (area.width - clusters.displayWidth) / 2
            buffer.write(clusters: clusters, x: left, y: top + offset, maxWidth: area.maxX - left, role: role)
        }
    }
}

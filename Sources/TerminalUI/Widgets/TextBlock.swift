/// A block of multi-line text (notes, explanations): wrapped by words or
/// truncated line by line, scrolled by `firstLine`. When more lines follow
/// than fit, the last visible line ends with `…`.
public struct TextBlock: Widget, Sendable {
    public enum Overflow: Hashable, Sendable {
        /// Break long lines between words.
        case wrap
        /// Cut long lines with `…`.
        case truncate
    }

    public var text: String
    public var role: StyleRole
    public var overflow: Overflow
    public var firstLine: Int

    public init(_ text: String, role: StyleRole = .detailValue, overflow: Overflow = .wrap, firstLine: Int = 0) {
        self.text = text
        self.role = role
        self.overflow = overflow
        self.firstLine = firstLine
    }

    /// The lines the text takes at `width` columns.
    public func lines(width: Int) -> [[DisplayCluster]] {
        switch overflow {
        case .wrap: return TextWrapping.wrap(text, width: width)
        case .truncate: return TextSanitizer.lineClusters(text).map { TextFitting.truncate($0, to: width) }
        }
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, role: role)
        let all = lines(width: area.width)
        let start = min(max(0, firstLine), max(0, all.count - 1))
        let visible = Array(all.dropFirst(start).prefix(area.height))
        for (row, line) in visible.enumerated() {
            var clusters = line
            if row == area.height - 1 && start + row + 1 < all.count {
                clusters = TextFitting.truncate(line + [.ellipsis], to: area.width)
            }
            buffer.write(clusters: clusters, x: area.x, y: area.y + row, maxWidth: area.width, role: role)
        }
    }
}

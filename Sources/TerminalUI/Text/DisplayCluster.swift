/// One grapheme cluster ready to draw, with its width in columns. Clusters
/// made by `TextSanitizer` always start with a visible character and are at
/// least one column wide, so drawing one never changes the cell before it.
public struct DisplayCluster: Hashable, Sendable {
    public let text: String
    public let width: Int

    /// A cluster whose text is already safe to draw; the width is measured.
    init(safe text: String) {
        self.text = text
        self.width = DisplayWidth.of(text)
    }

    /// A single safe character such as `…`, `█` or a space.
    init(symbol: Character) {
        self.init(safe: String(symbol))
    }

    static let space = DisplayCluster(symbol: " ")
    static let ellipsis = DisplayCluster(symbol: "…")
}

extension Array where Element == DisplayCluster {
    /// The columns these clusters take.
    public var displayWidth: Int { reduce(0) { $0 + $1.width } }

    /// The clusters joined into a string.
    public var joinedText: String { map(\.text).joined() }
}

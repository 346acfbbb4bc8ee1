/// A message too long for the footer, shown over the screen until closed:
/// the warnings of an import started in the app, say. Scrolls when taller
/// than the screen.
public struct NoticeState: Equatable, Sendable {
    public var title: String
    /// Paragraphs, wrapped to the box's width when drawn.
    public var paragraphs: [String]
    /// First line shown.
    public var scroll = 0

    public init(title: String, paragraphs: [String]) {
        self.title = title
        self.paragraphs = paragraphs
    }
}

/// The footer line of key hints (`j/k move  L log  ? help`): keys in the
/// key role, labels in the bar's role. Hints that do not fit are left out
/// whole, from the end, never cut in the middle.
public struct KeyHintsBar: Widget, Sendable {
    public var hints: [KeyHint]
    public var role: StyleRole = .footer
    public var keyRole: StyleRole = .footerKey

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, role: role)
        var x = row.x + 1
        for hint in hints {
            let keyWidth = TextSanitizer.clusters(hint.keys).displayWidth
            let labelWidth = TextSanitizer.clusters(hint.label).displayWidth
            guard x + keyWidth + 1 + labelWidth <= row.maxX else { break }
            buffer.write(hint.keys, x: x, y: row.y, role: keyRole)
            buffer.write(hint.label, x: x + keyWidth + 1, y: row.y, role: role)
            x += keyWidth + 1 + labelWidth + 2
        }
    }
}

/// The footer line of key hints (`j/k move  L log  ? help`): keys in the
/// key role, labels in the bar's role. Hints that do not fit are left out
/// whole, never cut in the middle: first the ordinary ones from the end,
/// and the `essential` ones (help, quit) only when nothing else is left.
/// The hints shown keep their order.
public struct KeyHintsBar: Widget, Sendable {
    public var hints: [KeyHint]
    /// Hints that are the last to go when the line is short.
    public var essential: [KeyHint]
    public var role: StyleRole = .footer
    public var keyRole: StyleRole = .footerKey

    public init(_ hints: [KeyHint], essential: [KeyHint] = []) {
        self.hints = hints
        self.essential = essential
    }

    /// Columns one hint takes: `keys label`.
    static func width(of hint: KeyHint) -> Int {
        TextSanitizer.clusters(hint.keys).displayWidth + 1 + TextSanitizer.clusters(hint.label).displayWidth
    }

    /// The hints that fit in `width` columns (after a one-column margin,
    /// two columns between hints), in their order.
    public func shown(width: Int) -> [KeyHint] {
        var room = width - 1
        var keep = Set<Int>()
        func take(_ index: Int) -> Bool {
            let cost = KeyHintsBar.width(of: hints[index]) + (keep.isEmpty ? 0 : 2)
            guard cost <= room else { return false }
            room -= cost
            keep.insert(index)
            return true
        }
        let isEssential = hints.map { essential.contains($0) }
        for index in hints.indices where isEssential[index] {
            guard take(index) else { break }
        }
        for index in hints.indices where !isEssential[index] {
            guard take(index) else { break }
        }
        return hints.indices.filter(keep.contains).map { hints[$0] }
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, role: role)
        var x = row.x + 1
        for hint in shown(width: row.width) {
            let keyWidth = TextSanitizer.clusters(hint.keys).displayWidth
            buffer.write(hint.keys, x: x, y: row.y, role: keyRole)
            buffer.write(hint.label, x: x + keyWidth + 1, y: row.y, role: role)
            x += KeyHintsBar.width(of: hint) + 2
        }
    }
}

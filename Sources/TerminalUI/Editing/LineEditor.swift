/// The model of a one-line text field: text, a cursor between grapheme
/// clusters, the usual editing keys (←/→, Home/End and Ctrl-a/Ctrl-e,
/// Backspace, Delete, Ctrl-w, Ctrl-u, Ctrl-k, Alt-b/Alt-f, Alt-d,
/// Alt-Backspace), and horizontal scrolling so the cursor stays visible in
/// a field narrower than the text. A field can hold a default (`today`):
/// typing replaces it, a deleting key clears it, a moving key keeps it as
/// text to edit. A pure value: the app keeps it in its state and renders it.
public struct LineEditor: Hashable, Sendable {
    private var characters: [Character]
    /// The cursor, as a number of grapheme clusters from the start (0…count).
    public private(set) var cursor: Int
    /// The first cluster shown, as last kept by `scrollToCursor(width:)`.
    public private(set) var scrollOffset: Int = 0
    /// The text is a default nobody has touched yet: the first typed
    /// character replaces it rather than adding to it.
    public private(set) var holdsDefault = false

    public init(text: String = "") {
        self.characters = Array(LineEditor.clean(text))
        self.cursor = characters.count
    }

    /// A field holding a default value (the log form's `today`), replaced
    /// by whatever is typed first.
    public init(defaultText: String) {
        self.init(text: defaultText)
        holdsDefault = !characters.isEmpty
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }
    public var count: Int { characters.count }

    /// Replaces the whole text; the cursor goes to the end.
    public mutating func setText(_ text: String) {
        characters = Array(LineEditor.clean(text))
        cursor = characters.count
        scrollOffset = 0
        holdsDefault = false
    }

    /// Applies an editing key. Returns false for a key the field does not
    /// use (Enter, Tab, Esc, ↑…), which the app then handles.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        guard LineEditor.isEditingKey(key) else { return false }
        if holdsDefault {
            if LineEditor.isDeletingKey(key) {
                setText("")
                return true
            }
            // A typed character replaces the default (in `insert`); a move keeps it as text.
            if case .char = key {} else { holdsDefault = false }
        }
        switch key {
        case .char(let character): insert(String(character))
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .alt("b"): cursor = wordStart(before: cursor)
        case .alt("f"): cursor = wordEnd(after: cursor)
        case .backspace: deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .ctrl("w"), Key.altBackspace: deleteWordBackward()
        case .alt("d"): deleteWordForward()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        default: return false
        }
        return true
    }

    /// The keys `handle` uses: characters, moves and deletions.
    public static func isEditingKey(_ key: Key) -> Bool {
        switch key {
        case .char, .left, .right, .home, .end, .backspace, .delete: return true
        case .ctrl(let letter): return "bfaedwuk".contains(letter)
        case .alt(let letter): return letter == "b" || letter == "f" || letter == "d" || key == Key.altBackspace
        default: return false
        }
    }

    /// The editing keys that delete: on a default they clear it.
    private static func isDeletingKey(_ key: Key) -> Bool {
        switch key {
        case .backspace, .delete, .ctrl("d"), .ctrl("w"), .ctrl("u"), .ctrl("k"), .alt("d"), Key.altBackspace: return true
        default: return false
        }
    }

    /// Inserts typed or pasted text at the cursor, in place of a default.
    /// Line breaks and tabs become spaces; other control characters are dropped.
    public mutating func insert(_ typed: String) {
        let addition = LineEditor.clean(typed)
        guard !addition.isEmpty else { return }
        if holdsDefault { setText("") }
        let before = String(characters[..<cursor]) + addition
        let after = String(characters[cursor...])
        characters = Array(before + after)
        cursor = min(before.count, characters.count)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Ctrl-w: deletes the spaces before the cursor, then the word before them.
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Alt-d: deletes the spaces after the cursor, then the word after them.
    public mutating func deleteWordForward() {
        let end = wordEnd(after: cursor)
        characters.removeSubrange(cursor..<end)
    }

    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor...)
    }

    private func wordStart(before index: Int) -> Int {
        var position = index
        while position > 0 && characters[position - 1].isWhitespace { position -= 1 }
        while position > 0 && !characters[position - 1].isWhitespace { position -= 1 }
        return position
    }

    private func wordEnd(after index: Int) -> Int {
        var position = index
        while position < characters.count && characters[position].isWhitespace { position += 1 }
        while position < characters.count && !characters[position].isWhitespace { position += 1 }
        return position
    }

    /// Typed text without line breaks, tabs or control characters.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || TextSanitizer.isLineBreak(scalar) {
                scalars.append(" ")
            } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                continue
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

extension LineEditor {
    /// The columns each cluster takes once drawn.
    private var columnWidths: [Int] {
        characters.map { TextSanitizer.clusters(String($0)).displayWidth }
    }

    /// The first cluster to show in a field `width` columns wide: the kept
    /// scroll offset, moved just enough to show the cursor, and pulled back
    /// when the text from an earlier cluster fits.
    public func firstVisible(width: Int) -> Int {
        let widths = columnWidths
        let fieldWidth = max(1, width)
        let cursorCell = cursor < widths.count ? max(1, widths[cursor]) : 1
        var start = min(scrollOffset, cursor)
        while start < cursor && widths[start..<cursor].reduce(0, +) + cursorCell > fieldWidth {
            start += 1
        }
        let tail = cursor == widths.count ? 1 : 0
        while start > 0 && widths[(start - 1)...].reduce(0, +) + tail <= fieldWidth {
            start -= 1
        }
        return start
    }

    /// Keeps the scroll offset that shows the cursor in a field `width` wide
    /// (call after each key so scrolling stays steady while moving).
    public mutating func scrollToCursor(width: Int) {
        scrollOffset = firstVisible(width: width)
    }

    /// The column of the cursor within a field `width` columns wide.
    public func cursorColumn(width: Int) -> Int {
        let start = firstVisible(width: width)
        return columnWidths[start..<cursor].reduce(0, +)
    }

    /// Draws the field on the first row of `area`: the visible part of the
    /// text in `role`, the rest of the row blank. When focused, the buffer's
    /// cursor is put on the field's cursor. An empty, unfocused field shows
    /// `placeholder` in the placeholder role. Returns the cursor's column.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, area: Rect, role: StyleRole = .formField,
                       focused: Bool = true, placeholder: String = "") -> Int {
        guard area.width > 0, area.height > 0 else { return area.x }
        buffer.fill(area.row(0), role: role)
        if characters.isEmpty && !focused && !placeholder.isEmpty {
            buffer.write(placeholder, x: area.x, y: area.y, maxWidth: area.width, role: .placeholder)
        }
        let start = firstVisible(width: area.width)
        var column = 0
        for character in characters[start...] {
            let clusters = TextSanitizer.clusters(String(character))
            guard column + clusters.displayWidth <= area.width else { break }
            buffer.write(clusters: clusters, x: area.x + column, y: area.y, maxWidth: area.width - column, role: role)
            column += clusters.displayWidth
        }
        let cursorX = area.x + cursorColumn(width: area.width)
        if focused { buffer.setCursor(x: cursorX, y: area.y) }
        return cursorX
    }
}

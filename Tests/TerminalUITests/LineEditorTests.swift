import Testing
@testable import TerminalUI

@Suite struct LineEditorTests {
    func editor(_ text: String, cursor: Int? = nil) -> LineEditor {
        var editor = LineEditor(text: text)
        if let cursor {
            editor.handle(.home)
            for _ in 0..<cursor { editor.handle(.right) }
        }
        return editor
    }

    @Test func typesAndMovesByGraphemeClusters() {
        var field = LineEditor()
        for character in "Zoë👍🏽" { field.handle(.char(character)) }
        #expect(field.text == "Zoë👍🏽")
        #expect(field.cursor == 4)
        field.handle(.left)
        field.handle(.backspace)
        #expect(field.text == "Zo👍🏽")
        field.handle(.ctrl("a"))
        #expect(field.cursor == 0)
        field.handle(.delete)
        #expect(field.text == "o👍🏽")
        field.handle(.ctrl("e"))
        #expect(field.cursor == 2)
    }

    @Test func combiningMarkTypedAfterALetterJoinsIt() {
        var field = LineEditor(text: "e")
        field.insert("\u{301}")
        #expect(field.count == 1)
        #expect(field.cursor == 1)
        #expect(field.text == "e\u{301}")
    }

    @Test func deletionKeys() {
        var field = editor("send the data now", cursor: 13)
        field.handle(.ctrl("w"))
        #expect(field.text == "send the  now")
        #expect(field.cursor == 9)
        field.handle(.ctrl("w"))
        #expect(field.text == "send  now")
        field.handle(.ctrl("k"))
        #expect(field.text == "send ")
        field.handle(.left)
        field.handle(.ctrl("u"))
        #expect(field.text == " ")
        #expect(field.cursor == 0)
    }

    @Test func wordMovement() {
        var field = editor("one two three", cursor: 0)
        field.handle(.alt("f"))
        #expect(field.cursor == 3)
        field.handle(.alt("f"))
        #expect(field.cursor == 7)
        field.handle(.alt("b"))
        #expect(field.cursor == 4)
    }

    @Test func boundariesAreSafe() {
        var field = LineEditor()
        field.handle(.backspace)
        field.handle(.delete)
        field.handle(.left)
        field.handle(.ctrl("w"))
        #expect(field.text.isEmpty && field.cursor == 0)
    }

    @Test func pastedLineBreaksAndControlsAreCleaned() {
        var field = LineEditor()
        field.insert("one\ntwo\tthree\u{1B}")
        #expect(field.text == "one two three")
    }

    @Test func keysItDoesNotUseAreLeftToTheApp() {
        var field = LineEditor()
        let enter = field.handle(.enter), escape = field.handle(.escape), up = field.handle(.up)
        let typed = field.handle(.char("x"))
        #expect(!enter && !escape && !up)
        #expect(typed)
    }

    @Test func scrollsToKeepTheCursorVisible() {
        var field = LineEditor(text: "abcdefghij")
        #expect(field.firstVisible(width: 5) == 6)
        #expect(field.cursorColumn(width: 5) == 4)
        field.handle(.home)
        #expect(field.firstVisible(width: 5) == 0)
        field.scrollToCursor(width: 5)
        for _ in 0..<6 { field.handle(.right) }
        #expect(field.firstVisible(width: 5) == 2)
        #expect(field.cursorColumn(width: 5) == 4)
    }

    @Test func scrollingCountsWideCharacters() {
        let field = LineEditor(text: "漢字漢字")
        #expect(field.firstVisible(width: 5) == 2)
        #expect(field.cursorColumn(width: 5) == 4)
    }

    @Test func rendersTheVisiblePartAndPlacesTheCursor() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        let field = LineEditor(text: "Le Monde diplomatique")
        let area = Rect(x: 1, y: 0, width: 6, height: 1)
        let cursorX = field.render(into: &buffer, area: area, role: .formFieldFocused)
        #expect(buffer.lines() == [" tique  "])
        #expect(cursorX == 6)
        #expect(buffer.cursor == CursorPosition(x: 6, y: 0))
        #expect((1...6).allSatisfy { buffer.role(atX: $0, y: 0) == .formFieldFocused })
        #expect(buffer.role(atX: 7, y: 0) == .base)
    }

    @Test func unfocusedEmptyFieldShowsPlaceholder() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        LineEditor().render(into: &buffer, area: buffer.area, focused: false, placeholder: "search")
        #expect(buffer.trimmedLines() == ["search"])
        #expect(buffer.cursor == nil)
    }
}

/// Readline's keys in a text field, one test each, and defaults replaced on typing.
@Suite struct ReadlineKeyTests {
    func field(_ text: String, cursor: Int) -> LineEditor {
        var editor = LineEditor(text: text)
        editor.handle(.home)
        for _ in 0..<cursor { editor.handle(.right) }
        return editor
    }

    @Test func altBMovesToTheStartOfTheWordBefore() {
        var editor = field("Camille Durand news", cursor: 19)
        editor.handle(.alt("b"))
        #expect(editor.cursor == 15)
        editor.handle(.alt("b"))
        #expect(editor.cursor == 8)
        editor.handle(.char("X"))
        #expect(editor.text == "Camille XDurand news")
    }

    @Test func altFMovesToTheEndOfTheWordAfter() {
        var editor = field("Camille Durand news", cursor: 0)
        editor.handle(.alt("f"))
        #expect(editor.cursor == 7)
        editor.handle(.alt("f"))
        #expect(editor.cursor == 14)
    }

    @Test func altBackspaceDeletesTheWordBefore() {
        var editor = field("Camille Durand news", cursor: 14)
        let used = editor.handle(Key.altBackspace)
        #expect(used)
        #expect(editor.text == "Camille  news")
        #expect(editor.cursor == 8)
    }

    @Test func altDDeletesTheWordAfter() {
        var editor = field("Camille Durand news", cursor: 7)
        let used = editor.handle(.alt("d"))
        #expect(used)
        #expect(editor.text == "Camille news")
        #expect(editor.cursor == 7)
    }

    @Test func ctrlWDeletesTheWordBefore() {
        var editor = field("Camille Durand", cursor: 14)
        editor.handle(.ctrl("w"))
        #expect(editor.text == "Camille ")
    }

    @Test func ctrlUDeletesToTheStartAndCtrlKToTheEnd() {
        var editor = field("Camille Durand", cursor: 8)
        editor.handle(.ctrl("k"))
        #expect(editor.text == "Camille ")
        editor.handle(.left)
        editor.handle(.ctrl("u"))
        #expect(editor.text == " ")
        #expect(editor.cursor == 0)
    }

    @Test(arguments: [(Key.home, 0), (.ctrl("a"), 0), (.end, 14), (.ctrl("e"), 14)])
    func homeEndAndCtrlACtrlEGoToTheEnds(key: Key, cursor: Int) {
        var editor = field("Camille Durand", cursor: 5)
        let used = editor.handle(key)
        #expect(used)
        #expect(editor.cursor == cursor)
        #expect(editor.text == "Camille Durand")
    }

    @Test(arguments: [Key.alt("x"), .alt("["), .alt("O"), .unknown(999), .function(3), .escape, .enter, .tab])
    func otherKeysLeaveTheTextAlone(key: Key) {
        var editor = field("Camille", cursor: 3)
        let used = editor.handle(key)
        #expect(!used)
        #expect(editor.text == "Camille")
        #expect(editor.cursor == 3)
    }

    @Test func typingReplacesADefault() {
        var editor = LineEditor(defaultText: "today")
        #expect(editor.holdsDefault)
        for character in "-3d" { editor.handle(.char(character)) }
        #expect(editor.text == "-3d")
        #expect(!editor.holdsDefault)
    }

    @Test func pastingReplacesADefault() {
        var editor = LineEditor(defaultText: "today")
        editor.insert("2026-11-01")
        #expect(editor.text == "2026-11-01")
    }

    @Test(arguments: [Key.backspace, .delete, .ctrl("w"), .ctrl("u"), .ctrl("k"), .alt("d"), Key.altBackspace])
    func aDeletingKeyClearsADefault(key: Key) {
        var editor = LineEditor(defaultText: "today")
        editor.handle(key)
        #expect(editor.text == "")
        editor.handle(.char("y"))
        #expect(editor.text == "y")
    }

    @Test func aMovingKeyKeepsTheDefaultAsTextToEdit() {
        var editor = LineEditor(defaultText: "today")
        editor.handle(.left)
        #expect(!editor.holdsDefault)
        editor.handle(.char("X"))
        #expect(editor.text == "todaXy")
        var ended = LineEditor(defaultText: "today")
        ended.handle(.end)
        ended.handle(.char("!"))
        #expect(ended.text == "today!")
    }

    @Test func keysTheFieldIgnoresKeepTheDefault() {
        var editor = LineEditor(defaultText: "today")
        editor.handle(.alt("x"))
        editor.handle(.tab)
        #expect(editor.holdsDefault)
        editor.handle(.char("1"))
        #expect(editor.text == "1")
    }
}

import Testing
@testable import TerminalUI

@Suite struct ScreenBufferTests {
    @Test func writesAndReportsColumnsUsed() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        #expect(buffer.write("Zoë", x: 1, y: 0, role: .list) == 3)
        #expect(buffer.lines() == [" Zoë      ", "          "])
        #expect(buffer.role(atX: 1, y: 0) == .list)
        #expect(buffer.role(atX: 4, y: 0) == .base)
    }

    @Test func truncatesAtMaxWidthWithoutSpillingIntoTheNextColumn() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        buffer.write("Marguerite", x: 0, y: 0, maxWidth: 5, role: .list)
        buffer.write("Duras", x: 6, y: 0, role: .list)
        #expect(buffer.trimmedLines() == ["Marg… Duras"])
    }

    @Test func truncatesAtTheBufferEdge() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.write("abcdefghij", x: 2, y: 0, role: .list) == 4)
        #expect(buffer.lines() == ["  abc…"])
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("漢字漢", x: 0, y: 0, role: .list)
        #expect(buffer.lines() == ["漢 …"])
        #expect(buffer.cell(atX: 1, y: 0)?.isContinuation == true)
        #expect(buffer.cell(atX: 2, y: 0)?.text == " ")
    }

    @Test func emojiSequencesTakeTheirGlibcWidth() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        #expect(buffer.write("👍🏽|👨‍👩‍👧|", x: 0, y: 0, role: .list) == 12)
        #expect(buffer.lines() == ["👍🏽|👨👩👧|"], "the zero-width joiners are dropped (TextSanitizer)")
        #expect(buffer.cell(atX: 4, y: 0)?.text == "|")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("漢字", x: 0, y: 0, role: .list)
        buffer.write("x", x: 1, y: 0, role: .header)
        #expect(buffer.lines() == [" x字"])
        buffer.write("y", x: 2, y: 0, role: .header)
        #expect(buffer.lines() == [" xy "])
        #expect(buffer.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func writingOutsideIsClippedNotACrash() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        #expect(buffer.write("abc", x: 10, y: 0, role: .list) == 0)
        #expect(buffer.write("abc", x: 0, y: 5, role: .list) == 0)
        #expect(buffer.write("abc", x: 0, y: -1, role: .list) == 0)
        buffer.write("漢abc", x: -1, y: 1, role: .list)
        buffer.fill(Rect(x: -5, y: -5, width: 100, height: 1), role: .list)
        #expect(buffer.lines() == ["    ", " abc"])
        let empty = ScreenBuffer(width: 0, height: 0)
        #expect(empty.lines().isEmpty)
    }

    @Test func sanitizesWhatItWrites() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.write("a\u{1B}[31mb\nc", x: 0, y: 0, role: .list)
        #expect(buffer.trimmedLines() == ["a␛b⏎c"])
    }

    @Test func combiningMarkAtTheStartDoesNotTouchThePreviousCell() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write("a", x: 0, y: 0, role: .list)
        buffer.write("\u{301}", x: 1, y: 0, role: .list)
        #expect(buffer.cell(atX: 0, y: 0)?.text == "a")
        #expect(buffer.cell(atX: 1, y: 0)?.text == "◌\u{301}")
    }

    @Test func fillAndSetRole() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.write("漢x", x: 0, y: 0, role: .list)
        buffer.fill(Rect(x: 0, y: 1, width: 4, height: 1), role: .footer, with: "-")
        buffer.setRole(.listSelected, in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(buffer.lines() == ["漢x ", "----"])
        #expect(buffer.roles(row: 0) == [.listSelected, .listSelected, .list, .base])
    }

    @Test func cursorIsSetOrHidden() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.setCursor(x: 2, y: 1)
        #expect(buffer.cursor == CursorPosition(x: 2, y: 1))
        buffer.setCursor(x: 4, y: 1)
        #expect(buffer.cursor == nil)
        buffer.setCursor(x: 0, y: 0)
        buffer.hideCursor()
        #expect(buffer.cursor == nil)
    }
}

@Suite struct BufferDiffTests {
    @Test func firstFrameIsAllRuns() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.write("ab", x: 0, y: 0, role: .list)
        let runs = buffer.changes(since: nil)
        #expect(runs == [
            BufferRun(x: 0, y: 0, width: 2, role: .list, text: "ab"),
            BufferRun(x: 2, y: 0, width: 2, role: .base, text: "  "),
            BufferRun(x: 0, y: 1, width: 4, role: .base, text: "    "),
        ])
    }

    @Test func onlyChangedCellsAreListed() {
        var old = ScreenBuffer(width: 8, height: 2)
        old.write("hello", x: 0, y: 0, role: .list)
        var new = old
        new.write("j", x: 0, y: 0, role: .list)
        new.write("!", x: 7, y: 1, role: .statusError)
        #expect(new.changes(since: old) == [
            BufferRun(x: 0, y: 0, width: 1, role: .list, text: "j"),
            BufferRun(x: 7, y: 1, width: 1, role: .statusError, text: "!"),
        ])
        #expect(new.changes(since: new).isEmpty)
    }

    @Test func roleChangeAloneIsAChange() {
        var old = ScreenBuffer(width: 3, height: 1)
        old.write("abc", x: 0, y: 0, role: .list)
        var new = old
        new.setRole(.listSelected, in: new.area)
        #expect(new.changes(since: old) == [BufferRun(x: 0, y: 0, width: 3, role: .listSelected, text: "abc")])
    }

    @Test func wideCharactersAreRedrawnWhole() {
        var old = ScreenBuffer(width: 4, height: 1)
        old.write("漢字", x: 0, y: 0, role: .list)
        var new = old
        new.write("x", x: 3, y: 0, role: .list)
        #expect(new.changes(since: old) == [BufferRun(x: 2, y: 0, width: 2, role: .list, text: " x")])
    }

    @Test func sizeChangeRedrawsEverything() {
        let old = ScreenBuffer(width: 3, height: 1)
        let new = ScreenBuffer(width: 4, height: 1)
        #expect(new.changes(since: old) == [BufferRun(x: 0, y: 0, width: 4, role: .base, text: "    ")])
    }
}

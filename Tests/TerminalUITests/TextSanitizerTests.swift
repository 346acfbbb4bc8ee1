import Testing
@testable import TerminalUI

@Suite struct TextSanitizerTests {
    @Test func controlCharactersBecomeControlPictures() {
        #expect(TextSanitizer.singleLine("a\u{0}b\u{7}c\u{7F}") == "a␀b␇c␡")
    }

    @Test func escapeSequencesBecomeOneSymbol() {
        #expect(TextSanitizer.singleLine("\u{1B}[31mred\u{1B}[0m") == "␛red␛")
        #expect(TextSanitizer.singleLine("\u{1B}]8;;https://x.org\u{7}link\u{1B}]8;;\u{1B}\\") == "␛link␛")
        #expect(TextSanitizer.singleLine("\u{1B}]0;title\u{9C}x") == "␛x")
        #expect(TextSanitizer.singleLine("\u{9B}2Jx") == "␛x")
        #expect(TextSanitizer.singleLine("\u{1B}(Bx\u{1B}7y") == "␛x␛y")
        #expect(TextSanitizer.singleLine("end\u{1B}") == "end␛")
    }

    @Test func unterminatedStringSequenceHidesNothing() {
        #expect(TextSanitizer.singleLine("\u{1B}]0;no end") == "␛]0;no end")
    }

    @Test func otherC1ControlsAreReplaced() {
        #expect(TextSanitizer.singleLine("a\u{85}b") == "a⏎b")
        #expect(TextSanitizer.singleLine("a\u{8D}b") == "a\u{FFFD}b")
    }

    @Test func tabsAndLineBreaks() {
        #expect(TextSanitizer.singleLine("a\tb") == "a b")
        #expect(TextSanitizer.singleLine("one\ntwo\r\nthree\rfour\u{2028}five") == "one⏎two⏎three⏎four⏎five")
        #expect(TextSanitizer.lines("one\ntwo\r\n\u{1B}[1mthree") == ["one", "two", "␛three"])
    }

    @Test func bidiControlsAreVisible() {
        #expect(TextSanitizer.singleLine("a\u{202E}b\u{2066}c") == "a\u{FFFD}b\u{FFFD}c")
    }

    @Test func unassignedCodePointsAreReplaced() {
        #expect(TextSanitizer.singleLine("a\u{378}b") == "a\u{FFFD}b")
    }

    @Test func loneCombiningMarkGetsItsOwnBase() {
        let clusters = TextSanitizer.clusters("\u{301}x")
        #expect(clusters.map(\.text) == ["◌\u{301}", "x"])
        #expect(clusters.map(\.width) == [1, 1])
        #expect(TextSanitizer.clusters("\u{1B}\u{301}").map(\.text) == ["␛\u{301}"])
    }

    @Test func invisibleFormatCharactersAloneAreDropped() {
        #expect(TextSanitizer.singleLine("a\u{200B}b\u{2060}c") == "abc")
    }

    @Test func everyClusterStartsVisibleAndHasWidth() {
        let nasty = "\u{301}\u{200D}\u{FE0F}e\u{301}👨‍👩‍👧\u{1B}[2J\u{0}\u{202E}\u{E0001}漢"
        for cluster in TextSanitizer.clusters(nasty) {
            #expect(cluster.width >= 1)
            #expect((cluster.text.unicodeScalars.first.map(CodePointWidth.of) ?? 0) >= 1)
        }
    }

    @Test func combiningMarksAreCappedPerCell() {
        let zalgo = "e" + String(repeating: "\u{301}", count: 10)
        #expect(TextSanitizer.singleLine(zalgo).unicodeScalars.count == 1 + TextSanitizer.maxZeroWidthPerCell)
    }

    @Test func emojiSequencesAreKeptButNotTheirJoiners() {
        #expect(TextSanitizer.singleLine("👍🏽 ❤️ 🇫🇷 1\u{FE0F}\u{20E3}") == "👍🏽 ❤️ 🇫🇷 1\u{FE0F}\u{20E3}")
        #expect(TextSanitizer.singleLine("👨‍👩‍👧 ❤️‍🔥") == "👨👩👧 ❤️🔥")
    }

    /// tmux draws a non-ASCII character after a ZWJ inside the previous cell,
    /// while ncurses moves on by its width: a kept ZWJ shifts the row.
    @Test func zeroWidthJoinersAreDroppedSoNothingMergesIntoThePreviousCell() {
        #expect(TextSanitizer.singleLine("Zed a\u{200D}b") == "Zed ab")
        #expect(TextSanitizer.singleLine("a\u{200D}é\u{200D}\u{200D}中") == "aé中")
        #expect(TextSanitizer.clusters("Zed a\u{200D}é|").map(\.width) == [1, 1, 1, 1, 1, 1, 1])
        #expect(TextSanitizer.clusters("\u{200D}").isEmpty)
    }
}

@Suite struct TextFittingTests {
    @Test func truncatesWithEllipsis() {
        #expect(TextFitting.truncate("Hello world", to: 5) == "Hell…")
        #expect(TextFitting.truncate("Hi", to: 5) == "Hi")
        #expect(TextFitting.truncate("Hello", to: 5) == "Hello")
        #expect(TextFitting.truncate("Hello", to: 0) == "")
    }

    @Test func neverSplitsAWideCharacter() {
        #expect(TextFitting.truncate("漢字漢字", to: 4) == "漢 …")
        #expect(TextFitting.truncate("漢字漢字", to: 5) == "漢字…")
    }

    @Test func fitsAndAligns() {
        #expect(TextFitting.fit("ab", width: 5) == "ab   ")
        #expect(TextFitting.fit("ab", width: 5, alignment: .right) == "   ab")
        #expect(TextFitting.fit("ab", width: 5, alignment: .center) == " ab  ")
        #expect(TextFitting.fit("abcdef", width: 4, alignment: .right) == "abc…")
    }
}

@Suite struct TextWrappingTests {
    @Test func wrapsByWords() {
        #expect(TextWrapping.wrappedLines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func cutsWordsLongerThanALine() {
        #expect(TextWrapping.wrappedLines("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
    }

    @Test func keepsLineBreaksAndEmptyLines() {
        #expect(TextWrapping.wrappedLines("one\n\ntwo three", width: 5) == ["one", "", "two", "three"])
    }

    @Test func countsWideCharacters() {
        #expect(TextWrapping.wrappedLines("漢字漢字 ok", width: 5) == ["漢字", "漢字", "ok"])
        #expect(TextWrapping.wrappedLines("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test func emptyText() {
        #expect(TextWrapping.wrappedLines("", width: 5) == [""])
    }
}

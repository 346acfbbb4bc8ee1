import Testing
@testable import TerminalUI

/// The keys a terminal's bytes stand for, through the same path the app's
/// key reader takes after ncurses (`EscapeSequenceDecoder.read`).
@Suite struct EscapeSequenceDecoderTests {
    func keys(_ text: String) -> [Key] {
        KeyStreamDecoder.decodeKeys(Array(text.utf8))
    }

    static let esc = "\u{1B}"

    @Test(arguments: [
        // Home and End, every common encoding.
        ("[H", Key.home), ("[F", .end), ("OH", .home), ("OF", .end),
        ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end),
        // Delete, Insert, PgUp/PgDn.
        ("[3~", .delete), ("[2~", .insert), ("[5~", .pageUp), ("[6~", .pageDown),
        // Arrows, normal and application mode.
        ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
        ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),
        // Shift-Tab, function keys (xterm, VT100, the Linux console).
        ("[Z", .backTab), ("OP", .function(1)), ("OS", .function(4)), ("[15~", .function(5)),
        ("[17~", .function(6)), ("[24~", .function(12)), ("[[A", .function(1)), ("[[E", .function(5)),
        // rxvt: Shift-arrows, Ctrl-arrows, Ctrl-Home.
        ("[a", .up), ("[d", .left), ("Od", .alt("b")), ("Oc", .alt("f")), ("[7^", .home), ("[8$", .end),
        // The keypad in application mode.
        ("OM", .enter), ("Op", .char("0")), ("Oy", .char("9")), ("Ok", .char("+")),
    ])
    func decodesNamedKeys(sequence: String, key: Key) {
        #expect(keys(Self.esc + sequence) == [key], "ESC \(sequence)")
    }

    @Test(arguments: [
        // Ctrl and Alt with ←/→ move by word (readline's Alt-b/Alt-f).
        ("[1;5D", Key.alt("b")), ("[1;5C", .alt("f")), ("[1;3D", .alt("b")), ("[1;3C", .alt("f")),
        ("[1;9D", .alt("b")), ("O5D", .alt("b")),
        // Shift drops; ↑/↓ stay arrows with any modifier.
        ("[1;2D", .left), ("[1;2C", .right), ("[1;5A", .up), ("[1;6B", .down), ("[1;2A", .up),
        // Modified Home, End, Delete, PgUp.
        ("[1;5H", .home), ("[1;2F", .end), ("[3;5~", .delete), ("[5;3~", .pageUp),
    ])
    func decodesModifiedKeys(sequence: String, key: Key) {
        #expect(keys(Self.esc + sequence) == [key], "ESC \(sequence)")
    }

    @Test func escThenACharacterIsAlt() {
        #expect(keys(Self.esc + "b") == [.alt("b")])
        #expect(keys(Self.esc + "f") == [.alt("f")])
        #expect(keys(Self.esc + "d") == [.alt("d")])
        #expect(keys(Self.esc + "é") == [.alt("é")])
        #expect(keys(Self.esc + "\u{7F}") == [Key.altBackspace])
        #expect(keys(Self.esc + "\u{08}") == [Key.altBackspace])
        #expect(keys(Self.esc + "bx") == [.alt("b"), .char("x")])
    }

    @Test func aLoneEscStaysEsc() {
        #expect(keys(Self.esc) == [.escape])
        #expect(keys(Self.esc + Self.esc) == [.escape, .escape])
        #expect(keys(Self.esc + Self.esc + "[A") == [.escape, .up])
        // `ESC [` or `ESC O` with nothing after it within the delay is Alt-[ / Alt-O.
        #expect(keys(Self.esc + "[") == [.alt("[")])
        #expect(keys(Self.esc + "O") == [.alt("O")])
    }

    @Test(arguments: [
        "[200~", "[201~", "[?1049h", "[<0;12;5M", "[I", "[O", "[99~", "[1;5Q", "[2;3;4H", "[12;$~", "[[Z", "Oz",
    ])
    func unknownSequencesNeverBecomeText(sequence: String) {
        let typed = keys(Self.esc + sequence + "ok")
        #expect(typed == [.char("o"), .char("k")], "ESC \(sequence) then ok")
    }

    @Test(arguments: ["[1;5", "[1", "[", "O", "O5", "[[", "[?25"])
    func sequencesCutShortByTheDelayNeverBecomeText(sequence: String) {
        let typed = keys(Self.esc + sequence)
        #expect(!typed.contains { if case .char = $0 { return true } else { return false } }, "ESC \(sequence): \(typed)")
        #expect(typed.count <= 1)
    }

    @Test func aSequenceCutByAnotherKeyDropsOnlyItsOwnBytes() {
        // A letter with an accent (not a sequence byte) ends the sequence and is read as typed.
        #expect(keys(Self.esc + "[1é") == [.char("é")])
        #expect(keys(Self.esc + "[1" + Self.esc + "[4~") == [.end])
        #expect(keys(Self.esc + "[1\r") == [.enter])
    }

    @Test func textAroundSequencesIsKeptInOrder() {
        #expect(keys("ab" + Self.esc + "[1~c" + Self.esc + "OFd" + Self.esc + "bé")
                == [.char("a"), .char("b"), .home, .char("c"), .end, .char("d"), .alt("b"), .char("é")])
        #expect(keys("x\r\t\u{7F}\u{01}") == [.char("x"), .enter, .tab, .backspace, .ctrl("a")])
    }

    @Test func readingOneCodeAtATimeGivesTheSameKeyAsAWholeSequence() {
        // The app's reader asks `next` for one code point at a time and stops
        // as soon as the sequence is known: nothing after it is read.
        for sequence in ["[1~", "[1;5D", "OH", "b", "[200~", "\u{7F}"] {
            var codes = Array(sequence.unicodeScalars.map(\.value)) + [0x78, 0x79]
            var calls = 0
            let (key, unread) = EscapeSequenceDecoder.read {
                calls += 1
                return codes.isEmpty ? nil : codes.removeFirst()
            }
            #expect(unread.isEmpty, "ESC \(sequence)")
            #expect(calls == sequence.unicodeScalars.count, "ESC \(sequence) read past its end")
            #expect(codes == [0x78, 0x79])
            #expect(key == keys(Self.esc + sequence).first)
        }
    }

    @Test func anOverlongSequenceIsDroppedAndTheReaderMovesOn() {
        let long = Self.esc + "[" + String(repeating: "1", count: 40) + "~" + "z"
        let decoded = keys(long)
        #expect(decoded.last == .char("z"))
        #expect(decoded.count <= 10)
    }

    @Test func garbageNeverTrapsAndGivesAtMostOneKeyPerByte() {
        var generator = SplitMix(seed: 8)
        let alphabet: [UInt8] = [0x1B, 0x5B, 0x4F, 0x31, 0x3B, 0x35, 0x7E, 0x41, 0x48, 0x62, 0x7F, 0xC3, 0xA9, 0xFF, 0x00, 0x3F]
        for _ in 0..<2000 {
            let length = Int(generator.next() % 24)
            let bytes = (0..<length).map { _ in
                generator.next() % 3 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            let decoded = KeyStreamDecoder.decodeKeys(bytes)
            #expect(decoded.count <= bytes.count)
        }
    }

    @Test func invalidUTF8IsDropped() {
        #expect(KeyStreamDecoder.decodeKeys([0x61, 0xFF, 0xC3, 0x62]) == [.char("a"), .char("b")])
    }
}

/// A small deterministic random number generator for repeatable garbage.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Modified keys ncurses reports by their extended terminfo names.
@Suite struct ExtendedKeyNameTests {
    @Test(arguments: [
        ("kLFT5", Key.alt("b")), ("kRIT5", .alt("f")), ("kLFT3", .alt("b")), ("kRIT3", .alt("f")), ("kLFT2", .left),
        ("kUP5", .up), ("kDN3", .down), ("kHOM5", .home), ("kEND3", .end), ("kDC5", .delete), ("kPRV5", .pageUp),
        ("kNXT3", .pageDown), ("kIC5", .insert),
    ])
    func namesBecomeKeys(name: String, key: Key) {
        #expect(ExtendedKeyName.key(name) == key)
    }

    @Test(arguments: ["kxIN", "kxOUT", "kLFT9", "kLFTX", "", "kDCx", "kUP55", "kf5"])
    func otherNamesHaveNoKey(name: String) {
        #expect(ExtendedKeyName.key(name) == nil)
    }
}

/// Decodes what follows an Esc from the terminal into one key, whatever
/// terminfo says: the common encodings of the arrows, Home, End, Insert,
/// Delete, PgUp/PgDn, Shift-Tab and F1–F12 (`ESC [ H`, `ESC O H`,
/// `ESC [ 1 ~`, `ESC [ 7 ~`, `ESC [ 1 ; 5 D`, `ESC O A`…), Alt-character
/// (`ESC x`) and Alt-Backspace (`ESC DEL`). Any other complete sequence
/// is recognised as one and consumed, so its bytes never become typed text.
///
/// Pure: the caller reads code points after the Esc, one at a time with a
/// short timeout (the same as ncurses' `ESCDELAY`), and asks again after
/// each until the outcome is not `.incomplete`.
public enum EscapeSequenceDecoder {
    /// What the code points after an Esc mean.
    public enum Outcome: Hashable, Sendable {
        /// A key, made of the Esc and the first `length` code points.
        case key(Key, length: Int)
        /// A sequence this decoder does not know, `length` code points long
        /// after the Esc: read and dropped.
        case ignored(length: Int)
        /// The Esc stands alone; the code points after it (if any) are keys of their own.
        case loneEscape
        /// A prefix of a sequence: wait for more (or call again with `complete: true`).
        case incomplete
    }

    /// The longest sequence read before giving up on it as garbage.
    public static let maximumLength = 32

    /// Decodes `following`, the code points read after an Esc. `complete`
    /// says nothing more will come (the wait timed out or the input ended):
    /// a prefix then becomes what it is on its own (`ESC [` is Alt-[).
    public static func decode(_ following: some Collection<UInt32>, complete: Bool) -> Outcome {
        let codes = Array(following)
        guard let first = codes.first else { return complete ? .loneEscape : .incomplete }
        switch first {
        case 0x5B: // [
            return controlSequence(codes, complete: complete)
        case 0x4F: // O
            return singleShift(codes, complete: complete)
        case 27:
            return .loneEscape
        case 8, 0x7F:
            return .key(Key.altBackspace, length: 1)
        case 0..<0x20, 0x80..<0xA0:
            return .ignored(length: 1)
        default:
            guard let scalar = Unicode.Scalar(first) else { return .ignored(length: 1) }
            return .key(.alt(Character(scalar)), length: 1)
        }
    }

    /// Reads what follows an Esc through `next` (which returns the next code
    /// point, or nil when none came within the Esc delay or the input
    /// ended) until the sequence is known. Returns the key (`.escape` for a
    /// lone Esc, nil for a sequence dropped whole) and the code points read
    /// that belong to later keys, in order, to be read again.
    public static func read(next: () -> UInt32?) -> (key: Key?, unread: [UInt32]) {
        var following: [UInt32] = []
        var complete = false
        while true {
            switch decode(following, complete: complete) {
            case let .key(key, length):
                return (key, Array(following.dropFirst(length)))
            case .ignored(let length):
                return (nil, Array(following.dropFirst(length)))
            case .loneEscape:
                return (.escape, following)
            case .incomplete:
                if let code = next() { following.append(code) } else { complete = true }
            }
        }
    }

    // MARK: CSI: ESC [ parameters intermediates final

    /// `ESC [` then parameter bytes (0x30–0x3F), intermediate bytes
    /// (0x20–0x2F) and one final byte (0x40–0x7E). The Linux console's
    /// `ESC [ [ A`…`E` (F1–F5) is read too.
    private static func controlSequence(_ codes: [UInt32], complete: Bool) -> Outcome {
        if codes.count == 1 { return complete ? .key(.alt("["), length: 1) : .incomplete }
        if codes[1] == 0x5B { // ESC [ [ x
            guard codes.count >= 3 else { return complete ? .ignored(length: 2) : .incomplete }
            guard isPrintableASCII(codes[2]) else { return .ignored(length: 2) }
            if (0x41...0x45).contains(codes[2]) { return .key(.function(Int(codes[2]) - 0x40), length: 3) }
            return .ignored(length: 3)
        }
        var index = 1
        while index < codes.count {
            let code = codes[index]
            // rxvt ends Shift-Home… with `$` right after the number (`ESC [ 7 $`).
            let rxvtShift = code == 0x24 && index > 1 && codes[1..<index].allSatisfy { (0x30...0x39).contains($0) }
            if (0x20...0x3F).contains(code) && !rxvtShift {
                index += 1
                if index > maximumLength { return .ignored(length: index) }
                continue
            }
            if (0x40...0x7E).contains(code) || rxvtShift {
                let body = codes[1..<index].map { Character(Unicode.Scalar(UInt8($0))) }
                let length = index + 1
                guard let key = controlSequenceKey(parameters: String(body), final: Character(Unicode.Scalar(UInt8(code)))) else {
                    return .ignored(length: length)
                }
                return .key(key, length: length)
            }
            // Not part of a sequence: what came before is dropped, this code is read afresh.
            return .ignored(length: index)
        }
        return complete ? .ignored(length: codes.count) : .incomplete
    }

    /// The key of a complete control sequence, nil for one with no key here.
    private static func controlSequenceKey(parameters: String, final: Character) -> Key? {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard fields.allSatisfy({ $0.allSatisfy(\.isSequenceDigit) }) else { return nil }
        let numbers = fields.map { Int($0) ?? 1 }
        let modifier = numbers.count >= 2 ? numbers[1] : 1
        switch final {
        case "A", "B", "C", "D", "H", "F", "E":
            // Plain, or `1 ; modifier`.
            guard numbers.count <= 2, numbers.first ?? 1 == 1 else { return nil }
            return letterKey(final, modifier: modifier)
        case "Z":
            return parameters.isEmpty ? .backTab : nil
        case "a", "b", "c", "d":
            // rxvt: Shift-arrows.
            return parameters.isEmpty ? letterKey(Character(final.uppercased()), modifier: 2) : nil
        case "~", "^", "$", "@":
            guard let number = numbers.first, !parameters.isEmpty, numbers.count <= 2 else { return nil }
            // rxvt marks Ctrl with `^`, Shift with `$`, both with `@`.
            let rxvtModifier = final == "^" ? 5 : final == "$" ? 2 : final == "@" ? 6 : modifier
            return tildeKey(number, modifier: rxvtModifier)
        default:
            return nil
        }
    }

    // MARK: SS3: ESC O final

    /// `ESC O` then a final letter (arrows, Home/End, F1–F4, the keypad in
    /// application mode), with an optional modifier digit before it (`ESC O 5 D`).
    private static func singleShift(_ codes: [UInt32], complete: Bool) -> Outcome {
        if codes.count == 1 { return complete ? .key(.alt("O"), length: 1) : .incomplete }
        var index = 1
        var modifier = 1
        if (0x30...0x39).contains(codes[1]) {
            modifier = Int(codes[1]) - 0x30
            index = 2
            guard codes.count > 2 else { return complete ? .ignored(length: 2) : .incomplete }
        }
        let code = codes[index]
        guard isPrintableASCII(code) else { return .ignored(length: index) }
        let final = Character(Unicode.Scalar(UInt8(code)))
        let length = index + 1
        switch final {
        case "A", "B", "C", "D", "H", "F":
            return letterKey(final, modifier: modifier).map { .key($0, length: length) } ?? .ignored(length: length)
        case "a", "b", "c", "d":
            // rxvt: Ctrl-arrows.
            return letterKey(Character(final.uppercased()), modifier: 5).map { .key($0, length: length) } ?? .ignored(length: length)
        case "P", "Q", "R", "S":
            return .key(.function(Int(code) - 0x4F), length: length)
        case "M":
            return .key(.enter, length: length)
        default:
            if let typed = keypadCharacter(final) { return .key(.char(typed), length: length) }
            return .ignored(length: length)
        }
    }

    // MARK: Keys by letter or number

    /// Arrows, Home and End by their final letter. Ctrl or Alt with ←/→
    /// moves by word, as readline's Alt-b/Alt-f do; other modifiers are
    /// dropped (Shift-↑ is ↑). `E` (the keypad's centre) has no key.
    private static func letterKey(_ final: Character, modifier: Int) -> Key? {
        let wordMove = modifier > 1 && Modifier(modifier).ctrlOrAlt
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return wordMove ? .alt("f") : .right
        case "D": return wordMove ? .alt("b") : .left
        case "H": return .home
        case "F": return .end
        default: return nil
        }
    }

    /// The `ESC [ n ~` family, modifiers dropped.
    private static func tildeKey(_ number: Int, modifier _: Int) -> Key? {
        switch number {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23...26: return .function(number - 12)
        case 28, 29: return .function(number - 13)
        case 31...34: return .function(number - 14)
        default: return nil
        }
    }

    /// The numeric keypad in application mode (`ESC O p` is 0…).
    private static func keypadCharacter(_ final: Character) -> Character? {
        switch final {
        case "p"..."y":
            guard let value = final.asciiValue else { return nil }
            return Character(Unicode.Scalar(value - 0x70 + 0x30))
        case "j": return "*"
        case "k": return "+"
        case "l": return ","
        case "m": return "-"
        case "n": return "."
        case "o": return "/"
        case "X": return "="
        default: return nil
        }
    }

    private static func isPrintableASCII(_ code: UInt32) -> Bool {
        (0x20...0x7E).contains(code)
    }

    /// xterm's modifier parameter: 1 + (Shift 1, Alt 2, Ctrl 4, Meta 8).
    private struct Modifier {
        let bits: Int
        init(_ parameter: Int) { bits = max(0, parameter - 1) }
        var ctrlOrAlt: Bool { bits & (2 | 4 | 8) != 0 }
    }
}

extension Key {
    /// Alt-Backspace (`ESC DEL`): deletes the word before the cursor in a text field.
    public static let altBackspace = Key.alt("\u{7F}")
}

extension Character {
    fileprivate var isSequenceDigit: Bool { ("0"..."9").contains(self) }
}

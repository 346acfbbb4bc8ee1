/// A key press, as the terminal reports it and as keymaps bind it.
public enum Key: Hashable, Sendable {
    /// A printable character, including space (`.char(" ")`). Case matters: `L` is Shift-l.
    case char(Character)
    /// Ctrl with a letter, lower case: `.ctrl("d")` is Ctrl-d. Ctrl-h, Ctrl-i,
    /// Ctrl-j and Ctrl-m arrive as `.backspace`, `.tab` and `.enter` instead,
    /// since terminals send the same bytes for them.
    case ctrl(Character)
    /// Alt (or Esc then the key) with a character: `.alt("x")`.
    case alt(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab
    case backspace, delete, insert
    /// F1…F63.
    case function(Int)
    /// The terminal changed size: lay out again from the new size.
    case resize
    /// A key the terminal reported that has no name here (its code).
    case unknown(Int)

    public static let space = Key.char(" ")
}

extension Key {
    /// The key for one byte-sized control character of a raw-mode terminal
    /// (Ctrl-a… become `.ctrl`, 9 Tab, 13 and 10 Enter, 27 Escape, 8 and
    /// 127 Backspace); nil for a printable character.
    public init?(controlCode code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 1...26:
            guard let letter = Unicode.Scalar(code + 96) else { return nil }
            self = .ctrl(Character(letter))
        case 0, 28...31:
            self = .unknown(Int(code))
        default:
            return nil
        }
    }

    /// The key for a character read from the terminal: a control character
    /// becomes its key, anything else `.char`. Invalid code points give nil.
    public init?(codePoint: UInt32) {
        if let control = Key(controlCode: codePoint) {
            self = control
            return
        }
        guard let scalar = Unicode.Scalar(codePoint) else { return nil }
        self = .char(Character(scalar))
    }

    /// The key after an Esc that arrived together with it: Alt-char for a
    /// character, otherwise nil (the Esc stands alone).
    public func withAlt() -> Key? {
        switch self {
        case .char(let character): return .alt(character)
        default: return nil
        }
    }
}

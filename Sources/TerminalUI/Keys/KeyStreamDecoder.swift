/// Turns the bytes a terminal sends (UTF-8 text, control characters and
/// escape sequences) into keys, the way the app's key reader does after
/// ncurses: the whole input at once, its end standing for the Esc timeout.
/// The one entry point for fuzzing the decoding: it never traps, and every
/// byte ends up in at most one key.
public enum KeyStreamDecoder {
    /// The keys in `bytes`. Invalid UTF-8 is dropped; unknown escape
    /// sequences give no key.
    public static func decodeKeys(_ bytes: [UInt8]) -> [Key] {
        decodeKeys(codePoints: codePoints(of: bytes))
    }

    /// The keys in a stream of code points (as `wget_wch` returns them).
    public static func decodeKeys(codePoints codes: [UInt32]) -> [Key] {
        var keys: [Key] = []
        var index = 0
        while index < codes.count {
            let code = codes[index]
            index += 1
            guard code == 27 else {
                if let key = Key(codePoint: code) { keys.append(key) }
                continue
            }
            let (key, unread) = EscapeSequenceDecoder.read {
                guard index < codes.count else { return nil }
                defer { index += 1 }
                return codes[index]
            }
            index -= unread.count
            if let key { keys.append(key) }
        }
        return keys
    }

    /// The code points of UTF-8 `bytes`, invalid sequences left out.
    static func codePoints(of bytes: [UInt8]) -> [UInt32] {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var codes: [UInt32] = []
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): codes.append(scalar.value)
            case .error: continue
            case .emptyInput: return codes
            }
        }
    }
}

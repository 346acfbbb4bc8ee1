import CNcursesw
import TerminalUI

extension CursesTerminal {
    /// Waits for a key: forever when `timeout` is nil, otherwise at most that
    /// long, returning nil when none came (so the app can poll for background
    /// results). After an Esc, the code points that follow within the Esc
    /// delay are decoded by `EscapeSequenceDecoder`, whatever terminfo says:
    /// `ESC [ 1 ~` is Home, `ESC b` Alt-b, and a sequence with no key here is
    /// dropped whole rather than read as typed text. A resize is `.resize`;
    /// the next `present` repaints everything.
    /// Throws `.inputClosed` when the terminal's input is gone.
    public func readKey(timeout: Duration? = nil) throws(TerminalError) -> Key? {
        guard !isClosed else { throw .closed }
        let milliseconds = timeout.map(CursesTerminal.milliseconds) ?? -1
        var failures = 0
        while true {
            wtimeout(cursesWindow, milliseconds)
            guard let key = nextKey() else {
                if milliseconds >= 0 { return nil }
                failures += 1
                if failures >= 3 { throw .inputClosed }
                continue
            }
            if key == .resize { forceFullRedraw() }
            guard key == .escape else { return key }
            if let decoded = keyAfterEscape() { return decoded }
            // An unknown sequence was dropped: no key yet.
            if milliseconds >= 0 { return nil }
        }
    }

    /// One key from ncurses; nil on timeout or error.
    private func nextKey() -> Key? {
        var code: wint_t = 0
        switch wget_wch(cursesWindow, &code) {
        case KEY_CODE_YES:
            return KeyCodes.key(forFunctionCode: Int32(bitPattern: code))
        case OK:
            return Key(codePoint: code) ?? .unknown(Int(code))
        default:
            return nil
        }
    }

    /// Reads what follows an Esc, one code point at a time with the Esc
    /// delay as the wait, until `EscapeSequenceDecoder` knows what it is.
    /// Returns the key, `.escape` for a lone Esc, or nil for a sequence it
    /// dropped. Code points that turn out not to belong to the sequence, and
    /// a function key ncurses decoded itself, are put back for the next read.
    private func keyAfterEscape() -> Key? {
        let delay = max(Int32(1), rapport_escdelay())
        var functionKey: Int32?
        let (key, unread) = EscapeSequenceDecoder.read {
            guard functionKey == nil else { return nil }
            wtimeout(cursesWindow, delay)
            var code: wint_t = 0
            switch wget_wch(cursesWindow, &code) {
            case OK:
                return code
            case KEY_CODE_YES:
                functionKey = Int32(bitPattern: code)
                return nil
            default:
                return nil
            }
        }
        if let functionKey { ungetch(functionKey) }
        putBack(unread[...])
        return key
    }

    /// Puts code points back so the next reads return them in order
    /// (ncurses' push-back returns the last pushed first).
    private func putBack(_ codes: ArraySlice<UInt32>) {
        for code in codes.reversed() {
            unget_wch(wchar_t(bitPattern: code))
        }
    }

    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, total))
    }
}

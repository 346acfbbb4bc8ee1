import CNcursesw
import TerminalUI

extension CursesTerminal {
    /// Waits for a key: forever when `timeout` is nil, otherwise at most that
    /// long, returning nil when none came (so the app can poll for background
    /// results). Esc followed at once by a character is Alt-character. A
    /// resize is `.resize`; the next `present` repaints everything.
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
            return altKey() ?? .escape
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

    /// The character already waiting after an Esc, as an Alt key; anything
    /// else is put back for the next read.
    private func altKey() -> Key? {
        wtimeout(cursesWindow, 0)
        var code: wint_t = 0
        switch wget_wch(cursesWindow, &code) {
        case OK:
            if let key = Key(codePoint: code), let alt = key.withAlt() { return alt }
            unget_wch(wchar_t(bitPattern: code))
        case KEY_CODE_YES:
            ungetch(Int32(bitPattern: code))
        default:
            break
        }
        return nil
    }

    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, total))
    }
}

import RapportLocalization
/// Why the terminal could not be opened or read.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, CI).
    case notATerminal
    /// ncurses does not know the terminal type in `TERM`.
    case unknownTerminal(String)
    /// The terminal was opened off the main thread, where key reads miss resizes.
    case notMainThread
    /// The terminal's input is gone (closed or hung up).
    case inputClosed
    /// The terminal is already closed.
    case closed
    /// An external program (the editor) could not be started.
    case cannotRun(program: String, reason: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return L10n.text("the full-screen interface needs a terminal: standard input and output must both be a terminal")
        case .unknownTerminal(let name):
            return name.isEmpty
                ? L10n.text("TERM is not set: cannot drive the terminal")
                : L10n.text("unknown terminal type '%@' (TERM): try TERM=xterm-256color", name)
        case .notMainThread:
            return L10n.text("the terminal must be opened and read on the main thread")
        case .inputClosed:
            return L10n.text("the terminal's input was closed")
        case .closed:
            return L10n.text("the terminal is closed")
        case .cannotRun(let program, let reason):
            return L10n.text("cannot run '%1$@': %2$@", program, reason)
        }
    }
}

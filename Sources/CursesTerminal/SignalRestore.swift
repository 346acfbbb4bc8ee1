import CNcursesw
import Glibc

/// Puts the terminal back (endwin) when the process is told to stop by
/// SIGINT, SIGTERM, SIGHUP or SIGQUIT, then lets the signal take its default
/// course. Installed while a `CursesTerminal` is open; the previous handlers
/// come back when it closes.
struct SignalRestore {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    private var previous: [(Int32, sigaction)] = []

    /// Installs the handlers (before `newterm`, so ncurses keeps its own out).
    static func install() -> SignalRestore {
        var restore = SignalRestore()
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                endwin()
                signal(received, SIG_DFL)
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            var old = sigaction()
            if sigaction(number, &action, &old) == 0 {
                restore.previous.append((number, old))
            }
        }
        return restore
    }

    /// Puts back the handlers that were there before `install()`.
    mutating func uninstall() {
        for (number, old) in previous {
            var action = old
            sigaction(number, &action, nil)
        }
        previous.removeAll()
    }
}

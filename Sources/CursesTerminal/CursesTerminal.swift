import CNcursesw
import Foundation
import Glibc
import TerminalUI

/// The real terminal, through ncursesw: the only place that talks to it.
/// It owns one ncurses screen, reads keys as `Key`s, and copies a
/// `ScreenBuffer` to the screen in a `Theme`'s colours, changed cells only.
///
/// Use it from the main thread, and always close it: `CursesTerminal.run`
/// does both (`defer`), and SIGINT, SIGTERM, SIGHUP and SIGQUIT restore the
/// screen before the process ends. `NO_COLOR` is the caller's business
/// (choose the monochrome theme); any colour depth is handled here.
public final class CursesTerminal {
    private var screen: OpaquePointer?
    private let window: UnsafeMutablePointer<WINDOW>
    private var signals: SignalRestore
    var previousFrame: ScreenBuffer?
    var needsFullRedraw = true
    var palette: TerminalPalette
    var cursorVisible: Bool?

    /// How many colours the terminal shows.
    public var colorDepth: ColorDepth { palette.depth }
    /// Whether the terminal's own default colours can be used (`use_default_colors`).
    public var hasDefaultColors: Bool { palette.hasDefaultColors }
    public private(set) var isClosed = false

    /// Opens the terminal full-screen. Throws when stdin or stdout is not a
    /// terminal, when `TERM` is unknown or cannot move the cursor (`dumb`),
    /// or off the main thread.
    public init(escapeDelayMilliseconds: Int = 25) throws(TerminalError) {
        guard Thread.isMainThread else { throw .notMainThread }
        UTF8Locale.setUp()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        signals = SignalRestore.install()
        guard let screen = newterm(nil, rapport_stdout(), rapport_stdin()) else {
            signals.uninstall()
            throw .unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        set_term(screen)
        // A terminal that cannot move the cursor (TERM=dumb) would show
        // garbage: refuse it as an unknown one.
        guard let window = rapport_stdscr(), Self.canAddressCursor() else {
            endwin()
            delscreen(screen)
            signals.uninstall()
            throw .unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.screen = screen
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(Int32(max(0, escapeDelayMilliseconds)))
        palette = TerminalPalette.start()
        curs_set(0)
        cursorVisible = false
    }

    deinit {
        close()
    }

    /// Whether the terminal description has cursor addressing (`cup`).
    private static func canAddressCursor() -> Bool {
        guard let capability = tigetstr("cup") else { return false }
        return Int(bitPattern: capability) != -1
    }

    /// Opens the terminal, runs `body`, and closes the terminal however
    /// `body` ends (return or throw).
    public static func run<T>(escapeDelayMilliseconds: Int = 25, _ body: (CursesTerminal) throws -> T) throws -> T {
        let terminal = try CursesTerminal(escapeDelayMilliseconds: escapeDelayMilliseconds)
        defer { terminal.close() }
        return try body(terminal)
    }

    /// The size in cells (columns, rows), after any resize ncurses has seen.
    public var size: (width: Int, height: Int) {
        (Int(max(0, getmaxx(window))), Int(max(0, getmaxy(window))))
    }

    /// Gives the terminal back: ends curses mode, frees the screen, puts the
    /// signal handlers back. Safe to call more than once.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        signals.uninstall()
    }

    /// Hands the terminal to another program (`$EDITOR`): the screen is
    /// restored to normal until `resume()`.
    public func suspend() {
        guard !isClosed else { return }
        def_prog_mode()
        endwin()
    }

    /// Takes the terminal back after `suspend()` and repaints everything on
    /// the next `present`.
    public func resume() {
        guard !isClosed else { return }
        reset_prog_mode()
        forceFullRedraw()
        wrefresh(window)
    }

    /// Stops the process as Ctrl-z does in a cooked terminal (the key
    /// arrives as `.ctrl("z")` in raw mode): gives the terminal back, stops,
    /// and takes the terminal back when the shell continues it (`fg`).
    public func suspendProcess() {
        guard !isClosed else { return }
        suspend()
        raise(SIGTSTP)
        resume()
    }

    /// Makes the next `present` repaint the whole screen (Ctrl-l, after a resize).
    public func forceFullRedraw() {
        needsFullRedraw = true
    }

    var cursesWindow: UnsafeMutablePointer<WINDOW> { window }
}

import RapportLocalization
import Glibc

extension CursesTerminal {
    /// Hands the terminal to another program (`$EDITOR file`) and takes it
    /// back when the program ends: suspends, runs `arguments` (looked up in
    /// `PATH`) in this process group with default signal handling and the
    /// terminal as its input and output, waits, resumes. While it runs, this
    /// process ignores SIGINT and SIGQUIT, as `system()` does, so Ctrl-c in
    /// the editor does not end the app. Returns the exit status (128 + the
    /// signal number when it was killed).
    ///
    /// Prefer this to `Foundation.Process`, which starts the child in a
    /// process group of its own, where it cannot read the terminal.
    public func runExternal(_ arguments: [String]) throws(TerminalError) -> Int32 {
        guard !isClosed else { throw .closed }
        guard !arguments.isEmpty else { throw .cannotRun(program: "", reason: L10n.text("no program given")) }
        suspend()
        defer { resume() }
        let ignored = IgnoredSignals.ignore([SIGINT, SIGQUIT])
        defer { ignored.restore() }
        let pid = try ExternalProgram.spawn(arguments)
        return ExternalProgram.wait(for: pid)
    }
}

/// Starting and waiting for a child process that shares the terminal.
enum ExternalProgram {
    static func spawn(_ arguments: [String]) throws(TerminalError) -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        cArguments.append(nil)
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], nil, &attributes, cArguments, environ)
        guard status == 0 else {
            throw .cannotRun(program: arguments[0], reason: String(cString: strerror(status)))
        }
        return pid
    }

    static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7F
        if signal == 0 { return (status >> 8) & 0xFF }
        return 128 + signal
    }
}

/// Signals set to be ignored for a while, and put back after.
struct IgnoredSignals {
    private var previous: [(Int32, sigaction)] = []

    static func ignore(_ signals: [Int32]) -> IgnoredSignals {
        var saved = IgnoredSignals()
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = SIG_IGN
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            if sigaction(number, &action, &old) == 0 { saved.previous.append((number, old)) }
        }
        return saved
    }

    func restore() {
        for (number, old) in previous {
            var action = old
            sigaction(number, &action, nil)
        }
    }
}

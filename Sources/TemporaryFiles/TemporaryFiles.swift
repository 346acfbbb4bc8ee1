import Glibc

/// Files and folders holding personal data for a moment (an export on its
/// way, a partial backup, notes open in `$EDITOR`), removed if the process
/// is stopped by SIGINT, SIGTERM, SIGHUP or SIGQUIT before it removes them
/// itself. Register a path while it exists, unregister it once it is moved
/// into place or removed.
///
/// While anything is registered, a handler for those signals is installed:
/// it unlinks every registered file, empties and removes every registered
/// folder, then hands the signal to the handler that was there before (the
/// terminal's restore) or to its default action, so the process ends as the
/// signal says (a shell sees 130 after Ctrl-C). A signal that was ignored
/// (`nohup`) stays ignored. The handler only calls async-signal-safe
/// functions on memory prepared beforehand.
public enum TemporaryFiles {
    /// What a registration returns, to unregister it.
    public struct Token: Sendable, Hashable {
        let slot: Int
    }

    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Registers `path` (a file, or a folder when `isFolder`); nil when the
    /// table is full (the path is then not removed on a signal).
    @discardableResult
    public static func register(_ path: String, isFolder: Bool = false) -> Token? {
        Registry.shared.add(path, isFolder: isFolder).map(Token.init(slot:))
    }

    /// Runs `body` (creating a temporary file, then registering it) with
    /// the stopping signals held back, so one arriving in between is only
    /// handled once the file is registered.
    public static func holdingSignals<T>(_ body: () throws -> T) rethrows -> T {
        var held = sigset_t(), previous = sigset_t()
        sigemptyset(&held)
        for number in signals { sigaddset(&held, number) }
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    /// Forgets a registration (the path is no longer removed on a signal).
    public static func unregister(_ token: Token?) {
        guard let token else { return }
        Registry.shared.remove(token.slot)
    }
}

/// The table the signal handler reads: fixed-size C memory allocated once,
/// so the handler never allocates or takes a lock.
final class Registry: @unchecked Sendable {
    static let shared = Registry()
    static let capacity = 64

    /// C strings, nil for a free slot.
    let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    /// 1 for a file, 2 for a folder, 0 for a free slot.
    let kinds: UnsafeMutablePointer<Int32>
    /// The handlers found when ours were installed, by signal number.
    let previous: UnsafeMutablePointer<sigaction>
    /// For a folder, its directory stream, opened when registered so the
    /// handler reads entries without allocating.
    let folders: UnsafeMutablePointer<OpaquePointer?>
    private var mutex = pthread_mutex_t()
    private var count = 0

    private init() {
        paths = .allocate(capacity: Self.capacity)
        paths.initialize(repeating: nil, count: Self.capacity)
        kinds = .allocate(capacity: Self.capacity)
        kinds.initialize(repeating: 0, count: Self.capacity)
        previous = .allocate(capacity: 65)
        previous.initialize(repeating: sigaction(), count: 65)
        folders = .allocate(capacity: Self.capacity)
        folders.initialize(repeating: nil, count: Self.capacity)
        pthread_mutex_init(&mutex, nil)
    }

    func add(_ path: String, isFolder: Bool) -> Int? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        guard let slot = (0..<Self.capacity).first(where: { paths[$0] == nil }) else { return nil }
        kinds[slot] = isFolder ? 2 : 1
        folders[slot] = isFolder ? opendir(path) : nil
        paths[slot] = strdup(path)
        count += 1
        if count == 1 { installHandlers() }
        return slot
    }

    func remove(_ slot: Int) {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        guard slot >= 0, slot < Self.capacity, let path = paths[slot] else { return }
        // Block the signals while the slot changes, so this thread's handler
        // never reads a freed string.
        var all = sigset_t(), old = sigset_t()
        sigemptyset(&all)
        for number in TemporaryFiles.signals { sigaddset(&all, number) }
        pthread_sigmask(SIG_BLOCK, &all, &old)
        paths[slot] = nil
        kinds[slot] = 0
        let folder = folders[slot]
        folders[slot] = nil
        count -= 1
        if count == 0 { restoreHandlers() }
        pthread_sigmask(SIG_SETMASK, &old, nil)
        free(path)
        if let folder { closedir(folder) }
    }

    private func installHandlers() {
        for number in TemporaryFiles.signals {
            var current = sigaction()
            sigaction(number, nil, &current)
            previous[Int(number)] = current
            if Self.isIgnored(current) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in Registry.handle(received) }
            sigemptyset(&action.sa_mask)
            for other in TemporaryFiles.signals { sigaddset(&action.sa_mask, other) }
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }

    private func restoreHandlers() {
        for number in TemporaryFiles.signals {
            var old = previous[Int(number)]
            sigaction(number, &old, nil)
        }
    }

    static func isIgnored(_ action: sigaction) -> Bool {
        guard action.sa_flags & Int32(SA_SIGINFO) == 0, let handler = action.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == 1
    }

    /// The signal handler: removes everything registered, then passes the
    /// signal on.
    static func handle(_ received: Int32) {
        let registry = shared
        for slot in 0..<capacity {
            guard let path = registry.paths[slot] else { continue }
            if registry.kinds[slot] == 2 {
                if let folder = registry.folders[slot] { emptyFolder(folder) }
                rmdir(path)
            } else {
                unlink(path)
            }
        }
        let before = registry.previous[Int(received)]
        if before.sa_flags & Int32(SA_SIGINFO) == 0, let handler = before.__sigaction_handler.sa_handler,
           unsafeBitCast(handler, to: Int.self) > 1 {
            // The terminal's restore: it puts the screen back, then re-raises.
            handler(received)
            return
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = nil  // SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(received, &action, nil)
        raise(received)  // delivered with the default action once the handler returns
    }

    /// Unlinks the files directly inside a folder (the editor's swap files
    /// beside the notes), through the stream opened at registration:
    /// `rewinddir` and `readdir` on it allocate nothing.
    private static func emptyFolder(_ folder: OpaquePointer) {
        rewinddir(folder)
        let fd = dirfd(folder)
        while let entry = readdir(folder) {
            withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: 256) { name in
                    let isDot = name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0))
                    if !isDot { unlinkat(fd, name, 0) }
                }
            }
        }
    }
}

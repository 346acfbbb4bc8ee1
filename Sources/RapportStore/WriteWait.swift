import Foundation
import GRDB

/// Waiting for another program's write lock, made visible and cancellable.
/// SQLite calls `retry` while another connection holds the write lock; it
/// sleeps a little and says whether to try again, for up to 15 seconds (as
/// a busy timeout would). The full-screen app reads `isWaiting` to say so in
/// its footer, and `giveUp()` ends the wait at once: the write then fails
/// with "busy" and nothing is written.
public final class WriteWait: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting = false
    private var cancelled = false
    /// Milliseconds slept in the current wait, not counting the time an
    /// import's final copy held the lock.
    private var waited = 0
    /// Milliseconds slept in the current wait while an import's copy held the lock.
    private var importWaited = 0
    /// The database file, to tell an import's final copy (`ImportTurn`)
    /// from any other writer; nil in memory.
    let path: String?
    /// How long a write waits for the lock before it is refused.
    static let limitMilliseconds = 15_000
    /// How long a write waits on an import's final copy before it is
    /// refused anyway (the copy of a very large import on a busy machine
    /// takes minutes; an import stopped with SIGSTOP would take forever).
    static let importLimitMilliseconds = 30 * 60_000
    /// SQLite's own schedule of sleeps between tries, in milliseconds.
    private static let delays = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100]
    /// The sleep between tries while an import's copy holds the lock: short,
    /// so the writer is in as soon as the import gives way.
    private static let importDelay = 10

    public init(path: String? = nil) {
        self.path = path
    }

    /// Whether a connection is waiting for the lock now (since the last `reset`).
    public var isWaiting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return waiting
    }

    /// Ends the current wait: the waiting write fails, and so does any
    /// that waits before the next `reset`.
    public func giveUp() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Forgets an earlier wait or give-up (before a new write).
    public func reset() {
        lock.lock()
        waiting = false
        cancelled = false
        lock.unlock()
    }

    /// The busy handler: sleeps before the next try, false to stop. While
    /// an import's final copy holds the lock, the writer says it is waiting
    /// (the import then gives way) and the wait does not count towards the
    /// 15 s after which a write is refused.
    func retry(_ tries: Int) -> Bool {
        let importing = path.map { ImportTurn.isHeld(ImportTurn.copyingByte, path: $0, by: .importer) } ?? false
        lock.lock()
        waiting = true
        if tries == 0 {
            waited = 0
            importWaited = 0
        }
        let stop = cancelled || waited >= WriteWait.limitMilliseconds || importWaited >= WriteWait.importLimitMilliseconds
        lock.unlock()
        if stop { return false }
        let delays = WriteWait.delays
        let delay = importing ? WriteWait.importDelay : tries < delays.count ? delays[tries] : delays.last ?? 100
        if importing, let path { ImportTurn.hold(ImportTurn.waitingByte, true, path: path, role: .writer) }
        usleep(useconds_t(delay * 1000))
        if importing, let path { ImportTurn.hold(ImportTurn.waitingByte, false, path: path, role: .writer) }
        lock.lock()
        defer { lock.unlock() }
        // Time spent on an import's copy counts only against its own, longer limit.
        if importing { importWaited += delay } else { waited += delay }
        return !cancelled
    }
}

/// Notices commits made by other connections (another `rapport`, a
/// script) through SQLite's `PRAGMA data_version`, which reads no table. It
/// needs its own connection: the number is only comparable on the
/// connection that read it before.
public final class ChangeWatch: ChangeWatching, @unchecked Sendable {
    private let connection: DatabaseQueue
    private var last: Int?

    init(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .immediateError
        config.label = "rapport.change-watch"
        connection = try DatabaseQueue(path: path, configuration: config)
        last = try? version()
    }

    private func version() throws -> Int {
        try connection.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// True when someone committed since the last call. A moment when the
    /// file cannot be read counts as no change (the next call sees it).
    public func changed() -> Bool {
        guard let now = try? version() else { return false }
        defer { last = now }
        guard let last else { return false }
        return now != last
    }
}

extension RapportDatabase {
    /// A watch for other programs' commits, on a connection of its own;
    /// nil in memory (no other program can write there).
    public func changeWatch() -> (any ChangeWatching)? {
        guard let path else { return nil }
        return try? ChangeWatch(path: path)
    }
}

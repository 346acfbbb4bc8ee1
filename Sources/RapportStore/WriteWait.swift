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
    /// How long a write waits for the lock before it is refused.
    static let limitMilliseconds = 15_000
    /// SQLite's own schedule of sleeps between tries, in milliseconds.
    private static let delays = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100]

    public init() {}

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

    /// The busy handler: sleeps before the next try, false to stop.
    func retry(_ tries: Int) -> Bool {
        lock.lock()
        waiting = true
        let stop = cancelled
        lock.unlock()
        if stop { return false }
        let delays = WriteWait.delays
        let slept = tries < delays.count ? delays[..<tries].reduce(0, +)
            : delays.reduce(0, +) + (tries - delays.count) * (delays.last ?? 100)
        if slept >= WriteWait.limitMilliseconds { return false }
        let delay = tries < delays.count ? delays[tries] : delays.last ?? 100
        usleep(useconds_t(delay * 1000))
        lock.lock()
        defer { lock.unlock() }
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

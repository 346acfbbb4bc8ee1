import Foundation
import GRDB
import Glibc

/// How an import's final copy and the writers waiting on it find each
/// other, across processes: two advisory locks on bytes of the database
/// file's lock page, which SQLite keeps free of data and whose bytes it
/// never locks itself (it uses the first 512). An import holds the first
/// for as long as it may hold the write lock for its final copy; a writer
/// that waits for the lock while that byte is held holds the second while
/// it waits. The import then gives way (rolls its copy back, lets the
/// writers commit, starts again, `ImportYield`), and the writer does not
/// give up after 15 s (`WriteWait`).
///
/// Open-file-description locks on descriptors opened once per file and
/// role and never closed: closing any descriptor of the file would drop
/// SQLite's own (process-wide) POSIX locks on it. They go with the
/// process, so a killed import or writer leaves nothing behind.
enum ImportTurn {
    /// Held (shared) by an import during its final copy.
    static let copyingByte: off_t = 0x4000_0400
    /// Held (shared) by each writer while it waits on an import's copy.
    static let waitingByte: off_t = 0x4000_0401

    /// The two roles get descriptors of their own, so an import and a
    /// writer in the same process still see each other.
    enum Role: Hashable { case importer, writer }

    private struct Key: Hashable {
        var device: UInt64
        var inode: UInt64
        var role: Role
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var descriptors: [Key: Int32] = [:]

    /// The descriptor of `path` for `role`, opened on first use.
    private static func descriptor(_ path: String, _ role: Role) -> Int32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let key = Key(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), role: role)
        return lock.withLock {
            if let known = descriptors[key] { return known }
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            descriptors[key] = fd
            return fd
        }
    }

    /// `F_OFD_GETLK`, `F_OFD_SETLK` (Linux).
    private static let getLock: Int32 = 36
    private static let setLock: Int32 = 37

    private static func request(_ type: Int32, _ byte: off_t) -> flock {
        var request = flock()
        request.l_type = Int16(type)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = byte
        request.l_len = 1
        return request
    }

    /// Takes (shared) or releases `byte` for `role`; false when it cannot.
    @discardableResult
    static func hold(_ byte: off_t, _ held: Bool, path: String, role: Role) -> Bool {
        guard let fd = descriptor(path, role) else { return false }
        var lockRequest = request(held ? F_RDLCK : F_UNLCK, byte)
        return fcntl(fd, setLock, &lockRequest) == 0
    }

    /// Whether someone else (another process, or the other role here) holds `byte`.
    static func isHeld(_ byte: off_t, path: String, by role: Role) -> Bool {
        guard let fd = descriptor(path, role == .importer ? .writer : .importer) else { return false }
        var probe = request(F_WRLCK, byte)
        guard fcntl(fd, getLock, &probe) == 0 else { return false }
        return probe.l_type != Int16(F_UNLCK)
    }
}

/// An import's final copy that gives way to other writers: it holds
/// `ImportTurn.copyingByte` from before it takes the write lock until it
/// is done, and while it may still give way, a watchdog thread looks
/// every 10 ms for a writer waiting on it. When one waits, the copy is
/// interrupted (`sqlite3_interrupt`, or at the next `checkpoint` between
/// statements) and rolled back, whole; the import lets the waiting
/// writers commit, then starts the copy again from the staged rows, which
/// are still there. So the import stays all or nothing, and a `log` run
/// beside it waits for a rollback instead of a whole copy.
///
/// A copy that kept giving way would never finish beside a script that
/// writes without pause, so it gives way at most `maxYields` times, and
/// no more once the writers have had `budget` seconds in all; the last
/// attempt then runs to its end, and writers wait for it (without the
/// 15 s limit: `WriteWait`). The search-index transfer and the commit,
/// at the very end, never give way (`finalStretch`).
final class ImportYield: @unchecked Sendable {
    /// Thrown by `checkpoint` when a writer waits.
    struct GiveWay: Error {}

    static let maxYields = 8
    static let budget: TimeInterval = 30
    /// How long the import waits, once it has given way, for the waiting
    /// writers to commit, before it starts again anyway.
    static let giveWayLimit: TimeInterval = 5

    private let path: String
    private let connection: any DatabaseWriter
    private let lock = NSLock()
    private var yieldable = false
    private var requested = false
    private var watching = false
    /// How many times this import gave way (for tests and figures).
    private(set) var yields = 0

    init(path: String, connection: any DatabaseWriter) {
        self.path = path
        self.connection = connection
    }

    /// Runs `copy` in one immediate transaction, again from the start each
    /// time it gives way; returns when it has committed, rethrows any
    /// other error (nothing committed).
    func run(_ db: Database, _ copy: () throws -> Void) throws {
        ImportTurn.hold(ImportTurn.copyingByte, true, path: path, role: .importer)
        defer { ImportTurn.hold(ImportTurn.copyingByte, false, path: path, role: .importer) }
        var given: TimeInterval = 0
        while true {
            let allowed = yields < Self.maxYields && given < Self.budget
            lock.withLock {
                yieldable = allowed
                requested = false
            }
            let watchdog = allowed ? startWatchdog() : nil
            do {
                try db.inTransaction(.immediate) {
                    try copy()
                    return .commit
                }
                stop(watchdog)
                return
            } catch {
                stop(watchdog)
                let gaveWay = lock.withLock { requested }
                guard gaveWay, error is GiveWay || (error as? DatabaseError)?.resultCode == .SQLITE_INTERRUPT else { throw error }
            }
            yields += 1
            let start = Date()
            try giveWay(db)
            given += Date().timeIntervalSince(start)
        }
    }

    /// Between two statements of the copy: throws `GiveWay` when a writer waits.
    func checkpoint() throws {
        if lock.withLock({ yieldable && requested }) { throw GiveWay() }
    }

    /// From here to the commit, the copy no longer gives way.
    func finalStretch() {
        lock.withLock { yieldable = false }
    }

    private func startWatchdog() -> Thread {
        lock.withLock { watching = true }
        let thread = Thread { [self] in
            while lock.withLock({ watching && yieldable && !requested }) {
                if ImportTurn.isHeld(ImportTurn.waitingByte, path: path, by: .writer) {
                    lock.withLock {
                        // Under the lock: once `finalStretch` has run, nothing is interrupted.
                        guard yieldable else { return }
                        requested = true
                        connection.interrupt()
                    }
                }
                usleep(10_000)
            }
        }
        thread.start()
        return thread
    }

    private func stop(_ watchdog: Thread?) {
        guard watchdog != nil else { return }
        lock.withLock { watching = false }
    }

    /// Out of the transaction: waits until the writers that waited have
    /// committed (a commit seen, nobody waiting), at most `giveWayLimit`.
    private func giveWay(_ db: Database) throws {
        let before = try Int.fetchOne(db, sql: "PRAGMA main.data_version")
        let deadline = Date().addingTimeInterval(Self.giveWayLimit)
        while Date() < deadline {
            let waiting = ImportTurn.isHeld(ImportTurn.waitingByte, path: path, by: .writer)
            if !waiting, try Int.fetchOne(db, sql: "PRAGMA main.data_version") != before { return }
            usleep(5_000)
        }
    }
}

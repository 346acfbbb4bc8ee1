import Foundation
import GRDB
import GRDBSQLite
import RapportCore
import RapportLocalization

/// The Rapport database: one SQLite file, opened through GRDB with WAL so the
/// full-screen app and the command line can use it at the same time. Every
/// write is one short transaction; reads see a consistent snapshot.
///
/// An existing file is checked before anything opens it for writing: its
/// header and schema, then SQLite's `quick_check`, both on a read-only
/// connection that changes no byte. A file that fails is refused and never
/// written to. Reading commands open the file read-only (`openForReading`).
public final class RapportDatabase: Sendable {
    /// The file, or nil for an in-memory database.
    public let path: String?
    /// Tier cadences in force; the warmth cache is kept consistent with them.
    public let cadence: Cadence
    private let state: ConnectionState
    /// Waits for another program's write lock; the app shows it and can give up.
    public let writeWait: WriteWait

    /// The connection(s): a `DatabasePool` on disk, a `DatabaseQueue` in
    /// memory or when opened for reading only.
    public var writer: any DatabaseWriter { state.writer }
    /// Whether writes are accepted now.
    public var writeAccess: WriteAccess { state.access }

    private init(writer: any DatabaseWriter, path: String?, cadence: Cadence, access: WriteAccess = .open,
                 readLock: SharedReadLock? = nil, writeWait: WriteWait = WriteWait()) {
        self.path = path
        self.cadence = cadence
        self.writeWait = writeWait
        state = ConnectionState(writer: writer, access: access, readLock: readLock)
    }

    /// A display name for the database: its file name, or "memory".
    public var displayName: String {
        guard let path else { return "memory" }
        return (path as NSString).lastPathComponent
    }

    /// Opens (creating if needed) the database at `path` for reading and
    /// writing. A new file is created 0600, in a folder created 0700. An
    /// existing file that is not a Rapport database, is damaged (SQLite's
    /// `quick_check`), comes from a newer Rapport, or cannot be written is
    /// refused and left exactly as it was.
    public static func open(path: String, cadence: Cadence = .standard, create: Bool = true) throws(StoreError) -> RapportDatabase {
        try DatabaseLocation.checkUsable(path)
        if !create && !FileManager.default.fileExists(atPath: path) { throw .noDatabase(path: path) }
        let created = try prepareFile(path)
        if !created, try inspect(path) != nil {
            try checkIntegrity(path)
        }
        return try openWritable(path, cadence: cadence, created: created)
    }

    /// Opens an existing database for reading only: nothing is written, no
    /// file is created (not even `-wal`/`-shm` when none exist), and a
    /// read-only file or folder is fine. When the file needs a schema update
    /// or a warmth refresh and can be written, it is opened as `open` does
    /// instead (checked first); on a read-only file the reads go ahead on
    /// the file as it is. A file up to `inlineCheckLimit` bytes gets
    /// `quick_check` first (a damaged one is refused); a larger one is
    /// read unchecked, damage reported when SQLite meets it.
    public static func openForReading(path: String, cadence: Cadence = .standard) throws(StoreError) -> RapportDatabase {
        try DatabaseLocation.checkUsable(path)
        guard FileManager.default.fileExists(atPath: path) else { throw .noDatabase(path: path) }
        guard let inspection = try inspect(path) else {
            // An empty file is an empty database: read an empty one in memory.
            let empty = try inMemory(cadence: cadence)
            empty.state.replace(writer: nil, access: .readOnly)
            return empty
        }
        // A damaged file can make reads return garbage rows; where the check
        // is cheap (see `inlineCheckLimit`), refuse it up front.
        var info = stat()
        if stat(path, &info) == 0, Int64(info.st_size) <= inlineCheckLimit {
            try checkIntegrity(path)
        }
        let upToDate = inspection.migrations == Set(Schema.knownMigrations)
            && inspection.cadenceFingerprint == Caches.fingerprint(cadence)
        if !upToDate && DatabaseLocation.isWritable(path) {
            return try open(path: path, cadence: cadence, create: false)
        }
        let (queue, lock) = try readOnlyConnection(path)
        return RapportDatabase(writer: queue, path: path, cadence: cadence, access: .readOnly, readLock: lock)
    }

    /// Opens the database for the full-screen app. A file larger than
    /// `checkInBackgroundAbove` bytes that needs no schema update is opened
    /// for reading only, with `writeAccess == .checking`: call
    /// `finishIntegrityCheck()` (on any thread) after the first frame;
    /// writes are refused until it passes. Other files are opened as `open`
    /// does (checked first).
    public static func openDeferringCheck(path: String, cadence: Cadence = .standard,
                                          checkInBackgroundAbove bytes: Int64) throws(StoreError) -> RapportDatabase {
        try DatabaseLocation.checkUsable(path)
        var info = stat()
        guard stat(path, &info) == 0, Int64(info.st_size) > bytes,
              let inspection = try inspect(path),
              inspection.migrations == Set(Schema.knownMigrations),
              inspection.cadenceFingerprint == Caches.fingerprint(cadence),
              DatabaseLocation.isWritable(path) else {
            return try open(path: path, cadence: cadence, create: true)
        }
        let (queue, lock) = try readOnlyConnection(path)
        return RapportDatabase(writer: queue, path: path, cadence: cadence, access: .checking, readLock: lock,
                                writeWait: WriteWait(path: path))
    }

    /// Runs the integrity check of a database opened with
    /// `openDeferringCheck` and, when it passes, switches to a read-write
    /// connection (`writeAccess` becomes `.open`). When it fails,
    /// `writeAccess` becomes `.refused` and the error is thrown; the file is
    /// left untouched. Does nothing when no check is pending.
    public func finishIntegrityCheck() throws(StoreError) {
        guard writeAccess == .checking, let path else { return }
        do {
            try Self.checkIntegrity(path)
            let pool = try Self.openPool(path, created: false, wait: writeWait)
            state.replace(writer: pool, access: .open)
        } catch {
            state.replace(writer: nil, access: .refused(error))
            throw error
        }
    }

    /// An empty database in memory, for tests and the benchmark.
    public static func inMemory(cadence: Cadence = .standard) throws(StoreError) -> RapportDatabase {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw classify(error, path: ":memory:")
        }
        let database = RapportDatabase(writer: queue, path: nil, cadence: cadence)
        try database.migrateAndRefresh()
        return database
    }

    static func configuration(_ wait: WriteWait = WriteWait()) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Another process may hold the write lock for a moment: wait for it
        // (up to 15 s) rather than showing "database is locked".
        config.busyMode = .callback { tries in wait.retry(tries) }
        config.prepareDatabase { db in
            // Deleted text is overwritten, so forgotten people do not linger in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return config
    }

    /// SQLite's `quick_check` on a read-only connection (immutable when no
    /// write-ahead log exists): throws `.corrupt` when it finds damage.
    static func checkIntegrity(_ path: String) throws(StoreError) {
        let problems: [String]
        do {
            problems = try FileInspection.quickCheck(path)
        } catch {
            throw inspectionError(error, path: path)
        }
        if !problems.isEmpty {
            throw .corrupt(path: path, detail: SystemMessages.integrityProblems(problems))
        }
    }

    private static func openWritable(_ path: String, cadence: Cadence, created: Bool) throws(StoreError) -> RapportDatabase {
        if !created { try DatabaseLocation.requireWritable(path) }
        let wait = WriteWait(path: path)
        let pool = try openPool(path, created: created, wait: wait)
        let database = RapportDatabase(writer: pool, path: path, cadence: cadence, writeWait: wait)
        try database.migrateAndRefresh()
        return database
    }

    /// The read-write pool. When opening fails (a full disk…), the side
    /// files it created are removed, and the file too when it was created
    /// now and is still empty.
    private static func openPool(_ path: String, created: Bool, wait: WriteWait) throws(StoreError) -> DatabasePool {
        let manager = FileManager.default
        let hadSideFiles = manager.fileExists(atPath: path + "-wal") || manager.fileExists(atPath: path + "-shm")
        do {
            return try DatabasePool(path: path, configuration: configuration(wait))
        } catch {
            if !hadSideFiles { SideFiles.removeIfUnused(path) }
            var info = stat()
            if created, stat(path, &info) == 0, info.st_size == 0 { unlink(path) }
            throw classify(error, path: path)
        }
    }

    /// A read-only connection that writes nothing and creates no file:
    /// `immutable` (under a `SharedReadLock`) when there is no write-ahead
    /// log, else read-only through the existing side files.
    static func readOnlyConnection(_ path: String) throws(StoreError) -> (DatabaseQueue, SharedReadLock?) {
        let uri = FileInspection.readOnlyURI(path)
        let lock = uri.hasSuffix("immutable=1") ? SharedReadLock(path: path) : nil
        var config = configuration()
        config.readonly = true
        do {
            return (try DatabaseQueue(path: uri, configuration: config), lock)
        } catch {
            throw classify(error, path: path)
        }
    }

    /// Applies missing migrations and refreshes the warmth caches when the
    /// tier cadences changed. Reads first, so the usual open (nothing to
    /// do) takes no write lock and never waits for another writer.
    private func migrateAndRefresh() throws(StoreError) {
        do {
            let (applied, cadenceStored) = try writer.read { db in
                (try Schema.migrator.appliedIdentifiers(db),
                 try db.tableExists("setting")
                    ? String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [Caches.cadenceSettingKey])
                    : nil)
            }
            let unknown = applied.subtracting(Schema.knownMigrations)
            if !unknown.isEmpty { throw StoreError.newerSchema(path: path ?? ":memory:", unknown: unknown.sorted()) }
            if applied != Set(Schema.knownMigrations) {
                try Schema.migrate(writer)
            }
            if applied != Set(Schema.knownMigrations) || cadenceStored != Caches.fingerprint(cadence) {
                try writer.write { db in try Caches.ensureCadence(db, cadence: cadence) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }

    /// Creates the file (0600) and its folder (0700) when missing. Returns
    /// true when the file was created now (so it is known to be empty).
    static func prepareFile(_ path: String) throws(StoreError) -> Bool {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { return false }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotOpen(path: path, detail: L10n.text("cannot create the folder %@", folder))
            }
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .cannotOpen(path: path, detail: DatabaseLocation.describe(errno: errno))
        }
        close(fd)
        return true
    }

    /// Checks an existing file without changing a byte: an SQLite header,
    /// Rapport's application id, and no migration we do not know. Returns
    /// nil for an empty file (an empty database).
    @discardableResult
    static func inspect(_ path: String) throws(StoreError) -> FileInspection? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, detail: access(path, R_OK) == 0 ? L10n.text("cannot read it") : L10n.text("permission denied"))
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return nil }  // an empty file is an empty database
        guard header.count >= 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else { // l10n-exempt: a file signature
            throw .notSQLite(path: path)
        }
        let inspection: FileInspection
        do {
            inspection = try FileInspection.read(path)
        } catch {
            throw inspectionError(error, path: path)
        }
        if inspection.applicationID != Schema.applicationID {
            if inspection.applicationID == 0 && inspection.tableCount == 0 { return inspection }
            throw .notRapport(path: path)
        }
        let unknown = inspection.migrations.subtracting(Schema.knownMigrations)
        if !unknown.isEmpty { throw .newerSchema(path: path, unknown: unknown.sorted()) }
        return inspection
    }

    private static func inspectionError(_ error: FileInspection.Failure, path: String) -> StoreError {
        guard case let .sqlite(code, message) = error else { return .cannotOpen(path: path, detail: L10n.text("cannot read it")) }
        switch code & 0xFF {
        case SQLITE_NOTADB: return .notSQLite(path: path)
        case SQLITE_CORRUPT: return .corrupt(path: path, detail: message)
        case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
        default: return .cannotOpen(path: path, detail: message)
        }
    }

    /// Turns an SQLite error into a one-line message about the file.
    static func classify(_ error: Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let dbError = error as? DatabaseError else { return .database("\(error)") }
        switch dbError.resultCode {
        case .SQLITE_NOTADB: return .notSQLite(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: dbError.message ?? "corrupt")
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR:
            if DatabaseLocation.diskIsFull(near: path) { return .diskFull(path: path) }
            return .cannotOpen(path: path, detail: dbError.message ?? "\(dbError.resultCode)")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        default: return .database(dbError.message ?? "\(dbError)")
        }
    }

    /// Throws unless writes are accepted now.
    func requireWriteAccess() throws(StoreError) {
        switch writeAccess {
        case .open: return
        case .readOnly: throw .readOnly(path: path ?? ":memory:")
        case .checking: throw .checking(path: path ?? ":memory:")
        case let .refused(error): throw error
        }
    }

    /// Runs a write transaction, mapping errors to `StoreError`.
    func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        try requireWriteAccess()
        do {
            return try writer.write(updates)
        } catch {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }

    /// Runs a read, mapping errors to `StoreError`.
    func read<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(value)
        } catch {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }
}

/// The SQLite engine of the `Store` interface: one person, one file.
extension RapportDatabase: Store {
    public var engine: StoreEngine { .sqlite(path: path) }
    /// No team on a personal file.
    public var currentMember: String? { nil }
    public func teamMembers() throws(StoreError) -> [TeamMember] { [] }

    // No contact has an owner on a personal file: the review is everyone's.
    public func review(today: Day, owner: String?, limit: Int?, offset: Int) throws(StoreError) -> [ReviewEntry] {
        try review(today: today, limit: limit, offset: offset)
    }

    public func reviewIds(today: Day, owner: String?) throws(StoreError) -> [Int64] {
        try reviewIds(today: today)
    }

    public func reviewCount(today: Day, owner: String?) throws(StoreError) -> Int {
        try reviewCount(today: today)
    }
}

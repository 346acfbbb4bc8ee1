import Foundation
import GRDB
import GRDBSQLite
import RapportCore

/// The Rapport database: one SQLite file, opened through GRDB with WAL so the
/// full-screen app and the command line can use it at the same time. Every
/// write is one short transaction; reads see a consistent snapshot.
public final class RapportDatabase: Sendable {
    /// The connection(s): a `DatabasePool` on disk, a `DatabaseQueue` in memory.
    public let writer: any DatabaseWriter
    /// The file, or nil for an in-memory database.
    public let path: String?
    /// Tier cadences in force; the warmth cache is kept consistent with them.
    public let cadence: Cadence
    /// Waits for another program's write lock; the app shows it and can give up.
    public let writeWait: WriteWait

    private init(writer: any DatabaseWriter, path: String?, cadence: Cadence, writeWait: WriteWait = WriteWait()) {
        self.writer = writer
        self.path = path
        self.cadence = cadence
        self.writeWait = writeWait
    }

    /// A display name for the database: its file name, or "memory".
    public var displayName: String {
        guard let path else { return "memory" }
        return (path as NSString).lastPathComponent
    }

    /// Opens (creating if needed) the database at `path`. A new file is
    /// created 0600, in a folder created 0700. An existing file that is not
    /// a Rapport database, is damaged, or comes from a newer Rapport is
    /// refused and left exactly as it was.
    public static func open(path: String, cadence: Cadence = .standard, create: Bool = true) throws(StoreError) -> RapportDatabase {
        if !create && !FileManager.default.fileExists(atPath: path) { throw .noDatabase(path: path) }
        let created = try prepareFile(path)
        if !created { try inspect(path) }
        let pool: DatabasePool
        let wait = WriteWait()
        do {
            pool = try DatabasePool(path: path, configuration: configuration(wait))
        } catch {
            throw classify(error, path: path)
        }
        let database = RapportDatabase(writer: pool, path: path, cadence: cadence, writeWait: wait)
        try database.migrateAndRefresh()
        return database
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
                try Schema.migrator.migrate(writer)
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
                throw .cannotOpen(path: path, detail: "cannot create the folder \(folder)")
            }
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
        close(fd)
        return true
    }

    /// Checks an existing file without changing a byte: an SQLite header,
    /// Rapport's application id, and no migration we do not know.
    static func inspect(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, detail: access(path, R_OK) == 0 ? "cannot read it" : "permission denied")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }  // an empty file is an empty database
        guard header.count >= 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
            throw .notSQLite(path: path)
        }
        let inspection: FileInspection
        do {
            inspection = try FileInspection.read(path)
        } catch {
            guard case let .sqlite(code, message) = error else { throw .cannotOpen(path: path, detail: "cannot read it") }
            switch code & 0xFF {
            case SQLITE_NOTADB: throw .notSQLite(path: path)
            case SQLITE_CORRUPT: throw .corrupt(path: path, detail: message)
            default: throw .cannotOpen(path: path, detail: message)
            }
        }
        if inspection.applicationID != Schema.applicationID {
            if inspection.applicationID == 0 && inspection.tableCount == 0 { return }
            throw .notRapport(path: path)
        }
        let unknown = inspection.migrations.subtracting(Schema.knownMigrations)
        if !unknown.isEmpty { throw .newerSchema(path: path, unknown: unknown.sorted()) }
    }

    /// Turns an SQLite error into a one-line message about the file.
    static func classify(_ error: Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let dbError = error as? DatabaseError else { return .database("\(error)") }
        switch dbError.resultCode {
        case .SQLITE_NOTADB: return .notSQLite(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: dbError.message ?? "corrupt")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR:
            return .cannotOpen(path: path, detail: dbError.message ?? "\(dbError.resultCode)")
        case .SQLITE_FULL: return .cannotOpen(path: path, detail: "the disk is full")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        default: return .database(dbError.message ?? "\(dbError)")
        }
    }

    /// Runs a write transaction, mapping errors to `StoreError`.
    func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
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

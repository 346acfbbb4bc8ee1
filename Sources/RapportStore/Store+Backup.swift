import Foundation
import GRDB
import RapportCore
import RapportLocalization

/// What a backup file holds, read while checking it.
public struct BackupSummary: Hashable, Sendable {
    public let contacts: Int
    public let exchanges: Int
}

extension RapportDatabase {
    /// Copies the whole database into the new, empty file at `path` with
    /// SQLite's online backup API, from one read snapshot: the copy is
    /// consistent even while the app or another command writes. The copy
    /// uses a rollback journal (one self-contained file, no `-wal`); it is
    /// a normal Rapport database. The caller creates the file (with its
    /// permissions) and moves it into place.
    public func backup(intoEmptyFile path: String) throws(StoreError) {
        try Self.copy(from: writer, intoEmptyFile: path)
    }

    /// SQLite's online backup of `source` into the new, empty file at
    /// `path`, switched to a rollback journal (one self-contained file).
    private static func copy(from source: any DatabaseReader, intoEmptyFile path: String) throws(StoreError) {
        do {
            let copy = try DatabaseQueue(path: path, configuration: configuration())
            do {
                try source.backup(to: copy)
                try copy.writeWithoutTransaction { db in
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
                }
                try copy.close()
            } catch {
                try? copy.close()
                throw error
            }
        } catch {
            throw classify(error, path: path)
        }
    }

    /// Checks, without changing a byte or creating a file, that the file at
    /// `path` can be restored: a Rapport database (not empty, not another
    /// program's, not from a newer Rapport) that passes SQLite's `quick_check`.
    public static func checkRestorable(_ path: String) throws(StoreError) -> BackupSummary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .cannotOpen(path: path, detail: L10n.text("no such file"))
        }
        guard !isDirectory.boolValue else { throw .cannotOpen(path: path, detail: L10n.text("it is a folder")) }
        guard let inspection = try inspect(path) else {
            throw .invalid(L10n.text("%@ is an empty file, not a Rapport backup; nothing was changed", path))
        }
        guard inspection.applicationID == Schema.applicationID else {
            if inspection.tableCount == 0 { throw .invalid(L10n.text("%@ is an empty file, not a Rapport backup; nothing was changed", path)) }
            throw .notRapport(path: path)
        }
        try checkIntegrity(path)
        let (source, _) = try readOnlyConnection(path)
        defer { try? source.close() }
        do {
            return try source.read { db in
                BackupSummary(contacts: try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") ?? 0,
                              exchanges: try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange") ?? 0)
            }
        } catch {
            throw classify(error, path: path)
        }
    }

    /// Replaces everything in this database with the content of the file
    /// at `path` (check it first with `checkRestorable`), in one write
    /// transaction through SQLite's backup API: other connections (the app
    /// in another terminal) keep their current snapshot until their next
    /// read, then see the restored content; nobody sees a half-restored
    /// file. The write-ahead log is checkpointed afterwards. Open the
    /// database again to bring an older backup's schema up to date.
    public func restore(from path: String) throws(StoreError) {
        try requireWriteAccess()
        let (source, _) = try Self.readOnlyConnection(path)
        defer { try? source.close() }
        do {
            try source.backup(to: writer)
        } catch {
            throw RapportDatabase.classify(error, path: self.path ?? ":memory:")
        }
        _ = try truncateLog()
    }

    /// Copies the database file at `source` (checked with
    /// `checkRestorable`) into the new, empty file at `path`, read-only on
    /// the source; the copy uses a rollback journal, like a backup. Used to
    /// replace a damaged database, which is never opened for writing.
    public static func copyDatabase(from source: String, intoEmptyFile path: String) throws(StoreError) {
        let (reader, _) = try readOnlyConnection(source)
        defer { try? reader.close() }
        try copy(from: reader, intoEmptyFile: path)
    }
}

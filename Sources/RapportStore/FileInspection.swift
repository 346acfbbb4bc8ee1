import Foundation
import GRDBSQLite
import RapportLocalization

/// Reads what an existing file claims to be without changing a byte or
/// creating `-wal`/`-shm` files next to it: SQLite's `immutable` mode when
/// no write-ahead log exists, a plain read-only open when one does.
struct FileInspection {
    let applicationID: Int32
    let tableCount: Int
    let migrations: Set<String>
    /// The tier cadences the warmth caches were computed with, when stored.
    let cadenceFingerprint: String?

    enum Failure: Error {
        case sqlite(code: Int32, message: String)
    }

    static func read(_ path: String) throws(Failure) -> FileInspection {
        let connection = try openReadOnly(path)
        defer { sqlite3_close_v2(connection) }
        let applicationID = Int32(truncatingIfNeeded: try integer(connection, "PRAGMA application_id"))
        let tableCount = try integer(connection, "SELECT count(*) FROM sqlite_master")
        var migrations = Set<String>()
        if try tableExists(connection, "grdb_migrations") {
            try each(connection, "SELECT identifier FROM grdb_migrations") { migrations.insert($0) }
        }
        var cadence: String?
        if try tableExists(connection, "setting") {
            try each(connection, "SELECT value FROM setting WHERE key = '\(Caches.cadenceSettingKey)'") { cadence = $0 }
        }
        return FileInspection(applicationID: applicationID, tableCount: tableCount, migrations: migrations,
                              cadenceFingerprint: cadence)
    }

    /// SQLite's `quick_check` on the same kind of connection: the problems
    /// it reports (at most `limit`), or an empty list for a sound file.
    static func quickCheck(_ path: String, limit: Int = 3) throws(Failure) -> [String] {
        let connection = try openReadOnly(path)
        defer { sqlite3_close_v2(connection) }
        var problems: [String] = []
        try each(connection, "PRAGMA quick_check(\(max(1, limit)))") { problems.append($0) }
        return problems == ["ok"] ? [] : problems
    }

    /// The URI that opens `path` without writing anything: `immutable` when
    /// no write-ahead log exists (no lock, no side file), read-only otherwise
    /// (the log holds committed data, read through the existing side files).
    static func readOnlyURI(_ path: String) -> String {
        let hasLog = FileManager.default.fileExists(atPath: path + "-wal")
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "file:" + uriEscaped(absolute) + (hasLog ? "?mode=ro" : "?mode=ro&immutable=1")
    }

    private static func openReadOnly(_ path: String) throws(Failure) -> OpaquePointer {
        var connection: OpaquePointer?
        let opened = sqlite3_open_v2(readOnlyURI(path), &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil)
        guard opened == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? L10n.text("cannot open")
            sqlite3_close_v2(connection)
            throw .sqlite(code: opened, message: message)
        }
        // Another Rapport may be checkpointing: wait rather than fail.
        sqlite3_busy_timeout(connection, 15_000)
        return connection
    }

    private static func tableExists(_ connection: OpaquePointer, _ name: String) throws(Failure) -> Bool {
        try integer(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '\(name)'") > 0
    }

    private static func integer(_ connection: OpaquePointer, _ sql: String) throws(Failure) -> Int {
        var value = 0
        try step(connection, sql) { statement in value = Int(sqlite3_column_int64(statement, 0)) }
        return value
    }

    private static func each(_ connection: OpaquePointer, _ sql: String, _ row: (String) -> Void) throws(Failure) {
        try step(connection, sql) { statement in
            if let text = sqlite3_column_text(statement, 0) { row(String(cString: text)) }
        }
    }

    private static func step(_ connection: OpaquePointer, _ sql: String, _ row: (OpaquePointer) -> Void) throws(Failure) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw .sqlite(code: sqlite3_extended_errcode(connection), message: String(cString: sqlite3_errmsg(connection)))
        }
        defer { sqlite3_finalize(statement) }
        while true {
            let result = sqlite3_step(statement)
            if result == SQLITE_ROW { row(statement); continue }
            if result == SQLITE_DONE { return }
            throw .sqlite(code: result, message: String(cString: sqlite3_errmsg(connection)))
        }
    }

    /// Percent-escapes what a URI path may not hold literally.
    static func uriEscaped(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}

import Foundation
import GRDBSQLite

/// Reads what an existing file claims to be without changing a byte or
/// creating `-wal`/`-shm` files next to it: SQLite's `immutable` mode when
/// no write-ahead log exists, a plain read-only open when one does.
struct FileInspection {
    let applicationID: Int32
    let tableCount: Int
    let migrations: Set<String>

    enum Failure: Error {
        case sqlite(code: Int32, message: String)
    }

    static func read(_ path: String) throws(Failure) -> FileInspection {
        let hasLog = FileManager.default.fileExists(atPath: path + "-wal")
        var connection: OpaquePointer?
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let uri = "file:" + uriEscaped(absolute) + (hasLog ? "?mode=ro" : "?mode=ro&immutable=1")
        let opened = sqlite3_open_v2(uri, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil)
        defer { sqlite3_close_v2(connection) }
        guard opened == SQLITE_OK, let connection else {
            throw .sqlite(code: opened, message: connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open")
        }
        // Another Rapport may be checkpointing: wait rather than fail.
        sqlite3_busy_timeout(connection, 15_000)
        let applicationID = Int32(truncatingIfNeeded: try integer(connection, "PRAGMA application_id"))
        let tableCount = try integer(connection, "SELECT count(*) FROM sqlite_master")
        var migrations = Set<String>()
        if try integer(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'") > 0 {
            try each(connection, "SELECT identifier FROM grdb_migrations") { migrations.insert($0) }
        }
        return FileInspection(applicationID: applicationID, tableCount: tableCount, migrations: migrations)
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
            throw .sqlite(code: sqlite3_errcode(connection), message: String(cString: sqlite3_errmsg(connection)))
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
    private static func uriEscaped(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}

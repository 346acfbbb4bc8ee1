import Foundation
import GRDB
import Testing

/// One test's private world: a temp folder holding the database, a fake
/// HOME and XDG folders, so a run can never touch the user's real files.
/// Removed when the sandbox is released (keep it in a suite property, or
/// alive until the end of the test).
final class Sandbox: @unchecked Sendable {
    /// The day every run sees as today unless a test says otherwise.
    static let defaultToday = "2026-06-01"

    let root: URL

    init() {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-clitests", isDirectory: true)
        root = base.appendingPathComponent(UUID().uuidString, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create the test folder \(root.path): \(error)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The database file most tests use (passed with `--db`).
    var db: String { path("rapport.sqlite") }
    /// A fake home folder (exists).
    var home: String { path("home") }
    /// `XDG_DATA_HOME` (does not exist until rapport creates it).
    var dataHome: String { path("xdg-data") }
    /// `XDG_CONFIG_HOME` (does not exist).
    var configHome: String { path("xdg-config") }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// The environment of a run: nothing inherited from the test process.
    func environment(today: String? = nil, _ extra: [String: String] = [:], unset: [String] = []) -> [String: String] {
        var env = [
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "HOME": home,
            "XDG_DATA_HOME": dataHome,
            "XDG_CONFIG_HOME": configHome,
            "RAPPORT_NOW": today ?? Sandbox.defaultToday,
        ]
        env.merge(extra) { _, new in new }
        for key in unset { env.removeValue(forKey: key) }
        return env
    }

    /// Runs rapport on the sandbox database (`--db` added at the end).
    @discardableResult
    func rapport(_ arguments: String..., today: String? = nil, db: String? = nil) throws -> CLIResult {
        try run(arguments + ["--db", db ?? self.db], today: today)
    }

    /// Runs rapport with exactly these arguments (no `--db` added).
    @discardableResult
    func run(_ arguments: [String], today: String? = nil, env: [String: String] = [:], unset: [String] = [],
             executable: String? = nil, timeout: TimeInterval = 60,
             beforeLaunch: ((Process) -> Void)? = nil,
             onLaunch: ((Process) -> Void)? = nil) throws -> CLIResult {
        let result = try CLI.run(arguments, environment: environment(today: today, env, unset: unset), scratch: root,
                                 executable: executable, timeout: timeout, beforeLaunch: beforeLaunch, onLaunch: onLaunch)
        #expect(!result.timedOut, "\(result)")
        return result
    }

    // MARK: Making data through the command line

    /// Adds a contact and returns its id; the run must succeed.
    @discardableResult
    func add(_ name: String, _ options: String..., today: String? = nil,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> Int64 {
        let result = try run(["add", name] + options + ["--db", db], today: today)
        try #require(result.succeeded, "\(result)", sourceLocation: sourceLocation)
        // "Added #12 …" in English, "Contact ajouté : #12 …" when a test speaks French.
        let id = try #require(Self.number(after: "Added #", in: result.stdout) ?? Self.number(after: "#", in: result.stdout),
                              "\(result)", sourceLocation: sourceLocation)
        return id
    }

    /// Logs an exchange and returns its id; the run must succeed.
    @discardableResult
    func log(_ contact: String, _ summary: String, _ options: String..., today: String? = nil,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> Int64 {
        let result = try run(["log", contact, "--summary", summary] + options + ["--db", db], today: today)
        try #require(result.succeeded, "\(result)", sourceLocation: sourceLocation)
        return try #require(Self.number(after: "Logged exchange #", in: result.stdout) ?? Self.number(after: "#", in: result.stdout),
                            "\(result)", sourceLocation: sourceLocation)
    }

    /// The integer right after `prefix` in `text`.
    static func number(after prefix: String, in text: String) -> Int64? {
        guard let range = text.range(of: prefix) else { return nil }
        return Int64(text[range.upperBound...].prefix(while: \.isNumber))
    }

    // MARK: Looking at the database from outside

    /// Reads the database with a separate GRDB connection (never creates the file).
    func read<T>(_ path: String? = nil, _ body: (Database) throws -> T) throws -> T {
        let file = path ?? db
        try #require(FileManager.default.fileExists(atPath: file), "no database at \(file)")
        let queue = try DatabaseQueue(path: file)
        defer { try? queue.close() }
        return try queue.read(body)
    }

    /// Every row of every table, the schema and the header values, as text:
    /// equal fingerprints mean equal content, whatever the file's bytes.
    func fingerprint(_ path: String? = nil) throws -> String {
        try read(path) { db in try DatabaseFingerprint.of(db) }
    }

    /// The file's bytes, or nil when it does not exist.
    func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    /// The SQLite side files (-wal, -shm, -journal) that exist next to `path`.
    func sideFiles(of path: String) -> [String] {
        ["-wal", "-shm", "-journal"].map { path + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// POSIX permissions of a file or folder.
    func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue, "no permissions for \(path)")
    }
}

/// A content dump of a whole database, for "nothing changed" checks.
enum DatabaseFingerprint {
    static func of(_ db: Database) throws -> String {
        var lines: [String] = []
        for pragma in ["user_version", "application_id"] {
            lines.append("\(pragma)=\(try Int.fetchOne(db, sql: "PRAGMA \(pragma)") ?? -1)")
        }
        for row in try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY type, name") {
            lines.append("schema \(row["type"] as String) \(row["name"] as String): \((row["sql"] as String?) ?? "")")
        }
        // Virtual tables through their shadow tables, which hold all they store
        // (a contentless index cannot be read row by row).
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name
            """)
        for table in tables {
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)").map(describe).sorted()
            lines.append("table \(table): \(rows.count) rows")
            lines += rows.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ row: Row) -> String {
        zip(row.columnNames, row.databaseValues).map { name, value in
            switch value.storage {
            case .null: return "\(name)=NULL"
            case let .int64(int): return "\(name)=\(int)"
            case let .double(double): return "\(name)=\(double)"
            case let .string(string): return "\(name)=\(string.debugDescription)"
            case let .blob(data): return "\(name)=x'\(data.map { String(format: "%02x", $0) }.joined())'"
            }
        }.joined(separator: " ")
    }
}

extension Data {
    /// Whether `needle`'s UTF-8 bytes occur anywhere in this data.
    func contains(utf8 needle: String) -> Bool {
        range(of: Data(needle.utf8)) != nil
    }
}

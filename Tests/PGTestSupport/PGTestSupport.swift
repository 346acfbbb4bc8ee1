import Foundation
import Glibc
import RapportCore
import RapportPostgres
import RapportStore

/// Shared by the PostgreSQL suites (RapportPostgresTests, the contract
/// suite, the team command tests): a test-only target.
///
/// The PostgreSQL cluster the tests use: `RAPPORT_TEST_PG` (an admin URL as
/// `scripts/pg-cluster.sh start` prints it), or a private cluster started
/// with that script when `initdb` exists; nil (tests disabled, reason
/// printed) otherwise.
public enum PGTestCluster {
    public static let adminURL: String? = {
        if let url = ProcessInfo.processInfo.environment["RAPPORT_TEST_PG"], !url.isEmpty { return url }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("scripts/pg-cluster.sh").path
        // popen/pclose rather than Foundation's Process: `waitUntilExit`
        // now and then never returns on Linux (seen here: a test run
        // stalled at 0 % CPU in suite discovery, the script long gone).
        let quoted = "'" + script.replacingOccurrences(of: "'", with: "'\\''") + "'"
        guard let stream = popen("/bin/bash \(quoted) start 2>/dev/null", "r") else {
            print("PostgreSQL tests disabled: cannot run \(script)")
            return nil
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, stream)
            if count <= 0 { break }
            bytes += buffer.prefix(count)
        }
        let status = pclose(stream)
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard status == 0, !text.isEmpty else {
            print("PostgreSQL tests disabled: no RAPPORT_TEST_PG and scripts/pg-cluster.sh start failed (is initdb installed?)")
            return nil
        }
        return text
    }()

    public static var available: Bool { adminURL != nil }

    /// `url` with connection keywords added as URI query parameters.
    public static func url(_ base: String, _ parameters: [String: String]) -> String {
        var text = base
        for (key, value) in parameters.sorted(by: { $0.key < $1.key }) {
            let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
            text += (text.contains("?") ? "&" : "?") + "\(key)=\(encoded)"
        }
        return text
    }
}

/// A fresh database (and optional member roles) for one test, dropped at the end.
public final class PGTestDatabase: @unchecked Sendable {
    public let name: String
    public let admin: PGConnection
    public private(set) var roles: [String] = []
    public static let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    public init(initialized: Bool = true) throws {
        guard let adminURL = PGTestCluster.adminURL else { throw StoreError.invalid("no PostgreSQL cluster") }
        name = "pgstore_\(Self.suffix)_\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
        admin = try PGConnection(conninfo: adminURL)
        try admin.execute("CREATE DATABASE \(PGConnection.identifier(name))")
        if initialized { try PostgresStore.initialize(conninfo: url(), cadence: .standard) }
    }

    deinit {
        _ = try? admin.execute("DROP DATABASE IF EXISTS \(PGConnection.identifier(name)) WITH (FORCE)")
        for role in roles { _ = try? admin.execute("DROP ROLE IF EXISTS \(PGConnection.identifier(role))") }
    }

    /// The connection string for this database, as the admin or as `user`.
    public func url(user: String? = nil) -> String {
        var parameters = ["dbname": name]
        if let user { parameters["user"] = user }
        return PGTestCluster.url(PGTestCluster.adminURL ?? "", parameters)
    }

    /// A login role with a member's privileges on this database, and its
    /// display name in `member`. Returns the login.
    public func addMember(_ short: String, name display: String? = nil) throws -> String {
        let login = "pgstore_\(short)_\(Self.suffix)_\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
        try admin.execute("CREATE ROLE \(PGConnection.identifier(login)) LOGIN")
        roles.append(login)
        let db = try PGConnection(conninfo: url())
        let role = PGConnection.identifier(login)
        try db.execute("""
            GRANT USAGE ON SCHEMA public TO \(role);
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(role);
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO \(role)
            """)
        if let display { try db.execute("INSERT INTO member(login, name) VALUES ($1, $2)", [login, display]) }
        return login
    }

    public func open(user: String? = nil, cadence: Cadence = .standard) throws -> PostgresStore {
        try PostgresStore.open(conninfo: url(user: user), cadence: cadence)
    }

    /// A raw connection (psql's view) as `user`.
    public func connect(user: String? = nil) throws -> PGConnection {
        try PGConnection(conninfo: url(user: user))
    }
}


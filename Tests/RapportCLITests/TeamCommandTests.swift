import Foundation
import PGTestSupport
import Testing

/// `rapport team init|add|remove|list` against a real PostgreSQL cluster
/// (`RAPPORT_TEST_PG`, else scripts/pg-cluster.sh start when initdb
/// exists; otherwise these are disabled with the reason). Each test makes
/// its own database and login roles, with a random suffix, and drops them.
@Suite(.enabled(if: TeamCluster.adminURL != nil, "no PostgreSQL: RAPPORT_TEST_PG is unset and scripts/pg-cluster.sh could not start a cluster"))
struct TeamCommandTests {
    let sandbox = Sandbox()
    let team: TeamDatabase

    init() throws {
        team = try TeamDatabase()
    }

    private func rapport(_ arguments: [String], as user: String? = nil, password: String? = nil) throws -> CLIResult {
        try sandbox.run(arguments + ["--db", team.url(user: user, password: password)])
    }

    @Test func initAddListRemove() throws {
        let alice = try team.makeLogin("alice")
        let setUp = try rapport(["team", "init"])
        expectSuccess(setUp)
        #expect(setUp.stdout.contains("is a Rapport team database"), "\(setUp)")
        // Again: an upgrade that changes nothing and puts the grants back.
        expectSuccess(try rapport(["team", "init"]))

        let added = try rapport(["team", "add", alice, "--name", "Claire Dubois"])
        expectSuccess(added)
        #expect(added.stdout == "Added \(alice) (Claire Dubois) to the team on \(team.name)\n", "\(added)")
        let renamed = try rapport(["team", "add", alice, "--name", "Claire Dubois-Martin"])
        expectSuccess(renamed)
        #expect(renamed.stdout.contains("already a member"), "\(renamed)")

        let json = try rapport(["team", "list", "--json"])
        expectSuccess(json)
        let members = try #require(try JSONValue.parse(json.stdout).array)
        #expect(members.count == 1)
        #expect(members.first?["login"]?.string == alice)
        #expect(members.first?["name"]?.string == "Claire Dubois-Martin")
        #expect(members.first?["exchanges"]?.int == 0)
        let text = try rapport(["team", "list"])
        #expect(text.stdoutLines.first?.hasPrefix("LOGIN") == true, "\(text)")
        #expect(text.stdout.contains("Claire Dubois-Martin"), "\(text)")

        let removed = try rapport(["team", "remove", alice])
        expectSuccess(removed)
        #expect(removed.stdout.contains("Removed \(alice) from the team"), "\(removed)")
        #expect(try JSONValue.parse(try rapport(["team", "list", "--json"]).stdout).array?.isEmpty == true)
        // No longer a member: the database does not even accept the connection.
        #expect(throws: TeamCluster.Failure.self) { try team.psql("SELECT 1", as: alice) }
        expectRefused(try rapport(["team", "remove", alice]), .failure, mentioning: ["is not a member"])
    }

    @Test func aMissingLoginSaysHowToCreateIt() throws {
        expectSuccess(try rapport(["team", "init"]))
        let result = try rapport(["team", "add", "nobody_\(team.suffix)"])
        expectRefused(result, .failure, mentioning: [
            "no PostgreSQL role nobody_\(team.suffix)", "CREATE ROLE \"nobody_\(team.suffix)\" LOGIN PASSWORD",
        ])
    }

    @Test func initRefusesADatabaseWithOtherTables() throws {
        try team.psql("CREATE TABLE orders (id int)")
        let result = try rapport(["team", "init"])
        expectRefused(result, .failure, mentioning: ["holds other tables (public.orders)", "changed nothing"])
        #expect(try team.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == "1")
    }

    @Test func beforeInitEveryCommandSaysHowToSetUp() throws {
        for command in [["team", "list"], ["team", "add", "x"], ["team", "remove", "x"]] {
            let result = try rapport(command, password: "s3cret-pw")
            expectRefused(result, .failure, mentioning: ["is not a Rapport team database", "rapport team init --db postgresql://"])
            #expect(!result.stderr.contains("s3cret-pw"), "\(result)")
        }
    }

    @Test func aFileIsRefusedInOneLine() throws {
        let result = try sandbox.run(["team", "list", "--db", sandbox.db])
        expectRefused(result, .usage, mentioning: ["team commands need a PostgreSQL database"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.db))
    }

    @Test func membersCannotManageTheTeamNorChangeTheSchema() throws {
        let alice = try team.makeLogin("alice"), bob = try team.makeLogin("bob"), carol = try team.makeLogin("carol")
        expectSuccess(try rapport(["team", "init"]))
        expectSuccess(try rapport(["team", "add", alice, "--name", "Alice Martin"]))
        expectSuccess(try rapport(["team", "add", bob, "--name", "Bob Durand"]))

        // Team management is the administrator's.
        expectRefused(try rapport(["team", "add", carol], as: bob), .failure, mentioning: ["permission denied"])
        expectRefused(try rapport(["team", "remove", alice], as: bob), .failure, mentioning: ["permission denied"])
        expectRefused(try rapport(["team", "add", alice, "--name", "Alicia"], as: bob), .failure, mentioning: ["permission denied"])
        expectRefused(try rapport(["team", "init"], as: bob), .failure,
                      mentioning: ["permission denied: team init needs the database's owner"])
        // Not a member: the database refuses the connection itself.
        expectRefused(try rapport(["team", "list"], as: carol), .failure, mentioning: ["permission denied for database"])
        // Reading the team is everyone's.
        let list = try rapport(["team", "list", "--json"], as: bob)
        expectSuccess(list)
        #expect(list.stdout.contains("Alice Martin") && list.stdout.contains("Bob Durand"), "\(list)")

        // No DDL, no TRUNCATE, no rewriting the migrations or others' names.
        for statement in [
            "CREATE TABLE mine (id int)", "TRUNCATE member", "DROP TABLE member", "DELETE FROM rapport_migration",
            "INSERT INTO rapport_migration SELECT * FROM rapport_migration", "ALTER TABLE member ADD COLUMN x int",
            "DELETE FROM member",
        ] {
            #expect(throws: TeamCluster.Failure.self, "\(statement)") { try team.psql(statement, as: bob) }
        }
        #expect(try team.psql("UPDATE member SET name = 'Alicia' WHERE login = '\(alice)' RETURNING login", as: bob) == "")
        #expect(try team.psql("SELECT name FROM member WHERE login = '\(alice)'") == "Alice Martin")
        // A member may set their own display name.
        #expect(try team.psql("UPDATE member SET name = 'Bob D.' WHERE login = '\(bob)' RETURNING name", as: bob) == "Bob D.")
        // Not a member: cannot connect.
        #expect(throws: TeamCluster.Failure.self) { try team.psql("SELECT 1", as: carol) }
    }
}

/// One test's database and login roles on the cluster, dropped at the end.
final class TeamDatabase: @unchecked Sendable {
    let suffix = String(UInt64.random(in: 0...UInt64(1e12)), radix: 36)
    let name: String
    private var logins: [String] = []

    init() throws {
        name = "team_cli_\(suffix)"
        try TeamCluster.psql("CREATE DATABASE \(name)", database: "postgres", user: "postgres")
    }

    deinit {
        _ = try? TeamCluster.psql("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", database: "postgres", user: "postgres")
        for login in logins {
            _ = try? TeamCluster.psql("DROP ROLE IF EXISTS \(login)", database: "postgres", user: "postgres")
        }
    }

    /// A new login role (unique in the cluster), with a password.
    func makeLogin(_ prefix: String) throws -> String {
        let login = "\(prefix)_\(suffix)"
        try TeamCluster.psql("CREATE ROLE \(login) LOGIN PASSWORD 'pw-\(suffix)'", database: "postgres", user: "postgres")
        logins.append(login)
        return login
    }

    /// The database's URI as `user` (the cluster's superuser by default).
    func url(user: String? = nil, password: String? = nil) throws -> String {
        try TeamCluster.url(database: name, user: user ?? "postgres", password: password)
    }

    @discardableResult
    func psql(_ sql: String, as user: String = "postgres") throws -> String {
        try TeamCluster.psql(sql, database: name, user: user)
    }
}

/// The PostgreSQL cluster of the tests: its admin URL, and psql on it.
enum TeamCluster {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// `RAPPORT_TEST_PG`, else what scripts/pg-cluster.sh start prints.
    static let adminURL: String? = PGTestCluster.adminURL

    /// The cluster's socket folder and port, read once.
    static let endpoint: (host: String, port: String)? = {
        guard let adminURL,
              let text = try? run("/usr/bin/psql", [adminURL, "-qAtX", "-c",
                                                    "SELECT split_part(current_setting('unix_socket_directories'), ',', 1) || ' ' || current_setting('port')"])
        else { return nil }
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }()

    static func url(database: String, user: String, password: String? = nil) throws -> String {
        guard let endpoint else { throw Failure(description: "the cluster cannot be reached") }
        let credentials = password.map { "\(user):\($0)@" } ?? ""
        return "postgresql://\(credentials)/\(database)?host=\(endpoint.host)&port=\(endpoint.port)"
            + (password == nil ? "&user=\(user)" : "")
    }

    /// Runs one statement with psql; its output, trimmed. Throws on any error.
    @discardableResult
    static func psql(_ sql: String, database: String, user: String) throws -> String {
        try run("/usr/bin/psql", [try url(database: database, user: user), "-v", "ON_ERROR_STOP=1", "-qAtX", "-c", sql])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable) \(arguments.last ?? ""): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

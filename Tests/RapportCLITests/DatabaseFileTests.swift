import Foundation
import GRDB
import Testing

/// Where the database lives and how a new one is created.
struct DatabaseFileTests {
    let sandbox = Sandbox()

    private func names(in path: String) throws -> [String] {
        let result = try sandbox.run(["list", "--json", "--db", path])
        expectSuccess(result)
        return try #require(try JSONValue.parse(result.stdout).array).compactMap { $0["name"]?.string }
    }

    @Test func aNewDatabaseIsPrivateAndSoAreNewFolders() throws {
        let db = sandbox.path("new/nested/folder/rapport.sqlite")
        expectSuccess(try sandbox.rapport("add", "Ada Blanc", db: db))
        #expect(try sandbox.permissions(db) == 0o600)
        for folder in ["new", "new/nested", "new/nested/folder"] {
            #expect(try sandbox.permissions(sandbox.path(folder)) == 0o700, "\(folder)")
        }
    }

    @Test func permissionsDoNotDependOnTheUmask() throws {
        // A permissive umask must not widen them.
        let db = sandbox.path("open/rapport.sqlite")
        let result = try sandbox.run(["-c", "umask 000; exec \"$0\" \"$@\"", try CLI.binaryPath(), "add", "Ada Blanc", "--db", db],
                                     executable: "/bin/sh")
        expectSuccess(result)
        #expect(try sandbox.permissions(db) == 0o600)
        #expect(try sandbox.permissions(sandbox.path("open")) == 0o700)
    }

    @Test func anExistingFolderKeepsItsPermissions() throws {
        let folder = sandbox.path("shared")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o755])
        expectSuccess(try sandbox.rapport("add", "Ada Blanc", db: folder + "/rapport.sqlite"))
        #expect(try sandbox.permissions(folder) == 0o755)
        #expect(try sandbox.permissions(folder + "/rapport.sqlite") == 0o600)
    }

    @Test func dashDashDbWinsOverRapportDBWhichWinsOverXDG() throws {
        let explicit = sandbox.path("explicit.sqlite")
        let fromEnv = sandbox.path("from-env.sqlite")
        let xdg = sandbox.dataHome + "/rapport/rapport.sqlite"
        let homeDefault = sandbox.home + "/.local/share/rapport/rapport.sqlite"

        expectSuccess(try sandbox.run(["add", "Via Option", "--db", explicit], env: ["RAPPORT_DB": fromEnv]))
        #expect(FileManager.default.fileExists(atPath: explicit))
        #expect(!FileManager.default.fileExists(atPath: fromEnv))
        #expect(!FileManager.default.fileExists(atPath: xdg))

        expectSuccess(try sandbox.run(["add", "Via Environment"], env: ["RAPPORT_DB": fromEnv]))
        #expect(FileManager.default.fileExists(atPath: fromEnv))
        #expect(!FileManager.default.fileExists(atPath: xdg))

        expectSuccess(try sandbox.run(["add", "Via XDG"]))
        #expect(FileManager.default.fileExists(atPath: xdg))
        #expect(try sandbox.permissions(xdg) == 0o600)
        #expect(try sandbox.permissions(sandbox.dataHome + "/rapport") == 0o700)

        expectSuccess(try sandbox.run(["add", "Via Home"], unset: ["XDG_DATA_HOME"]))
        #expect(FileManager.default.fileExists(atPath: homeDefault))
        #expect(try sandbox.permissions(homeDefault) == 0o600)
        #expect(try sandbox.permissions(sandbox.home + "/.local/share/rapport") == 0o700)

        #expect(try names(in: explicit) == ["Via Option"])
        #expect(try names(in: fromEnv) == ["Via Environment"])
        #expect(try names(in: xdg) == ["Via XDG"])
        #expect(try names(in: homeDefault) == ["Via Home"])
    }

    @Test func anEmptyRapportDBOrRelativeXDGFallsBack() throws {
        // An empty RAPPORT_DB is as if unset; a relative XDG_DATA_HOME is ignored (XDG spec).
        expectSuccess(try sandbox.run(["add", "Ada Blanc"], env: ["RAPPORT_DB": "", "XDG_DATA_HOME": "relative/data"]))
        #expect(FileManager.default.fileExists(atPath: sandbox.home + "/.local/share/rapport/rapport.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("relative")))
    }

    @Test func aTildeMeansHome() throws {
        expectSuccess(try sandbox.run(["add", "Ada Blanc", "--db", "~/notes/rapport.sqlite"]))
        #expect(FileManager.default.fileExists(atPath: sandbox.home + "/notes/rapport.sqlite"))
    }

    @Test func anExistingEmptyFileIsANewDatabase() throws {
        _ = FileManager.default.createFile(atPath: sandbox.db, contents: Data(), attributes: [.posixPermissions: 0o600])
        #expect(sandbox.bytes(sandbox.db)?.count == 0)
        let result = try sandbox.rapport("add", "Ada Blanc")
        expectSuccess(result)
        #expect(result.stdout == "Added #1 Ada Blanc\n")
        let migrations = try sandbox.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(!migrations.isEmpty)
        let applicationID = try sandbox.read { db in try Int.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(applicationID == 0x5241_5054, "RAPT")
        #expect(try names(in: sandbox.db) == ["Ada Blanc"])
    }

    @Test func readingCommandsOnAMissingFileCreateNothing() throws {
        let result = try sandbox.rapport("list")
        expectRefused(result, .failure, mentioning: [sandbox.db])
        #expect(!FileManager.default.fileExists(atPath: sandbox.db))
    }

    @Test func readingCommandsOnAnEmptyFileSeeAnEmptyDatabase() throws {
        _ = FileManager.default.createFile(atPath: sandbox.db, contents: Data())
        let result = try sandbox.rapport("list")
        expectSuccess(result)
        #expect(result.stdout.hasPrefix("No contacts yet."))
    }

    @Test func aDatabaseThatCannotBeCreatedIsReportedNamingThePath() throws {
        let blocker = sandbox.path("blocker")
        _ = FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        let result = try sandbox.run(["add", "Ada Blanc", "--db", blocker + "/rapport.sqlite"])
        expectRefused(result, .failure, mentioning: [blocker])
    }

    @Test func aBadRapportNowIsRefused() throws {
        try sandbox.add("Ada Blanc")
        for value in ["tomorrow", "2026-02-30", "2026/06/01"] {
            let result = try sandbox.expectUnchanged { try sandbox.run(["list", "--db", sandbox.db], today: value) }
            expectRefused(result, .validation, mentioning: ["RAPPORT_NOW", value])
        }
    }
}

import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

@Suite("Database file")
struct DatabaseFileTests {
    @Test func createsFileAndFolderPrivately() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("new/deeper/rapport.sqlite")
        let database = try RapportDatabase.open(path: path)
        try database.add("Zoë")
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path("new/deeper"))[.posixPermissions] as? Int
        let parentMode = try FileManager.default.attributesOfItem(atPath: folder.path("new"))[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
        #expect(parentMode == 0o700)
    }

    @Test func migratesAnEmptyFileAndReopens() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let first = try RapportDatabase.open(path: path)
        try first.add("Camille Lefèvre")
        let second = try RapportDatabase.open(path: path)
        #expect(try second.contactCount() == 1)
        let applied = try second.writer.read { db in try Schema.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(Schema.knownMigrations))
        let applicationID = try second.writer.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(applicationID == Schema.applicationID)
    }

    @Test func opensADatabaseMadeByVersionOne() throws {
        // A database file written by Rapport's first schema (2026-06-01:
        // Camille, two exchanges, a follow-up). Every later migration must
        // open a copy of it without loss.
        let folder = try TemporaryFolder()
        let path = folder.path("v1.sqlite")
        let url = try #require(Bundle.module.url(forResource: "v1-database", withExtension: "sqlite", subdirectory: "Fixtures"))
        try FileManager.default.copyItem(atPath: url.path, toPath: path)
        let database = try RapportDatabase.open(path: path)
        let camille = try database.resolve("lefevre")
        #expect(camille.name == "Camille Lefèvre")
        #expect(camille.handles.map(\.value) == ["camille@quotidien.example", "@camillelfv"])
        #expect(camille.tags == ["climat"])
        #expect(try database.exchanges(contactId: camille.id).map(\.summary) == ["Sent the study", "Coffee"])
        #expect(try database.openFollowUps().map(\.text) == ["call back"])
        #expect(try database.search("etude").isEmpty)
        #expect(try database.search("stud").first?.contact.id == camille.id)
    }

    func expectRefused(_ bytes: Data, name: String, expected: (String) -> StoreError) throws {
        let folder = try TemporaryFolder()
        let path = folder.path(name)
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        #expect(throws: expected(path)) { try RapportDatabase.open(path: path) }
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func refusesATextFileUntouched() throws {
        try expectRefused(Data("name,email\nZoë,z@example.org\n".utf8), name: "contacts.csv") { .notSQLite(path: $0) }
    }

    @Test func refusesAnotherProgramsDatabaseUntouched() throws {
        let folder = try TemporaryFolder()
        let source = folder.path("other.sqlite")
        let queue = try DatabaseQueue(path: source)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try queue.close()
        let bytes = try #require(FileManager.default.contents(atPath: source))
        try expectRefused(bytes, name: "copy.sqlite") { .notRapport(path: $0) }
    }

    @Test func refusesANewerSchemaUntouched() throws {
        let folder = try TemporaryFolder()
        let source = folder.path("future.sqlite")
        let database = try RapportDatabase.open(path: source)
        try database.add("Zoë")
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
        }
        try database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try (database.writer as? DatabasePool)?.close()
        let bytes = try #require(FileManager.default.contents(atPath: source))
        try expectRefused(bytes, name: "copy.sqlite") { .newerSchema(path: $0, unknown: ["v99-from-the-future"]) }
    }

    @Test func refusesACorruptFileUntouched() throws {
        var bytes = Data("SQLite format 3\0".utf8)
        bytes.append(Data(repeating: 0xA5, count: 8192 - bytes.count))
        let folder = try TemporaryFolder()
        let path = folder.path("corrupt.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: bytes))
        #expect(throws: StoreError.self) { try RapportDatabase.open(path: path) }
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func errorMessagesNameTheFile() {
        #expect(StoreError.notSQLite(path: "/tmp/x.csv").description.contains("/tmp/x.csv"))
        #expect(StoreError.newerSchema(path: "/tmp/y", unknown: ["v9"]).description.contains("/tmp/y"))
    }

    @Test func locationPrecedence() {
        let env = ["HOME": "/home/zoe", "XDG_DATA_HOME": "/data", "RAPPORT_DB": "/env/db.sqlite"]
        #expect(DatabaseLocation.resolve(explicit: "/flag.sqlite", environment: env) == "/flag.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: env) == "/env/db.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/zoe", "XDG_DATA_HOME": "/data"]) == "/data/rapport/rapport.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/zoe"]) == "/home/zoe/.local/share/rapport/rapport.sqlite")
        #expect(DatabaseLocation.resolve(explicit: "~/r.sqlite", environment: ["HOME": "/home/zoe"]) == "/home/zoe/r.sqlite")
    }

    @Test func forgetLeavesNoTraceInTheFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("forget.sqlite")
        let database = try RapportDatabase.open(path: path)
        try database.loadDemo(DemoOptions(contacts: 60, exchanges: 400, seed: 3), today: today)
        let person = try database.add("Quentin Zyxwvutson", outlet: "Zyxwv Gazette",
                                      handles: [Handle(kind: .email, value: "quentin.zyxwvutson@zyxwv.example")],
                                      tags: ["zyxwvtag"])
        try database.log(person, daysAgo: 3, summary: "Discussed the Zyxwvutson affair")
        try database.log(person, daysAgo: 1, summary: "Zyxwvutson sent the embargoed figures")
        let before = try database.contactCount()
        let report = try database.forget(contactId: person.id)
        #expect(report.exchanges == 2)
        #expect(report.handles == 1)
        #expect(try database.contactCount() == before - 1)
        #expect(try database.search("zyxwv").isEmpty)
        try (database.writer as? DatabasePool)?.close()
        for file in [path, path + "-wal", path + "-shm"] {
            guard let bytes = FileManager.default.contents(atPath: file) else { continue }
            for secret in ["Zyxwvutson", "zyxwvutson", "zyxwv", "Zyxwv"] {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) found in \(file)")
            }
        }
    }
}

import Foundation
import GRDB
import Testing

/// `rapport backup` and `rapport restore`.
struct BackupRestoreTests {
    let sandbox = Sandbox()

    /// Contacts and exchanges as text, for comparing two databases.
    func content(_ path: String) throws -> String {
        try sandbox.read(path) { db in
            try ["contact", "handle", "tag", "contact_tag", "exchange"].map { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map { "\(table) \($0)" }.joined(separator: "\n")
            }.joined(separator: "\n")
        }
    }

    @Test func backupWhileAnotherConnectionWritesIsConsistentAndComplete() throws {
        try sandbox.add("Camille Lefèvre", "--email", "camille@lemonde.example", "--tag", "tech")
        try sandbox.log("camille", "Sent the study")
        var config = Configuration()
        config.busyMode = .timeout(30)
        let pool = try DatabasePool(path: sandbox.db, configuration: config)
        let state = ConcurrentWriterTests.WriterState()
        let done = DispatchSemaphore(value: 0)
        // Another program adds exchanges in a loop, each in its own transaction.
        let writer = Thread {
            var round = 0
            while !state.shouldStop {
                round += 1
                do {
                    try pool.write { db in
                        try db.execute(sql: """
                            INSERT INTO exchange(contact_id, day, channel, direction, summary, intent) VALUES (1, 20600, 'email', 'out', ?, 'chat')
                            """, arguments: ["Writer round \(round)"])
                        Thread.sleep(forTimeInterval: round % 7 == 0 ? 0.05 : 0.002)
                    }
                    state.wrote()
                } catch {
                    state.failed(error)
                }
            }
            done.signal()
        }
        writer.start()
        while state.snapshot.writes < 5 { Thread.sleep(forTimeInterval: 0.01) }
        let committedBefore = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange") ?? 0 }
        var results: [CLIResult] = []
        for index in 1...3 {
            results.append(try sandbox.rapport("backup", "copy\(index).sqlite"))
        }
        state.requestStop()
        done.wait()
        try pool.close()
        #expect(state.snapshot.errors.isEmpty, "\(state.snapshot.errors)")
        for (index, result) in results.enumerated() {
            let copy = sandbox.path("copy\(index + 1).sqlite")
            #expect(result.succeeded && result.stderr.isEmpty, "\(result)")
            #expect(result.stdout.hasPrefix("Backed up 1 contact and "), "\(result)")
            #expect(try sandbox.permissions(copy) == 0o600)
            #expect(sandbox.sideFiles(of: copy).isEmpty)
            let (check, count, foreign) = try sandbox.read(copy) { db in
                (try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange WHERE summary NOT LIKE 'Writer round %' AND summary <> 'Sent the study'") ?? 0)
            }
            #expect(check == ["ok"])
            #expect(count >= committedBefore)
            // Every exchange the copy holds is whole: no half-written round.
            #expect(foreign == 0)
            let list = try sandbox.run(["list", "--json", "--db", copy])
            #expect(list.succeeded, "\(list)")
            #expect(try JSONValue.parse(list.stdout).array?.first?["name"]?.string == "Camille Lefèvre")
        }
    }

    @Test func backupRefusesToOverwriteWithoutForce() throws {
        try sandbox.add("Camille Lefèvre")
        try sandbox.write("existing.sqlite", "keep me")
        let refused = try sandbox.rapport("backup", "existing.sqlite")
        expectRefused(refused, .failure, mentioning: ["existing.sqlite already exists", "--force"])
        #expect(sandbox.bytes(sandbox.path("existing.sqlite")) == Data("keep me".utf8))
        let forced = try sandbox.rapport("backup", "existing.sqlite", "--force")
        #expect(forced.succeeded, "\(forced)")
        #expect(try content(sandbox.path("existing.sqlite")) == content(sandbox.db))
        #expect(try sandbox.permissions(sandbox.path("existing.sqlite")) == 0o600)
    }

    @Test func backupRefusesAMissingDatabaseAndTheDatabaseItself() throws {
        let missing = try sandbox.rapport("backup", "copy.sqlite")
        expectRefused(missing, .failure, mentioning: ["no database at"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.db))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("copy.sqlite")))
        try sandbox.add("Camille Lefèvre")
        let itself = try sandbox.expectUnchanged { try sandbox.rapport("backup", sandbox.db, "--force") }
        expectRefused(itself, .failure, mentioning: ["the database itself"])
    }

    @Test func restoreReplacesTheContentOfANonEmptyDatabaseWithForce() throws {
        try sandbox.add("Camille Lefèvre", "--email", "camille@lemonde.example", "--tag", "tech")
        try sandbox.log("camille", "Sent the study")
        let backup = try sandbox.rapport("backup", "monday.sqlite")
        try #require(backup.succeeded, "\(backup)")
        let saved = try content(sandbox.db)
        try sandbox.add("Paul Durand", "--tag", "climat")
        try sandbox.log("camille", "Called back")

        let refused = try sandbox.expectUnchanged { try sandbox.rapport("restore", "monday.sqlite") }
        expectRefused(refused, .failure, mentioning: ["already holds 2 contacts", "--force"])

        let restored = try sandbox.rapport("restore", "monday.sqlite", "--force")
        #expect(restored.succeeded && restored.stderr.isEmpty, "\(restored)")
        #expect(restored.stdout.hasPrefix("Restored 1 contact and 1 exchange from monday.sqlite"), "\(restored)")
        #expect(try content(sandbox.db) == saved)
        let search = try sandbox.rapport("search", "climat")
        #expect(search.stdout.contains("Nothing matches"), "\(search)")
        let tech = try sandbox.rapport("list", "--tag", "tech", "--json")
        #expect(try JSONValue.parse(tech.stdout).array?.count == 1)
        let mode = try sandbox.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func anotherOpenConnectionSeesTheRestoredContentAtItsNextRead() throws {
        try sandbox.add("Camille Lefèvre")
        try #require(try sandbox.rapport("backup", "b.sqlite").succeeded)
        try sandbox.add("Paul Durand")
        try sandbox.add("Léa Martin")
        let app = try DatabasePool(path: sandbox.db)
        #expect(try app.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") } == 3)
        let result = try sandbox.rapport("restore", "b.sqlite", "--force")
        #expect(result.succeeded, "\(result)")
        #expect(try app.read { db in try String.fetchAll(db, sql: "SELECT name FROM contact") } == ["Camille Lefèvre"])
        // The other connection can still write, and the command line sees it.
        try app.write { db in try db.execute(sql: "UPDATE contact SET notes = 'after the restore'") }
        try app.close()
        let show = try sandbox.rapport("show", "camille", "--json")
        #expect(try JSONValue.parse(show.stdout)["notes"]?.string == "after the restore")
    }

    @Test func restoreIntoANewDatabase() throws {
        try sandbox.add("Camille Lefèvre")
        try #require(try sandbox.rapport("backup", "b.sqlite").succeeded)
        let result = try sandbox.run(["restore", "b.sqlite", "--db", sandbox.path("new/rapport.sqlite")])
        #expect(result.succeeded, "\(result)")
        #expect(try content(sandbox.path("new/rapport.sqlite")) == content(sandbox.db))
    }

    @Test func restoreFromAnOlderSchemaBringsItUpToDate() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RapportStoreTests/Fixtures/v1-database.sqlite").path
        try FileManager.default.copyItem(atPath: fixture, toPath: sandbox.path("old.sqlite"))
        let result = try sandbox.rapport("restore", "old.sqlite")
        #expect(result.succeeded, "\(result)")
        let migrations = try sandbox.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(migrations == ["v1-contacts-exchanges-search", "v2-ranking-indexes", "v3-search-keys", "v4-press-work", "v5-surname",
                               "v6-exchange-search-contentless"])
        #expect(try sandbox.rapport("list").succeeded)
    }

    @Test func restoreRefusesFilesThatAreNotRapportBackups() throws {
        try sandbox.add("Camille Lefèvre")
        try sandbox.write("notes.txt", "not a database\n")
        try sandbox.write("empty.sqlite", "")
        let other = try DatabaseQueue(path: sandbox.path("other.sqlite"))
        try other.write { db in try db.execute(sql: "CREATE TABLE recipe(name TEXT); INSERT INTO recipe VALUES ('soup')") }
        try other.close()
        try #require(try sandbox.rapport("backup", "newer.sqlite").succeeded)
        let newer = try DatabaseQueue(path: sandbox.path("newer.sqlite"))
        try newer.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        try newer.close()
        let cases: [(String, String)] = [
            ("notes.txt", "not an SQLite file"),
            ("empty.sqlite", "empty file"),
            ("other.sqlite", "not a Rapport database"),
            ("newer.sqlite", "newer version of Rapport"),
            ("nowhere.sqlite", "no such file"),
        ]
        for (file, message) in cases {
            let before = sandbox.bytes(sandbox.path(file))
            try sandbox.expectRefusedUnchanged("restore", file, "--force", exit: .failure, mentioning: [file, message])
            #expect(sandbox.bytes(sandbox.path(file)) == before, "\(file) changed")
        }
        // Nothing is created when the target does not exist yet.
        let fresh = try sandbox.run(["restore", "notes.txt", "--db", sandbox.path("fresh.sqlite")])
        expectRefused(fresh, .failure, mentioning: ["notes.txt"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("fresh.sqlite")))
    }
}

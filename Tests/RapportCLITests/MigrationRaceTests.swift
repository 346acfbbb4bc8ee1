import Foundation
import GRDB
import Testing

/// Two Rapports opening a file that needs a migration at the same time
/// (the app and a command, just after an update): the first migrates, the
/// second waits for it and goes on, instead of failing with "UNIQUE
/// constraint failed: grdb_migrations.identifier" (as it did when the
/// v6 migration, 4 s at 1,000,000 exchanges, made the window wide).
struct MigrationRaceTests {
    let sandbox = Sandbox()

    @Test func aCommandRunDuringAnotherOnesMigrationWaitsAndSucceeds() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RapportStoreTests/Fixtures/v5-database.sqlite").path
        try FileManager.default.copyItem(atPath: fixture, toPath: sandbox.db)
        let first = try HeldRun(sandbox, at: "migration.before-commit", ["list"])
        // The first holds the write lock inside the migration; the second starts now and waits for it.
        let sandbox = sandbox
        let second = BackgroundRun { try sandbox.rapport("log", "1", "--summary", "Logged during the update") }
        usleep(500_000)
        #expect(!second.ended, "the second did not wait for the migration")
        let listed = try first.finish()
        let logged = try second.finish()
        expectSuccess(listed)
        expectSuccess(logged)
        #expect(listed.stdout.contains("Camille Lefèvre"))
        let (migrations, summaries) = try sandbox.read { db in
            (try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
             try String.fetchAll(db, sql: "SELECT summary FROM exchange WHERE contact_id = 1 ORDER BY id"))
        }
        #expect(migrations.last == "v6-exchange-search-contentless")
        #expect(migrations.filter { $0.hasPrefix("v6") }.count == 1)
        #expect(summaries.contains("Logged during the update"))
        let search = try sandbox.rapport("search", "update")
        #expect(search.stdout.contains("Logged during the [update]"), "\(search)")
    }
}

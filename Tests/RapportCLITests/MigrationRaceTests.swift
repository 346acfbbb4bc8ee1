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
        let gate = sandbox.path("gate")
        FileManager.default.createFile(atPath: gate, contents: nil)
        let first = ConcurrentWriterTests.ResultBox()
        let firstDone = DispatchSemaphore(value: 0)
        Thread {
            first.append(Result {
                try sandbox.run(["list", "--db", sandbox.db], env: ["RAPPORT_FAULT_WAIT": "migration.before-commit", "RAPPORT_FAULT_GATE": gate])
            })
            firstDone.signal()
        }.start()
        while !FileManager.default.fileExists(atPath: gate + ".reached") && first.values.isEmpty { usleep(10_000) }
        try #require(FileManager.default.fileExists(atPath: gate + ".reached"), "the first never reached its migration: \(first.values)")
        // The first holds the write lock inside the migration; the second starts now and waits for it.
        let second = ConcurrentWriterTests.ResultBox()
        let secondDone = DispatchSemaphore(value: 0)
        Thread {
            second.append(Result { try sandbox.rapport("log", "1", "--summary", "Logged during the update") })
            secondDone.signal()
        }.start()
        usleep(500_000)
        #expect(second.values.isEmpty, "the second did not wait for the migration: \(second.values)")
        try FileManager.default.removeItem(atPath: gate)
        firstDone.wait()
        secondDone.wait()
        let listed = try #require(try first.values.first?.get())
        let logged = try #require(try second.values.first?.get())
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

import Foundation
import GRDB
import Testing

/// The command line keeps working while another program (the full-screen
/// app, a sync tool) holds the same database open and writes to it.
struct ConcurrentWriterTests {
    let sandbox = Sandbox()

    /// A flag and a counter shared with the background writer.
    final class WriterState: @unchecked Sendable {
        private let lock = NSLock()
        private var stop = false
        private(set) var writes = 0
        private(set) var errors: [String] = []

        var shouldStop: Bool { lock.withLock { stop } }
        func requestStop() { lock.withLock { stop = true } }
        func wrote() { lock.withLock { writes += 1 } }
        func failed(_ error: Error) { lock.withLock { errors.append("\(error)") } }
        var snapshot: (writes: Int, errors: [String]) { lock.withLock { (writes, errors) } }
    }

    @Test func logsSucceedWhileAnotherConnectionWritesInALoop() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde")
        try sandbox.add("Paul Durand")
        var config = Configuration()
        config.busyMode = .timeout(30)
        let pool = try DatabasePool(path: sandbox.db, configuration: config)
        let state = WriterState()
        let done = DispatchSemaphore(value: 0)
        let writer = Thread {
            var round = 0
            while !state.shouldStop {
                round += 1
                do {
                    try pool.write { db in
                        // Touch the contacts the command line writes to, and hold the lock a moment.
                        try db.execute(sql: "UPDATE contact SET notes = ? WHERE id = 2", arguments: ["round \(round)"])
                        try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('clitests.writer', ?)",
                                       arguments: ["\(round)"])
                        // Now and then a long transaction, so commands must wait for the lock.
                        Thread.sleep(forTimeInterval: round % 10 == 0 ? 0.25 : 0.005)
                    }
                    state.wrote()
                } catch {
                    state.failed(error)
                }
                _ = try? pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange") }
                // Like an app saving as the user types: often, not back to back.
                Thread.sleep(forTimeInterval: 0.02)
            }
            done.signal()
        }
        writer.start()

        var logged: [Int64: String] = [:]
        var failures: [CLIResult] = []
        for index in 1...20 {
            let summary = "Concurrent exchange \(index)"
            let result = try sandbox.rapport("log", index % 2 == 0 ? "lefevre" : "durand", "--summary", summary)
            if result.succeeded, result.stderr.isEmpty, let id = Sandbox.number(after: "Logged exchange #", in: result.stdout) {
                logged[id] = summary
            } else {
                failures.append(result)
            }
        }
        // Reading commands too.
        for _ in 1...3 {
            let result = try sandbox.rapport("review", "--json")
            if !result.succeeded || !result.stderr.isEmpty { failures.append(result) }
        }
        state.requestStop()
        done.wait()
        let (writes, errors) = state.snapshot
        try pool.close()

        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
        #expect(!failures.contains { $0.stderr.contains("locked") })
        #expect(errors.isEmpty, "the other writer failed: \(errors)")
        #expect(writes > 0, "the other writer should have written while the commands ran")
        #expect(logged.count == 20)
        let stored = try sandbox.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, summary FROM exchange").map {
                ($0["id"] as Int64, $0["summary"] as String)
            })
        }
        #expect(stored == logged)
        let integrity = try sandbox.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
    }

    /// A long import stages its records without the write lock: `log`s run
    /// while it stages, and while it runs to its end, all succeed, and the
    /// import is complete. (`RAPPORT_FAULT_WAIT` holds the import in the
    /// middle of its staging, so some logs surely run then.)
    @Test func logsDuringALargeImportAllSucceedAndTheImportIsComplete() throws {
        try sandbox.add("Camille Lefèvre")
        let count = 20_000
        try Data((0..<count).map { index in
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person \(index)\r\nEMAIL:p\(index)@example.org\r\nNOTE:Met at the fair\r\nEND:VCARD\r\n"
        }.joined().utf8).write(to: URL(fileURLWithPath: sandbox.path("big.vcf")))
        let gate = sandbox.path("gate")
        FileManager.default.createFile(atPath: gate, contents: nil)
        let importResult = ResultBox()
        let importDone = DispatchSemaphore(value: 0)
        let importer = Thread {
            importResult.append(Result {
                try sandbox.run(["import", "big.vcf", "--db", sandbox.db], env: ["RAPPORT_FAULT_WAIT": "import.staging",
                                                                                 "RAPPORT_FAULT_GATE": gate], timeout: 600)
            })
            importDone.signal()
        }
        importer.start()
        while !FileManager.default.fileExists(atPath: gate + ".reached") && importResult.values.isEmpty { usleep(10_000) }

        var logged: [Int64: String] = [:]
        var failures: [CLIResult] = []
        func logOnce(_ index: Int) throws {
            let summary = "During the import \(index)"
            let result = try sandbox.rapport("log", "1", "--summary", summary)
            if result.succeeded, let id = Sandbox.number(after: "Logged exchange #", in: result.stdout) {
                logged[id] = summary
            } else {
                failures.append(result)
            }
        }
        // The import is held inside its staging (had it taken the write
        // lock already, these logs would wait for it and be refused as busy).
        try #require(FileManager.default.fileExists(atPath: gate + ".reached"), "the import never reached its staging")
        for index in 1...5 { try logOnce(index) }
        try FileManager.default.removeItem(atPath: gate)
        var index = 5
        while importDone.wait(timeout: .now()) == .timedOut {
            index += 1
            try logOnce(index)
        }
        let result = try #require(try importResult.values.first?.get())
        expectSuccess(result)
        #expect(result.stdout == "imported 20,000 contacts, merged 0, skipped 0 duplicates, 0 without a name\n")
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
        #expect(logged.count == index)
        let (contacts, searchable, stored) = try sandbox.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM contact"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'fair'"),
             try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, summary FROM exchange").map {
                 ($0["id"] as Int64, $0["summary"] as String)
             }))
        }
        #expect(contacts == count + 1)
        #expect(searchable == count)
        #expect(stored == logged)
    }

    /// Two scripts, or a script and a shell, running rapport at the same time.
    @Test
    func severalCommandLinesAtOnce() throws {
        try sandbox.add("Camille Lefèvre")
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 4) { stream in
            for index in 1...8 {
                let result = Result { try sandbox.rapport("log", "1", "--summary", "Stream \(stream) exchange \(index)") }
                results.append(result)
            }
        }
        let all = try results.values.map { try $0.get() }
        #expect(all.count == 32)
        for result in all { expectSuccess(result) }
        let count = try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange") }
        #expect(count == 32)
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [Result<CLIResult, Error>] = []
        func append(_ result: Result<CLIResult, Error>) { lock.withLock { stored.append(result) } }
        var values: [Result<CLIResult, Error>] { lock.withLock { stored } }
    }
}

import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` at a random moment never corrupts the database nor loses a
/// write the command reported as done; the demo is all or nothing.
@Suite(.serialized)
struct CrashSafetyTests {
    let sandbox = Sandbox()

    /// The process currently running, for the killer thread.
    final class Target: @unchecked Sendable {
        private let lock = NSLock()
        private var process: Process?
        private var killed = false

        func set(_ process: Process?) { lock.withLock { self.process = process } }

        /// Kills the running process; false when none is running.
        func kill() -> Bool {
            lock.withLock {
                guard let process, process.isRunning else { return false }
                Glibc.kill(process.processIdentifier, SIGKILL)
                killed = true
                return true
            }
        }

        var hasKilled: Bool { lock.withLock { killed } }
    }

    private func integrity(_ path: String) throws -> [String] {
        try sandbox.read(path) { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    @Test func killingALoopOfLogsLosesNothingThatWasReported() throws {
        try sandbox.add("Camille Lefèvre")
        var reported: [Int64: String] = [:]
        var killedRuns = 0
        for iteration in 1...4 {
            let target = Target()
            let delay = Double.random(in: 0.15...1.2)
            let killer = Thread {
                Thread.sleep(forTimeInterval: delay)
                // Wait for a command to be running, then kill it.
                while !target.kill() { Thread.sleep(forTimeInterval: 0.002) }
            }
            killer.start()
            var index = 0
            while !target.hasKilled {
                index += 1
                let summary = "Iteration \(iteration) exchange \(index)"
                let result = try sandbox.run(["log", "1", "--summary", summary, "--db", sandbox.db],
                                             onLaunch: { target.set($0) })
                target.set(nil)
                if result.signal == SIGKILL {
                    killedRuns += 1
                    break
                }
                #expect(result.succeeded, "\(result)")
                if result.succeeded, let id = Sandbox.number(after: "Logged exchange #", in: result.stdout) {
                    reported[id] = summary
                }
            }
            while !target.hasKilled { Thread.sleep(forTimeInterval: 0.01) }
            #expect(try integrity(sandbox.db) == ["ok"], "iteration \(iteration)")
            // Every exchange reported as logged is there, as reported.
            let stored = try sandbox.read { db in
                try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, summary FROM exchange").map {
                    ($0["id"] as Int64, $0["summary"] as String)
                })
            }
            for (id, summary) in reported {
                #expect(stored[id] == summary, "exchange #\(id) reported as logged is missing after kill -9 (iteration \(iteration))")
            }
            // The command line still works afterwards.
            expectSuccess(try sandbox.rapport("list"))
        }
        #expect(killedRuns > 0, "at least one command was killed while running")
        #expect(reported.count > 0)
    }

    @Test func killingADemoLeavesTheDatabaseEmptyOrComplete() throws {
        let contacts = 20_000, exchanges = 200_000
        var killedMidway = 0
        var maxDelay = 6.0
        var attempt = 0
        while killedMidway < 3 && attempt < 8 {
            attempt += 1
            let path = sandbox.path("demo-\(attempt).sqlite")
            let target = Target()
            let delay = Double.random(in: min(0.3, maxDelay / 2)...maxDelay)
            let killer = Thread {
                Thread.sleep(forTimeInterval: delay)
                _ = target.kill()
            }
            let result = try sandbox.run(["demo", "--contacts", "\(contacts)", "--exchanges", "\(exchanges)", "--db", path],
                                         timeout: 300, onLaunch: { process in
                                             target.set(process)
                                             killer.start()
                                         })
            let started = FileManager.default.fileExists(atPath: path) && (sandbox.bytes(path)?.count ?? 0) > 0
            if result.signal == SIGKILL {
                // Killed before the file was even written proves nothing: it does not count.
                if started { killedMidway += 1 }
            } else {
                // Finished before the kill: try a shorter delay next time.
                #expect(result.succeeded, "\(result)")
                maxDelay /= 2
            }
            guard started else { continue }
            #expect(try integrity(path) == ["ok"], "attempt \(attempt) after \(delay) s")
            let counts = try sandbox.read(path) { db -> [Int] in
                guard try db.tableExists("contact") else { return [0, 0, 0] }
                return try ["contact", "exchange", "handle"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1 }
            }
            let empty = counts == [0, 0, 0]
            let complete = counts[0] == contacts && counts[1] == exchanges && counts[2] > 0
            #expect(empty || complete, "demo killed after \(delay) s left \(counts) (contacts, exchanges, handles)")
            // Rapport opens it again without complaint.
            let list = try sandbox.run(["list", "--json", "--limit", "1", "--db", path])
            expectSuccess(list)
        }
        #expect(killedMidway >= 3, "the demo should have been killed while running at least 3 times")
    }
}

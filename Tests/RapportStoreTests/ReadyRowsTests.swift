import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// An import into a file makes its new contacts and exchanges ready in
/// the staging database, as the live tables will store them, and copies
/// them whole under the lock (`ReadyRows`, SQLite's transfer of stored
/// records and index entries). The database it leaves must be the one the
/// ordinary copy leaves (the same import into memory, which never uses
/// ready rows), row for row, with whole indexes.
@Suite("Ready rows")
struct ReadyRowsTests {
    static let summaries = ["Sent the study", "Press breakfast", "Café crème", "Called back", "Énergie climat", "lunch"]

    /// 200 people, 300 exchanges, some in a project the database has
    /// ("Launch"), some in new ones, named as first met.
    func importPeople(_ database: RapportDatabase, policy: DuplicatePolicy = .skip,
                      during: (() throws -> Void)? = nil) throws -> ImportCounts {
        try database.importContacts(ImportOptions(policy: policy), today: today) { importer in
            for index in 1...200 {
                let draft = try ContactDraft(name: "Imported \(index)", outlet: "Outlet \(index % 5)",
                                             handles: [Handle(kind: .email, value: "p\(index)@example.org")],
                                             tags: ["tag\(index % 3)"]).validated()
                let exchanges = (0..<(index % 4)).map { number in
                    ExchangeDraft(day: today.adding(days: -((index * 7 + number * 13) % 400)), channel: .email,
                                  summary: Self.summaries[(index + number) % Self.summaries.count] + " n\(index)x\(number)",
                                  followUp: number == 1 ? FollowUp(due: today.adding(days: index % 9), text: "Call") : nil,
                                  project: [nil, "launch", "Zèbre Tour", "Autumn Fair"][(index + number) % 4])
                }
                try importer.add(ImportRecord(draft: draft, exchanges: exchanges))
                if index == 100 { try during?() }
            }
        }.counts
    }

    func seed(_ database: RapportDatabase) throws {
        for index in 1...12 {
            let contact = try database.add("Existing \(index)", handles: [Handle(kind: .email, value: "e\(index)@example.org")])
            try database.logExchange(contactId: contact.id, ExchangeDraft(day: today.adding(days: -index),
                                                                          summary: Self.summaries[index % 6] + " \(index)",
                                                                          project: index == 3 ? "Launch" : nil), today: today)
        }
    }

    func integrityChecks(_ path: String) throws {
        let check = try DatabaseQueue(path: path)
        defer { try? check.close() }
        try check.write { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            try db.execute(sql: "INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts) VALUES ('integrity-check')")
            #expect(try ExchangeIndexCheck.mismatches(db) == [])
        }
    }

    /// A database file (where imports use ready rows) and one in memory
    /// (where they never do), seeded alike.
    func fileAndMemory() throws -> (folder: TemporaryFolder, path: String, file: RapportDatabase, memory: RapportDatabase) {
        let folder = try TemporaryFolder()
        let path = folder.path("rapport.sqlite")
        let (file, memory) = try (RapportDatabase.open(path: path), RapportDatabase.inMemory())
        for database in [file, memory] { try seed(database) }
        return (folder, path, file, memory)
    }

    @Test func anImportIntoAFileCopiesItsReadyRowsWholeAndLeavesTheSameDatabase() throws {
        let (folder, path, file, memory) = try fileAndMemory()
        defer { withExtendedLifetime(folder) {} }
        for database in [file, memory] {
            let counts = try importPeople(database)
            #expect(counts.imported == 200)
            #expect(counts.exchanges == 300)
        }
        let report = try #require(ImportStaging.lastCopy(path: path))
        #expect(report.readyContacts && report.readyHandles && report.readyExchanges && report.searchIndexesMoved)
        #expect(report.handlesSwapped, "12 live handles, 200 ready: copied whole together")
        #expect(report.exchangesAfter == 12)
        #expect(try file.fingerprint() == memory.fingerprint())
        try integrityChecks(path)
        for query in ["sent", "zebre", "imported 17", "outlet 3", "n18x1"] {
            #expect(try file.search(query, limit: 500).map(\.contact.id) == memory.search(query, limit: 500).map(\.contact.id))
        }
        #expect(try file.project(named: "zebre tour")?.name == "Zèbre Tour")
        // Later writes go on from the last ids.
        let next = try file.log(file.resolve("p7@example.org"), daysAgo: 0, summary: "After")
        #expect(next.exchange.id == 313)
    }

    /// Exchanges logged by another program while the import stages: the
    /// new ones are numbered after a gap, so the rows made ready (and
    /// their search index) still fit, and later logs take the free numbers.
    @Test func exchangesLoggedDuringTheStagingKeepTheirNumbersAndTheImportLeavesAGap() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rapport.sqlite")
        let file = try RapportDatabase.open(path: path)
        try seed(file)
        let other = try RapportDatabase.open(path: path)
        let existing = try other.resolve("e5@example.org")
        var logged: [Int64] = []
        let counts = try importPeople(file) {
            for number in 1...3 { logged.append(try other.log(existing, daysAgo: 0, summary: "Meanwhile \(number)").exchange.id) }
        }
        #expect(counts.exchanges == 300)
        #expect(logged == [13, 14, 15])
        let report = try #require(ImportStaging.lastCopy(path: path))
        #expect(report.readyExchanges)
        #expect(report.exchangesAfter == 15 + ImportStaging.exchangeGap(loggedDuringStaging: 3))
        let after = try #require(report.exchangesAfter)
        let ids = try file.writer.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM exchange ORDER BY id") }
        #expect(ids == Array(1...15) + Array((after + 1)...(after + 300)))
        try integrityChecks(path)
        let found = try file.search("meanwhile").map(\.contact.id)
        #expect(found == [existing.id, existing.id, existing.id])
        #expect(try file.search("n18x1").map(\.contact.name) == ["Imported 18"])
        #expect(try other.log(existing, daysAgo: 0, summary: "Later").exchange.id == after + 301)
    }

    /// A quiet import leaves no gap; one that merges into live contacts
    /// copies its rows the ordinary way, with the same result as in memory.
    @Test func anImportThatMergesUsesTheOrdinaryCopy() throws {
        #expect(ImportStaging.exchangeGap(loggedDuringStaging: 0) == 0)
        let (folder, path, file, memory) = try fileAndMemory()
        defer { withExtendedLifetime(folder) {} }
        for database in [file, memory] {
            try database.add("Imported 40 Already", handles: [Handle(kind: .email, value: "p40@example.org")])
            let counts = try importPeople(database, policy: .merge)
            #expect(counts.merged == 1)
        }
        let report = try #require(ImportStaging.lastCopy(path: path))
        #expect(!report.readyContacts && !report.readyHandles && !report.readyExchanges && !report.handlesSwapped)
        #expect(try file.fingerprint() == memory.fingerprint())
        try integrityChecks(path)
    }
}

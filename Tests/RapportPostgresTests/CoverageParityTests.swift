import Foundation
import RapportCore
import RapportPostgres
import RapportStore
import Testing

/// The demo's coverage is the same on both engines, and so are the caches
/// it warms (the engines sum in the same order: equal to the bit).
@Suite("PostgreSQL parity: coverage", .enabled(if: PGTestCluster.available), .serialized)
struct CoverageParityTests {
    @Test func theDemosCoverageAndTheWarmthItGivesAreTheSame() throws {
        let options = DemoOptions(contacts: 60, exchanges: 400, seed: 5)
        let database = try PGTestDatabase()
        let store = try database.open()
        let sqlite = try RapportDatabase.inMemory()
        _ = try sqlite.loadDemo(options, today: testToday)
        _ = try store.loadDemo(options, today: testToday)
        let local = try sqlite.listCoverage(contactId: nil, project: nil, since: nil, limit: nil)
        let team = try store.listCoverage(contactId: nil, project: nil, since: nil, limit: nil)
        #expect(local.count >= 8)
        #expect(local.contains { $0.coverage.exchangeId != nil } && local.contains { $0.coverage.project == "Lancement Atlas" })
        #expect(local.contains { $0.coverage.project == "Étude mobilité 2026" })
        #expect(team.map { entry -> Coverage in var c = entry.coverage; c.author = nil; return c } == local.map(\.coverage))
        let ids = Set(local.map(\.coverage.contactId)).sorted()
        let localRows = try sqlite.contactRows(ids: ids, today: testToday)
        let teamRows = try store.contactRows(ids: ids, today: testToday)
        #expect(localRows.map(\.warmth) == teamRows.map(\.warmth))
        // A write on each engine keeps them equal.
        let first = try #require(ids.first)
        let draft = CoverageDraft(day: testToday.adding(days: -1), title: "One more")
        _ = try sqlite.addCoverage(contactId: first, draft, today: testToday)
        _ = try store.addCoverage(contactId: first, draft, today: testToday)
        #expect(try sqlite.contactRows(ids: [first], today: testToday).map(\.warmth)
            == store.contactRows(ids: [first], today: testToday).map(\.warmth))
    }
}

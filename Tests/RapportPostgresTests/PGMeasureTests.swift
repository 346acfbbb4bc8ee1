import Foundation
import RapportCore
import RapportPostgres
import RapportStore
import Testing

/// Figures for docs (not assertions): run with RAPPORT_PG_MEASURE=CONTACTS
/// (e.g. 100000) to print how long the demo copy, list pages, counts, the
/// review and a search keystroke take on PostgreSQL.
@Suite("PostgreSQL figures", .enabled(if: PGTestCluster.available && ProcessInfo.processInfo.environment["RAPPORT_PG_MEASURE"] != nil))
struct PGMeasureTests {
    @Test func figures() throws {
        let contacts = Int(ProcessInfo.processInfo.environment["RAPPORT_PG_MEASURE"] ?? "") ?? 100_000
        let database = try PGTestDatabase()
        let store = try database.open()
        func time(_ label: String, _ body: () throws -> Void) rethrows {
            let start = Date()
            try body()
            print("figure: \(label): \(Int(Date().timeIntervalSince(start) * 1000)) ms")
        }
        try time("SQLite demo in memory + export") {
            let memory = try RapportDatabase.inMemory()
            _ = try memory.loadDemo(DemoOptions(contacts: contacts, exchanges: contacts * 10, seed: 5), today: testToday)
            var count = 0
            try memory.exportContacts(ExportFilter(), withExchanges: true, batchSize: 1000) { _ in count += 1 }
        }
        try time("demo \(contacts) contacts, \(contacts * 10) exchanges") {
            _ = try store.loadDemo(DemoOptions(contacts: contacts, exchanges: contacts * 10, seed: 5), today: testToday)
        }
        try database.connect().execute("VACUUM ANALYZE")
        for sort in ContactSort.allCases {
            try time("first page by \(sort)") { _ = try store.listContacts(ContactFilter(), sort: sort, today: testToday, limit: 40, offset: 0) }
            try time("page 10 by \(sort)") { _ = try store.listContacts(ContactFilter(), sort: sort, today: testToday, limit: 40, offset: 400) }
        }
        try time("count") { _ = try store.countContacts(ContactFilter()) }
        try time("review first page") { _ = try store.review(today: testToday, owner: nil, limit: 40, offset: 0) }
        try time("review count") { _ = try store.reviewCount(today: testToday, owner: nil) }
        for query in ["m", "ma", "mar", "martin"] {
            try time("search '\(query)'") { _ = try store.search(query, limit: 20, includeArchived: false) }
            try time("list filtered by '\(query)'") {
                _ = try store.listContacts(ContactFilter(search: query), sort: .name, today: testToday, limit: 40, offset: 0)
            }
        }
        let id = try #require(try store.contactIds(ContactFilter(), sort: .name, today: testToday).first)
        try time("log an exchange") {
            _ = try store.logExchange(contactId: id, ExchangeDraft(day: testToday, summary: "Call"), today: testToday, allowFuture: false)
        }
    }
}

import GRDB
import RapportCore
import Testing
@testable import RapportStore

/// The export reads exchanges by position (`ExportRows`), beside the
/// table's own definition (`ExchangeTable`): both must read the same.
struct ExportRowsTests {
    @Test func theExportsReaderReadsWhatTheTableDefinitionReads() throws {
        #expect(ExportRows.exchangeColumnsAsExpected, "ExchangeTable's columns changed: update ExportRows.exchange")
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 30, exchanges: 300, seed: 5), today: today)
        // Every optional column, NULL and not.
        let person = try database.add("Zoé Null")
        try database.log(person, daysAgo: 2, summary: "Sans rien")
        let pairs = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT \(ExchangeTable.selection) FROM exchange ORDER BY id").map {
                (ExportRows.exchange($0), ExchangeTable.exchange($0))
            }
        }
        #expect(pairs.count == 301)
        #expect(pairs.contains { $0.0.followUp != nil } && pairs.contains { $0.0.rating != nil } && pairs.contains { $0.0.project != nil })
        for (fast, table) in pairs { #expect(fast == table) }
    }
}

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

    /// The column-by-column reading (`exchange(_: SQLiteStatement)`) reads
    /// what the table's definition reads, text SQLite holds as it is
    /// (invalid UTF-8, a NUL inside, controls, emoji) and NULLs included.
    @Test func theStatementReaderReadsWhatTheTableDefinitionReads() throws {
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 20, exchanges: 200, seed: 3), today: today)
        let person = try database.add("Zoé Null")
        try database.log(person, daysAgo: 2, summary: "Sans rien")
        try database.write { db in
            // Bytes no Swift string writes: invalid UTF-8, a NUL in the middle.
            try db.execute(sql: """
                UPDATE exchange SET summary = CAST(X'C3284F4B' AS TEXT), notes = CAST(X'610062' AS TEXT),
                  follow_up_day = day, follow_up = CAST(X'FF' AS TEXT) WHERE id = 1
                """)
            try db.execute(sql: "UPDATE exchange SET summary = ?, notes = ? WHERE id = 2",
                           arguments: ["\u{1}\"q\"\\ \u{2028} 👩🏽‍💻 \u{85}", "\u{202E}x"])
        }
        let pairs = try database.read { db in
            let statement = try db.makeStatement(sql: "SELECT \(ExchangeTable.selection) FROM exchange ORDER BY id")
            let cursor = try Row.fetchCursor(statement)
            var pairs: [(Exchange, Exchange)] = []
            while let row = try cursor.next() {
                pairs.append((ExportRows.exchange(statement.sqliteStatement), ExchangeTable.exchange(row)))
            }
            return pairs
        }
        #expect(pairs.count == 201)
        #expect(pairs.first?.0.summary == "\u{FFFD}(OK" && pairs.first?.0.notes == "a" && pairs.first?.0.followUp?.text == "\u{FFFD}")
        #expect(Set(pairs.map(\.0.channel)).count > 3 && Set(pairs.map(\.0.intent)).count == 3 && Set(pairs.map(\.0.direction)).count == 2)
        for (fast, table) in pairs { #expect(fast == table) }
    }

    /// The export's careers, three statements per batch, are those
    /// `career(_:contactId:)` reads contact by contact.
    @Test func theBatchCareersAreTheContactByContactOnes() throws {
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 40, exchanges: 100, seed: 9), today: today)
        try database.write { db in
            // Positions out of id order, an introducer with several introductions, a start day alone.
            try db.execute(sql: """
                INSERT INTO position(contact_id, outlet, title, from_day, to_day) VALUES
                  (3, 'B', 'b', NULL, 20000), (3, 'A', 'a', 19000, 20500), (3, 'C', 'c', NULL, 20000), (5, 'D', '', 18000, 18500)
                """)
            try db.execute(sql: "UPDATE contact SET introduced_by = 7 WHERE id IN (8, 9, 10, 3)")
            try db.execute(sql: "UPDATE contact SET introduced_by = 3, position_since_day = 20501 WHERE id = 11")
            try db.execute(sql: "UPDATE contact SET position_since_day = 20400 WHERE id = 12")
        }
        let (batch, one) = try database.read { db in
            let list = "(" + (1...40).map(String.init).joined(separator: ",") + ")"
            let batch = try RapportDatabase.exportCareers(db, list)
            let one = try (1...40).map { try RapportDatabase.career(db, contactId: Int64($0)) }
            return (batch, one)
        }
        #expect(one[2].positions.map(\.outlet) == ["A", "C", "B"] && one[6].introduced.count == 4)
        for (index, career) in one.enumerated() {
            #expect(batch[Int64(index + 1)] ?? .empty == career, "contact \(index + 1)")
        }
        #expect(batch.count == one.filter { $0 != .empty }.count)
    }

    /// Each contact's exchanges come newest first (by day, then id), as the
    /// query per contact orders them, with the contacts in id order.
    @Test func exportedExchangesAreNewestFirstContactsInOrder() throws {
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 30, exchanges: 400, seed: 4), today: today)
        let person = try database.add("Même Jour")
        for summary in ["un", "deux", "trois"] { try database.log(person, daysAgo: 5, summary: summary) }
        var exported: [ExportedContact] = []
        try database.exportContacts(ExportFilter(), withExchanges: true, batchSize: 7) { exported.append($0) }
        let expected = try database.read { db in
            try exported.map { try Int64.fetchAll(db, sql: "SELECT id FROM exchange WHERE contact_id = ? ORDER BY day DESC, id DESC",
                                                  arguments: [$0.contact.id]) }
        }
        for (contact, ids) in zip(exported, expected) {
            #expect(contact.exchanges.map(\.id) == ids)
            #expect(contact.exchanges.allSatisfy { $0.contactId == contact.contact.id })
        }
        #expect(exported.contains { $0.exchanges.count > 3 })
        let seen = exported.map(\.contact.id)
        #expect(seen == seen.sorted() && seen.count == 31)
    }
}

import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// The search index: exchange rows keyed by `day × 2³² + id` (v3), kept
/// in sync by triggers, read newest first and stopped at the limit, with
/// no copy of the summaries (v6); databases made by v1 to v5 migrate to it.
@Suite("Search index")
struct SearchIndexTests {
    /// The search keys the index holds terms for, in key order (the index
    /// keeps no copy of the summaries since v6: read through `fts5vocab`).
    private func indexRows(_ database: RapportDatabase) throws -> [Int64] {
        try database.writer.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE temp.keys USING fts5vocab(main, exchange_fts, instance)")
            defer { try? db.execute(sql: "DROP TABLE temp.keys") }
            return try Int64.fetchAll(db, sql: "SELECT DISTINCT doc FROM temp.keys ORDER BY doc")
        }
    }

    /// The same keys as the `exchange` table says they should be.
    private func expectedRows(_ database: RapportDatabase) throws -> [Int64] {
        try database.writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT day * 4294967296 + id FROM exchange ORDER BY 1")
        }
    }

    /// The index holds the exchanges' summaries under their keys, term for term, and nothing else.
    private func expectIndexMatches(_ database: RapportDatabase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try indexRows(database) == expectedRows(database), sourceLocation: sourceLocation)
        #expect(try database.writer.write { db in try ExchangeIndexCheck.mismatches(db) } == [], sourceLocation: sourceLocation)
    }

    private func matching(_ database: RapportDatabase, _ word: String) throws -> [Int64] {
        try database.writer.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid & 4294967295 FROM exchange_fts WHERE exchange_fts MATCH ? ORDER BY rowid",
                               arguments: [SearchQuery.match(word)])
        }
    }

    @Test func triggersKeepTheIndexInStepWithEveryWrite() throws {
        let database = try memoryDatabase()
        let camille = try database.add("Camille Lefèvre")
        let paul = try database.add("Paul Durand")
        let first = try database.log(camille, daysAgo: 10, summary: "Sent the zeppelin study").exchange
        try database.log(paul, daysAgo: 3, summary: "Coffee about balloons")
        try expectIndexMatches(database)
        #expect(try matching(database, "zepp") == [first.id])

        // Every kind of update: summary, day, contact (raw SQL, as a later editor may write).
        try database.writer.write { db in
            try db.execute(sql: "UPDATE exchange SET summary = 'Sent the airship study' WHERE id = ?", arguments: [first.id])
        }
        #expect(try matching(database, "zepp").isEmpty)
        #expect(try matching(database, "airship") == [first.id])
        try database.writer.write { db in
            try db.execute(sql: "UPDATE exchange SET day = day - 400, contact_id = ? WHERE id = ?", arguments: [paul.id, first.id])
        }
        try expectIndexMatches(database)

        _ = try database.deleteExchange(id: first.id)
        #expect(try matching(database, "airship").isEmpty)
        try expectIndexMatches(database)
        _ = try database.forget(contactId: paul.id)
        #expect(try indexRows(database).isEmpty)
    }

    @Test func bulkInsertIndexesWithTheSameKeys() throws {
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 30, exchanges: 200, seed: 7), today: today)
        #expect(try indexRows(database).count == 200)
        try expectIndexMatches(database)
    }

    @Test func importsIndexWithTheSameKeys() throws {
        let database = try memoryDatabase()
        let mail = Handle(kind: .email, value: "camille@lemonde.example")
        let first = ExchangeDraft(day: today.adding(days: -30), channel: .email, summary: "Sent the zeppelin study")
        let second = ExchangeDraft(day: today.adding(days: -2), channel: .phone, summary: "Called about balloons")
        let people = [("Camille Lefèvre", [mail], [first]), ("Paul Durand", [], [second, first])]
        for round in 0..<2 {
            _ = try database.importContacts(ImportOptions(policy: .merge), today: today) { importer in
                for (name, handles, exchanges) in people {
                    let draft = try ContactDraft(name: name, handles: handles).validated()
                    // The second round merges into Camille (same email): her new exchange goes in then.
                    try importer.add(ImportRecord(draft: draft, exchanges: round == 0 ? Array(exchanges.prefix(1)) : exchanges))
                }
            }
        }
        #expect(try indexRows(database).count >= 3, "both rounds added exchanges")
        try expectIndexMatches(database)
        #expect(try matching(database, "zepp").count >= 2)
    }

    @Test func refusesExchangeIdsTheKeyCannotHold() throws {
        let database = try memoryDatabase()
        let camille = try database.add("Camille Lefèvre")
        #expect(throws: (any Error).self) {
            try database.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO exchange (id, contact_id, day, channel, direction, summary) VALUES (4294967296, ?, 20000, 'email', 'out', 'Too far')
                    """, arguments: [camille.id])
            }
        }
        #expect(try indexRows(database).isEmpty)
    }

    @Test func exchangeHitsAreNewestFirstAndStopAtTheLimit() throws {
        let database = try memoryDatabase()
        let camille = try database.add("Camille Lefèvre")
        let paul = try database.add("Paul Durand")
        // Logged out of order: ids do not follow days.
        for (contact, days) in [(camille, 5), (paul, 40), (camille, 1), (paul, 1), (camille, 90), (paul, 12)] {
            try database.log(contact, daysAgo: days, summary: "Sent the study")
        }
        let hits = try database.search("sent", limit: 4)
        #expect(hits.count == 4)
        let order = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, day FROM exchange ORDER BY day DESC, id DESC LIMIT 4").map { $0[0] as Int64 }
        }
        #expect(hits.map(\.exchangeId) == order)
        #expect(hits.allSatisfy { $0.field == .exchange && $0.snippet == "[Sent] the study" })
    }

    /// SQLite reads the index in order and stops at the limit: no sorting
    /// step over every match, for exchanges and for broad contact queries.
    @Test func searchQueriesReadInIndexOrderWithoutSortingEveryMatch() throws {
        let database = try memoryDatabase()
        try database.add("Camille Lefèvre")
        let plans = try database.writer.read { db in
            try [RapportDatabase.exchangeHitsSQL(includeArchived: true), RapportDatabase.exchangeHitsSQL(includeArchived: false),
                 RapportDatabase.contactHitsSQL(ranked: false, includeArchived: true)].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ["\"a\"*", 50]).map { $0["detail"] as String }
            }
        }
        for plan in plans {
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
            #expect(plan.first?.contains("VIRTUAL TABLE") == true, "\(plan)")
        }
    }

    /// Broad contact queries list contacts in the order they were added;
    /// narrow ones are ranked. Counted, not timed: the broad test reads at
    /// most `rankedContactLimit + 1` index entries.
    @Test func broadContactQueriesUseIndexOrder() throws {
        let database = try memoryDatabase()
        try database.writer.write { db in
            for index in 0...RapportDatabase.rankedContactLimit {
                try db.execute(sql: """
                    INSERT INTO contact (name, name_key, created_day, updated_day, review_from_day) VALUES (?, ?, 20000, 20000, 20000)
                    """, arguments: ["Alix Number\(index)", "alix number\(index)"])
            }
        }
        let broad = try database.writer.read { db in try RapportDatabase.isBroadContactMatch(db, match: "\"alix\"*") }
        #expect(broad)
        let hits = try database.search("alix", limit: 3)
        #expect(hits.map(\.contact.id) == [1, 2, 3])
        let narrow = try database.writer.read { db in try RapportDatabase.isBroadContactMatch(db, match: "\"number12\"*") }
        #expect(!narrow)
        #expect(try database.search("number12", limit: 3).first?.contact.name == "Alix Number12")
    }

    @Test func oneLetterSearchesFindContactsAndExchanges() throws {
        let database = try memoryDatabase()
        let zoe = try database.add("Zoë Škoda")
        try database.log(zoe, daysAgo: 2, summary: "Quick call")
        #expect(try database.search("z").map(\.contact.id) == [zoe.id])
        #expect(try database.search("q").map(\.field) == [.exchange])
        #expect(try database.countContacts(ContactFilter(search: "q")) == 1)
    }

    private func migrated(fixture: String) throws -> (TemporaryFolder, RapportDatabase) {
        let migrated = try migratedFixture(fixture)
        return (migrated.folder, migrated.database)
    }

    @Test(arguments: ["v1-database", "v2-database", "v3-database"])
    func databasesOfEarlierVersionsGetTheNewIndex(fixture: String) throws {
        let (folder, database) = try migrated(fixture: fixture)
        _ = folder
        try expectIndexMatches(database)
        let applied = try database.writer.read { db in try Schema.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(Schema.knownMigrations))
        let camille = try database.resolve("lefevre")
        #expect(try database.search("stud").map(\.contact.id) == [camille.id])
        #expect(try database.search("stud").first?.snippet == "Sent the [study]")
        #expect(try database.search("l").contains { $0.contact.id == camille.id })
        // The triggers work on the migrated file.
        let logged = try database.log(camille, daysAgo: 0, summary: "Zeppelin tour").exchange
        #expect(try database.search("zep").map(\.exchangeId) == [logged.id])
        try expectIndexMatches(database)
    }

    @Test func theVersionTwoFixtureHoldsWhatItSays() throws {
        let (folder, database) = try migrated(fixture: "v2-database")
        _ = folder
        let camille = try database.resolve("lefevre")
        #expect(camille.handles.map(\.value) == ["camille@quotidien.example", "@camillelfv"])
        #expect(camille.tags == ["climat"])
        #expect(try database.exchanges(contactId: camille.id).map(\.summary) == ["Coffee", "Sent the study"])
        #expect(try database.openFollowUps().map(\.text) == ["call back"])
        let paul = try database.resolve("durand")
        #expect(try database.search("press breakfast").map(\.contact.id) == [paul.id])
    }
}

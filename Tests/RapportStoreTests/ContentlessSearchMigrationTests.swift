import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// Version 6: the exchanges' search index keeps no copy of the summaries
/// (issue 7). `v5-database.sqlite` is the v4 fixture migrated by the v5
/// code, with Yann Le Goff's structured name, three exchanges added
/// (accents, an apostrophe, curly quotes, CJK), one edited and one deleted.
@Suite("Migration v6: contentless exchange search")
struct ContentlessSearchMigrationTests {
    private func migrated(_ fixture: String) throws -> (TemporaryFolder, RapportDatabase) {
        let migrated = try migratedFixture(fixture)
        return (migrated.folder, migrated.database)
    }

    private func readOnly(_ fixture: String) throws -> DatabaseQueue {
        let url = try #require(Bundle.module.url(forResource: fixture, withExtension: "sqlite", subdirectory: "Fixtures"))
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: url.path, configuration: configuration)
    }

    @Test func theVersionFiveFixtureIsAtVersionFiveWithAContentIndex() throws {
        let queue = try readOnly("v5-database")
        try queue.read { db throws in
            #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                == ["v1-contacts-exchanges-search", "v2-ranking-indexes", "v3-search-keys", "v4-press-work", "v5-surname"])
            #expect(try db.tableExists("exchange_fts_content"))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange") == 6)
        }
    }

    @Test(arguments: ["v1-database", "v2-database", "v3-database", "v4-database", "v5-database"])
    func everyEarlierDatabaseGetsTheContentlessIndexWithTheSameTerms(fixture: String) throws {
        let (folder, database) = try migrated(fixture)
        _ = folder
        try database.writer.write { db throws in
            #expect(try !db.tableExists("exchange_fts_content"), "no second copy of the summaries")
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'exchange_fts'") ?? ""
            #expect(sql.contains("content = ''"))
            #expect(try ExchangeIndexCheck.mismatches(db) == [])
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts) VALUES ('integrity-check')")
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            // Built with merges off, then merged once: one segment, FTS5's default settings.
            #expect(try String.fetchAll(db, sql: "SELECT k FROM exchange_fts_config") == ["version"])
            let structure = try Data.fetchOne(db, sql: "SELECT block FROM exchange_fts_data WHERE id = 10").flatMap { FTSStructure(Array($0)) }
            #expect(structure?.levels.flatMap(\.segments).count == 1)
        }
        let camille = try database.resolve("lefevre")
        #expect(try database.search("stud").first { $0.field == .exchange }?.snippet.hasPrefix("Sent the [study]") == true)
        #expect(try database.search("stud").contains { $0.contact.id == camille.id })
    }

    @Test func theVersionFiveExchangesAreFoundAndHighlightedAsBefore() throws {
        let (folder, database) = try migrated("v5-database")
        _ = folder
        let snippets = { (query: String) throws -> [String] in
            try database.search(query).filter { $0.field == .exchange }.map(\.snippet)
        }
        #expect(try snippets("dejeuner") == ["[Déjeuner] presse à Lyon, l'ami de Zoé"])
        #expect(try snippets("l'ami") == ["Déjeuner presse à Lyon, [l'ami] de Zoé"])
        #expect(try snippets("energie") == ["Réponse sur l’[énergie] : « pas avant lundi »"])
        #expect(try snippets("œuvre") == ["[Œuvre] commune, 東京 visit"])
        #expect(try snippets("東京") == ["Œuvre commune, [東京] visit"])
        #expect(try snippets("again") == ["Sent the study [again]"])
        #expect(try snippets("coffee").isEmpty, "deleted in v5: its terms went with it")
        // Newest first, as the index's own order.
        #expect(try database.search("the").filter { $0.field == .exchange }.compactMap(\.day).map(\.ordinal) == [20787, 20759, 20727])
    }

    @Test func theTriggersKeepTheMigratedIndexTermForTerm() throws {
        let (folder, database) = try migrated("v5-database")
        _ = folder
        let zoe = try database.resolve("zoe")
        let logged = try database.log(zoe, daysAgo: 2, summary: "Zeppelin tour").exchange
        #expect(try database.search("zepp").map(\.exchangeId) == [logged.id])
        try database.writer.write { db throws in
            try db.execute(sql: "UPDATE exchange SET summary = 'Airship tour', day = day - 3 WHERE id = ?", arguments: [logged.id])
            try db.execute(sql: "UPDATE exchange SET contact_id = 2 WHERE id = 4")
            try db.execute(sql: "DELETE FROM exchange WHERE id = 5")
            #expect(try ExchangeIndexCheck.mismatches(db) == [])
        }
        #expect(try database.search("zepp").isEmpty)
        #expect(try database.search("airsh").map(\.exchangeId) == [logged.id])
        #expect(try database.search("dejeuner").isEmpty)
        _ = try database.forget(contactId: zoe.id)
        try database.writer.write { db throws in #expect(try ExchangeIndexCheck.mismatches(db) == []) }
        #expect(try database.search("airsh").isEmpty)
    }

    @Test func theCheckFindsATermLeftBehindOrMissing() throws {
        let (folder, database) = try migrated("v5-database")
        _ = folder
        try database.writer.write { db throws in
            // An exchange deleted with its terms removed by a `'delete'` given the
            // wrong text: its real terms stay behind, and FTS5's own check cannot see it.
            let key = try #require(try Int64.fetchOne(db, sql: "SELECT day * 4294967296 + id FROM exchange WHERE id = 3"))
            try db.execute(sql: "DROP TRIGGER exchange_fts_delete")
            try db.execute(sql: "DELETE FROM exchange WHERE id = 3")
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts, rowid, summary) VALUES ('delete', ?, 'not what was indexed')",
                           arguments: [key])
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts) VALUES ('integrity-check')")
            // An exchange written without its terms.
            try db.execute(sql: "DROP TRIGGER exchange_fts_insert")
            try db.execute(sql: "INSERT INTO exchange(id, contact_id, day, channel, direction, summary) VALUES (50, 1, 20790, 'email', 'out', 'Zeppelin')")
            let found = try ExchangeIndexCheck.mismatches(db)
            #expect(found.contains("extra invited \(key) 0"), "\(found)")
            #expect(found.contains("extra breakfast \(key) 4"), "\(found)")
            #expect(found.contains("missing zeppelin \(20790 * 4294967296 + 50) 0"), "\(found)")
        }
    }

    @Test func theHighlighterHasTheIndexDefinitionWithoutContent() throws {
        let database = try RapportDatabase.inMemory()
        let live = try database.writer.read { db throws in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'exchange_fts'")
        }
        let expected = try #require(live).replacingOccurrences(of: " content = '',", with: "")
            .replacingOccurrences(of: "exchange_fts", with: "h")
        #expect(expected == ExchangeHighlight.tableSQL)
    }

    @Test func highlightsAreThoseOfAnIndexThatKeepsTheText() throws {
        let summaries = ["Déjeuner presse à Lyon", "Press breakfast, then the presser", "l'ami de Zoé et l’amie", "Nothing here",
                         "ÉNERGIE énergie Energie", "東京 visit", "press press press"]
        let reference = try DatabaseQueue()
        try reference.write { db throws in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE r USING fts5(summary, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
                """)
            for (index, summary) in summaries.enumerated() {
                try db.execute(sql: "INSERT INTO r(rowid, summary) VALUES (?, ?)", arguments: [index, summary])
            }
        }
        for query in ["press", "pre", "l'ami", "energie", "dejeuner lyon", "東京", "p", "zoe", "nothing at all"] {
            let match = try #require(SearchQuery.match(query))
            let expected = try reference.read { db throws in
                try Row.fetchAll(db, sql: "SELECT rowid, highlight(r, 0, '[', ']') FROM r WHERE r MATCH ? ORDER BY rowid", arguments: [match])
                    .map { "\($0[0] as Int) \($0[1] as String)" }
            }
            let marked = ExchangeHighlight.shared.highlight(summaries, match: match)
            let changed = marked.enumerated().filter { $0.element != summaries[$0.offset] }.map { "\($0.offset) \($0.element)" }
            #expect(changed == expected, "\(query)")
        }
    }
}

/// The connection that ran the v6 migration writes the exchanges' index
/// with FTS5's default merge settings afterwards: the migration turned
/// merges off for its own rebuild, and FTS5 keeps settings in memory.
@Suite("Migration v6: the migrating connection's merges")
struct ContentlessSearchMergeSettingsTests {
    @Test func levelZeroStaysUnderTheCrisisMergeOnTheMigratingConnection() throws {
        let database = try RapportDatabase.inMemory()
        let camille = try database.add("Camille Lefèvre")
        // One write each: FTS5 adds a segment to level 0 per write and merges the
        // level at once (a "crisis merge") when it finds 16 there.
        for index in 0..<40 { try database.log(camille, daysAgo: index, summary: "Call number \(index)") }
        let structure = try database.writer.read { db in
            try Data.fetchOne(db, sql: "SELECT block FROM exchange_fts_data WHERE id = 10").flatMap { FTSStructure(Array($0)) }
        }
        let levels = try #require(structure).levels
        #expect((levels.first?.segments.count ?? 0) < 16, "\(levels)")
        #expect(try database.writer.read { db in try String.fetchAll(db, sql: "SELECT k FROM exchange_fts_config") } == ["version"])
    }
}

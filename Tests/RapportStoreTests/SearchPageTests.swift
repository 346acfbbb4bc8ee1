import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// A broad search's page is read by walking the unsearched list and
/// stopping once the page is full (`searchedPage`): the same rows as the
/// whole list, for a fraction of the reading.
@Suite struct SearchPageTests {
    /// Limits low enough for a small demo to count as "broad".
    static var small: SearchPaging {
        var limits = SearchPaging()
        limits.narrowContactMatches = 20
        limits.narrowExchangeMatches = 50
        limits.denseExchangeMatches = 500
        limits.walkLimit = 2000
        return limits
    }

    static func demo() throws -> RapportDatabase {
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 400, exchanges: 4000, seed: 21), today: today)
        return database
    }

    @Test func aBroadSearchPageHoldsTheSameRowsAsTheWholeList() throws {
        let database = try Self.demo()
        try SearchPaging.$current.withValue(Self.small) {
            // "sent": exchange summaries only, long word (a set of matches);
            // "a", "s": short and very common (probed contact by contact).
            // "le", "lef", "jo": contacts' own fields only; "se", "pr": short,
            // both; "press breakfast": two long words.
            for text in ["sent", "a", "s", "sent barometer", "le", "lef", "jo", "se", "pr", "press breakfast"] {
                for sort in [ContactSort.name, .last, .warmth, .due] {
                    for filter in [ContactFilter(search: text), ContactFilter(tier: .a, search: text),
                                   ContactFilter(includeArchived: true, search: text)] {
                        let whole = try database.contactIds(filter, sort: sort, today: today)
                        for offset in [0, 7] {
                            let page = try database.searchedPage(filter, sort: sort, today: today, limit: 10, offset: offset)
                            if whole.count >= offset + 10 {
                                let ids = try #require(page, "\(text) \(sort)").map(\.id)
                                #expect(ids == Array(whole.dropFirst(offset).prefix(10)), "\(text) \(sort) \(offset)")
                            } else {
                                #expect(page == nil, "the list ends before the page: read whole")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func narrowQueriesAndTagsAreReadWhole() throws {
        let database = try Self.demo()
        // The standard limits: 400 contacts never make a broad query.
        #expect(try database.searchedPage(ContactFilter(search: "a"), sort: .name, today: today, limit: 10, offset: 0) == nil)
        try SearchPaging.$current.withValue(Self.small) { () throws -> Void in
            #expect(try database.searchedPage(ContactFilter(search: "zzzq"), sort: .name, today: today, limit: 10, offset: 0) == nil)
            var tagged = ContactFilter(search: "sent")
            tagged.tag = "climat"
            #expect(try database.searchedPage(tagged, sort: .name, today: today, limit: 10, offset: 0) == nil)
            #expect(try database.searchedPage(ContactFilter(search: "sent"), sort: .name, today: today, limit: 10, offset: 0) != nil)
        }
    }

    @Test func theProbeFollowsTheWordsAndHowManyMatch() throws {
        let database = try Self.demo()
        try database.read { (db: Database) throws -> Void in
            let limits = Self.small
            #expect(try RapportDatabase.probe(db, text: "sent", match: "\"sent\"*", limits: limits) == .matchSet)
            #expect(try RapportDatabase.probe(db, text: "a", match: "\"a\"*", limits: limits) == .lookup)
            #expect(try RapportDatabase.probe(db, text: "zzzq", match: "\"zzzq\"*", limits: limits) == nil)
        }
        #expect(SearchQuery.isShort("a le"))
        #expect(!SearchQuery.isShort("a sent"))
        #expect(!SearchQuery.isShort("  "))
    }

    /// A query of long words lists its matches once (`SearchMatches`): the
    /// same list decides that the query is broad and tests the contacts
    /// walked, with the same answer as the SQL probe.
    @Test func aLongWordsMatchesAreListedOnceAndTestAsTheSQLDoes() throws {
        let database = try Self.demo()
        try database.read { (db: Database) throws -> Void in
            let all = try Int64.fetchAll(db, sql: "SELECT id FROM contact ORDER BY id")
            for text in ["sent", "sent barometer", "press", "zzzq"] {
                let match = try #require(SearchQuery.match(text))
                let matches = try SearchMatches.gather(db, match: match)
                let bySQL = Set(try Int64.fetchAll(db, sql: "SELECT contact.id FROM contact WHERE \(SearchProbe.matchSet.sql)",
                                                   arguments: [match, match]))
                #expect(try matches.matching(db, all) == bySQL, "\(text)")
            }
            var statements: [String] = []
            db.trace(options: .statement) { statements.append("\($0)") }
            defer { db.trace(options: []) }
            try SearchPaging.$current.withValue(Self.small) {
                let page = try database.searchedPageIds(db, ContactFilter(search: "sent"), sort: .name, today: today, limit: 10, offset: 0)
                #expect(page?.ids.count == 10)
            }
            let exchangeMatches = statements.filter { $0.contains("exchange_fts MATCH") }
            #expect(exchangeMatches.count == 1, "\(exchangeMatches)")
        }
    }

    /// A short, dense query lists only the first of its matching exchanges
    /// and looks up the ones past them: for every length of that list,
    /// the same contacts as the SQL; and no lookup at all when the list is
    /// whole.
    @Test func aCappedListOfExchangesLooksUpThePastAndAgreesWithTheSQL() throws {
        let database = try Self.demo()
        try database.read { (db: Database) throws -> Void in
            let all = try Int64.fetchAll(db, sql: "SELECT id FROM contact ORDER BY id")
            for text in ["a", "s", "se", "pr", "a le"] {
                let match = try #require(SearchQuery.match(text))
                let bySQL = Set(try Int64.fetchAll(db, sql: "SELECT contact.id FROM contact WHERE \(SearchProbe.matchSet.sql)",
                                                   arguments: [match, match]))
                #expect(!bySQL.isEmpty && bySQL.count < all.count, "\(text): a test that can tell")
                for cap in [0, 1, 40, 500, nil] {
                    let matches = try SearchMatches.gather(db, match: match, exchangeCap: cap)
                    var lookups = 0
                    db.trace(options: .statement) { if "\($0)".contains("rowid = ?") { lookups += 1 } }
                    defer { db.trace(options: []) }
                    #expect(try matches.matching(db, all) == bySQL, "\(text) cap \(cap.map(String.init) ?? "none")")
                    if matches.exchangesComplete {
                        #expect(lookups == 0, "\(text): the whole list is never looked up in")
                    } else {
                        #expect(lookups > 0, "\(text) cap \(cap.map(String.init) ?? "none"): past the list, the index")
                    }
                }
            }
        }
    }

    /// Work counted, not timed: the walk looks at a few pages' worth of
    /// contacts, and reads fewer database pages than listing every match.
    @Test func aBroadSearchReadsAboutAPageNotEveryMatch() throws {
        let database = try Self.demo()
        let filter = ContactFilter(search: "a")
        try SearchPaging.$current.withValue(Self.small) {
            let (walk, pagedReads) = try database.read { db in
                try PagesRead.during(db) { try database.searchedPageIds(db, filter, sort: .last, today: today, limit: 10, offset: 0)?.walk }
            }
            let walked = try #require(walk)
            #expect(walked.rounds == 1)
            #expect(walked.walked <= 200)
            #expect(walked.tested < 4 * 10, "a short, common word: the page fills within a few slices")
            let (_, wholeReads) = try database.read { db in
                try PagesRead.during(db) { try database.orderedIds(db, filter, sort: .last, today: today, take: 10) }
            }
            #expect(pagedReads * 2 < wholeReads, "paged \(pagedReads) pages, whole \(wholeReads)")
        }
    }
}

import GRDB
import GRDBSQLite
import RapportCore

/// How a broad search tests whether one contact matches, without listing
/// every match first.
enum SearchProbe: Equatable {
    /// The matching exchanges' index keys are gathered once per statement
    /// (SQLite keeps them in a temporary index), then each contact's
    /// exchanges are looked up in it: cost grows with the matches, not
    /// with the contacts walked. For words of four letters or more, which
    /// the index's prefix tables (1 to 3 letters) do not cover.
    case matchSet
    /// Each contact is looked up in the full-text indexes by its own id
    /// and its exchanges' keys: cost grows with the contacts walked, so it
    /// is used only when so many exchanges match (short words) that the
    /// page fills after a few of them.
    case lookup

    /// The SQL that keeps the contacts matching the query, with its two
    /// arguments (the FTS5 query twice).
    var sql: String {
        switch self {
        case .matchSet:
            return """
                (contact.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)
                 OR EXISTS (SELECT 1 FROM exchange e WHERE e.contact_id = contact.id
                            AND e.day * 4294967296 + e.id IN (SELECT rowid FROM exchange_fts WHERE exchange_fts MATCH ?)))
                """
        case .lookup:
            return """
                (EXISTS (SELECT 1 FROM contact_fts WHERE contact_fts MATCH ? AND contact_fts.rowid = contact.id)
                 OR EXISTS (SELECT 1 FROM exchange e CROSS JOIN exchange_fts f ON f.rowid = e.day * 4294967296 + e.id
                            WHERE e.contact_id = contact.id AND exchange_fts MATCH ?))
                """
        }
    }
}

/// Every match of a query of long words, read once from the full-text
/// indexes as plain keys (contact ids; exchange search keys `day × 2³² +
/// id`, ascending as FTS5 returns them). A contact walked matches when its
/// id is among the contacts or one of its exchanges' keys is among the
/// exchanges: the same test as `SearchProbe.matchSet`'s SQL, without
/// SQLite building a temporary index of every match in each statement.
struct SearchMatches {
    var contacts: Set<Int64>
    var exchangeKeys: [Int64]

    static func gather(_ db: Database, match: String) throws -> SearchMatches {
        let contacts = try Set(Int64.fetchCursor(db, sql: "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", arguments: [match]))
        var keys: [Int64] = []
        let cursor = try Int64.fetchCursor(db, sql: "SELECT rowid FROM exchange_fts WHERE exchange_fts MATCH ? ORDER BY rowid",
                                           arguments: [match])
        while let key = try cursor.next() { keys.append(key) }
        return SearchMatches(contacts: contacts, exchangeKeys: keys)
    }

    /// Whether an exchange search key is among the matches (binary search).
    func containsExchange(_ key: Int64) -> Bool {
        var low = 0
        var high = exchangeKeys.count
        while low < high {
            let middle = (low + high) / 2
            if exchangeKeys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < exchangeKeys.count && exchangeKeys[low] == key
    }

    /// The contacts among `ids` that match: their exchanges' keys are read
    /// from `exchange_by_contact` alone (contact, day, and the id it holds).
    func matching(_ db: Database, _ ids: [Int64]) throws -> Set<Int64> {
        var result = Set(ids.filter(contacts.contains))
        let rest = ids.filter { !result.contains($0) }
        guard !rest.isEmpty, !exchangeKeys.isEmpty else { return result }
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT e.contact_id, e.day * 4294967296 + e.id FROM exchange e INDEXED BY exchange_by_contact
            WHERE e.contact_id IN (\(rest.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(rest))
        while let row = try cursor.next() {
            let contact: Int64 = row[0]
            if !result.contains(contact), containsExchange(row[1]) { result.insert(contact) }
        }
        return result
    }
}

/// What reading one page of a broad search cost: how many contacts of the
/// unsearched list were walked, and in how many rounds (tests count it).
struct SearchWalk: Equatable {
    /// Contacts of the unsearched list read, in list order.
    var walked = 0
    /// Contacts tested against the query.
    var tested = 0
    var rounds = 0
}

/// Where a searched list stops being read whole and is walked a page at a
/// time instead (`RapportDatabase.searchedPage`). Tests lower them with
/// `SearchPaging.$current.withValue` to exercise the walk on small data.
public struct SearchPaging: Sendable, Equatable {
    /// Up to this many matching contacts and exchanges, a searched list is
    /// read whole (every matching id, then the page): cheaper than walking.
    public var narrowContactMatches = 2000
    public var narrowExchangeMatches = 5000
    /// Short words matching more exchanges than this are probed contact by
    /// contact (`SearchProbe.lookup`): the page fills within a few contacts.
    public var denseExchangeMatches = 100_000
    /// A walk that has looked at this many contacts without filling its
    /// page gives up: the list is read whole instead.
    public var walkLimit = 20_000

    public init() {}

    /// The limits in force.
    @TaskLocal public static var current = SearchPaging()
}

extension RapportDatabase {
    /// How many contacts a `SearchProbe.lookup` tests per statement.
    static let lookupSlice = 32

    /// One page of a searched list, in list order, when the query is broad
    /// (many contacts match): the unsearched list is walked in order and
    /// each contact tested against the query, stopping once the page is
    /// full, so a one-letter search costs about a page, not every match.
    /// Nil when the query is narrow, the filter also has a tag or a
    /// project, or the list ends before the page does: the caller then
    /// reads the list whole (`contactIds`), which also knows its length and
    /// adds the contacts found by a past outlet after the others.
    public func searchedPage(_ filter: ContactFilter, sort: ContactSort, today: Day,
                             limit: Int, offset: Int) throws(StoreError) -> [ContactRow]? {
        try read { db in
            guard let ids = try searchedPageIds(db, filter, sort: sort, today: today, limit: limit, offset: offset)?.ids else {
                return nil
            }
            return try Self.rows(db, ids: ids, cadence: cadence, today: today)
        }
    }

    /// The ids of a broad search's page and what the walk cost; nil as for `searchedPage`.
    func searchedPageIds(_ db: Database, _ filter: ContactFilter, sort: ContactSort, today: Day,
                         limit: Int, offset: Int) throws -> (ids: [Int64], walk: SearchWalk)? {
        guard limit > 0, filter.tag == nil, filter.project == nil, let text = filter.search,
              let match = SearchQuery.match(text),
              let (probe, matches) = try Self.plan(db, text: text, match: match, limits: SearchPaging.current) else { return nil }
        var unsearched = filter
        unsearched.search = nil
        let need = offset + limit
        var walk = SearchWalk()
        var found: [Int64] = []
        let limits = SearchPaging.current
        var take = max(4 * need, 200)
        while true {
            walk.rounds += 1
            let base = try orderedIds(db, unsearched, sort: sort, today: today, take: take)
            let fresh = Array(base.dropFirst(walk.walked))
            walk.walked = base.count
            // A lookup costs per contact: test a few at a time and stop
            // once the page is full. A match set costs per statement: test
            // the round's contacts at once.
            let slice = probe == .lookup ? Self.lookupSlice : max(fresh.count, 1)
            for start in stride(from: 0, to: fresh.count, by: slice) where found.count < need {
                let ids = Array(fresh[start..<min(start + slice, fresh.count)])
                let matching: Set<Int64>
                if let matches {
                    matching = try matches.matching(db, ids)
                } else {
                    matching = Set(try Int64.fetchAll(db, sql: """
                        SELECT contact.id FROM contact WHERE contact.id IN (\(ids.map { _ in "?" }.joined(separator: ","))) AND \(probe.sql)
                        """, arguments: StatementArguments(ids) + [match, match]))
                }
                found += ids.filter(matching.contains)
                walk.tested += ids.count
            }
            if found.count >= need { return (Array(found[offset..<need]), walk) }
            if base.count < take || walk.walked >= limits.walkLimit { return nil }
            take = min(take * 4, limits.walkLimit)
        }
    }

    /// How to probe a query contact by contact, or nil when it is narrow
    /// (few matches: reading them all is cheaper).
    static func probe(_ db: Database, text: String, match: String, limits: SearchPaging) throws -> SearchProbe? {
        try plan(db, text: text, match: match, limits: limits)?.probe
    }

    /// How to probe a query, with its matches when they were gathered to
    /// decide (`SearchMatches`, words of four letters or more); nil when
    /// the query is narrow. Short words are counted with early stops, so
    /// this reads at most a hundred thousand entries of the prefix tables.
    /// A long word has no prefix table: FTS5 merges the doclist of every
    /// word it begins before returning a row, so counting its matches
    /// costs about as much as listing them: they are listed once, and the
    /// same list both decides and tests the contacts walked.
    static func plan(_ db: Database, text: String, match: String,
                     limits: SearchPaging) throws -> (probe: SearchProbe, matches: SearchMatches?)? {
        guard SearchQuery.isShort(text) else {
            let matches = try SearchMatches.gather(db, match: match)
            if matches.contacts.count <= limits.narrowContactMatches
                && matches.exchangeKeys.count <= limits.narrowExchangeMatches { return nil }
            return (.matchSet, matches)
        }
        let contacts = try boundedCount(db, table: "contact_fts", match: match, limit: limits.narrowContactMatches + 1)
        let exchanges = try boundedCount(db, table: "exchange_fts", match: match, limit: limits.narrowExchangeMatches + 1)
        if contacts <= limits.narrowContactMatches && exchanges <= limits.narrowExchangeMatches { return nil }
        if try boundedCount(db, table: "exchange_fts", match: match, limit: limits.denseExchangeMatches + 1)
            > limits.denseExchangeMatches {
            return (.lookup, nil)
        }
        return (.matchSet, nil)
    }

    private static func boundedCount(_ db: Database, table: String, match: String, limit: Int) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT rowid FROM \(table) WHERE \(table) MATCH ? LIMIT ?)",
                         arguments: [match, limit]) ?? 0
    }
}

extension SearchQuery {
    /// Whether every word is at most three characters long: the full-text
    /// indexes keep prefix tables for 1 to 3 characters, so looking such a
    /// word up is a seek, not a merge of every longer word it begins.
    static func isShort(_ text: String) -> Bool {
        let words = words(text)
        return !words.isEmpty && words.allSatisfy { $0.unicodeScalars.count <= 3 }
    }
}

/// Counts the database pages a connection reads (page cache hits and
/// misses): how tests tell a query that stops early from one that reads
/// everything, without timing anything.
enum PagesRead {
    static func during<T>(_ db: Database, _ body: () throws -> T) throws -> (T, Int) {
        var current: Int32 = 0
        var highest: Int32 = 0
        let connection = db.sqliteConnection
        sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_HIT, &current, &highest, 1)
        sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 1)
        let value = try body()
        var hits: Int32 = 0
        var misses: Int32 = 0
        sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_HIT, &hits, &highest, 0)
        sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highest, 0)
        return (value, Int(hits + misses))
    }
}

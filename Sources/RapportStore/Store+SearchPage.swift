import GRDB
import GRDBSQLite
import RapportCore

/// How a broad search tests whether one contact matches, without listing
/// every match first. The walk itself always tests in Swift against the
/// matches listed once (`SearchMatches`); the two cases differ in whether
/// that list is whole, and the SQL here is the reference the tests hold it to.
enum SearchProbe: Equatable {
    /// Every match is listed: a contact walked is tested against the list.
    case matchSet
    /// Short words (1 to 3 letters, which the indexes' prefix tables
    /// cover) matching more exchanges than `SearchPaging.denseExchangeMatches`:
    /// only the first of them are listed, and an exchange beyond those is
    /// looked up in the index by its key.
    case lookup

    /// SQL keeping the contacts that match the query, with its two
    /// arguments (the FTS5 query twice): what both probes must agree with.
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

/// The matches of a broad query, read once from the full-text indexes as
/// plain keys, ascending as FTS5 returns them: every matching contact id,
/// and the matching exchanges' search keys (`day × 2³² + id`), all of them
/// or, for a short, dense query, the first `exchangeCap`. A contact walked
/// matches when its id is listed or one of its exchanges' keys is; an
/// exchange key past the listed part (a capped list) is looked up in the
/// index. The same answer as `SearchProbe.matchSet`'s SQL, without SQLite
/// building a temporary index of every match in each statement, and
/// without a full-text lookup per contact (tens of microseconds each: the
/// index has a score of segments to seek).
struct SearchMatches {
    /// Matching contact ids, ascending.
    var contacts: [Int64]
    /// Matching exchanges' search keys, ascending.
    var exchangeKeys: [Int64]
    /// Whether `exchangeKeys` holds every match; if not, every match up to
    /// its last key and none after.
    var exchangesComplete: Bool
    let match: String

    /// Lists the matches; `exchangeCap` stops the exchanges' list (only
    /// for queries of short words, whose lookups are seeks: a long word's
    /// lookup merges every word it begins, as costly as the list).
    static func gather(_ db: Database, match: String, exchangeCap: Int? = nil) throws -> SearchMatches {
        let contacts = try keys(db, sql: "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rowid",
                                match: match, cap: nil)
        let exchanges = try keys(db, sql: "SELECT rowid FROM exchange_fts WHERE exchange_fts MATCH ? ORDER BY rowid",
                                 match: match, cap: exchangeCap)
        return SearchMatches(contacts: contacts.keys, exchangeKeys: exchanges.keys, exchangesComplete: exchanges.complete,
                             match: match)
    }

    /// Integer keys read straight from the statement (GRDB's cursor costs
    /// more per row than the index here: retains and releases).
    private static func keys(_ db: Database, sql: String, match: String, cap: Int?) throws -> (keys: [Int64], complete: Bool) {
        var keys: [Int64] = []
        let complete = try step(db, sql: sql, text: match) { handle in
            if let cap, keys.count >= cap { return false }
            keys.append(sqlite3_column_int64(handle, 0))
            return true
        }
        return (keys, complete)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Runs a cached statement with its arguments (a text, then an
    /// optional integer) and hands each row to `row` until it returns
    /// false; true when the statement ran to its end.
    @discardableResult
    static func step(_ db: Database, sql: String, text: String? = nil, integer: Int64? = nil,
                     _ row: (OpaquePointer) -> Bool) throws -> Bool {
        let statement = try db.cachedStatement(sql: sql)
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        var index: Int32 = 1
        if let text {
            _ = text.withCString { sqlite3_bind_text(handle, index, $0, -1, transient) }
            index += 1
        }
        if let integer { sqlite3_bind_int64(handle, index, integer) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return true }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
            }
            if !row(handle) { return false }
        }
    }

    static func contains(_ keys: [Int64], _ key: Int64) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    /// Whether an exchange search key is among the matches: nil when the
    /// list is capped and the key lies past it.
    func containsExchange(_ key: Int64) -> Bool? {
        if !exchangesComplete, key > (exchangeKeys.last ?? Int64.min) { return nil }
        return Self.contains(exchangeKeys, key)
    }

    /// Whether one contact matches: its id, then its exchanges' keys (from
    /// `exchange_by_contact` alone: contact, day, and the id it holds),
    /// then, for keys past a capped list, the index itself, stopping at
    /// the first match.
    func matches(_ db: Database, contact: Int64) throws -> Bool {
        if Self.contains(contacts, contact) { return true }
        if exchangesComplete && exchangeKeys.isEmpty { return false }
        var keys: [Int64] = []
        try Self.step(db, sql: """
            SELECT e.day * 4294967296 + e.id FROM exchange e INDEXED BY exchange_by_contact WHERE e.contact_id = ?
            """, integer: contact) { handle in
            keys.append(sqlite3_column_int64(handle, 0))
            return true
        }
        var unknown: [Int64] = []
        for key in keys {
            switch containsExchange(key) {
            case true?: return true
            case false?: continue
            case nil: unknown.append(key)
            }
        }
        for key in unknown {
            var found = false
            try Self.step(db, sql: "SELECT 1 FROM exchange_fts WHERE exchange_fts MATCH ? AND rowid = ?", text: match, integer: key) { _ in
                found = true
                return false
            }
            if found { return true }
        }
        return false
    }

    /// The contacts among `ids` that match.
    func matching(_ db: Database, _ ids: [Int64]) throws -> Set<Int64> {
        Set(try ids.filter { try matches(db, contact: $0) })
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
    /// Of short words' matching exchanges, at most this many are listed;
    /// an exchange past them is looked up in the index (`SearchProbe.lookup`).
    /// So dense: the page fills after a few lookups.
    public var denseExchangeMatches = 100_000
    /// A walk that has looked at this many contacts without filling its
    /// page gives up: the list is read whole instead.
    public var walkLimit = 20_000

    public init() {}

    /// The limits in force.
    @TaskLocal public static var current = SearchPaging()
}

extension RapportDatabase {
    /// One page of a broad search, in list order, when the query is broad
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
              let (_, matches) = try Self.plan(db, text: text, match: match, limits: SearchPaging.current) else { return nil }
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
            let fresh = base.dropFirst(walk.walked)
            walk.walked = base.count
            // Contact by contact, stopping once the page is full: a test
            // may look exchanges up in the index (a capped list).
            for id in fresh where found.count < need {
                walk.tested += 1
                if try matches.matches(db, contact: id) { found.append(id) }
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

    /// The matches of a query, listed once (`SearchMatches`), and how the
    /// walk will test them; nil when the query is narrow. Listing is the
    /// cheap part: tens of nanoseconds a match against tens of
    /// microseconds for one lookup in the index. Only a short, dense query
    /// (more than `denseExchangeMatches` exchanges) stops its list of
    /// exchanges there and looks the rest up: the page fills after a few
    /// lookups. A long word has no prefix table: FTS5 merges the doclist
    /// of every word it begins for each statement, so a lookup would cost
    /// as much as the whole list, which is taken instead.
    static func plan(_ db: Database, text: String, match: String,
                     limits: SearchPaging) throws -> (probe: SearchProbe, matches: SearchMatches)? {
        let short = SearchQuery.isShort(text)
        let matches = try SearchMatches.gather(db, match: match, exchangeCap: short ? limits.denseExchangeMatches : nil)
        if matches.exchangesComplete && matches.contacts.count <= limits.narrowContactMatches
            && matches.exchangeKeys.count <= limits.narrowExchangeMatches { return nil }
        return (matches.exchangesComplete ? .matchSet : .lookup, matches)
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

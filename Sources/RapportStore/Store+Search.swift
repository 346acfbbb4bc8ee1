import Foundation
import GRDB
import RapportCore

/// Turns what the user typed into a safe FTS5 query: each word becomes a
/// quoted prefix term (`lef` → `"lef"*`), all words required.
enum SearchQuery {
    static func match(_ text: String) -> String? {
        let words = words(text)
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " ")
    }

    /// The words of a query, as `match` quotes them.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuationForSearch })
    }
}

extension Character {
    /// Characters the tokenizer splits on anyway; dropping them keeps
    /// `camille.lefevre@` from becoming a phrase query.
    fileprivate var isPunctuationForSearch: Bool {
        (isPunctuation || isSymbol) && self != "'" && self != "’"
    }
}

/// One search result: which contact, which field matched, and the matching text.
public struct SearchHit: Hashable, Sendable {
    public enum Field: String, Sendable, Codable {
        case name, outlet, title, notes, tags, handles, exchange
        /// A previous outlet (career timeline): the snippet reads "ex-…".
        case pastOutlet
    }

    public let contact: ContactLabel
    public let field: Field
    /// The matched text with the matching words in [brackets].
    public let snippet: String
    /// For exchange hits: which exchange, and when.
    public let exchangeId: Int64?
    public let day: Day?
}

extension RapportDatabase {
    /// At most this many matching contacts are ranked by relevance; a
    /// broader query lists contacts in the order they were added, so that
    /// a search never scores more than this many rows.
    static let rankedContactLimit = 1000

    /// Full-text search over contacts (name, outlet, title, notes, tags,
    /// handles) and exchange summaries; accent- and case-insensitive, words
    /// matched as prefixes. Contact hits come first: best first (relevance)
    /// when at most `rankedContactLimit` contacts match, otherwise in the
    /// order they were added. Then exchange hits, newest first. Every part
    /// stops reading at the limit.
    public func search(_ text: String, limit: Int = 20, includeArchived: Bool = true) throws(StoreError) -> [SearchHit] {
        guard let match = SearchQuery.match(text), limit > 0 else { return [] }
        return try read { db in
            var hits = try Self.contactHits(db, match: match, limit: limit, includeArchived: includeArchived)
            hits = CareerSearch.merge(hits, try Self.pastOutletHits(db, text, limit: limit, includeArchived: includeArchived),
                                      limit: limit)  // "ex-Libération" (career timeline)
            let remaining = limit - hits.count
            if remaining > 0 {
                let rows = try Row.fetchAll(db, sql: Self.exchangeHitsSQL(includeArchived: includeArchived), arguments: [match, remaining])
                let highlighted = ExchangeHighlight.shared.highlight(rows.map { $0["summary"] }, match: match)
                hits += zip(rows, highlighted).map { row, text in
                    SearchHit(contact: ContactLabel(id: row["id"], name: row["name"], outlet: row["outlet"]), field: .exchange,
                              snippet: Self.excerpt(text), exchangeId: row["eid"], day: row["day"] as Day)
                }
            }
            return hits
        }
    }

    static let searchFields: [SearchHit.Field] = [.name, .outlet, .title, .notes, .tags, .handles]

    /// Whether more than `rankedContactLimit` contacts match (reads at most that many index entries).
    static func isBroadContactMatch(_ db: Database, match: String) throws -> Bool {
        let count = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?)
            """, arguments: [match, rankedContactLimit + 1]) ?? 0
        return count > rankedContactLimit
    }

    /// The contact hits' query: ranked by relevance, or in index (id) order
    /// so SQLite stops at the limit.
    static func contactHitsSQL(ranked: Bool, includeArchived: Bool) -> String {
        let highlights = searchFields.indices.map { "highlight(contact_fts, \($0), '[', ']') AS h\($0)" }.joined(separator: ", ")
        return """
            SELECT c.id, c.name, c.outlet, \(highlights) FROM contact_fts CROSS JOIN contact c ON c.id = contact_fts.rowid
            WHERE contact_fts MATCH ? \(includeArchived ? "" : "AND c.archived = 0")
            ORDER BY \(ranked ? "rank" : "contact_fts.rowid") LIMIT ?
            """
    }

    /// The exchange hits' query: the index is read newest first (its rowid
    /// is the search key `day × 2³² + id`) and stops at the limit. The
    /// summaries come from the exchanges (the index keeps no copy since v6)
    /// and are highlighted by `ExchangeHighlight`.
    static func exchangeHitsSQL(includeArchived: Bool) -> String {
        """
        SELECT c.id, c.name, c.outlet, e.id AS eid, e.day, e.summary
        FROM exchange_fts CROSS JOIN exchange e ON e.id = (exchange_fts.rowid & 4294967295) CROSS JOIN contact c ON c.id = e.contact_id
        WHERE exchange_fts MATCH ? \(includeArchived ? "" : "AND c.archived = 0")
        ORDER BY exchange_fts.rowid DESC LIMIT ?
        """
    }

    private static func contactHits(_ db: Database, match: String, limit: Int, includeArchived: Bool) throws -> [SearchHit] {
        let ranked = try !isBroadContactMatch(db, match: match)
        return try Row.fetchAll(db, sql: contactHitsSQL(ranked: ranked, includeArchived: includeArchived),
                                arguments: [match, limit]).map { row -> SearchHit in
            let label = ContactLabel(id: row["id"], name: row["name"], outlet: row["outlet"])
            // The field where most of the words matched (the first on a tie).
            var best: (field: SearchHit.Field, text: String, matches: Int)?
            for (index, field) in searchFields.enumerated() {
                let text: String = row["h\(index)"] ?? ""
                let matches = text.filter { $0 == "[" }.count
                if matches > (best?.matches ?? 0) { best = (field, text, matches) }
            }
            guard let best else { return SearchHit(contact: label, field: .name, snippet: label.name, exchangeId: nil, day: nil) }
            return SearchHit(contact: label, field: best.field, snippet: Self.excerpt(best.text), exchangeId: nil, day: nil)
        }
    }

    /// A one-line excerpt around the first highlighted word.
    public static func excerpt(_ text: String, radius: Int = 40) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard let open = flat.firstIndex(of: "["), flat.count > radius * 2 else { return flat }
        let startOffset = max(0, flat.distance(from: flat.startIndex, to: open) - radius)
        let start = flat.index(flat.startIndex, offsetBy: startOffset)
        let end = flat.index(start, offsetBy: radius * 2, limitedBy: flat.endIndex) ?? flat.endIndex
        return (start == flat.startIndex ? "" : "…") + flat[start..<end] + (end == flat.endIndex ? "" : "…")
    }
}

/// The matching words of a search in [brackets] in exchange summaries,
/// exactly as FTS5's `highlight()` marks them: since v6 the exchanges'
/// index keeps no copy of the summaries (`Schema.v6`), so `highlight()`
/// has no text to mark there. The summaries shown are put in a small
/// in-memory FTS5 table of the same definition (tokenizer, prefixes), on
/// a connection of its own (the store's readers may not write, not even a
/// temporary table), the same query is run on it, and its `highlight()`
/// is used. A summary it cannot mark is shown as it is.
final class ExchangeHighlight: @unchecked Sendable {
    static let shared = ExchangeHighlight()

    /// The live index's definition without `content = ''`, checked by a test.
    static let tableSQL = """
        CREATE VIRTUAL TABLE h USING fts5(
          summary,
          tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', columnsize = 0)
        """

    private let lock = NSLock()
    private var queue: DatabaseQueue?

    /// `summaries` with the words `match` (an FTS5 query) finds in brackets, in the same order.
    func highlight(_ summaries: [String], match: String) -> [String] {
        guard !summaries.isEmpty else { return [] }
        return lock.withLock {
            do {
                if queue == nil {
                    let fresh = try DatabaseQueue()
                    try fresh.write { db in try db.execute(sql: Self.tableSQL) }
                    queue = fresh
                }
                guard let queue else { return summaries }
                return try queue.write { db in
                    defer { try? db.execute(sql: "DELETE FROM h") }
                    let insert = try db.makeStatement(sql: "INSERT INTO h(rowid, summary) VALUES (?, ?)")
                    for (index, summary) in summaries.enumerated() { try insert.execute(arguments: [index, summary]) }
                    var marked = summaries
                    for row in try Row.fetchAll(db, sql: "SELECT rowid, highlight(h, 0, '[', ']') FROM h WHERE h MATCH ?", arguments: [match]) {
                        let index: Int = row[0]
                        if let text: String = row[1], marked.indices.contains(index) { marked[index] = text }
                    }
                    return marked
                }
            } catch {
                return summaries
            }
        }
    }
}

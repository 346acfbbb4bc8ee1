import Foundation
import GRDB
import RapportCore

/// Turns what the user typed into a safe FTS5 query: each word becomes a
/// quoted prefix term (`lef` → `"lef"*`), all words required.
enum SearchQuery {
    static func match(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuationForSearch })
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " ")
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
    /// Full-text search over contacts (name, outlet, title, notes, tags,
    /// handles) and exchange summaries; accent- and case-insensitive, words
    /// matched as prefixes. Contact hits come first (best first), then
    /// exchange hits (newest first).
    public func search(_ text: String, limit: Int = 20, includeArchived: Bool = true) throws(StoreError) -> [SearchHit] {
        guard let match = SearchQuery.match(text) else { return [] }
        let archived = includeArchived ? "" : "AND c.archived = 0"
        return try read { db in
            let fields: [SearchHit.Field] = [.name, .outlet, .title, .notes, .tags, .handles]
            let highlights = fields.enumerated().map { index, _ in
                "highlight(contact_fts, \(index), '[', ']') AS h\(index)"
            }.joined(separator: ", ")
            var hits = try Row.fetchAll(db, sql: """
                SELECT c.id, c.name, c.outlet, \(highlights) FROM contact_fts JOIN contact c ON c.id = contact_fts.rowid
                WHERE contact_fts MATCH ? \(archived) ORDER BY rank LIMIT ?
                """, arguments: [match, limit]).map { row -> SearchHit in
                let label = ContactLabel(id: row["id"], name: row["name"], outlet: row["outlet"])
                // The field where most of the words matched (the first on a tie).
                var best: (field: SearchHit.Field, text: String, matches: Int)?
                for (index, field) in fields.enumerated() {
                    let text: String = row["h\(index)"] ?? ""
                    let matches = text.filter { $0 == "[" }.count
                    if matches > (best?.matches ?? 0) { best = (field, text, matches) }
                }
                guard let best else { return SearchHit(contact: label, field: .name, snippet: label.name, exchangeId: nil, day: nil) }
                return SearchHit(contact: label, field: best.field, snippet: Self.excerpt(best.text), exchangeId: nil, day: nil)
            }
            let remaining = limit - hits.count
            if remaining > 0 {
                hits += try Row.fetchAll(db, sql: """
                    SELECT c.id, c.name, c.outlet, e.id AS eid, e.day, highlight(exchange_fts, 0, '[', ']') AS h
                    FROM exchange_fts JOIN exchange e ON e.id = exchange_fts.rowid JOIN contact c ON c.id = e.contact_id
                    WHERE exchange_fts MATCH ? \(archived) ORDER BY e.day DESC, e.id DESC LIMIT ?
                    """, arguments: [match, remaining]).map { row in
                    SearchHit(contact: ContactLabel(id: row["id"], name: row["name"], outlet: row["outlet"]), field: .exchange,
                              snippet: Self.excerpt(row["h"] ?? ""), exchangeId: row["eid"], day: Day(ordinal: row["day"]))
                }
            }
            return hits
        }
    }

    /// A one-line excerpt around the first highlighted word.
    static func excerpt(_ text: String, radius: Int = 40) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard let open = flat.firstIndex(of: "["), flat.count > radius * 2 else { return flat }
        let startOffset = max(0, flat.distance(from: flat.startIndex, to: open) - radius)
        let start = flat.index(flat.startIndex, offsetBy: startOffset)
        let end = flat.index(start, offsetBy: radius * 2, limitedBy: flat.endIndex) ?? flat.endIndex
        return (start == flat.startIndex ? "" : "…") + flat[start..<end] + (end == flat.endIndex ? "" : "…")
    }
}

import Foundation
import RapportCore
import RapportStore

/// Full-text search on PostgreSQL: `tsvector`s of accent-free, lower-case
/// words (`rapport_search_text`), GIN indexes, every typed word a prefix
/// (`rapport_query`: `'word':*`, all required). Contact hits are ranked
/// with SQLite FTS5's bm25 formula, computed here on the same statistics,
/// so both engines order results alike (docs/postgres.md).
enum PGSearch {
    /// Whether `text` holds a word to search for (as the SQLite engine splits it).
    static func hasWords(_ text: String) -> Bool {
        !text.split(whereSeparator: { $0.isWhitespace || (($0.isPunctuation || $0.isSymbol) && $0 != "'" && $0 != "\u{2019}") })
            .isEmpty
    }

    /// The ids of contacts matching the query text in parameter `text`:
    /// shared fields through the GIN index, plus the caller's own private
    /// notes (row-level security shows no one else's) with the contact's fields.
    static func matchingContactsSQL(_ text: String) -> String {
        """
        SELECT c.id FROM contact c WHERE c.search @@ rapport_query(\(text))
        UNION SELECT n.contact_id FROM contact_note n JOIN contact c ON c.id = n.contact_id
        WHERE n.private AND (c.search || n.search) @@ rapport_query(\(text))
        """
    }

    /// Runs of letters and digits with their ranges in `text`.
    static func tokens(_ text: String) -> [Range<String.Index>] {
        CareerSearch.words(text)
    }

    /// `text` with the words that start with one of `terms` in [brackets],
    /// and how many were.
    static func highlight(_ text: String, terms: [String]) -> (text: String, matches: Int) {
        var result = ""
        var matches = 0
        var last = text.startIndex
        for range in tokens(text) {
            let folded = TextKey.fold(String(text[range]))
            guard terms.contains(where: { folded.hasPrefix($0) }) else { continue }
            result += text[last..<range.lowerBound] + "[" + text[range] + "]"
            last = range.upperBound
            matches += 1
        }
        result += text[last...]
        return (result, matches)
    }

    /// FTS5's bm25 (k1 1.2, b 0.75, every column weighted 1), negated as
    /// its `rank`: lower is better.
    static func bm25(frequencies: [Int], documentLength: Int, hits: [Int], rows: Int, averageLength: Double) -> Double {
        let k1 = 1.2, b = 0.75
        var score = 0.0
        for (index, frequency) in frequencies.enumerated() {
            let hit = Double(hits[index])
            var idf = log((Double(rows) - hit + 0.5) / (hit + 0.5))
            if idf <= 0 { idf = 1e-6 }
            let f = Double(frequency)
            score += idf * (f * (k1 + 1.0)) / (f + k1 * (1 - b + b * Double(documentLength) / averageLength))
        }
        return -1.0 * score
    }
}

extension PostgresStore {
    /// At most this many matching contacts are ranked (as on SQLite).
    static let rankedContactLimit = 1000

    public func search(_ text: String, limit: Int, includeArchived: Bool) throws(StoreError) -> [SearchHit] {
        guard PGSearch.hasWords(text), limit > 0 else { return [] }
        return try read { db in
            let terms = try db.execute("""
                SELECT w FROM regexp_split_to_table(btrim(rapport_search_text($1)), ' +') AS w WHERE w <> ''
                """, [text]).records.map { $0.text(0) }
            guard !terms.isEmpty else { return [] }
            var hits = try contactHits(db, text: text, terms: terms, limit: limit, includeArchived: includeArchived)
            hits = CareerSearch.merge(hits, try pastOutletHits(db, text, limit: limit, includeArchived: includeArchived),
                                      limit: limit)  // "ex-Libération" (career timeline)
            let remaining = limit - hits.count
            if remaining > 0 {
                hits += try db.execute("""
                    SELECT c.id, c.name, c.outlet, e.id, e.day, e.summary FROM exchange e JOIN contact c ON c.id = e.contact_id
                    WHERE e.search @@ rapport_query($1) \(includeArchived ? "" : "AND NOT c.archived")
                    ORDER BY e.day DESC, e.id DESC LIMIT $2
                    """, [text, String(remaining)]).records.map { row in
                    SearchHit.make(contact: Self.label(row), field: .exchange,
                                   snippet: RapportDatabase.excerpt(PGSearch.highlight(row.text(5), terms: terms).text),
                                   exchangeId: row.int64(3), day: row.day(4))
                }
            }
            return hits
        }
    }

    private func contactHits(_ db: PGConnection, text: String, terms: [String], limit: Int,
                             includeArchived: Bool) throws -> [SearchHit] {
        let matching = PGSearch.matchingContactsSQL("$1")
        let count = try db.execute("SELECT count(*) FROM (\(matching) LIMIT \(Self.rankedContactLimit + 1)) m", [text])
            .first?.int(0) ?? 0
        let ranked = count <= Self.rankedContactLimit
        let fields = /* l10n-exempt: SQL */ """
            c.id, c.name, c.outlet, c.title, coalesce(n.notes, ''), c.search_tags, c.search_handles,
            rapport_search_text(concat_ws(' ', c.name, c.outlet, c.title, n.notes, c.search_tags, c.search_handles))
            """
        let rows = try db.execute("""
            SELECT \(fields) FROM contact c LEFT JOIN contact_note n ON n.contact_id = c.id
            WHERE c.id IN (\(matching)) \(includeArchived ? "" : "AND NOT c.archived")
            ORDER BY c.id \(ranked ? "" : "LIMIT $2")
            """, ranked ? [text] : [text, String(limit)]).records
        var ordered = rows
        if ranked && !rows.isEmpty {
            let stats = try db.execute("SELECT count(*), coalesce(sum(search_tokens), 0) FROM contact").first
            let total = stats?.int(0) ?? 0
            let average = total > 0 ? Double(stats?.int(1) ?? 0) / Double(total) : 1
            var hits: [Int] = []
            for term in terms {
                hits.append(try db.execute("""
                    SELECT count(*) FROM contact WHERE search @@ to_tsquery('pg_catalog.simple', quote_literal($1) || ':*')
                    """, [term]).first?.int(0) ?? 0)
            }
            var scored: [(rank: Double, id: Int64, row: PGRecord)] = []
            for row in rows {
                let words = row.text(7).split(separator: " ")
                let frequencies: [Int] = terms.map { term in words.filter { $0.hasPrefix(term) }.count }
                let rank = PGSearch.bm25(frequencies: frequencies, documentLength: words.count, hits: hits, rows: total,
                                         averageLength: max(average, 1e-9))
                scored.append((rank, row.int64(0), row))
            }
            ordered = scored.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }.prefix(limit).map(\.row)
        }
        let fieldOrder: [SearchHit.Field] = [.name, .outlet, .title, .notes, .tags, .handles]
        return ordered.map { row in
            let label = Self.label(row)
            var best: (field: SearchHit.Field, text: String, matches: Int)?
            for (offset, field) in fieldOrder.enumerated() {
                let marked = PGSearch.highlight(row.text(1 + offset), terms: terms)
                if marked.matches > (best?.matches ?? 0) { best = (field, marked.text, marked.matches) }
            }
            guard let best else { return SearchHit.make(contact: label, field: .name, snippet: label.name, exchangeId: nil, day: nil) }
            return SearchHit.make(contact: label, field: best.field, snippet: RapportDatabase.excerpt(best.text),
                                  exchangeId: nil, day: nil)
        }
    }
}

import GRDB
import RapportCore

/// One email address for a mail program's address completion.
public struct AddressMatch: Hashable, Sendable {
    public let email: String
    public let name: String
    public let outlet: String
}

extension RapportDatabase {
    /// Email addresses of people whose name or address contains every word
    /// of `query` (case and accents ignored), by name; at most `limit`,
    /// and `more` is true when others were left out. Archived and
    /// do-not-contact people are never offered.
    public func emailAddresses(matching query: String, limit: Int) throws(StoreError) -> (matches: [AddressMatch], more: Bool) {
        let words = TextKey.fold(query).split(whereSeparator: \.isWhitespace).map { "%" + Self.escapeLike(String($0)) + "%" }
        guard !words.isEmpty else { return ([], false) }
        let condition = words.map { _ in "(c.name_key LIKE ? ESCAPE '\\' OR h.normalized LIKE ? ESCAPE '\\')" } // l10n-exempt: SQL
            .joined(separator: " AND ")
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT h.value, c.name, c.outlet FROM handle h JOIN contact c ON c.id = h.contact_id
                WHERE h.kind = 'email' AND c.archived = 0 AND c.do_not_contact = 0 AND \(condition)
                ORDER BY c.name_key, c.id, h.position, h.id LIMIT ?
                """, arguments: StatementArguments(words.flatMap { [$0, $0] } + [limit + 1]))
        }
        let matches = rows.prefix(limit).map { AddressMatch(email: $0["value"], name: $0["name"], outlet: $0["outlet"]) }
        return (Array(matches), rows.count > limit)
    }
}

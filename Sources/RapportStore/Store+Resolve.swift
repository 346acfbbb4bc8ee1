import Foundation
import GRDB
import RapportCore
import RapportLocalization

/// A contact in one line: enough to tell people apart in a message.
public struct ContactLabel: Hashable, Sendable {
    public let id: Int64
    public let name: String
    public let outlet: String

    /// `#12 Camille Lefèvre (Le Monde)`.
    public var text: String { "#\(id) \(name)\(outlet.isEmpty ? "" : " (\(outlet))")" }
}

extension RapportDatabase {
    /// Finds the one contact a user means by `query`: a numeric id, an exact
    /// handle (`@camillelfv`, an email), or a fragment of the name (case- and
    /// accent-insensitive) that matches exactly one contact. Unknown or
    /// ambiguous queries throw a message listing the candidates.
    public func resolve(_ query: String) throws(StoreError) -> Contact {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .invalid(L10n.text("no contact given (an id, a handle or a part of the name)")) }
        return try read { db in
            if text.allSatisfy(\.isASCIIDigit), let id = Int64(text) {
                guard let contact = try Self.fetchContact(db, id: id) else { throw StoreError.notFound(L10n.text("no contact with id %d", id)) }
                return contact
            }
            let keys = Set(HandleKind.allCases.map { Handle.normalize(kind: $0, text) }.filter { !$0.isEmpty })
            let byHandle = try Self.labels(db, sql: """
                SELECT DISTINCT c.id, c.name, c.outlet FROM handle h JOIN contact c ON c.id = h.contact_id
                WHERE h.normalized IN (\(keys.map { _ in "?" }.joined(separator: ","))) ORDER BY c.id
                """, arguments: StatementArguments(Array(keys)))
            if let only = byHandle.first, byHandle.count == 1 { return try Self.requireContact(db, id: only.id) }
            if byHandle.count > 1 { throw Self.ambiguous(text, byHandle) }

            let key = TextKey.fold(text)
            let byName = try Self.labels(db, sql: """
                SELECT id, name, outlet FROM contact WHERE name_key LIKE ? ESCAPE '\\' ORDER BY name_key, id LIMIT 51
                """, arguments: ["%" + Self.escapeLike(key) + "%"])
            if let only = byName.first, byName.count == 1 { return try Self.requireContact(db, id: only.id) }
            if byName.isEmpty { throw StoreError.notFound(L10n.text("no contact matches '%@' (by id, handle or name)", text)) }
            let exact = byName.filter { TextKey.fold($0.name) == key }
            if let only = exact.first, exact.count == 1 { return try Self.requireContact(db, id: only.id) }
            throw Self.ambiguous(text, byName)
        }
    }

    static func labels(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ContactLabel] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { ContactLabel(id: $0["id"], name: $0["name"], outlet: $0["outlet"]) }
    }

    /// The refusal of a query that names several contacts (every engine).
    public static func ambiguous(_ text: String, _ candidates: [ContactLabel]) -> StoreError {
        let shown = candidates.prefix(8).map(\.text).joined(separator: ", ")
        if candidates.count > 50 {
            return .invalid(L10n.text("'%1$@' matches more than 50 contacts: %2$@, and many more; use the id or more of the name", text, shown))
        }
        if candidates.count > 8 {
            return .invalid(L10n.text("'%1$@' matches %2$'d contacts: %3$@, and %4$'d more; use the id or more of the name",
                                      text, candidates.count, shown, candidates.count - 8))
        }
        return .invalid(L10n.plural("'%2$@' matches %1$'d contact: %3$@; use the id or more of the name",
                                    "'%2$@' matches %1$'d contacts: %3$@; use the id or more of the name", candidates.count, text, shown))
    }

    /// `text` for a LIKE pattern with `ESCAPE '\\'` (every engine).
    public static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}

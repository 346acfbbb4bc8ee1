import Foundation
import GRDB
import RapportCore

/// Which contacts an export holds: everyone by default (archived and
/// do-not-contact people too: an export is the user's own data), or those
/// with a tag, a role, or one person.
public struct ExportFilter: Hashable, Sendable {
    public var tag: String?
    public var role: Role?
    public var contactId: Int64?

    public init(tag: String? = nil, role: Role? = nil, contactId: Int64? = nil) {
        self.tag = tag
        self.role = role
        self.contactId = contactId
    }
}

/// One contact of an export, with its exchanges (newest first) when asked
/// for, and then also its career (positions, introductions) and coverage
/// (newest first).
public struct ExportedContact: Sendable {
    public let contact: Contact
    public let exchanges: [Exchange]
    public var career: Career = .empty
    public var coverage: [Coverage] = []
}

extension RapportDatabase {
    /// Hands every contact matching `filter` to `body`, by id, a batch at a
    /// time, from one consistent snapshot: memory stays flat however many
    /// contacts there are. Errors thrown by `body` are rethrown as they are.
    public func exportContacts(_ filter: ExportFilter, withExchanges: Bool, batchSize: Int = 500,
                               _ body: (ExportedContact) throws -> Void) throws {
        var conditions = ["id > ?"]
        var fixed: [(any DatabaseValueConvertible)?] = []
        if let role = filter.role {
            conditions.append("role = ?")
            fixed.append(role.rawValue)
        }
        if let tag = filter.tag {
            conditions.append("EXISTS (SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = contact.id AND t.key = ?)")
            fixed.append(TextKey.fold(tag))
        }
        if let id = filter.contactId {
            conditions.append("id = ?")
            fixed.append(id)
        }
        let sql = "SELECT \(ContactTable.selection) FROM contact WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT \(max(1, batchSize))" // l10n-exempt: SQL
        do {
            try writer.read { db in
                var after: Int64 = 0
                while true {
                    let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments([after] + fixed))
                    guard let last = rows.last?[0] as Int64? else { return }
                    after = last
                    for contact in try Self.exportBatch(db, rows, withExchanges: withExchanges) { try body(contact) }
                }
            }
        } catch let error as DatabaseError {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }

    /// The contacts of one batch with their handles, tags and exchanges, in three queries.
    private static func exportBatch(_ db: Database, _ rows: [Row], withExchanges: Bool) throws -> [ExportedContact] {
        let ids: [Int64] = rows.map { $0[0] }
        let list = "(" + ids.map(String.init).joined(separator: ",") + ")"
        var handles: [Int64: [Handle]] = [:]
        let handleRows = try Row.fetchCursor(db, sql: """
            SELECT contact_id, kind, value, label FROM handle WHERE contact_id IN \(list) ORDER BY contact_id, position, id
            """)
        while let row = try handleRows.next() {
            handles[row["contact_id"], default: []].append(
                Handle(kind: row["kind"], value: row["value"], label: row["label"]))
        }
        var tags: [Int64: [String]] = [:]
        let tagRows = try Row.fetchCursor(db, sql: """
            SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
            WHERE ct.contact_id IN \(list) ORDER BY ct.contact_id, t.key
            """)
        while let row = try tagRows.next() {
            tags[row["contact_id"], default: []].append(row["name"])
        }
        var exchanges: [Int64: [Exchange]] = [:]
        if withExchanges {
            // Read by position: decoding a million records through Codable
            // (column names converted per row) took most of an export's time.
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(ExchangeTable.selection) FROM exchange WHERE contact_id IN \(list) ORDER BY contact_id, day DESC, id DESC
                """)
            while let row = try cursor.next() {
                let exchange = ExchangeTable.exchange(row)
                exchanges[exchange.contactId, default: []].append(exchange)
            }
        }
        var careers: [Int64: Career] = [:]
        var coverage: [Int64: [Coverage]] = [:]
        if withExchanges {
            for id in try Int64.fetchAll(db, sql: PressWorkExport.careerSQL(list)) {
                careers[id] = try career(db, contactId: id)
            }
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(coverageColumns) FROM \(coverageFrom) WHERE v.contact_id IN \(list) ORDER BY v.contact_id, v.day DESC, v.id DESC
                """)
            while let row = try cursor.next() {
                let item = Self.coverage(row)
                coverage[item.contactId, default: []].append(item)
            }
        }
        return rows.map { row in
            let id: Int64 = row[0]
            return ExportedContact(contact: ContactTable.contact(row, handles: handles[id] ?? [], tags: tags[id] ?? []),
                                   exchanges: exchanges[id] ?? [], career: careers[id] ?? .empty, coverage: coverage[id] ?? [])
        }
    }
}

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
            // (column names converted per row) took most of an export's time,
            // and through `ExchangeTable`'s key paths a quarter of what was left.
            let read = ExportRows.exchangeColumnsAsExpected ? ExportRows.exchange : ExchangeTable.exchange
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(ExchangeTable.selection) FROM exchange WHERE contact_id IN \(list) ORDER BY contact_id, day DESC, id DESC
                """)
            var current: Int64 = -1
            var list: [Exchange] = []
            while let row = try cursor.next() {
                let exchange = read(row)
                if exchange.contactId != current {
                    if !list.isEmpty { exchanges[current] = list }
                    current = exchange.contactId
                    list = []
                }
                list.append(exchange)
            }
            if !list.isEmpty { exchanges[current] = list }
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

/// The export's fast reading of `ExchangeTable.selection` rows, by
/// position, without `TableColumns`' key paths (through `Exchange`'s
/// dynamic members, each one a key path application per field and row).
/// It applies only while the table's columns are those it knows
/// (`exchangeColumnsAsExpected`); otherwise the export reads through
/// `ExchangeTable.exchange`, slower, never wrong. `ExportRowsTests`
/// checks both read the same exchanges.
enum ExportRows {
    /// The columns of `ExchangeTable.fields`, in the order `exchange(_:)` reads them.
    static let exchangeColumns = ["contact_id", "day", "channel", "direction", "summary", "notes", "rating", "intent", // l10n-exempt: SQL
                                  "follow_up_day", "follow_up", "follow_up_done_day"] // l10n-exempt: SQL

    nonisolated(unsafe) static let exchangeColumnsAsExpected = ExchangeTable.fields.names == exchangeColumns

    /// One exchange from a row of `ExchangeTable.selection`: the id, the columns above, the project's name.
    static func exchange(_ row: Row) -> Exchange {
        var followUp: FollowUp?
        if let due = row[9] as Int? {
            followUp = FollowUp(due: Day(ordinal: due), text: row[10] as String? ?? "", done: (row[11] as Int?).map(Day.init(ordinal:)))
        }
        // A NULL keeps the default, as `TableColumns` reads it.
        return Exchange(
            id: row[0], contactId: row[1] as Int64? ?? 0, draft: ExchangeDraft(
                day: Day(ordinal: row[2] as Int? ?? 0), channel: row[3] as Channel? ?? .email,
                direction: row[4] as Direction? ?? .outbound, summary: row[5] as String? ?? "", notes: row[6] as String? ?? "",
                rating: row[7], intent: row[8] as Intent? ?? .chat, followUp: followUp, project: row[12]))
    }
}

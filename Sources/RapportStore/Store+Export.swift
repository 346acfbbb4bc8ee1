import Foundation
import GRDB
import GRDBSQLite
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
                let statement = try db.makeStatement(sql: sql)
                var contacts: [Contact] = []
                while true {
                    // Each contact read from the cursor's row in place (no copy of every row, as `fetchAll` makes).
                    contacts.removeAll(keepingCapacity: true)
                    let cursor = try Row.fetchCursor(statement, arguments: StatementArguments([after] + fixed))
                    while let row = try cursor.next() { contacts.append(ContactTable.contact(row, handles: [], tags: [])) }
                    guard let last = contacts.last?.id else { return }
                    after = last
                    for contact in try Self.exportBatch(db, contacts, withExchanges: withExchanges) { try body(contact) }
                }
            }
        } catch let error as DatabaseError {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }

    /// The contacts of one batch with their handles, tags and exchanges, in three queries.
    private static func exportBatch(_ db: Database, _ contacts: [Contact], withExchanges: Bool) throws -> [ExportedContact] {
        let ids = contacts.map { $0.id }
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
            // Read by position, straight from SQLite's columns: decoding a
            // million records through Codable (column names converted per
            // row), then through `ExchangeTable`'s key paths, then through
            // GRDB's generic `Row` subscripts took most of an export's time.
            // Contacts in descending order: the index (contact_id, day, id)
            // read backwards gives each contact's exchanges newest first,
            // without sorting them (a temporary B-tree of every row).
            let statement = try db.makeStatement(sql: """
                SELECT \(ExchangeTable.selection) FROM exchange WHERE contact_id IN \(list) ORDER BY contact_id DESC, day DESC, id DESC
                """) // l10n-exempt: SQL
            let cursor = try Row.fetchCursor(statement)
            let handle = statement.sqliteStatement
            let fast = ExportRows.exchangeColumnsAsExpected
            var current: Int64 = -1
            var list: [Exchange] = []
            while let row = try cursor.next() {
                let exchange = fast ? ExportRows.exchange(handle) : ExchangeTable.exchange(row)
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
            careers = try Self.exportCareers(db, list)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(coverageColumns) FROM \(coverageFrom) WHERE v.contact_id IN \(list) ORDER BY v.contact_id, v.day DESC, v.id DESC
                """)
            while let row = try cursor.next() {
                let item = Self.coverage(row)
                coverage[item.contactId, default: []].append(item)
            }
        }
        return contacts.map { contact in
            let id = contact.id
            var contact = contact
            contact.draft.handles = handles[id] ?? []
            contact.draft.tags = tags[id] ?? []
            return ExportedContact(contact: contact, exchanges: exchanges[id] ?? [], career: careers[id] ?? .empty,
                                   coverage: coverage[id] ?? [])
        }
    }
}

extension RapportDatabase {
    /// The careers of one batch of contacts (`list`: their ids, in
    /// parentheses) in three statements, as `career(_:contactId:)` reads
    /// each one: asking per contact (four statements each, prepared each
    /// time) took an eighth of an export. Contacts without a career are
    /// left out (`Career.empty`).
    static func exportCareers(_ db: Database, _ list: String) throws -> [Int64: Career] {
        var careers: [Int64: Career] = [:]
        let own = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.position_since_day, c.introduced_by, i.name FROM contact c LEFT JOIN contact i ON i.id = c.introduced_by
            WHERE c.id IN \(list) AND (c.position_since_day IS NOT NULL OR c.introduced_by IS NOT NULL)
            """) // l10n-exempt: SQL
        while let row = try own.next() {
            let introducer: Int64? = row[2]
            let name: String? = row[3]
            careers[row[0]] = Career(since: (row[1] as Int?).map(Day.init(ordinal:)),
                                     introducedBy: introducer.flatMap { id in name.map { ContactReference(id: id, name: $0) } })
        }
        // Backwards along (contact_id, to_day, id): each contact's positions newest first, unsorted.
        let positions = try Row.fetchCursor(db, sql: """
            SELECT contact_id, outlet, title, from_day, to_day FROM position WHERE contact_id IN \(list)
            ORDER BY contact_id DESC, to_day DESC, id DESC
            """) // l10n-exempt: SQL
        while let row = try positions.next() {
            careers[row[0], default: .empty].positions.append(
                Position(outlet: row[1], title: row[2], from: (row[3] as Int?).map(Day.init(ordinal:)), to: Day(ordinal: row[4])))
        }
        var introduced: [Int64: [ContactReference]] = [:]
        let others = try Row.fetchCursor(db, sql: "SELECT introduced_by, id, name FROM contact WHERE introduced_by IN \(list)") // l10n-exempt: SQL
        while let row = try others.next() {
            introduced[row[0], default: []].append(ContactReference(id: row[1], name: row[2]))
        }
        for (id, references) in introduced { careers[id, default: .empty].introduced = CareerOrder.introduced(references) }
        return careers
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

    /// The same from the current row of a statement, column by column
    /// (what GRDB's `Row` reads, without its generic decoding): text as
    /// `String(cString:)`, as GRDB reads it; anything but a known name
    /// through the value's own decoding, as the row reads it.
    static func exchange(_ statement: SQLiteStatement) -> Exchange {
        func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
        func integer(_ column: Int32) -> Int? { isNull(column) ? nil : Int(sqlite3_column_int64(statement, column)) }
        func text(_ column: Int32) -> String? {
            guard !isNull(column), let text = sqlite3_column_text(statement, column) else { return nil }
            return String(cString: text)
        }
        func named<Value: NamedValue & DatabaseValueConvertible>(_ column: Int32, _ table: [(bytes: [UInt8], value: Value)]) -> Value? {
            if sqlite3_column_type(statement, column) == SQLITE_TEXT, let text = sqlite3_column_text(statement, column) {
                let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
                for entry in table where entry.bytes.elementsEqual(bytes) { return entry.value }
            }
            // NULL, not text, or not one of the names: as the row would read it.
            return Value.fromDatabaseValue(DatabaseValue(sqliteStatement: statement, index: column))
        }
        var followUp: FollowUp?
        if let due = integer(9) {
            followUp = FollowUp(due: Day(ordinal: due), text: text(10) ?? "", done: integer(11).map(Day.init(ordinal:)))
        }
        return Exchange(
            id: sqlite3_column_int64(statement, 0), contactId: isNull(1) ? 0 : sqlite3_column_int64(statement, 1),
            draft: ExchangeDraft(
                day: Day(ordinal: integer(2) ?? 0), channel: named(3, channels) ?? .email,
                direction: named(4, directions) ?? .outbound, summary: text(5) ?? "", notes: text(6) ?? "",
                rating: integer(7), intent: named(8, intents) ?? .chat, followUp: followUp, project: text(12)))
    }

    /// Each name's UTF-8 bytes, to compare a column's bytes with.
    static func names<Value: NamedValue>(_: Value.Type) -> [(bytes: [UInt8], value: Value)] {
        Value.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    static let channels = names(Channel.self)
    static let directions = names(Direction.self)
    static let intents = names(Intent.self)
}

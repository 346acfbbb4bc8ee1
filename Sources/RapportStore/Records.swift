import GRDB
import RapportCore

/// The `contact` table: which column holds which field of a `Contact`,
/// defined once for every statement that writes or reads a whole contact
/// (adding, editing, bulk inserts, the import's staging and its copy into
/// the live table, exports). Days are stored as integers (days since
/// 1970-01-01). Handles and tags have tables of their own; the owner and
/// the notes' privacy exist only on the team engine. The other columns
/// (`position_since_day`, `introduced_by`…) belong to other features and
/// keep their defaults here.
enum ContactTable {
    /// The contact's own fields, in the order every statement lists them.
    nonisolated(unsafe) static let fields = TableColumns<Contact>([
        .init("name", \.name), .init("role", \.role), .init("outlet", \.outlet), .init("title", \.title),
        .init("tier", \.tier), .init("cadence_override", \.cadenceOverride), .init("stage", \.stage),
        .init("how_met", \.howMet), .init("notes", \.notes), .init("snoozed_until_day", \.snoozedUntil),
        .init("do_not_contact", \.doNotContact), .init("archived", \.archived), .init("created_day", \.created),
        .init("updated_day", \.updated), .init("review_from_day", \.reviewFrom),
        .init("last_exchange_day", \.lastExchange), .init("family_name", \.familyName), .init("given_name", \.givenName),
    ])

    /// What an edit writes: every field but the cache the store keeps from exchanges.
    nonisolated(unsafe) static let editedFields = fields.without(["last_exchange_day"])

    /// Every column an insert writes, in order: the fields, then the name's
    /// search key, the warmth caches and the surname sort key (see `insertValues`).
    static let insertColumns = fields.list() + ", name_key, warmth_base, warmth_key, surname_key" // l10n-exempt: SQL

    /// How many values `insertValues` gives beyond the fields.
    static let keyColumnCount = 4

    /// Adds one contact (the three `INSERT INTO contact` of the record
    /// insert, the bulk insert and the import's copy all list `insertColumns`).
    static let insertSQL = "INSERT INTO contact(\(insertColumns)) VALUES (\(placeholders(fields.columns.count + keyColumnCount)))"

    /// The values of `insertColumns` for a contact: `nameKey` when already
    /// folded (imports fold on their parsing thread), and its warmth base
    /// and key (0 and nil before any exchange).
    static func insertValues(_ contact: Contact, nameKey: String? = nil, warmthBase: Double = 0,
                             warmthKey: Double? = nil, surnameKey: String? = nil) -> [DatabaseValue] {
        fields.values(of: contact) + [(nameKey ?? TextKey.fold(contact.name)).databaseValue, warmthBase.databaseValue,
                                      warmthKey.databaseValue, (surnameKey ?? contact.draft.surnameSort.key).databaseValue]
    }

    /// The columns `contact(_:handles:tags:)` reads: the id, then the fields.
    static let selection = "id, " + fields.list()

    /// A contact read from `selection`, with its handles and tags.
    static func contact(_ row: Row, handles: [Handle], tags: [String]) -> Contact {
        var contact = Contact(id: row[0], draft: ContactDraft(name: "", handles: handles, tags: tags), created: Day(ordinal: 0))
        fields.read(row, from: 1, into: &contact)
        return contact
    }

    /// One contact's row, or nil.
    static func fetch(_ db: Database, id: Int64, handles: [Handle] = [], tags: [String] = []) throws -> Contact? {
        try Row.fetchOne(db, sql: "SELECT \(selection) FROM contact WHERE id = ?", arguments: [id])
            .map { contact($0, handles: handles, tags: tags) }
    }

    /// Writes the edited fields of `contact` (and the name's search and sort keys) into its row.
    static func update(_ db: Database, _ contact: Contact) throws {
        let assignments = editedFields.names.map { "\($0) = ?" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE contact SET \(assignments), name_key = ?, surname_key = ? WHERE id = ?",
                       arguments: StatementArguments(editedFields.values(of: contact)
                           + [TextKey.fold(contact.name).databaseValue, contact.draft.surnameSort.key.databaseValue,
                              contact.id.databaseValue]))
    }
}

/// The `exchange` table: which column holds which field of an `Exchange`,
/// defined once for every statement that writes or reads a whole exchange
/// (logging, editing, restoring, bulk inserts, the import's staging and
/// copy, exports). A follow-up is three columns, all NULL when there is none.
enum ExchangeTable {
    /// The exchange's fields, in the order every statement lists them.
    nonisolated(unsafe) static let fields = TableColumns<Exchange>([
        .init("contact_id", \.contactId), .init("day", \.day), .init("channel", \.channel),
        .init("direction", \.direction), .init("summary", \.summary), .init("notes", \.notes),
        .init("rating", \.rating), .init("intent", \.intent),
        .init("follow_up_day", get: { $0.followUp?.due }, set: { exchange, due in
            exchange.followUp = due.map { FollowUp(due: $0, text: "") }
        }),
        .init("follow_up", get: { $0.followUp?.text }, set: { exchange, text in exchange.followUp?.text = text ?? "" }),
        .init("follow_up_done_day", get: { $0.followUp?.done }, set: { exchange, done in exchange.followUp?.done = done }),
    ])

    /// The fields without the contact, for statements that give it otherwise.
    nonisolated(unsafe) static let ownFields = fields.without(["contact_id"])

    /// Adds one exchange; with `withId`, its id is the first value; with
    /// `withProjectId`, its `project_id` is the last.
    static func insertSQL(withId: Bool = false, withProjectId: Bool = false) -> String {
        let count = fields.columns.count + (withId ? 1 : 0) + (withProjectId ? 1 : 0)
        return "INSERT INTO exchange(\(withId ? "id, " : "")\(fields.list())\(withProjectId ? ", project_id" : "")) VALUES (\(placeholders(count)))"
    }

    /// The columns `exchange(_:)` reads from `exchange`: the id, the fields,
    /// then the name of its project (NULL for none).
    static let selection = "id, " + fields.list()
        + ", (SELECT project.name FROM project WHERE project.id = exchange.project_id)"

    /// An exchange read from `selection`, with its project.
    static func exchange(_ row: Row) -> Exchange {
        var exchange = Exchange(id: row[0], contactId: 0, day: Day(ordinal: 0), summary: "")
        fields.read(row, from: 1, into: &exchange)
        exchange.project = row[fields.columns.count + 1]
        return exchange
    }

    /// One exchange, or nil.
    static func fetch(_ db: Database, id: Int64) throws -> Exchange? {
        try Row.fetchOne(db, sql: "SELECT \(selection) FROM exchange WHERE id = ?", arguments: [id]).map(exchange)
    }

    /// Inserts an exchange under a new id, or under its own with `keepingId`; returns the id.
    @discardableResult
    static func insert(_ db: Database, _ exchange: Exchange, keepingId: Bool = false) throws -> Int64 {
        let values = fields.values(of: exchange)
        try db.execute(sql: insertSQL(withId: keepingId),
                       arguments: StatementArguments(keepingId ? [exchange.id.databaseValue] + values : values))
        return db.lastInsertedRowID
    }

    /// Writes every field of `exchange` into its row.
    static func update(_ db: Database, _ exchange: Exchange) throws {
        let assignments = fields.names.map { "\($0) = ?" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE exchange SET \(assignments) WHERE id = ?",
                       arguments: StatementArguments(fields.values(of: exchange) + [exchange.id.databaseValue]))
    }

    /// The project is not a column of its own: the draft names it, the row
    /// holds `project_id`. Sets the row's project from `name` (found or
    /// created in the same transaction; nil for none).
    static func writeProject(_ db: Database, exchangeId: Int64, name: String?, today: Day) throws {
        let projectId = try name.map { name throws in try ProjectKeys.findOrCreate(db, named: name, today: today) }
        try db.execute(sql: "UPDATE exchange SET project_id = ? WHERE id = ?", arguments: [projectId, exchangeId])
    }
}

/// `?, ?, …`: `count` positional parameters.
func placeholders(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}

extension ExchangeFacts {
    /// Reads the columns `day, channel, direction, rating, intent`.
    init(row: Row) {
        self.init(day: row["day"], channel: row["channel"], direction: row["direction"], rating: row["rating"],
                  intent: row["intent"])
    }

    static let columns = "day, channel, direction, rating, intent" // l10n-exempt: SQL
}

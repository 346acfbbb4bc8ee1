import Foundation
import GRDB
import GRDBSQLite
import RapportCore

/// What an import does with a record whose email or social handle
/// (Twitter/X, Mastodon, Bluesky, LinkedIn) already belongs to a contact,
/// in the database or earlier in the same import.
public enum DuplicatePolicy: String, NamedValue {
    /// Leave the existing contact alone; the record is counted as skipped.
    case skip
    /// Add the record's missing handles and tags to the existing contact,
    /// and fill its empty fields; nothing is overwritten.
    case merge
    /// Add the record as a new contact anyway.
    case create
    public static let valueKind = "duplicate policy"
}

/// One person to import: a validated draft (`ContactDraft.validated()`),
/// plus what a Rapport JSON export also carries.
public struct ImportRecord: Sendable {
    public var draft: ContactDraft
    public var exchanges: [ExchangeDraft]
    /// Kept from the file when known; otherwise the import day.
    public var created: Day?
    public var updated: Day?
    /// When the cadence starts counting; otherwise spread over the first cadence.
    public var reviewFrom: Day?
    public var snoozedUntil: Day?
    public var archived: Bool
    /// The draft's comparison keys; computed by `prepare()` (on a reading
    /// thread, say), else when the record is added.
    public private(set) var keys: RecordKeys?

    public init(draft: ContactDraft, exchanges: [ExchangeDraft] = [], created: Day? = nil, updated: Day? = nil,
                reviewFrom: Day? = nil, snoozedUntil: Day? = nil, archived: Bool = false) {
        self.draft = draft
        self.exchanges = exchanges
        self.created = created
        self.updated = updated
        self.reviewFrom = reviewFrom
        self.snoozedUntil = snoozedUntil
        self.archived = archived
    }

    /// Computes the comparison keys, so the writing thread does not have to.
    public mutating func prepare() {
        keys = RecordKeys(draft)
    }
}

/// The folded name, the handles' comparison keys (`Handle.normalized`)
/// and the folded tags of a draft, in the draft's order.
public struct RecordKeys: Sendable {
    let name: String
    let handles: [String]
    let tags: [String]

    init(_ draft: ContactDraft) {
        name = TextKey.fold(draft.name)
        handles = draft.handles.map(\.normalized)
        tags = draft.tags.map(TextKey.fold)
    }
}

/// How an import treats duplicates and what it adds to every imported person.
public struct ImportOptions: Sendable {
    public var policy: DuplicatePolicy
    /// Tags added to every imported or merged contact (already cleaned by `Tag.clean`).
    public var tags: [String]
    /// The role given to every new contact, whatever the file says.
    public var role: Role?
    /// Do everything inside the transaction, count, then roll it back.
    public var dryRun: Bool

    public init(policy: DuplicatePolicy = .skip, tags: [String] = [], role: Role? = nil, dryRun: Bool = false) {
        self.policy = policy
        self.tags = tags
        self.role = role
        self.dryRun = dryRun
    }
}

/// What an import did (or, in a dry run, would do).
public struct ImportCounts: Hashable, Sendable {
    /// New contacts (with `create`, duplicates added anyway count here).
    public var imported = 0
    /// Records merged into an existing contact.
    public var merged = 0
    /// Records left out because their person already exists.
    public var skippedDuplicates = 0
    /// Exchanges added (JSON imports), to new or merged contacts.
    public var exchanges = 0

    public init() {}
}

/// What happened to one record.
public enum ImportOutcome: Hashable, Sendable {
    case imported(contactId: Int64)
    case merged(contactId: Int64)
    case skipped(duplicateOf: Int64)
}

/// Adds records one by one inside the import's transaction, on the bulk
/// path (search triggers off, index built once at the end) with its own
/// prepared statements, fed with keys computed before. Duplicates are
/// looked up in the database, which already holds the records added
/// earlier in the same import, so duplicates within a file and across
/// files are found the same way.
public final class ContactImporter {
    /// Handle kinds that identify a person: a record sharing one with a contact is a duplicate.
    public static let identifyingKinds: Set<HandleKind> = RapportDatabase.identifyingKinds

    private let bulk: BulkInsert
    private let db: Database
    private let options: ImportOptions
    private let optionTags: [(tag: String, key: String)]
    private let today: Day
    private let cadence: Cadence
    private let insertContact: FastStatement
    private let insertHandle: FastStatement
    private let insertTag: Statement
    private let linkTag: FastStatement
    private let findOwner: FastStatement
    private let nextPosition: Statement
    private let fillEmptyFields: Statement
    private let hasExchange: Statement
    private var tagIds: [String: Int64] = [:]
    private var touchedExisting = Set<Int64>()
    public private(set) var counts = ImportCounts()

    init(bulk: BulkInsert, options: ImportOptions, today: Day, cadence: Cadence) throws {
        self.bulk = bulk
        self.options = options
        self.today = today
        self.cadence = cadence
        optionTags = options.tags.map { ($0, TextKey.fold($0)) }
        db = bulk.db
        insertContact = try FastStatement(db, """
            INSERT INTO contact(name, name_key, role, outlet, title, tier, cadence_override, stage, how_met, notes,
              snoozed_until_day, do_not_contact, archived, created_day, updated_day, review_from_day)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertHandle = try FastStatement(db, BulkInsert.insertHandleSQL)
        insertTag = try db.makeStatement(sql: BulkInsert.insertTagSQL)
        linkTag = try FastStatement(db, BulkInsert.linkTagSQL)
        findOwner = try FastStatement(db, """
            SELECT contact_id FROM handle WHERE normalized = ? AND kind = ? ORDER BY contact_id LIMIT 1
            """)
        nextPosition = try db.makeStatement(sql: "SELECT coalesce(max(position), -1) + 1 FROM handle WHERE contact_id = ?")
        fillEmptyFields = try db.makeStatement(sql: """
            UPDATE contact SET
              outlet = CASE WHEN outlet = '' THEN ?1 ELSE outlet END,
              title = CASE WHEN title = '' THEN ?2 ELSE title END,
              how_met = CASE WHEN how_met = '' THEN ?3 ELSE how_met END,
              notes = CASE WHEN notes = '' THEN ?4 ELSE notes END,
              updated_day = ?5
            WHERE id = ?6 AND ((outlet = '' AND ?1 <> '') OR (title = '' AND ?2 <> '')
              OR (how_met = '' AND ?3 <> '') OR (notes = '' AND ?4 <> ''))
            """)
        hasExchange = try db.makeStatement(sql: """
            SELECT 1 FROM exchange WHERE contact_id = ? AND day = ? AND channel = ? AND direction = ? AND summary = ? LIMIT 1
            """)
        for row in try Row.fetchAll(db, sql: "SELECT id, key FROM tag") {
            tagIds[row["key"]] = row["id"]
        }
    }

    /// Adds one record according to the duplicate policy.
    @discardableResult
    public func add(_ record: ImportRecord) throws -> ImportOutcome {
        var draft = record.draft
        let keys = record.keys ?? RecordKeys(draft)
        var tags = Array(zip(draft.tags, keys.tags))
        for extra in optionTags where !keys.tags.contains(extra.key) { tags.append(extra) }
        let handles = Array(zip(draft.handles, keys.handles))
        if options.policy != .create, let owner = try existingOwner(of: handles) {
            if options.policy == .skip {
                counts.skippedDuplicates += 1
                return .skipped(duplicateOf: owner)
            }
            try merge(draft, handles: handles, tags: tags, exchanges: record.exchanges, into: owner)
            counts.merged += 1
            return .merged(contactId: owner)
        }
        if let role = options.role { draft.role = role }
        let created = record.created ?? today
        try insertContact.run([
            .text(draft.name), .text(keys.name), .text(draft.role.rawValue), .text(draft.outlet), .text(draft.title),
            .text(draft.tier.rawValue), .integer(draft.cadenceOverride), .text(draft.stage.rawValue), .text(draft.howMet),
            .text(draft.notes), .integer(record.snoozedUntil?.ordinal), .integer(draft.doNotContact ? 1 : 0),
            .integer(record.archived ? 1 : 0), .integer(created.ordinal), .integer((record.updated ?? created).ordinal),
            .integer((record.reviewFrom ?? spreadReviewDay(draft)).ordinal),
        ])
        let id = db.lastInsertedRowID
        for (position, (handle, key)) in handles.enumerated() {
            try insertHandle.run([.integer(id), .text(handle.kind.rawValue), .text(handle.value), .text(key), .text(handle.label),
                                  .integer(position)])
        }
        for (tag, key) in tags { try link(id, tag: tag, key: key) }
        for exchange in record.exchanges { try bulk.addExchange(contactId: id, exchange) }
        counts.exchanges += record.exchanges.count
        counts.imported += 1
        return .imported(contactId: id)
    }

    /// The contact owning the first identifying handle of the record that
    /// already belongs to someone (the lowest id when several do).
    private func existingOwner(of handles: [(Handle, String)]) throws -> Int64? {
        for (handle, key) in handles where Self.identifyingKinds.contains(handle.kind) {
            if let owner = try findOwner.integer([.text(key), .text(handle.kind.rawValue)]) { return owner }
        }
        return nil
    }

    /// Links a tag (created when new); true when the contact did not have it.
    @discardableResult
    private func link(_ contactId: Int64, tag: String, key: String) throws -> Bool {
        let tagId: Int64
        if let known = tagIds[key] {
            tagId = known
        } else {
            try insertTag.execute(arguments: [tag, key])
            tagId = db.lastInsertedRowID
            tagIds[key] = tagId
        }
        return try linkTag.run([.integer(contactId), .integer(tagId)]) > 0
    }

    /// Adds what the contact lacks: handles nobody has yet, tags, empty
    /// fields and (from a JSON export) exchanges it does not have yet.
    private func merge(_ draft: ContactDraft, handles: [(Handle, String)], tags: [(tag: String, key: String)],
                       exchanges: [ExchangeDraft], into id: Int64) throws {
        var position = try Int.fetchOne(nextPosition, arguments: [id]) ?? 0
        var changed = false
        for (handle, key) in handles where try findOwner.integer([.text(key), .text(handle.kind.rawValue)]) == nil {
            try insertHandle.run([.integer(id), .text(handle.kind.rawValue), .text(handle.value), .text(key), .text(handle.label),
                                  .integer(position)])
            position += 1
            changed = true
        }
        for (tag, key) in tags where try link(id, tag: tag, key: key) { changed = true }
        try fillEmptyFields.execute(arguments: [draft.outlet, draft.title, draft.howMet, draft.notes, today.ordinal, id])
        if db.changesCount > 0 { changed = true }
        if draft.doNotContact {
            // A safety flag: a file that says "do not contact" is heeded, never dropped.
            try db.execute(sql: "UPDATE contact SET do_not_contact = 1, updated_day = ? WHERE id = ? AND do_not_contact = 0",
                           arguments: [today.ordinal, id])
        }
        if changed {
            try db.execute(sql: "UPDATE contact SET updated_day = ? WHERE id = ?", arguments: [today.ordinal, id])
        }
        if changed && id <= bulk.contactsBefore { touchedExisting.insert(id) }
        for exchange in exchanges {
            let known = try Bool.fetchOne(hasExchange, arguments: [
                id, exchange.day.ordinal, exchange.channel.rawValue, exchange.direction.rawValue, exchange.summary,
            ]) ?? false
            if known { continue }
            try bulk.addExchange(contactId: id, exchange)
            counts.exchanges += 1
        }
    }

    /// A first review day between today and the end of the contact's first
    /// cadence, chosen from the name and first handle, so a large import
    /// does not make everyone due on the same day, and the same file always
    /// gives the same days.
    func spreadReviewDay(_ draft: ContactDraft) -> Day {
        let days = cadence.days(tier: draft.tier, override: draft.cadenceOverride)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        mix(draft.name)
        if let first = draft.handles.first { mix(first.value) }
        // FNV's low bits follow the input's low bits: mix them all in (MurmurHash3's finalizer).
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return today.adding(days: Int(hash % UInt64(max(1, days))))
    }

    /// Refreshes the search documents of existing contacts a merge changed
    /// (new contacts are indexed by the bulk insert's end).
    func finish() throws {
        for id in touchedExisting {
            try db.execute(sql: """
                UPDATE contact_fts SET (name, outlet, title, notes) = (SELECT name, outlet, title, notes FROM contact WHERE id = ?),
                  tags = \(Schema.tagsSQL("?")), handles = \(Schema.handlesSQL("?"))
                WHERE rowid = ?
                """, arguments: [id, id, id, id])
        }
    }
}

/// A prepared statement run through SQLite's C API, without GRDB's
/// argument boxing: the import runs a few statements hundreds of
/// thousands of times.
struct FastStatement {
    enum Value {
        case text(String)
        case integer(Int?)

        static func integer(_ value: Int64) -> Value { .integer(Int(value)) }
    }

    private let db: Database
    private let statement: Statement
    /// SQLite copies bound text (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, _ sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// Runs the statement to its end; returns how many rows it changed.
    @discardableResult
    func run(_ values: [Value]) throws -> Int {
        _ = try step(values, readInteger: false)
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// The first column of the first row, or nil when there is none.
    func integer(_ values: [Value]) throws -> Int64? {
        try step(values, readInteger: true)
    }

    private func step(_ values: [Value], readInteger: Bool) throws -> Int64? {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case let .text(text):
                text.withCString { _ = sqlite3_bind_text(handle, index, $0, -1, Self.transient) }
            case let .integer(number?):
                sqlite3_bind_int64(handle, index, Int64(number))
            case .integer(nil):
                sqlite3_bind_null(handle, index)
            }
        }
        var result: Int64?
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return result }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            if readInteger && result == nil { result = sqlite3_column_int64(handle, 0) }
        }
    }
}

extension RapportDatabase {
    /// Runs an import as one transaction: `body` adds records through the
    /// importer; everything is saved together, or nothing if anything
    /// throws (the error is rethrown as it is, database errors as
    /// `StoreError`). A dry run does the same work and rolls it back, so
    /// its counts are exactly those of the real import.
    public func importContacts<T>(_ options: ImportOptions, today: Day,
                                  _ body: (ContactImporter) throws -> T) throws -> (result: T, counts: ImportCounts) {
        do {
            return try writer.writeWithoutTransaction { db in
                var outcome: (T, ImportCounts)?
                // A large import spills less to the log with a bigger page cache.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -65536")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                try db.inTransaction(.immediate) {
                    let bulk = try BulkInsert(db: db, cadence: cadence)
                    let importer = try ContactImporter(bulk: bulk, options: options, today: today, cadence: cadence)
                    let result = try body(importer)
                    outcome = (result, importer.counts)
                    if options.dryRun { return .rollback }
                    try bulk.finish()
                    try importer.finish()
                    return .commit
                }
                guard let outcome else { throw StoreError.database("the import did not finish") }
                return outcome
            }
        } catch let error as DatabaseError {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }
}

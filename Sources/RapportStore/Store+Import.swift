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
    public static let valueKind = "duplicate policy" // l10n-exempt: a catalog key (NamedValue.valueKindText translates it)
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
    /// Career, introduction and coverage (JSON exports, copies, backups).
    public var pressWork = ImportPressWork()
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

/// The folded name, the handles' comparison keys (`Handle.normalized`),
/// the folded tags of a draft, in the draft's order, and its surname sort
/// key: all computed on the reading thread, off the writing one.
public struct RecordKeys: Sendable {
    let name: String
    let handles: [String]
    let tags: [String]
    let surname: String
    /// `HandleKeys.hash` of each handle, in the draft's order.
    let handleHashes: [Int]

    init(_ draft: ContactDraft) {
        name = TextKey.fold(draft.name)
        handles = draft.handles.map(\.normalized)
        tags = draft.tags.map(TextKey.fold)
        surname = draft.surnameSort.key
        handleHashes = zip(draft.handles, handles).map { HandleKeys.hash(kind: $0.kind.rawValue, key: $1) }
    }
}

/// The hashes of handle keys (kind and normalized value) known to be
/// taken, to answer "nobody has it" without a query: a hash not in the
/// set means no handle with that key is there; one in it (a real owner,
/// or two keys with the same hash) is looked up in the database as before.
/// A set may hold more hashes than handles (it only grows), never fewer.
struct HandleKeys {
    private var hashes = Set<Int>()

    /// The same for the same kind and key within a process (Swift's
    /// `Hasher` is seeded once per process), on any thread.
    static func hash(kind: String, key: String) -> Int {
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(key)
        return hasher.finalize()
    }

    mutating func insert(_ hash: Int) { hashes.insert(hash) }

    func mayContain(_ hash: Int) -> Bool { hashes.contains(hash) }
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

/// What happened to one record. A live contact is named by its id; a
/// contact staged earlier in the same import, which has no id yet, by the
/// negative of its staging row.
public enum ImportOutcome: Hashable, Sendable {
    case imported(contactId: Int64)
    case merged(contactId: Int64)
    case skipped(duplicateOf: Int64)
}

/// Adds records one by one to the import's staging database (see
/// `ImportStaging`), outside the write lock of the live database: the
/// records are checked, matched against the live contacts and those
/// staged before them, and merged there; the search text and the warmth
/// caches of new contacts are computed as they are staged. Duplicates
/// within a file and across files are found the same way as duplicates of
/// existing contacts. Nothing reaches the live database until
/// `ImportStaging.copy` runs, in one short transaction.
public final class ContactImporter: ImportSink {
    /// Handle kinds that identify a person: a record sharing one with a contact is a duplicate.
    public static let identifyingKinds: Set<HandleKind> = RapportDatabase.identifyingKinds

    /// Who already has a handle: a live contact, or a new contact staged earlier in this import.
    enum Owner: Equatable {
        case live(Int64)
        case staged(Int64)
    }

    let db: Database
    let options: ImportOptions
    let today: Day
    let cadence: Cadence
    private let optionTags: [(tag: String, key: String)]
    private let insertContact: FastStatement
    private let insertHandle: FastStatement
    private let insertTag: FastStatement
    private let linkTag: FastStatement
    private let insertExchange: FastStatement
    private let findLiveOwner: FastStatement
    private let findStagedOwner: FastStatement
    private let nextPosition: FastStatement
    private let fillEmptyFields: FastStatement
    private let hasStagedExchange: FastStatement
    private let hasLiveExchange: FastStatement
    /// Staged tag ids by folded key; names as the live database (or the first record) spells them.
    private var tagIds: [String: Int64] = [:]
    private var liveTagNames: [String: String] = [:]
    /// The staged row gathering the merges into each live contact.
    private var mergeRows: [Int64: Int64] = [:]
    /// Staged new contacts that a later record merged into (search text and caches to redo).
    private var touchedStaged = Set<Int64>()
    private var nextSequence: Int64 = 0
    private var staged = 0
    /// Every handle key staged so far (`HandleKeys`): most records have
    /// no duplicate, and their handles then need no look-up in staging.
    private var stagedHandleKeys = HandleKeys()
    /// The live database's handle keys, read once the import has looked
    /// up enough handles to be worth it (a short import into a large file
    /// does not read them all); nil until then.
    private var liveHandleKeys: HandleKeys?
    private var liveLookups = 0
    /// Look-ups in the live database before its handle keys are read at once.
    static let liveKeysAfterLookups = 2_048
    /// The new contacts' search index, filled as they are staged (on this
    /// thread, while the reading thread parses the next records) rather
    /// than in a pass of its own after staging: the live database's last
    /// contact id it was built after, and its insert (`streamSearchIndex`).
    private var searchIndex: (after: Int64, insert: FastStatement)?
    public internal(set) var counts = ImportCounts()

    init(db: Database, options: ImportOptions, today: Day, cadence: Cadence) throws {
        self.db = db
        self.options = options
        self.today = today
        self.cadence = cadence
        optionTags = options.tags.map { ($0, TextKey.fold($0)) }
        insertContact = try FastStatement(db, """
            INSERT INTO staging.staged_contact(seq, target, \(ContactTable.insertColumns), fts_tags, fts_handles)
            VALUES (?, ?, \(placeholders(ContactTable.fields.columns.count + ContactTable.keyColumnCount)), ?, ?)
            """)
        insertHandle = try FastStatement(db, """
            INSERT INTO staging.staged_handle(contact_id, kind, value, normalized, label, position) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(contact_id, kind, normalized) DO NOTHING
            """)
        insertTag = try FastStatement(db, "INSERT INTO staging.staged_tag(name, key) VALUES (?, ?)")
        linkTag = try FastStatement(db, "INSERT OR IGNORE INTO staging.staged_contact_tag(contact_id, tag_id) VALUES (?, ?)")
        insertExchange = try FastStatement(db, """
            INSERT INTO staging.staged_exchange(\(ExchangeTable.fields.list()), project, project_key)
            VALUES (\(placeholders(ExchangeTable.fields.columns.count + 2)))
            """)
        findLiveOwner = try FastStatement(db, """
            SELECT contact_id FROM main.handle WHERE normalized = ? AND kind = ? ORDER BY contact_id LIMIT 1
            """)
        findStagedOwner = try FastStatement(db, """
            SELECT c.id, c.target FROM staging.staged_handle h JOIN staging.staged_contact c ON c.id = h.contact_id
            WHERE h.normalized = ? AND h.kind = ? ORDER BY c.target IS NULL, coalesce(c.target, c.id) LIMIT 1
            """)
        nextPosition = try FastStatement(db, "SELECT coalesce(max(position), -1) + 1 FROM staging.staged_handle WHERE contact_id = ?")
        fillEmptyFields = try FastStatement(db, """
            UPDATE staging.staged_contact SET
              outlet = CASE WHEN outlet = '' THEN ?1 ELSE outlet END,
              title = CASE WHEN title = '' THEN ?2 ELSE title END,
              how_met = CASE WHEN how_met = '' THEN ?3 ELSE how_met END,
              notes = CASE WHEN notes = '' THEN ?4 ELSE notes END
            WHERE id = ?5 AND ((outlet = '' AND ?1 <> '') OR (title = '' AND ?2 <> '')
              OR (how_met = '' AND ?3 <> '') OR (notes = '' AND ?4 <> ''))
            """)
        hasStagedExchange = try FastStatement(db, """
            SELECT 1 FROM staging.staged_exchange
            WHERE contact_id = ? AND day = ? AND channel = ? AND direction = ? AND summary = ? LIMIT 1
            """)
        hasLiveExchange = try FastStatement(db, """
            SELECT 1 FROM main.exchange WHERE contact_id = ? AND day = ? AND channel = ? AND direction = ? AND summary = ? LIMIT 1
            """)
        for row in try Row.fetchAll(db, sql: "SELECT name, key FROM main.tag") {
            liveTagNames[row["key"]] = row["name"]
        }
    }

    /// Builds the new contacts' search index in the staging database as
    /// they are staged, under the ids they get if nobody adds a contact
    /// meanwhile (`ImportStaging.stageSearchIndex` finishes it, or builds
    /// it again if records merged into staged contacts). Runs in the
    /// staging transaction, before the first record.
    func streamSearchIndex(definition: String) throws {
        let after = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.contact") ?? 0
        try ImportStaging.createBulkIndex(db, "contact_fts", definition)
        searchIndex = (after, try FastStatement(db, """
            INSERT INTO staging.contact_fts(rowid, name, outlet, title, notes, tags, handles) VALUES (?, ?, ?, ?, ?, ?, ?)
            """))
    }

    /// The live contact id the streamed search index was built after,
    /// when it holds exactly the staged new contacts; nil when there is
    /// none or when a record merged into a staged contact (its document
    /// changed).
    var streamedIndexAfter: Int64? {
        touchedStaged.isEmpty ? searchIndex?.after : nil
    }

    /// Stages one record according to the duplicate policy.
    @discardableResult
    public func add(_ record: ImportRecord) throws -> ImportOutcome {
        defer {
            staged += 1
            if staged == 1 { FaultPoint.hit(FaultPoint.importStaging) }
        }
        var draft = record.draft
        let keys = record.keys ?? RecordKeys(draft)
        var tags = Array(zip(draft.tags, keys.tags))
        for extra in optionTags where !keys.tags.contains(extra.key) { tags.append(extra) }
        let handles = Array(zip(draft.handles, keys.handles))
        if options.policy != .create, let owner = try owner(of: handles, hashes: keys.handleHashes) {
            switch (options.policy, owner) {
            case let (.skip, .live(id)):
                counts.skippedDuplicates += 1
                return .skipped(duplicateOf: id)
            case let (.skip, .staged(id)):
                counts.skippedDuplicates += 1
                return .skipped(duplicateOf: -id)
            case let (_, .live(id)):
                let row = try mergeRow(for: id)
                try merge(draft, handles: handles, tags: tags, exchanges: record.exchanges, into: row, live: id)
                counts.merged += 1
                return .merged(contactId: id)
            case let (_, .staged(id)):
                try merge(draft, handles: handles, tags: tags, exchanges: record.exchanges, into: id, live: nil)
                touchedStaged.insert(id)
                counts.merged += 1
                return .merged(contactId: -id)
            }
        }
        if let role = options.role { draft.role = role }
        let created = record.created ?? today
        let days = cadence.days(tier: draft.tier, override: draft.cadenceOverride)
        let base = record.exchanges.isEmpty ? nil : WarmthModel.baseScore(record.exchanges.map(\.facts), cadence: days)
        nextSequence += 1
        let tagNames = tags.map { liveTagNames[$0.1] ?? $0.0 }
        let contact = Contact(id: 0, draft: draft, snoozedUntil: record.snoozedUntil, archived: record.archived, created: created,
                              updated: record.updated ?? created,
                              reviewFrom: record.reviewFrom ?? cadence.spreadReviewDay(draft, today: today), lastExchange: base?.last)
        let stored = ContactTable.insertValues(contact, nameKey: keys.name, warmthBase: base?.score ?? 0,
                                               warmthKey: base.flatMap { Caches.warmthKey(base: $0.score, last: $0.last, cadence: days) },
                                               surnameKey: keys.surname)
        let tagsText = tagNames.joined(separator: " "), handlesText = handles.map(\.0.value).joined(separator: " ")
        try insertContact.run([.integer(nextSequence), .integer(nil)] + stored.map(FastStatement.Value.database) + [
            .text(tagsText), .text(handlesText),
        ])
        let id = db.lastInsertedRowID
        if let searchIndex {
            try searchIndex.insert.run([.integer(nextSequence + searchIndex.after), .text(contact.name), .text(contact.outlet),
                                        .text(contact.title), .text(contact.notes), .text(tagsText), .text(handlesText)])
        }
        for (position, (handle, key)) in handles.enumerated() {
            try insertHandle.run([.integer(id), .text(handle.kind.rawValue), .text(handle.value), .text(key), .text(handle.label),
                                  .integer(position)])
            stagedHandleKeys.insert(keys.handleHashes[position])
        }
        for (tag, key) in tags { try link(id, tag: tag, key: key) }
        for exchange in record.exchanges { try stage(exchange, for: id) }
        counts.exchanges += record.exchanges.count
        counts.imported += 1
        return .imported(contactId: -id)
    }

    /// The owner of the record's first identifying handle that already has
    /// one: a live contact first (the lowest id when several), then a new
    /// contact staged before.
    func owner(of handles: [(Handle, String)], hashes: [Int]) throws -> Owner? {
        for ((handle, key), hash) in zip(handles, hashes) where Self.identifyingKinds.contains(handle.kind) {
            if let owner = try owner(kind: handle.kind.rawValue, key: key, hash: hash) { return owner }
        }
        return nil
    }

    private func owner(kind: String, key: String, hash: Int) throws -> Owner? {
        var live: Int64?
        if try liveKeys()?.mayContain(hash) ?? true { live = try findLiveOwner.integer([.text(key), .text(kind)]) }
        var staged: [Int64?]?
        if stagedHandleKeys.mayContain(hash) { staged = try findStagedOwner.integers([.text(key), .text(kind)], count: 2) }
        if let target = staged?[1] { return .live(min(target, live ?? target)) }
        if let live { return .live(live) }
        if let row = staged?[0] { return .staged(row) }
        return nil
    }

    /// The live database's handle keys, read on the look-up that reaches
    /// `liveKeysAfterLookups` (in the staging transaction, so they are
    /// those of the snapshot the look-ups read); nil before.
    private func liveKeys() throws -> HandleKeys? {
        if let liveHandleKeys { return liveHandleKeys }
        liveLookups += 1
        guard liveLookups >= Self.liveKeysAfterLookups else { return nil }
        var keys = HandleKeys()
        let rows = try Row.fetchCursor(db, sql: "SELECT kind, normalized FROM main.handle")
        while let row = try rows.next() { keys.insert(HandleKeys.hash(kind: row[0], key: row[1])) }
        liveHandleKeys = keys
        return keys
    }

    /// The staged row gathering what records add to a live contact.
    private func mergeRow(for target: Int64) throws -> Int64 {
        if let row = mergeRows[target] { return row }
        // Only the empty fields filled, "do not contact", handles, tags and
        // exchanges of this row are used; a target deleted meanwhile makes it
        // a new contact, named and dated then (`ImportStaging.recheck`).
        let blank = Contact(id: 0, name: "", created: Day(ordinal: 0))
        try insertContact.run([.integer(nil), .integer(target)] + ContactTable.insertValues(blank).map(FastStatement.Value.database)
                              + [.text(""), .text("")])
        let row = db.lastInsertedRowID
        mergeRows[target] = row
        return row
    }

    /// Links a tag to a staged row (the tag staged when new); true when the row did not have it.
    @discardableResult
    private func link(_ row: Int64, tag: String, key: String) throws -> Bool {
        let tagId: Int64
        if let known = tagIds[key] {
            tagId = known
        } else {
            let name = liveTagNames[key] ?? tag
            try insertTag.run([.text(name), .text(key)])
            tagId = db.lastInsertedRowID
            tagIds[key] = tagId
            liveTagNames[key] = name
        }
        return try linkTag.run([.integer(row), .integer(tagId)]) > 0
    }

    private func stage(_ exchange: ExchangeDraft, for row: Int64) throws {
        var project: String?
        if let name = exchange.project, !NativeText.trimmed(name).isEmpty { project = try ProjectKeys.cleaned(name) }
        try insertExchange.run(Self.exchangeValues(exchange, contact: row)
            + [project.map { .text($0) } ?? .integer(nil), project.map { .text(TextKey.fold($0)) } ?? .integer(nil)])
    }

    /// The columns `exchangeValues` writes, in `ExchangeTable.fields`' order.
    static let exchangeColumns = ["contact_id", "day", "channel", "direction", "summary", "notes", "rating", "intent", // l10n-exempt: SQL
                                  "follow_up_day", "follow_up", "follow_up_done_day"] // l10n-exempt: SQL
    nonisolated(unsafe) static let exchangeColumnsAsExpected = ExchangeTable.fields.names == exchangeColumns

    /// The values of `ExchangeTable.fields` for a staged exchange, made
    /// field by field rather than through the table's key paths (a million
    /// exchanges in a large JSON import); through them when the table's
    /// columns are not the ones listed here. Checked against them by
    /// `ImportSpeedTests.stagedExchangeValuesAreTheTablesOwn`.
    static func exchangeValues(_ exchange: ExchangeDraft, contact row: Int64) -> [FastStatement.Value] {
        guard exchangeColumnsAsExpected else {
            return ExchangeTable.fields.values(of: Exchange(id: 0, contactId: row, draft: exchange)).map(FastStatement.Value.database)
        }
        let followUp = exchange.followUp
        return [
            .integer(row), .integer(exchange.day.ordinal), .text(exchange.channel.rawValue), .text(exchange.direction.rawValue),
            .text(exchange.summary), .text(exchange.notes), .integer(exchange.rating), .text(exchange.intent.rawValue),
            .integer(followUp?.due.ordinal), followUp.map { .text($0.text) } ?? .integer(nil), .integer(followUp?.done?.ordinal),
        ]
    }

    /// Adds to a staged row what it lacks: handles nobody has yet, tags,
    /// empty fields, "do not contact", and exchanges it (or, for a merge
    /// into a live contact, that contact) does not have yet.
    private func merge(_ draft: ContactDraft, handles: [(Handle, String)], tags: [(tag: String, key: String)],
                       exchanges: [ExchangeDraft], into row: Int64, live: Int64?) throws {
        var position = try nextPosition.integer([.integer(row)]) ?? 0
        var changed = false
        for (handle, key) in handles {
            let hash = HandleKeys.hash(kind: handle.kind.rawValue, key: key)
            guard try owner(kind: handle.kind.rawValue, key: key, hash: hash) == nil else { continue }
            try insertHandle.run([.integer(row), .text(handle.kind.rawValue), .text(handle.value), .text(key), .text(handle.label),
                                  .integer(position)])
            stagedHandleKeys.insert(hash)
            position += 1
            changed = true
        }
        for (tag, key) in tags where try link(row, tag: tag, key: key) { changed = true }
        if try fillEmptyFields.run([.text(draft.outlet), .text(draft.title), .text(draft.howMet), .text(draft.notes),
                                    .integer(row)]) > 0 { changed = true }
        if draft.doNotContact {
            // A safety flag: a file that says "do not contact" is heeded, never dropped.
            try db.execute(sql: "UPDATE staging.staged_contact SET do_not_contact = 1 WHERE id = ?", arguments: [row])
        }
        if changed && live == nil {
            try db.execute(sql: "UPDATE staging.staged_contact SET updated_day = ? WHERE id = ?", arguments: [today.ordinal, row])
        }
        for exchange in exchanges {
            let key: [FastStatement.Value] = [.text(exchange.channel.rawValue), .text(exchange.direction.rawValue), .text(exchange.summary)]
            if try hasStagedExchange.integer([.integer(row), .integer(exchange.day.ordinal)] + key) != nil { continue }
            if let live, try hasLiveExchange.integer([.integer(live), .integer(exchange.day.ordinal)] + key) != nil { continue }
            try stage(exchange, for: row)
            counts.exchanges += 1
        }
    }

    /// Ends staging: the staged contacts later records merged into get
    /// their search text and warmth caches again.
    func finishStaging() throws {
        for id in touchedStaged {
            try db.execute(sql: """
                UPDATE staging.staged_contact SET
                  fts_handles = coalesce((SELECT group_concat(value, ' ') FROM staging.staged_handle WHERE contact_id = ?1), ''),
                  fts_tags = coalesce((SELECT group_concat(t.name, ' ') FROM staging.staged_contact_tag ct
                    JOIN staging.staged_tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?1), '')
                WHERE id = ?1
                """, arguments: [id])
            try ImportStaging.refreshCaches(db, stagedId: id, cadence: cadence)
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
        case real(Double?)
        /// A value as GRDB gives it (`ContactTable.insertValues`).
        case database(DatabaseValue)

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

    /// The first `count` columns of the first row (nil for NULL), or nil when there is no row.
    func integers(_ values: [Value], count: Int) throws -> [Int64?]? {
        var result: [Int64?]?
        _ = try step(values, readInteger: false) { handle in
            result = (0..<Int32(count)).map { sqlite3_column_type(handle, $0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, $0) }
        }
        return result
    }

    private func step(_ values: [Value], readInteger: Bool, firstRow: ((OpaquePointer) -> Void)? = nil) throws -> Int64? {
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
            case let .real(number?):
                sqlite3_bind_double(handle, index, number)
            case .integer(nil), .real(nil):
                sqlite3_bind_null(handle, index)
            case let .database(value):
                switch value.storage {
                case .null: sqlite3_bind_null(handle, index)
                case let .int64(number): sqlite3_bind_int64(handle, index, number)
                case let .double(number): sqlite3_bind_double(handle, index, number)
                case let .string(text): text.withCString { _ = sqlite3_bind_text(handle, index, $0, -1, Self.transient) }
                case let .blob(data): data.withUnsafeBytes { _ = sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
                }
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
            if let firstRow {
                firstRow(handle)
                return nil
            }
        }
    }
}


extension Cadence {
    /// A first review day for an imported contact, between `today` and the
    /// end of its first cadence, chosen from the name and first handle
    /// (FNV-1a, then MurmurHash3's finalizer, since FNV's low bits follow
    /// the input's), so a large import does not make everyone due on the
    /// same day, the same file always gives the same days, and every engine
    /// picks the same day.
    public func spreadReviewDay(_ draft: ContactDraft, today: Day) -> Day {
        let days = days(tier: draft.tier, override: draft.cadenceOverride)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        mix(draft.name)
        if let first = draft.handles.first { mix(first.value) }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return today.adding(days: Int(hash % UInt64(max(1, days))))
    }
}

import GRDB
import RapportCore

/// Fast insertion of many contacts and exchanges inside one transaction
/// (demo data, imports): prepared statements, and the search index built
/// once at the end instead of row by row. Use through
/// `RapportDatabase.bulkInsert`, which makes it all-or-nothing.
public final class BulkInsert {
    let db: Database
    let cadence: Cadence
    let contactsBefore: Int64
    let exchangesBefore: Int64
    private let insertContact: Statement
    private let insertHandle: Statement
    private let insertExchange: Statement
    private let linkTag: Statement
    private var tagIds: [String: Int64] = [:]
    private var projectIds: [String: Int64] = [:]
    private var needsCacheRefresh = Set<Int64>()
    public private(set) var contactsAdded = 0
    public private(set) var exchangesAdded = 0

    /// The statements bulk writers share (here and in `ContactImporter`).
    static let insertHandleSQL = """
        INSERT INTO handle(contact_id, kind, value, normalized, label, position) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(contact_id, kind, normalized) DO NOTHING
        """
    static let linkTagSQL = "INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) VALUES (?, ?)"
    static let insertTagSQL = "INSERT INTO tag(name, key) VALUES (?, ?)"

    init(db: Database, cadence: Cadence) throws {
        self.db = db
        self.cadence = cadence
        contactsBefore = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM contact") ?? 0
        exchangesBefore = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM exchange") ?? 0
        try db.execute(sql: Schema.dropSearchTriggersSQL)
        insertContact = try db.makeStatement(sql: ContactTable.insertSQL)
        insertHandle = try db.makeStatement(sql: BulkInsert.insertHandleSQL)
        insertExchange = try db.makeStatement(sql: ExchangeTable.insertSQL(withProjectId: true))
        linkTag = try db.makeStatement(sql: BulkInsert.linkTagSQL)
        for row in try Row.fetchAll(db, sql: "SELECT id, key FROM tag") {
            tagIds[row["key"]] = row["id"]
        }
    }

    /// Adds a validated contact. `caches` gives its last exchange and warmth
    /// base when the caller computed them; otherwise they are computed at
    /// the end from the exchanges added for it.
    @discardableResult
    public func addContact(_ draft: ContactDraft, created: Day, reviewFrom: Day, snoozedUntil: Day? = nil,
                           archived: Bool = false, caches: (last: Day, base: Double)? = nil) throws -> Int64 {
        let contact = Contact(id: 0, draft: draft, snoozedUntil: snoozedUntil, archived: archived, created: created,
                              reviewFrom: reviewFrom, lastExchange: caches?.last)
        let warmthKey = caches.flatMap {
            Caches.warmthKey(base: $0.base, last: $0.last, cadence: cadence.days(tier: draft.tier, override: draft.cadenceOverride))
        }
        try insertContact.execute(arguments: StatementArguments(
            ContactTable.insertValues(contact, warmthBase: caches?.base ?? 0, warmthKey: warmthKey)))
        let id = db.lastInsertedRowID
        for (position, handle) in draft.handles.enumerated() {
            try insertHandle.execute(arguments: [id, handle.kind.rawValue, handle.value, handle.normalized, handle.label, position])
        }
        for tag in draft.tags { try link(contactId: id, tag: tag) }
        contactsAdded += 1
        return id
    }

    private func link(contactId: Int64, tag: String) throws {
        let key = TextKey.fold(tag)
        let tagId: Int64
        if let known = tagIds[key] {
            tagId = known
        } else {
            try db.execute(sql: BulkInsert.insertTagSQL, arguments: [tag, key])
            tagId = db.lastInsertedRowID
            tagIds[key] = tagId
        }
        try linkTag.execute(arguments: [contactId, tagId])
    }

    /// Adds a validated exchange.
    /// Its project is found or created (dated by the exchange).
    public func addExchange(contactId: Int64, _ draft: ExchangeDraft, cachesGiven: Bool = false) throws {
        var projectId: Int64?
        if let name = draft.project {
            if let known = projectIds[name] {
                projectId = known
            } else {
                projectId = try ProjectKeys.findOrCreate(db, named: name, today: draft.day)
                projectIds[name] = projectId
            }
        }
        try insertExchange.execute(arguments: StatementArguments(
            ExchangeTable.fields.values(of: Exchange(id: 0, contactId: contactId, draft: draft)) + [projectId.databaseValue]))
        if !cachesGiven { needsCacheRefresh.insert(contactId) }
        exchangesAdded += 1
    }

    /// Indexes the new rows for search, refreshes caches, restores the triggers.
    func finish() throws {
        try Schema.indexNewRows(db, contactsAfter: contactsBefore, exchangesAfter: exchangesBefore)
        for id in needsCacheRefresh { try Caches.refresh(db, contactId: id, cadence: cadence) }
        try db.execute(sql: Schema.searchTriggersSQL)
    }
}

extension RapportDatabase {
    /// Runs `body` with a bulk inserter inside one transaction: everything
    /// it adds is saved together, or nothing is if it throws.
    public func bulkInsert<T>(_ body: (BulkInsert) throws -> T) throws -> T {
        do {
            return try writer.write { db in
                let bulk = try BulkInsert(db: db, cadence: cadence)
                let result = try body(bulk)
                try bulk.finish()
                return result
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }
}

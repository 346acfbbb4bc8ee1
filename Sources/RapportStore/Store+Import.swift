import Foundation
import GRDB
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

/// Adds records one by one inside the import's transaction, through the
/// bulk insert path. Duplicates are looked up in the database, which
/// already holds the records added earlier in the same import, so
/// duplicates within a file and across files are found the same way.
public final class ContactImporter {
    /// Handle kinds that identify a person: a record sharing one with a contact is a duplicate.
    public static let identifyingKinds: Set<HandleKind> = [.email, .twitter, .mastodon, .bluesky, .linkedin]

    private let bulk: BulkInsert
    private let options: ImportOptions
    private let today: Day
    private let cadence: Cadence
    private let findOwner: Statement
    private let fillEmptyFields: Statement
    private let setUpdated: Statement
    private let hasExchange: Statement
    private var mergedExisting = Set<Int64>()
    public private(set) var counts = ImportCounts()

    init(bulk: BulkInsert, options: ImportOptions, today: Day, cadence: Cadence) throws {
        self.bulk = bulk
        self.options = options
        self.today = today
        self.cadence = cadence
        let db = bulk.db
        findOwner = try db.makeStatement(sql: """
            SELECT contact_id FROM handle WHERE normalized = ? AND kind = ? ORDER BY contact_id LIMIT 1
            """)
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
        setUpdated = try db.makeStatement(sql: "UPDATE contact SET updated_day = ? WHERE id = ?")
        hasExchange = try db.makeStatement(sql: """
            SELECT 1 FROM exchange WHERE contact_id = ? AND day = ? AND channel = ? AND direction = ? AND summary = ? LIMIT 1
            """)
    }

    /// Adds one record according to the duplicate policy.
    @discardableResult
    public func add(_ record: ImportRecord) throws -> ImportOutcome {
        var draft = record.draft
        if !options.tags.isEmpty { draft.tags = Self.union(draft.tags, options.tags) }
        if let owner = try existingOwner(of: draft.handles), options.policy != .create {
            if options.policy == .skip {
                counts.skippedDuplicates += 1
                return .skipped(duplicateOf: owner)
            }
            try merge(draft, exchanges: record.exchanges, into: owner)
            counts.merged += 1
            return .merged(contactId: owner)
        }
        if let role = options.role { draft.role = role }
        let created = record.created ?? today
        let id = try bulk.addContact(draft, created: created, reviewFrom: record.reviewFrom ?? spreadReviewDay(draft),
                                     snoozedUntil: record.snoozedUntil, archived: record.archived)
        if let updated = record.updated, updated != created {
            try setUpdated.execute(arguments: [updated.ordinal, id])
        }
        for exchange in record.exchanges { try bulk.addExchange(contactId: id, exchange) }
        counts.exchanges += record.exchanges.count
        counts.imported += 1
        return .imported(contactId: id)
    }

    /// The contact owning the first identifying handle of the record that
    /// already belongs to someone (the lowest id when several do).
    private func existingOwner(of handles: [Handle]) throws -> Int64? {
        for handle in handles where Self.identifyingKinds.contains(handle.kind) {
            if let owner = try Int64.fetchOne(findOwner, arguments: [handle.normalized, handle.kind.rawValue]) {
                return owner
            }
        }
        return nil
    }

    /// Adds what the contact lacks: handles nobody else has, tags, empty
    /// fields and (from a JSON export) exchanges it does not have yet.
    private func merge(_ draft: ContactDraft, exchanges: [ExchangeDraft], into id: Int64) throws {
        var handles: [Handle] = []
        for handle in draft.handles {
            let owner = try Int64.fetchOne(findOwner, arguments: [handle.normalized, handle.kind.rawValue])
            if owner == nil { handles.append(handle) }
        }
        try bulk.addHandlesAndTags(contactId: id, handles: handles, tags: draft.tags)
        try fillEmptyFields.execute(arguments: [draft.outlet, draft.title, draft.howMet, draft.notes, today.ordinal, id])
        if bulk.db.changesCount > 0 && id <= bulk.contactsBefore { mergedExisting.insert(id) }
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

    /// Refreshes the search index of existing contacts whose fields a merge filled.
    func finish() throws {
        for id in mergedExisting {
            try bulk.db.execute(sql: """
                UPDATE contact_fts SET (name, outlet, title, notes) = (SELECT name, outlet, title, notes FROM contact WHERE id = ?)
                WHERE rowid = ?
                """, arguments: [id, id])
        }
    }

    /// `tags` followed by those of `more` it lacks (compared without case or accents).
    static func union(_ tags: [String], _ more: [String]) -> [String] {
        var keys = Set(tags.map(TextKey.fold))
        var result = tags
        for tag in more where keys.insert(TextKey.fold(tag)).inserted { result.append(tag) }
        return result
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

import Foundation
import RapportCore
import RapportStore
import RapportLocalization

/// Receives an import's records inside the import's one transaction:
/// each record is checked (`ContactDraft.validated()`), matched on its
/// identifying handles (email, social profiles) against the contacts in the
/// database and those added earlier by the same import, and treated by the
/// duplicate policy as the SQLite engine's `ContactImporter` does.
///
/// New contacts wait in memory and go in `batchSize` at a time through
/// `PGBulkCopy` (a few round trips per batch, not several per record); a
/// record whose identifying handle belongs to one still waiting sends the
/// batch first, so matching sees it. Like the SQLite importer, an
/// imported record's outcome carries a provisional (negative) id.
final class PGImporter: ImportSink {
    let store: PostgresStore
    let db: PGConnection
    let options: ImportOptions
    let today: Day
    var counts = ImportCounts()
    private var touched = Set<Int64>()
    private var pending: [PGBulkCopy.Item] = []
    /// The identifying handles of the contacts waiting (`kind normalized`).
    private var pendingHandles = Set<String>()
    /// The ids given to the new contacts, in the order they were added
    /// (provisional id -n is `assigned[n - 1]` once copied).
    private(set) var assigned: [Int64] = []
    static let batchSize = 5000

    init(store: PostgresStore, db: PGConnection, options: ImportOptions, today: Day) {
        self.store = store
        self.db = db
        self.options = options
        self.today = today
    }

    func add(_ record: ImportRecord) throws -> ImportOutcome {
        var draft: ContactDraft
        do { draft = try record.draft.validated() } catch { throw StoreError.invalidInput(error.message) }
        try Self.check(record.exchanges)
        var tags = draft.tags
        for extra in options.tags where !tags.contains(where: { TextKey.fold($0) == TextKey.fold(extra) }) { tags.append(extra) }
        draft.tags = tags
        let identifying = draft.handles.filter { RapportDatabase.identifyingKinds.contains($0.kind) }
            .map { $0.kind.rawValue + " " + $0.normalized }
        if options.policy != .create {
            if identifying.contains(where: pendingHandles.contains) { try flush() }
            if let owner = try owner(of: draft.handles) {
                if options.policy == .skip {
                    counts.skippedDuplicates += 1
                    return .skipped(duplicateOf: owner)
                }
                try merge(draft, exchanges: record.exchanges, into: owner)
                counts.merged += 1
                return .merged(contactId: owner)
            }
        }
        if let role = options.role { draft.role = role }
        let created = record.created ?? today
        pending.append(PGBulkCopy.Item(
            id: nil, draft: draft, created: created, updated: record.updated ?? created,
            reviewFrom: record.reviewFrom ?? store.cadence.spreadReviewDay(draft, today: today),
            snoozedUntil: record.snoozedUntil, archived: record.archived, exchanges: record.exchanges.map { (id: nil, draft: $0) }))
        pendingHandles.formUnion(identifying)
        counts.exchanges += record.exchanges.count
        counts.imported += 1
        let provisional = -Int64(counts.imported)
        if pending.count >= Self.batchSize { try flush() }
        return .imported(contactId: provisional)
    }

    /// What the database's checks on an exchange would refuse, refused
    /// with the record (not later, with a whole batch).
    static func check(_ exchanges: [ExchangeDraft]) throws {
        for exchange in exchanges {
            guard !exchange.summary.trimmingCharacters(in: CharacterSet(charactersIn: " ")).isEmpty else {
                throw StoreError.invalidInput(L10n.text("an exchange of %@ has an empty summary", exchange.day.iso))
            }
            if let rating = exchange.rating, !(1...5).contains(rating) {
                throw StoreError.invalidInput(L10n.text("rating %d is out of range (1–5)", rating))
            }
        }
    }

    /// Copies the contacts waiting, and writes their caches (each summed in
    /// its record's order, as the SQLite importer does).
    private func flush() throws {
        guard !pending.isEmpty else { return }
        let ids = try PGBulkCopy(db: db, keepIds: false).copy(pending)
        assigned.append(contentsOf: ids)
        try store.writeCaches(db, zip(ids, pending).filter { !$0.1.exchanges.isEmpty }.map { id, item in
            (id, item.draft.tier, item.draft.cadenceOverride, item.exchanges.map(\.draft.facts))
        })
        pending.removeAll(keepingCapacity: true)
        pendingHandles.removeAll(keepingCapacity: true)
    }

    /// The contact owning the record's first identifying handle that has one (the lowest id).
    private func owner(of handles: [Handle]) throws -> Int64? {
        for handle in handles where RapportDatabase.identifyingKinds.contains(handle.kind) {
            if let id = try db.execute("""
                SELECT contact_id FROM handle WHERE normalized = $1 AND kind = $2 ORDER BY contact_id LIMIT 1
                """, [handle.normalized, handle.kind.rawValue]).scalar.flatMap({ Int64($0) }) {
                return id
            }
        }
        return nil
    }

    /// Adds what the contact lacks: handles nobody has, tags, empty fields,
    /// "do not contact", and exchanges it does not have yet.
    private func merge(_ draft: ContactDraft, exchanges: [ExchangeDraft], into id: Int64) throws {
        let current = try store.requireContact(db, id: id, lock: true)
        var changed = false
        var position = current.handles.count
        for handle in draft.handles where try db.execute("""
            SELECT 1 FROM handle WHERE normalized = $1 AND kind = $2 LIMIT 1
            """, [handle.normalized, handle.kind.rawValue]).isEmpty {
            try store.insertHandles(db, contactId: id, [handle], from: position)
            position += 1
            changed = true
        }
        for tag in draft.tags where !current.tags.contains(where: { TextKey.fold($0) == TextKey.fold(tag) }) {
            try store.link(db, contactId: id, tag: tag)
            changed = true
        }
        let filled = try db.execute("""
            UPDATE contact SET
              outlet = CASE WHEN outlet = '' THEN $2 ELSE outlet END,
              title = CASE WHEN title = '' THEN $3 ELSE title END,
              how_met = CASE WHEN how_met = '' THEN $4 ELSE how_met END,
              do_not_contact = do_not_contact OR $5::boolean
            WHERE id = $1 AND ((outlet = '' AND $2 <> '') OR (title = '' AND $3 <> '') OR (how_met = '' AND $4 <> '')
              OR (NOT do_not_contact AND $5::boolean))
            RETURNING id
            """, [String(id), draft.outlet, draft.title, draft.howMet, PGText.bool(draft.doNotContact)])
        if !filled.isEmpty { changed = true }
        if current.notes.isEmpty && !current.notesPrivate && !draft.notes.isEmpty {
            // A note private to a colleague stays as it is: a savepoint keeps the import going.
            try db.execute("SAVEPOINT rapport_note") // l10n-exempt: SQL
            do {
                try store.setNotes(db, contactId: id, name: current.name, notes: draft.notes, private: false)
                try db.execute("RELEASE SAVEPOINT rapport_note") // l10n-exempt: SQL
                changed = true
            } catch {
                try db.execute("ROLLBACK TO SAVEPOINT rapport_note") // l10n-exempt: SQL
            }
        }
        if changed {
            try db.execute("UPDATE contact SET updated_day = $2 WHERE id = $1", [String(id), String(today.ordinal)])
        }
        for exchange in exchanges {
            let exists = try !db.execute("""
                SELECT 1 FROM exchange WHERE contact_id = $1 AND day = $2 AND channel = $3 AND direction = $4 AND summary = $5 LIMIT 1
                """, [String(id), String(exchange.day.ordinal), exchange.channel.rawValue, exchange.direction.rawValue,
                      exchange.summary]).isEmpty
            if exists { continue }
            _ = try store.insertExchange(db, contactId: id, exchange, id: nil, today: today)
            touched.insert(id)
            counts.exchanges += 1
        }
    }

    func finish() throws {
        try flush()
        try store.refreshCaches(db, ids: Array(touched))
    }
}

/// Thrown to roll back a dry run.
private struct DryRunRollback: Error {}

extension PostgresStore {
    public func importContacts<T>(_ options: ImportOptions, today: Day,
                                  _ body: (any ImportSink) throws -> T) throws -> (result: T, counts: ImportCounts) {
        var outcome: (result: T, counts: ImportCounts)?
        do {
            try connection.transaction { db in
                let importer = PGImporter(store: self, db: db, options: options, today: today)
                let pressWork = PressWorkPlan()
                let result = try body(PressWorkRecordingSink(importer, plan: pressWork))
                try importer.finish()
                if !pressWork.isEmpty {
                    let writer = PGPressWork(store: self, db: db)
                    try pressWork.apply(to: writer, today: today) { outcome in
                        try writer.liveId(outcome, assigned: importer.assigned)
                    }
                }
                outcome = (result, importer.counts)
                if options.dryRun { throw DryRunRollback() }
            }
        } catch is DryRunRollback {
            // The dry run's counts are kept; its rows are not.
        }
        guard let outcome else { throw StoreError.database(L10n.text("the import did not finish")) }
        return outcome
    }

    public func exportContacts(_ filter: ExportFilter, withExchanges: Bool, batchSize: Int,
                               _ body: (ExportedContact) throws -> Void) throws {
        try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { db in
            var conditions = ["c.id > $1"]
            var fixed: [String?] = []
            if let role = filter.role {
                fixed.append(role.rawValue)
                conditions.append("c.role = $\(fixed.count + 1)")
            }
            if let tag = filter.tag {
                fixed.append(TextKey.fold(tag))
                conditions.append("EXISTS (SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id AND t.key = $\(fixed.count + 1))")
            }
            if let id = filter.contactId {
                fixed.append(String(id))
                conditions.append("c.id = $\(fixed.count + 1)")
            }
            let sql = "SELECT c.id FROM contact c WHERE \(conditions.joined(separator: " AND ")) ORDER BY c.id LIMIT \(max(1, batchSize))" // l10n-exempt: SQL
            var after: Int64 = 0
            while true {
                let ids = try db.execute(sql, [String(after)] + fixed).records.map { $0.int64(0) }
                guard let last = ids.last else { return }
                after = last
                for item in try exportBatch(db, ids: ids, withExchanges: withExchanges) { try body(item) }
            }
        }
    }

    /// Contacts (by id) with their exchanges, newest first.
    func exportBatch(_ db: PGConnection, ids: [Int64], withExchanges: Bool) throws -> [ExportedContact] {
        let contacts = try fetchContacts(db, ids: ids).map(\.contact)
        var exchanges: [Int64: [Exchange]] = [:]
        if withExchanges {
            for row in try db.execute("""
                SELECT \(PGColumns.exchange) FROM \(PGColumns.exchangeFrom) WHERE e.contact_id = ANY($1::bigint[])
                ORDER BY e.contact_id, e.day DESC, e.id DESC
                """, [PGText.ids(ids)]).records {
                let exchange = PGColumns.exchange(row)
                exchanges[exchange.contactId, default: []].append(exchange)
            }
        }
        var careers: [Int64: Career] = [:]
        var coverage: [Int64: [Coverage]] = [:]
        if withExchanges {
            let list = "(" + ids.map(String.init).joined(separator: ",") + ")"
            for row in try db.execute(PressWorkExport.careerSQL(list)).records {
                careers[row.int64(0)] = try career(db, contactId: row.int64(0))
            }
            for row in try db.execute("""
                SELECT \(Self.coverageColumns) FROM \(Self.coverageFrom) WHERE v.contact_id = ANY($1::bigint[])
                ORDER BY v.contact_id, v.day DESC, v.id DESC
                """, [PGText.ids(ids)]).records {
                let item = Self.coverage(row)
                coverage[item.contactId, default: []].append(item)
            }
        }
        return contacts.map {
            ExportedContact.make(contact: $0, exchanges: exchanges[$0.id] ?? [], career: careers[$0.id] ?? .empty,
                                 coverage: coverage[$0.id] ?? [])
        }
    }

    /// A backup into a new SQLite file: every contact the caller can see,
    /// with exchanges, notes (private ones only the caller's own), days,
    /// follow-ups, coverage, projects, career moves and introductions, through the SQLite engine's own import (policy `create`).
    /// Ids are renumbered; authors and owners are not kept (a personal file has none).
    public func backup(intoEmptyFile path: String) throws(StoreError) {
        let file = try RapportDatabase.open(path: path, cadence: cadence, create: true)
        let today = SystemClock().today
        try Self.run {
            var records: [ImportRecord] = []
            try exportContacts(ExportFilter(), withExchanges: true, batchSize: 500) { item in
                let c = item.contact
                var draft = c.draft  // every field, whatever ContactDraft holds
                draft.notesPrivate = false
                var record = ImportRecord(draft: draft, exchanges: item.exchanges.reversed().map { ExchangeDraft($0) },
                                          created: c.created, updated: c.updated, reviewFrom: c.reviewFrom,
                                          snoozedUntil: c.snoozedUntil, archived: c.archived)
                record.pressWork = item.importPressWork
                records.append(record)
            }
            _ = try file.importContacts(ImportOptions(policy: .create), today: today) { sink in
                for record in records { _ = try sink.add(record) }
            }
        }
    }

    public func loadDemo(_ options: DemoOptions, today: Day) throws(StoreError) -> DemoReport {
        guard options.contacts >= 1, options.exchanges >= 0 else {
            throw .invalid(L10n.text("the demo needs at least 1 contact and 0 or more exchanges"))
        }
        guard try isEmpty() else {
            throw .invalid(L10n.text("%@ already holds contacts; the demo only fills an empty database", displayName))
        }
        // The SQLite engine's generator, in memory, copied over with its ids.
        let memory = try RapportDatabase.inMemory(cadence: cadence)
        _ = try memory.loadDemo(options, today: today)
        var contacts: [ExportedContact] = []
        try Self.run {
            try memory.exportContacts(ExportFilter(), withExchanges: true, batchSize: 1000) { contacts.append($0) }
        }
        let coverage = try memory.listCoverage(contactId: nil, project: nil, since: nil, limit: nil).map(\.coverage)
        return try write { db in
            guard try db.execute("SELECT 1 FROM contact LIMIT 1").isEmpty else {
                throw StoreError.invalid(L10n.text("the database is no longer empty; nothing was added"))
            }
            let ids = try PGBulkCopy(db: db, keepIds: true).copy(contacts.map(PGBulkCopy.Item.exported))
            try applyDemoCareer(db, today: today)  // career moves and introductions
            // Summed in the order the generator made them (by id), as the SQLite demo does.
            try writeCaches(db, zip(ids, contacts).map { id, item in
                (id, item.contact.tier, item.contact.cadenceOverride, item.exchanges.sorted { $0.id < $1.id }.map(\.facts))
            })
            try copyCoverage(db, coverage, today: today)
            return DemoReport.make(contacts: ids.count, exchanges: contacts.reduce(0) { $0 + $1.exchanges.count })
        }
    }
}

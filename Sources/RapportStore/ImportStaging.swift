import Foundation
import GRDB
import RapportCore
import RapportLocalization

/// The two halves of an import. First the records are parsed, checked,
/// matched against duplicates and staged, search text and caches
/// included, in a private staging database attached to a connection of
/// its own, which only reads the live database: other programs keep
/// writing meanwhile. Then `copy` moves the staged rows into the live
/// database in one short transaction, the only time the import holds the
/// write lock, checking again, under the lock, for contacts others saved
/// in the meantime with the same handles. The staging folder is private
/// (0700) and removed whatever happens (`StagingFolder`).
enum ImportStaging {
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA staging.journal_mode = OFF;
            PRAGMA staging.synchronous = OFF;
            PRAGMA staging.cache_size = -65536;
            CREATE TABLE staging.staged_contact (
              id INTEGER PRIMARY KEY,
              seq INTEGER,
              target INTEGER,
              name TEXT NOT NULL, name_key TEXT NOT NULL, role TEXT NOT NULL, outlet TEXT NOT NULL, title TEXT NOT NULL,
              tier TEXT NOT NULL, cadence_override INTEGER, stage TEXT NOT NULL, how_met TEXT NOT NULL, notes TEXT NOT NULL,
              snoozed_until_day INTEGER, do_not_contact INTEGER NOT NULL, archived INTEGER NOT NULL,
              created_day INTEGER NOT NULL, updated_day INTEGER NOT NULL, review_from_day INTEGER NOT NULL,
              last_exchange_day INTEGER, warmth_base REAL NOT NULL, warmth_key REAL,
              family_name TEXT, given_name TEXT, surname_key TEXT NOT NULL,
              fts_tags TEXT NOT NULL, fts_handles TEXT NOT NULL
            );
            CREATE TABLE staging.staged_handle (
              id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
              normalized TEXT NOT NULL, label TEXT NOT NULL, position INTEGER NOT NULL,
              UNIQUE (contact_id, kind, normalized)
            );
            CREATE INDEX staging.staged_handle_by_key ON staged_handle(normalized, kind);
            CREATE TABLE staging.staged_tag (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE);
            CREATE TABLE staging.staged_contact_tag (
              contact_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (contact_id, tag_id)
            ) WITHOUT ROWID;
            CREATE TABLE staging.staged_exchange (
              id INTEGER PRIMARY KEY, contact_id INTEGER NOT NULL, day INTEGER NOT NULL, channel TEXT NOT NULL,
              direction TEXT NOT NULL, summary TEXT NOT NULL, notes TEXT NOT NULL, rating INTEGER, intent TEXT NOT NULL,
              follow_up_day INTEGER, follow_up TEXT, follow_up_done_day INTEGER,
              project TEXT, project_key TEXT
            );
            CREATE INDEX staging.staged_exchange_by_contact ON staged_exchange(contact_id, day);
            """)
    }

    /// Recomputes a staged new contact's last exchange and warmth base from its staged exchanges.
    static func refreshCaches(_ db: Database, stagedId: Int64, cadence: Cadence) throws {
        try Caches.refresh(db, contactId: stagedId, cadence: cadence,
                           contactTable: "staging.staged_contact", exchangeTable: "staging.staged_exchange")
    }

    /// Moves the staged rows into the live database; runs inside the
    /// write transaction. New contacts take the ids after the live
    /// database's last one, in file order (`seq` grows with the staged
    /// id, so rows are read in rowid order, without a sort).
    ///
    /// `stagedIndex` says what `stageSearchIndex` built in staging: the
    /// new contacts' search index under the ids they get after the live
    /// database's last contact id it saw, and, when there are exchanges,
    /// theirs after the last exchange id it saw. Each index is copied as
    /// it is (`SearchIndexTransfer`) when it still fits: the same last ids,
    /// no staged contact changed by the checks under the lock, no merge
    /// into a live contact. Otherwise the new rows are indexed here, as
    /// before. The exchanges then take those ids (the same as SQLite would
    /// give them, in file order: the staged ids count from 1 without gaps).
    ///
    /// `turn`, when given, lets the copy give way to waiting writers
    /// (`ImportYield`) between its statements, and in the middle of them,
    /// until the contacts' search index; the caller then runs it again.
    @discardableResult
    static func copy(_ importer: ContactImporter, stagedIndex: StagedIndexes? = nil, turn: ImportYield? = nil) throws -> CopyReport {
        let db = importer.db
        let clock = ImportClock.shared
        clock?.mark("copy: waiting for the lock") // l10n-exempt: profiling step
        try db.execute(sql: Schema.dropSearchTriggersSQL)
        var changed = false
        if importer.options.policy != .create { changed = try recheck(importer) }
        clock?.mark("copy: duplicate re-check") // l10n-exempt: profiling step
        try turn?.checkpoint()
        let base = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.contact") ?? 0
        let merges = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM staging.staged_contact WHERE target IS NOT NULL)") ?? true
        let transfer = stagedIndex?.contactsAfter == base && !changed && !merges
        let exchangesBefore = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.exchange") ?? 0
        // The staged exchanges are numbered after `exchangesAfter`, which
        // may leave a gap after the live ones (`exchangeGap`).
        let exchangesAfter = stagedIndex?.exchangesAfter
        let transferExchanges = transfer && exchangesAfter.map { exchangesBefore <= $0 } == true
        // The rows made ready in staging are copied whole when nothing they
        // assumed has changed (`ReadyRows`).
        let readyContacts = try transfer && stagedIndex?.ready.contacts == true && stagedIndex?.schema == ReadyRows.schema(db)
        let readyHandles = readyContacts && stagedIndex?.ready.handles == true
        // The live handles fewer than the ready ones, numbered after the same last id: copied whole with them.
        let swapHandles = try readyHandles && stagedIndex?.ready.handlesAfter != nil
            && stagedIndex?.ready.handlesAfter == Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.handle")
            && Bool.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM (SELECT 1 FROM main.handle LIMIT (SELECT count(*) FROM staging.handle)))
                  < (SELECT count(*) FROM staging.handle)
                """) == true
        let readyExchanges = try readyContacts && transferExchanges && stagedIndex?.ready.exchanges == true && ReadyRows.projectsHold(db)
        if readyExchanges {
            try ReadyRows.insertProjects(db, today: importer.today.ordinal)
        } else {
            // The exchanges' projects that the database lacks, named as first met.
            try db.execute(sql: """
                INSERT INTO main.project(name, key, created_day)
                SELECT (SELECT f.project FROM staging.staged_exchange f WHERE f.project_key = s.project_key ORDER BY f.id LIMIT 1),
                  s.project_key, ?
                FROM staging.staged_exchange s
                WHERE s.project_key IS NOT NULL AND s.project_key NOT IN (SELECT key FROM main.project)
                GROUP BY s.project_key
                """, arguments: [importer.today.ordinal])
        }
        // A table that gets more rows than it holds has its indexes built
        // again from sorted input after the copy, rather than walked in
        // random order for every row (`IndexRebuild`); not those the ready
        // rows bring whole, with their index entries.
        let incoming = try incomingRows(db).filter {
            ($0.table != "contact" || !readyContacts) && ($0.table != "exchange" || !readyExchanges) && ($0.table != "handle" || !swapHandles)
        }
        let indexes = try IndexRebuild.drop(db, incoming: incoming)
        clock?.mark("copy: projects, indexes dropped") // l10n-exempt: profiling step
        // One statement at a time: GRDB hands the arguments out statement by statement.
        for (step, sql) in zip(["contacts", "handles", "tags", "tag links", "exchanges"], [ // l10n-exempt: profiling step names
            readyContacts ? "INSERT INTO main.contact SELECT * FROM staging.contact" : """
            INSERT INTO main.contact(id, \(ContactTable.insertColumns))
            SELECT seq + ?1, \(ContactTable.insertColumns)
            FROM staging.staged_contact WHERE target IS NULL ORDER BY id
            """,
            """
            INSERT INTO main.handle(contact_id, kind, value, normalized, label, position)
            SELECT c.seq + ?1, h.kind, h.value, h.normalized, h.label, h.position
            FROM staging.staged_handle h JOIN staging.staged_contact c ON c.id = h.contact_id
            WHERE c.target IS NULL ORDER BY h.id
            """,
            """
            INSERT INTO main.tag(name, key)
            SELECT name, key FROM staging.staged_tag WHERE key NOT IN (SELECT key FROM main.tag) ORDER BY id
            """,
            """
            INSERT OR IGNORE INTO main.contact_tag(contact_id, tag_id)
            SELECT c.seq + ?1, t.id
            FROM staging.staged_contact_tag ct JOIN staging.staged_contact c ON c.id = ct.contact_id
            JOIN staging.staged_tag st ON st.id = ct.tag_id JOIN main.tag t ON t.key = st.key
            WHERE c.target IS NULL
            """,
            readyExchanges ? "INSERT INTO main.exchange SELECT * FROM staging.exchange" : """
            INSERT INTO main.exchange(id, contact_id, \(ExchangeTable.ownFields.list()), project_id)
            SELECT CASE WHEN ?2 IS NULL THEN NULL ELSE e.id + ?2 END, c.seq + ?1, \(ExchangeTable.ownFields.list(prefix: "e.")),
            (SELECT p.id FROM main.project p WHERE p.key = e.project_key)
            FROM staging.staged_exchange e JOIN staging.staged_contact c ON c.id = e.contact_id
            WHERE c.target IS NULL ORDER BY e.id
            """,
        ]) {
            try turn?.checkpoint()
            let arguments: StatementArguments = sql.contains("?2") ? [base, transferExchanges ? exchangesAfter : nil]
                : sql.contains("?1") ? [base] : []
            if step == "handles" && swapHandles {
                try ReadyRows.swapHandles(db)
            } else if step == "handles" && readyHandles {
                try ReadyRows.insertHandles(db)
            } else {
                try db.execute(sql: sql, arguments: arguments)
            }
            clock?.mark("copy: " + step) // l10n-exempt: profiling step
        }
        FaultPoint.hit(FaultPoint.importIndexes)
        try turn?.checkpoint()
        try indexes.create(db)
        clock?.mark("copy: indexes created") // l10n-exempt: profiling step
        try turn?.checkpoint()
        let newExchanges = try Int.fetchOne(db, sql: "SELECT count(*) FROM main.exchange WHERE id > ?", arguments: [exchangesBefore]) ?? 0
        let merged = try LiveMerge(importer)
        try merged.applyAll()
        clock?.mark("copy: merges into live") // l10n-exempt: profiling step
        try turn?.checkpoint()
        if !transferExchanges {
            try Schema.indexNewExchanges(db, after: Int64(exchangesBefore))
            clock?.mark("copy: exchanges' search index") // l10n-exempt: profiling step
        }
        try turn?.checkpoint()
        // The search-index transfer below leaves this connection's view of
        // contact_fts stale: from here on, the copy runs to its end.
        turn?.finalStretch()
        // Last: after a transfer, this connection must not use that index again.
        if transferExchanges {
            if !(try SearchIndexTransfer(table: "exchange_fts").run(db)) {
                try Schema.indexNewExchanges(db, after: Int64(exchangesBefore))
            }
            clock?.mark("copy: exchanges' search index moved") // l10n-exempt: profiling step
        }
        if !(try transfer && SearchIndexTransfer(table: "contact_fts").run(db)) {
            try db.execute(sql: """
                INSERT INTO main.contact_fts(rowid, name, outlet, title, notes, tags, handles)
                SELECT seq + ?, name, outlet, title, notes, fts_tags, fts_handles
                FROM staging.staged_contact WHERE target IS NULL
                """, arguments: [base])
        }
        try db.execute(sql: Schema.searchTriggersSQL)
        clock?.mark("copy: contacts' search index") // l10n-exempt: profiling step
        importer.counts.exchanges = newExchanges + merged.exchangesAdded
        return CopyReport(readyContacts: readyContacts, readyHandles: readyHandles, readyExchanges: readyExchanges, searchIndexesMoved: transfer,
                          exchangesAfter: transferExchanges ? exchangesAfter : nil, handlesSwapped: swapHandles)
    }

    /// What the last copy into a database did, for tests and figures:
    /// whether it copied the ready rows whole (`ReadyRows`), moved the
    /// staged search indexes, and after which id it numbered the exchanges.
    struct CopyReport: Equatable {
        var readyContacts: Bool
        var readyHandles: Bool
        var readyExchanges: Bool
        var searchIndexesMoved: Bool
        var exchangesAfter: Int64?
        /// Whether the handles were copied whole with the live ones (`ReadyRows.swapHandles`).
        var handlesSwapped = false
    }

    private static let reportLock = NSLock()
    nonisolated(unsafe) private static var reports: [String: CopyReport] = [:]

    static func record(_ report: CopyReport, path: String) {
        reportLock.withLock { reports[path] = report }
    }

    /// The last copy's report for the database at `path` in this process.
    static func lastCopy(path: String) -> CopyReport? {
        reportLock.withLock { reports[path] }
    }

    /// How many rows the copy brings to each table whose indexes
    /// `IndexRebuild` may build again (new contacts only: merges add few).
    private static func incomingRows(_ db: Database) throws -> [(table: String, rows: Int)] {
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM staging.staged_contact WHERE target IS NULL) AS contacts,
              (SELECT count(*) FROM staging.staged_handle) AS handles,
              (SELECT count(*) FROM staging.staged_contact_tag) AS tags,
              (SELECT count(*) FROM staging.staged_exchange) AS exchanges
            """)
        guard let row else { return [] }
        let contacts: Int = row["contacts"], handles: Int = row["handles"]
        let tags: Int = row["tags"], exchanges: Int = row["exchanges"]
        return [("contact", contacts), ("handle", handles), ("contact_tag", tags), ("exchange", exchanges)]
    }

    /// The live database's last ids that `stageSearchIndex` built the
    /// staged search indexes after.
    struct StagedIndexes: Equatable {
        var contactsAfter: Int64
        /// Nil when the exchanges' index was not built (no exchanges, merges
        /// into live contacts, or an index this code does not know).
        var exchangesAfter: Int64?
        /// Whether `ReadyRows` made the new contacts, and their exchanges,
        /// ready in staging, and the live schema it copied.
        var ready = ReadyRows.Made()
        var schema: [String] = []
    }

    /// How many numbers the new exchanges leave free after the live ones
    /// when other programs logged exchanges during the staging: those
    /// logged during the rest of the import then take the free numbers, so
    /// the staged exchanges (and their search index, keyed by number) keep
    /// theirs. A quiet import leaves no gap.
    static func exchangeGap(loggedDuringStaging: Int64) -> Int64 {
        loggedDuringStaging > 0 ? max(10_000, loggedDuringStaging * 10) : 0
    }

    /// Outside the write lock, once everything is staged: builds the new
    /// contacts' search index in the staging database, under the ids they
    /// will have if nobody adds a contact meanwhile, optimized into one
    /// segment, for `copy` to move as it is; the same for the new
    /// exchanges (their key is `day × 2³² + id`, the id the one they will
    /// get if nobody adds an exchange meanwhile). Returns the live
    /// database's last ids it assumed, or nil (nothing built) when the
    /// live contacts' index is not the one this code knows.
    ///
    /// `exchangesAtStart` is the live database's last exchange id when the
    /// staging began: if others logged exchanges since, the new ones are
    /// numbered after a gap (`exchangeGap`). Then `ReadyRows` makes the
    /// rows ready, when there are no merges into live contacts.
    static func stageSearchIndex(_ importer: ContactImporter, exchangesAtStart: Int64? = nil) throws -> StagedIndexes? {
        let db = importer.db
        guard let contactSQL = try definition(db, "contact_fts") else { return nil }
        let exchangeSQL = try definition(db, "exchange_fts")
        var staged = StagedIndexes(contactsAfter: 0)
        let merges = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM staging.staged_contact WHERE target IS NOT NULL)") ?? true
        // The rows themselves, ready to be copied whole (not beside merges into live contacts).
        func readyRows() throws -> Database.TransactionCompletion {
            guard !merges else { return .commit }
            staged.schema = try ReadyRows.schema(db)
            staged.ready = try ReadyRows.make(db, contactsAfter: staged.contactsAfter, exchangesAfter: staged.exchangesAfter)
            return .commit
        }
        try db.inTransaction(.deferred) {
            if let after = importer.streamedIndexAfter {
                // Filled while staging (`ContactImporter.streamSearchIndex`).
                staged.contactsAfter = after
            } else {
                try db.execute(sql: "DROP TABLE IF EXISTS staging.contact_fts")
                staged.contactsAfter = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.contact") ?? 0
                try createBulkIndex(db, "contact_fts", contactSQL)
                try db.execute(sql: """
                    INSERT INTO staging.contact_fts(rowid, name, outlet, title, notes, tags, handles)
                    SELECT seq + ?, name, outlet, title, notes, fts_tags, fts_handles
                    FROM staging.staged_contact WHERE target IS NULL ORDER BY id
                    """, arguments: [staged.contactsAfter])
            }
            try finishBulkIndex(db, "contact_fts")
            ImportClock.shared?.mark("staging: contacts' search index") // l10n-exempt: profiling step
            // Only when every staged exchange goes to a new contact and the
            // staged ids count from 1 without gaps (nothing deleted in staging).
            guard let exchangeSQL,
                  !merges,
                  let row = try Row.fetchOne(db, sql: "SELECT count(*) AS rows, coalesce(max(id), 0) AS last FROM staging.staged_exchange"),
                  row["rows"] as Int64 > 0, row["rows"] as Int64 == row["last"] as Int64
            else { return try readyRows() }
            let live = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.exchange") ?? 0
            let after = live + exchangeGap(loggedDuringStaging: exchangesAtStart.map { live - $0 } ?? 0)
            guard after + (row["last"] as Int64) <= 4_294_967_295 else { return try readyRows() }
            try createBulkIndex(db, "exchange_fts", exchangeSQL)
            try db.execute(sql: """
                INSERT INTO staging.exchange_fts(rowid, summary)
                SELECT e.day * 4294967296 + e.id + ?, e.summary FROM staging.staged_exchange e ORDER BY e.day, e.id
                """, arguments: [after])
            try finishBulkIndex(db, "exchange_fts")
            ImportClock.shared?.mark("staging: exchanges' search index") // l10n-exempt: profiling step
            staged.exchangesAfter = after
            return try readyRows()
        }
        return staged
    }

    /// Creates a staged search index to be filled in one go: FTS5's
    /// automatic merges are turned off (by default, every flush of its
    /// pending terms merges segments again, rewriting each term several
    /// times over a large import), and its crisis merge put off to the
    /// largest allowed number of segments; `finishBulkIndex` then merges
    /// everything once. The segments are the same bytes as with the
    /// default settings (checked by
    /// `ImportSpeedTests.stagedSearchIndexIsTheSameWithoutAutomaticMerges`).
    static func createBulkIndex(_ db: Database, _ name: String, _ definition: String) throws {
        try db.execute(sql: "CREATE VIRTUAL TABLE staging.\(name) " + definition)
        try db.execute(sql: "INSERT INTO staging.\(name)(\(name), rank) VALUES ('automerge', 0)")
        try db.execute(sql: "INSERT INTO staging.\(name)(\(name), rank) VALUES ('crisismerge', 1999)")
    }

    /// Merges a staged search index into one segment, then drops the
    /// settings `createBulkIndex` made, so that its configuration is the
    /// default one `SearchIndexTransfer` expects.
    static func finishBulkIndex(_ db: Database, _ name: String) throws {
        try db.execute(sql: "INSERT INTO staging.\(name)(\(name)) VALUES ('optimize')")
        try db.execute(sql: "DELETE FROM staging.\(name)_config WHERE k IN ('automerge', 'crisismerge')")
    }

    /// What follows `CREATE VIRTUAL TABLE NAME ` in the live search
    /// index's definition, or nil when it is not written that way.
    static func definition(_ db: Database, _ name: String) throws -> String? {
        let prefix = "CREATE VIRTUAL TABLE \(name) "
        guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM main.sqlite_master WHERE name = ?", arguments: [name]),
              sql.hasPrefix(prefix)
        else { return nil }
        return String(sql.dropFirst(prefix.count))
    }

    /// Under the lock: staged new contacts whose identifying handle another
    /// program saved meanwhile become duplicates (skipped, or merged into
    /// that contact), and merges into a contact deleted meanwhile become new
    /// contacts. One indexed look-up per staged identifying handle.
    /// Returns whether it changed any staged contact.
    private static func recheck(_ importer: ContactImporter) throws -> Bool {
        let db = importer.db
        let kinds = ContactImporter.identifyingKinds.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
        // The same pairs either way: walk the smaller side and look each up
        // in the other's (normalized, kind) index. A large import into a
        // small database walks the live handles (the last id stands for their
        // number: no count over the table).
        let live = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.handle") ?? 0
        let staged = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM staging.staged_handle") ?? 0
        let conflicts = try Row.fetchAll(db, sql: live < staged ? """
            SELECT c.id, min(l.contact_id) AS owner
            FROM main.handle l CROSS JOIN staging.staged_handle h ON h.normalized = l.normalized AND h.kind = l.kind
              CROSS JOIN staging.staged_contact c ON c.id = h.contact_id
            WHERE c.target IS NULL AND l.kind IN (\(kinds))
            GROUP BY c.id ORDER BY c.id
            """ : """
            SELECT c.id, min(l.contact_id) AS owner
            FROM staging.staged_contact c JOIN staging.staged_handle h ON h.contact_id = c.id
              JOIN main.handle l ON l.normalized = h.normalized AND l.kind = h.kind
            WHERE c.target IS NULL AND h.kind IN (\(kinds))
            GROUP BY c.id ORDER BY c.id
            """)
        for row in conflicts {
            let id: Int64 = row["id"]
            let owner: Int64 = row["owner"]
            importer.counts.imported -= 1
            if importer.options.policy == .skip {
                importer.counts.skippedDuplicates += 1
                for table in ["staged_handle", "staged_contact_tag", "staged_exchange"] {
                    try db.execute(sql: "DELETE FROM staging.\(table) WHERE contact_id = ?", arguments: [id])
                }
                try db.execute(sql: "DELETE FROM staging.staged_contact WHERE id = ?", arguments: [id])
            } else {
                importer.counts.merged += 1
                try db.execute(sql: "UPDATE staging.staged_contact SET target = ?, seq = NULL WHERE id = ?", arguments: [owner, id])
            }
        }
        let orphans = try Int64.fetchAll(db, sql: """
            SELECT id FROM staging.staged_contact WHERE target IS NOT NULL AND target NOT IN (SELECT id FROM main.contact) ORDER BY id
            """)
        guard !orphans.isEmpty else { return !conflicts.isEmpty }
        var seq = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM staging.staged_contact") ?? 0
        for id in orphans {
            seq += 1
            importer.counts.merged -= 1
            importer.counts.imported += 1
            try db.execute(sql: """
                UPDATE staging.staged_contact SET target = NULL, seq = ?, name = CASE WHEN name = '' THEN 'Imported contact' ELSE name END,
                  name_key = CASE WHEN name_key = '' THEN 'imported contact' ELSE name_key END,
                  surname_key = CASE WHEN name = '' THEN ?4 ELSE surname_key END,
                  role = CASE WHEN role = '' THEN 'journalist' ELSE role END, tier = CASE WHEN tier = '' THEN 'B' ELSE tier END,
                  stage = CASE WHEN stage = '' THEN 'new' ELSE stage END,
                  created_day = ?2, updated_day = ?2, review_from_day = CASE WHEN review_from_day = 0 THEN ?2 ELSE review_from_day END
                WHERE id = ?3
                """, arguments: [seq, importer.today.ordinal, id, SurnameSort(name: "Imported contact").key]) // l10n-exempt: the stored name of a nameless contact
            try db.execute(sql: """
                UPDATE staging.staged_contact SET
                  fts_handles = coalesce((SELECT group_concat(value, ' ') FROM staging.staged_handle WHERE contact_id = ?1), ''),
                  fts_tags = coalesce((SELECT group_concat(t.name, ' ') FROM staging.staged_contact_tag ct
                    JOIN staging.staged_tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?1), '')
                WHERE id = ?1
                """, arguments: [id])
            try refreshCaches(db, stagedId: id, cadence: importer.cadence)
        }
        return true
    }
}

/// Applies the staged merges into live contacts, under the write lock:
/// handles nobody has yet, tags, empty fields, "do not contact", and
/// exchanges the contact does not have yet; then their search documents
/// and caches.
private final class LiveMerge {
    private let importer: ContactImporter
    private let db: Database
    private let findOwner: FastStatement
    private let insertHandle: FastStatement
    private let hasExchange: FastStatement
    private var tagIds: [String: Int64] = [:]
    private(set) var exchangesAdded = 0

    init(_ importer: ContactImporter) throws {
        self.importer = importer
        db = importer.db
        findOwner = try FastStatement(db, "SELECT contact_id FROM main.handle WHERE normalized = ? AND kind = ? LIMIT 1")
        insertHandle = try FastStatement(db, BulkInsert.insertHandleSQL)
        hasExchange = try FastStatement(db, """
            SELECT 1 FROM main.exchange WHERE contact_id = ? AND day = ? AND channel = ? AND direction = ? AND summary = ? LIMIT 1
            """)
    }

    func applyAll() throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, target, outlet, title, how_met, notes, do_not_contact FROM staging.staged_contact
            WHERE target IS NOT NULL ORDER BY id
            """)
        guard !rows.isEmpty else { return }
        for row in try Row.fetchAll(db, sql: "SELECT id, key FROM main.tag") { tagIds[row["key"]] = row["id"] }
        var touched = Set<Int64>()
        var refresh = Set<Int64>()
        let today = importer.today.ordinal
        for row in rows {
            let staged: Int64 = row["id"]
            let target: Int64 = row["target"]
            var changed = false
            var position = try Int.fetchOne(db, sql: "SELECT coalesce(max(position), -1) + 1 FROM main.handle WHERE contact_id = ?",
                                            arguments: [target]) ?? 0
            for handle in try Row.fetchAll(db, sql: """
                SELECT kind, value, normalized, label FROM staging.staged_handle WHERE contact_id = ? ORDER BY position, id
                """, arguments: [staged]) {
                let kind: String = handle["kind"], key: String = handle["normalized"]
                guard try findOwner.integer([.text(key), .text(kind)]) == nil else { continue }
                try insertHandle.run([.integer(target), .text(kind), .text(handle["value"]), .text(key), .text(handle["label"]),
                                      .integer(position)])
                position += 1
                changed = true
            }
            for tag in try Row.fetchAll(db, sql: """
                SELECT t.name, t.key FROM staging.staged_contact_tag ct JOIN staging.staged_tag t ON t.id = ct.tag_id
                WHERE ct.contact_id = ? ORDER BY t.id
                """, arguments: [staged]) {
                let key: String = tag["key"]
                let tagId: Int64
                if let known = tagIds[key] {
                    tagId = known
                } else {
                    try db.execute(sql: BulkInsert.insertTagSQL, arguments: [tag["name"], key])
                    tagId = db.lastInsertedRowID
                    tagIds[key] = tagId
                }
                try db.execute(sql: BulkInsert.linkTagSQL, arguments: [target, tagId])
                if db.changesCount > 0 { changed = true }
            }
            try db.execute(sql: """
                UPDATE main.contact SET
                  outlet = CASE WHEN outlet = '' THEN ?1 ELSE outlet END,
                  title = CASE WHEN title = '' THEN ?2 ELSE title END,
                  how_met = CASE WHEN how_met = '' THEN ?3 ELSE how_met END,
                  notes = CASE WHEN notes = '' THEN ?4 ELSE notes END
                WHERE id = ?5 AND ((outlet = '' AND ?1 <> '') OR (title = '' AND ?2 <> '')
                  OR (how_met = '' AND ?3 <> '') OR (notes = '' AND ?4 <> ''))
                """, arguments: [row["outlet"], row["title"], row["how_met"], row["notes"], target])
            if db.changesCount > 0 { changed = true }
            if row["do_not_contact"] as Int64 == 1 {
                try db.execute(sql: "UPDATE main.contact SET do_not_contact = 1, updated_day = ? WHERE id = ? AND do_not_contact = 0",
                               arguments: [today, target])
            }
            if changed {
                try db.execute(sql: "UPDATE main.contact SET updated_day = ? WHERE id = ?", arguments: [today, target])
                touched.insert(target)
            }
            for exchange in try Row.fetchAll(db, sql: """
                SELECT \(ExchangeTable.ownFields.list()), project_key FROM staging.staged_exchange WHERE contact_id = ? ORDER BY id
                """, arguments: [staged]) {
                let known = try hasExchange.integer([.integer(target), .integer(exchange["day"] as Int), .text(exchange["channel"]),
                                                     .text(exchange["direction"]), .text(exchange["summary"])]) != nil
                if known { continue }
                let projectKey: String? = exchange["project_key"]
                let projectId = try projectKey.flatMap { key throws in
                    try Int64.fetchOne(db, sql: "SELECT id FROM main.project WHERE key = ?", arguments: [key])
                }
                try db.execute(sql: ExchangeTable.insertSQL(withProjectId: true),
                               arguments: StatementArguments([target.databaseValue] + exchange.databaseValues.dropLast()
                                   + [projectId.databaseValue]))
                exchangesAdded += 1
                refresh.insert(target)
            }
        }
        for id in touched {
            try db.execute(sql: """
                UPDATE main.contact_fts SET (name, outlet, title, notes) = (SELECT name, outlet, title, notes FROM main.contact WHERE id = ?),
                  tags = \(Schema.tagsSQL("?")), handles = \(Schema.handlesSQL("?"))
                WHERE rowid = ?
                """, arguments: [id, id, id, id])
        }
        for id in refresh { try Caches.refresh(db, contactId: id, cadence: importer.cadence) }
    }
}

extension RapportDatabase {
    /// Runs an import: `body` adds records through the importer, which
    /// stages them outside the write lock; then everything is copied into
    /// the database in one transaction, or nothing is if anything throws
    /// (the error is rethrown as it is, database errors as `StoreError`).
    /// A dry run stages everything and stops there, so its counts are
    /// those of the real import.
    public func importContacts<T>(_ options: ImportOptions, today: Day,
                                  _ body: (any ImportSink) throws -> T) throws -> (result: T, counts: ImportCounts) {
        StagingFolder.removeStale()
        let folder = try StagingFolder()
        defer { folder.remove() }
        do {
            // On disk, a connection of the import's own: staging only reads the
            // live file, so other writers (this process's app included) go on.
            let connection: any DatabaseWriter
            if let path {
                connection = try DatabaseQueue(path: path, configuration: Self.configuration())
            } else {
                connection = writer
            }
            defer { if connection !== writer { try? connection.close() } }
            return try connection.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS staging", arguments: [folder.databasePath]) // l10n-exempt: SQL
                defer { try? db.execute(sql: "DETACH DATABASE staging") } // l10n-exempt: SQL
                try ImportStaging.createTables(db)
                // Whether others log exchanges during the staging (`ImportStaging.exchangeGap`).
                let exchangesAtStart = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.exchange") ?? 0
                let importer = try ContactImporter(db: db, options: options, today: today, cadence: cadence)
                let pressWork = PressWorkPlan()
                var result: T?
                let clock = ImportClock.shared
                clock?.reset()
                defer { clock?.report() }
                try db.inTransaction(.deferred) {
                    // Only where `stageSearchIndex` runs: a connection of the import's own.
                    if connection !== writer && !options.dryRun, let definition = try ImportStaging.definition(db, "contact_fts") {
                        try importer.streamSearchIndex(definition: definition)
                    }
                    result = try body(PressWorkRecordingSink(importer, plan: pressWork))
                    clock?.mark("staging (this thread)") // l10n-exempt: profiling step
                    try importer.finishStaging()
                    return .commit
                }
                clock?.mark("staging: finish") // l10n-exempt: profiling step
                guard let result else { throw StoreError.database(L10n.text("the import did not finish")) }
                if options.dryRun { return (result, importer.counts) }
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA main.cache_size") ?? -2000
                try db.execute(sql: "PRAGMA main.cache_size = -32768")
                defer { try? db.execute(sql: "PRAGMA main.cache_size = \(cacheSize)") }
                // Only on a connection of the import's own, closed after it
                // (`SearchIndexTransfer`).
                let ownConnection = connection !== writer
                // The copy's rows point at contacts and tags it inserts or
                // finds in the same transaction (its joins guarantee it):
                // checking each reference again costs a look-up per handle,
                // tag link and exchange under the lock. Off before the ready
                // rows are made, too: their staging tables keep the live
                // tables' references, to tables staging does not have.
                if ownConnection { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
                defer { if ownConnection { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
                let stagedIndex = ownConnection ? try ImportStaging.stageSearchIndex(importer, exchangesAtStart: exchangesAtStart) : nil
                clock?.mark("staging: the rest") // l10n-exempt: profiling step
                var base: Int64 = 0
                // Press work (coverage, positions, introductions) is written
                // after the rows, in the same transaction (`PressWorkPlan`).
                func writePressWork() throws {
                    guard !pressWork.isEmpty else { return }
                    let writer = SQLitePressWork(db: db, cadence: cadence)
                    try pressWork.apply(to: writer, today: today) { try writer.liveId($0, base: base) }
                }
                if ownConnection, let path {
                    // Gives way to writers waiting on it (`ImportYield`); the
                    // staging database then needs a journal, so that the
                    // checks under the lock can be rolled back with the rest.
                    try db.execute(sql: "PRAGMA staging.journal_mode = MEMORY")
                    let turn = ImportYield(path: path, connection: connection)
                    let counts = importer.counts
                    // The import checkpoints the log itself, just after its
                    // commit and out of the write lock, as the commit would
                    // (apart, so that the commit can be timed alone).
                    try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                    defer { try? db.execute(sql: "PRAGMA wal_autocheckpoint = 1000") }
                    FaultPoint.hit(FaultPoint.importBeforeCopy)
                    try turn.run(db) {
                        importer.counts = counts
                        base = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.contact") ?? 0
                        let report = try ImportStaging.copy(importer, stagedIndex: stagedIndex, turn: turn)
                        ImportStaging.record(report, path: path)
                        try writePressWork()
                        clock?.mark("copy: press work") // l10n-exempt: profiling step
                        FaultPoint.hit(FaultPoint.importCopy)
                    }
                    clock?.mark("commit") // l10n-exempt: profiling step
                    _ = try? Row.fetchOne(db, sql: "PRAGMA main.wal_checkpoint(PASSIVE)")
                    clock?.mark("checkpoint (after the lock)") // l10n-exempt: profiling step
                } else {
                    try db.inTransaction(.immediate) {
                        base = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.contact") ?? 0
                        try ImportStaging.copy(importer, stagedIndex: stagedIndex)
                        try writePressWork()
                        FaultPoint.hit(FaultPoint.importCopy)
                        return .commit
                    }
                }
                FaultPoint.hit(FaultPoint.importAfterCommit)
                return (result, importer.counts)
            }
        } catch let error as DatabaseError {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }
}

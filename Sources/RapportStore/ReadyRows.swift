import Foundation
import GRDB

/// The new contacts and their exchanges made ready in the staging
/// database, outside the write lock, exactly as the live database will
/// store them: tables created from the live tables' own SQL (same
/// columns, constraints and indexes), filled with the final ids (the new
/// contacts after the live database's last contact, the exchanges after
/// `exchangesAfter`), projects resolved to their final ids, indexes built.
/// Their handles too, so that their constraints are checked there rather
/// than under the lock (`insertHandles`), or copied whole with the live
/// ones (`swapHandles`).
///
/// Under the lock, `INSERT INTO main.contact SELECT * FROM staging.contact`
/// is then SQLite's transfer optimization: with no trigger on the target
/// (the copy drops the search triggers), foreign keys off (the import's
/// own connection) and every target index matched by one of the source's,
/// SQLite copies the stored records and index entries as they are, without
/// decoding a row or sorting an index. Measured at 100,000 contacts and
/// 1,000,000 exchanges: 0.75 s of CPU instead of 3.3 s for the rows and
/// their indexes (docs/performance.md, "Ready rows").
///
/// Only used when it is sure to give the same database as the ordinary
/// copy: no merges into live contacts, the same last contact id, no live
/// exchange numbered after `exchangesAfter`, the same schema, the projects
/// as they were. Otherwise the copy inserts the staged rows as before.
enum ReadyRows {
    /// What `make` made ready.
    struct Made: Equatable {
        var contacts = false
        var exchanges = false
        var handles = false
        /// The live database's last handle id the ready handles are numbered after.
        var handlesAfter: Int64?
    }

    /// The live schema the ready tables copy, to compare under the lock:
    /// the three tables' and their indexes' SQL.
    static func schema(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT type || ' ' || name || ' ' || sql FROM main.sqlite_master
            WHERE tbl_name IN ('contact', 'exchange', 'handle') AND type IN ('table', 'index') AND sql IS NOT NULL
            ORDER BY type, name
            """)
    }

    /// Creates `staging.TABLE` from the live table's SQL, or returns nil
    /// (nothing created) when that SQL is not written the way this code
    /// expects; otherwise the SQL that creates its indexes there, to run
    /// once the rows are in (one sort each).
    private static func createTable(_ db: Database, _ table: String) throws -> [String]? {
        let prefix = "CREATE TABLE \(table) ("
        guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?",
                                            arguments: [table]),
              sql.hasPrefix(prefix)
        else { return nil }
        var indexes: [String] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid
            """, arguments: [table]) {
            let name: String = row["name"], indexSQL: String = row["sql"]
            guard let kind = ["CREATE INDEX ", "CREATE UNIQUE INDEX "].first(where: { indexSQL.hasPrefix($0 + name + " ON \(table)") })
            else { return nil }
            indexes.append(kind + "staging." + indexSQL.dropFirst(kind.count))
        }
        try db.execute(sql: "CREATE TABLE staging.\(table) (" + sql.dropFirst(prefix.count))
        return indexes
    }

    /// Outside the lock, at the end of staging (`ImportStaging.stageSearchIndex`):
    /// fills `staging.contact` with the new contacts under the ids they get
    /// after `contactsAfter`, and, when `exchangesAfter` is given, `staging.exchange`
    /// with their exchanges after that id, their projects in `staging.ready_project`.
    /// Their handles go to `staging.handle`, which has the live table's
    /// constraints: checked here, once, so that the copy need not check
    /// them again under the lock (`insertHandles`), numbered after the
    /// live table's last handle and indexed, for `swapHandles`.
    /// Returns what it made (nothing when the live schema is not the expected one).
    static func make(_ db: Database, contactsAfter: Int64, exchangesAfter: Int64?) throws -> Made {
        var made = Made()
        guard let contactIndexes = try createTable(db, "contact") else { return made }
        try db.execute(sql: """
            INSERT INTO staging.contact(id, \(ContactTable.insertColumns))
            SELECT seq + ?, \(ContactTable.insertColumns)
            FROM staging.staged_contact WHERE target IS NULL ORDER BY id
            """, arguments: [contactsAfter])
        for sql in contactIndexes { try db.execute(sql: sql) }
        made.contacts = true
        // Numbered in staged order after the live table's last handle, as
        // SQLite numbers them in the ordinary copy: by the staged id itself,
        // which counts from 1 without a gap (nothing is deleted from staging
        // before the copy; otherwise the handles are not made ready).
        let gapless = try Bool.fetchOne(db, sql: """
            SELECT (SELECT count(*) = coalesce(max(id), 0) FROM staging.staged_handle)
              AND NOT EXISTS (SELECT 1 FROM staging.staged_contact WHERE target IS NOT NULL)
            """) ?? false
        if gapless, let handleIndexes = try createTable(db, "handle") {
            let handlesAfter = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.handle") ?? 0
            try db.execute(sql: """
                INSERT INTO staging.handle(id, contact_id, kind, value, normalized, label, position)
                SELECT ?2 + h.id, c.seq + ?1, h.kind, h.value, h.normalized, h.label, h.position
                FROM staging.staged_handle h JOIN staging.staged_contact c ON c.id = h.contact_id
                ORDER BY h.id
                """, arguments: [contactsAfter, handlesAfter])
            for sql in handleIndexes { try db.execute(sql: sql) }
            made.handles = true
            made.handlesAfter = handlesAfter
        }
        ImportClock.shared?.mark("staging: ready contacts") // l10n-exempt: profiling step
        guard let exchangesAfter, let exchangeIndexes = try createTable(db, "exchange") else { return made }
        // The projects the exchanges name: the live ones by their ids, the
        // missing ones under the ids they get after the last live project,
        // in key order, named as first met (as the copy creates them).
        let lastProject = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.project") ?? 0
        try db.execute(sql: """
            CREATE TABLE staging.ready_project (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, new INTEGER NOT NULL);
            INSERT INTO staging.ready_project(id, key, name, new)
            SELECT p.id, p.key, p.name, 0 FROM main.project p
            WHERE p.key IN (SELECT project_key FROM staging.staged_exchange WHERE project_key IS NOT NULL);
            """)
        try db.execute(sql: """
            INSERT INTO staging.ready_project(id, key, name, new)
            SELECT ?1 + row_number() OVER (ORDER BY s.project_key), s.project_key,
              (SELECT f.project FROM staging.staged_exchange f WHERE f.project_key = s.project_key ORDER BY f.id LIMIT 1), 1
            FROM (SELECT DISTINCT project_key FROM staging.staged_exchange
                  WHERE project_key IS NOT NULL AND project_key NOT IN (SELECT key FROM main.project)) s
            ORDER BY s.project_key
            """, arguments: [lastProject])
        try db.execute(sql: """
            INSERT INTO staging.exchange(id, contact_id, \(ExchangeTable.ownFields.list()), project_id)
            SELECT e.id + ?2, c.seq + ?1, \(ExchangeTable.ownFields.list(prefix: "e.")), p.id
            FROM staging.staged_exchange e JOIN staging.staged_contact c ON c.id = e.contact_id
            LEFT JOIN staging.ready_project p ON p.key = e.project_key
            WHERE c.target IS NULL ORDER BY e.id
            """, arguments: [contactsAfter, exchangesAfter])
        for sql in exchangeIndexes { try db.execute(sql: sql) }
        ImportClock.shared?.mark("staging: ready exchanges") // l10n-exempt: profiling step
        made.exchanges = true
        return made
    }

    /// Under the lock: the ready handles into the live table, numbered
    /// after its last handle as SQLite numbers them. Their `CHECK`
    /// constraints, the same as the live table's (the schema was compared),
    /// held when `make` wrote them, so they are not evaluated again: that
    /// is most of the cost of this insert (0.37 s against 0.16 s for
    /// 260,000 handles). Unique and not-null constraints still are.
    static func insertHandles(_ db: Database) throws {
        try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
        try db.execute(sql: """
            INSERT INTO main.handle(contact_id, kind, value, normalized, label, position)
            SELECT contact_id, kind, value, normalized, label, position FROM staging.handle ORDER BY id
            """)
    }

    /// Under the lock, instead of `insertHandles`, when the live table
    /// holds fewer handles than the import brings and its last id is still
    /// the one `make` numbered after: the live handles join the ready ones
    /// in staging, the live table is emptied, and everything comes back in
    /// one `INSERT … SELECT *`, SQLite's transfer optimization, which a
    /// table with a unique index allows only when it is empty: stored
    /// records and index entries copied as they are, in id order, rather
    /// than 260,000 rows inserted one by one into the unique index and the
    /// other index built again (0.38 → 0.13 s in the shell). The rows and
    /// ids are the same as `insertHandles` gives; the delete and both
    /// copies belong to the copy's transaction (the staging database has a
    /// journal then), so giving way or failing undoes them.
    static func swapHandles(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO staging.handle SELECT * FROM main.handle")
        try db.execute(sql: "DELETE FROM main.handle")
        try db.execute(sql: "INSERT INTO main.handle SELECT * FROM staging.handle")
    }

    /// Under the lock: whether the projects `make` resolved are still the
    /// live ones (the known ones with the same ids and keys, none of the
    /// new ones' ids or keys taken meanwhile).
    static func projectsHold(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM staging.ready_project r JOIN main.project p ON p.id = r.id AND p.key = r.key WHERE r.new = 0)
                = (SELECT count(*) FROM staging.ready_project WHERE new = 0)
              AND NOT EXISTS (SELECT 1 FROM staging.ready_project r WHERE r.new = 1
                AND (r.id IN (SELECT id FROM main.project) OR r.key IN (SELECT key FROM main.project)))
            """) ?? false
    }

    /// Under the lock: creates the missing projects under the ids `make` gave them.
    static func insertProjects(_ db: Database, today: Int) throws {
        try db.execute(sql: """
            INSERT INTO main.project(id, name, key, created_day) SELECT id, name, key, ? FROM staging.ready_project WHERE new = 1 ORDER BY id
            """, arguments: [today])
    }
}

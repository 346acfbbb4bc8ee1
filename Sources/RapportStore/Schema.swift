import GRDB
import RapportCore

/// The database schema, as a list of versioned migrations. A migration, once
/// shipped, is never edited: changes come as new migrations, each tested
/// against databases made by the versions before it.
enum Schema {
    /// `PRAGMA application_id` of every Rapport database ("RAPT").
    static let applicationID: Int32 = 0x5241_5054

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (identifier, migration) in [
            ("v1-contacts-exchanges-search", v1), ("v2-ranking-indexes", v2), ("v3-search-keys", v3),
            ("v4-press-work", v4), ("v5-surname", v5), ("v6-exchange-search-contentless", v6),
        ] as [(String, @Sendable (Database) throws -> Void)] {
            migrator.registerMigration(identifier) { db in
                try refuseIfApplied(db, identifier)
                try migration(db)
                if identifier == "v6-exchange-search-contentless" { FaultPoint.hit(FaultPoint.migration) }
            }
        }
        return migrator
    }

    /// Thrown when a migration finds, once it holds the write lock, that
    /// another program applied it meanwhile.
    struct AppliedMeanwhile: Error {}

    /// GRDB reads which migrations a file has before it takes the write
    /// lock for each: two Rapports opening a file that needs one (the app
    /// and a command, just after an update) would both run it, and the
    /// second would fail recording it ("UNIQUE constraint failed"). Each
    /// migration therefore looks again under the lock; `migrate` then reads
    /// the list afresh.
    private static func refuseIfApplied(_ db: Database, _ identifier: String) throws {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)", arguments: [identifier]) == true {
            throw AppliedMeanwhile()
        }
    }

    /// Applies the migrations a file lacks, waiting for another program
    /// that is applying them at the same time (`refuseIfApplied`).
    static func migrate(_ writer: any DatabaseWriter) throws {
        for _ in 0..<knownMigrations.count {
            do {
                try migrator.migrate(writer)
                return
            } catch is AppliedMeanwhile {
                continue
            }
        }
        try migrator.migrate(writer)
    }

    /// Every known migration identifier, oldest first.
    static var knownMigrations: [String] { migrator.migrations }

    static func v1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: v1TablesSQL)
        try db.execute(sql: v1SearchSQL)
    }

    /// The search index: one document per contact (`contact_fts`: name,
    /// outlet, title, notes, tags, handles) and one per exchange summary
    /// (`exchange_fts`), kept in sync by triggers (`searchTriggers`) so no
    /// writer can forget them. Accents and case are folded; prefix indexes
    /// make 1-, 2- and 3-letter prefixes fast.
    ///
    /// An exchange's row in `exchange_fts` has the *search key*
    /// `day × 2³² + id` as its rowid: the index itself is in "newest first"
    /// order, so a search reads the newest matching exchanges and stops at
    /// its limit, whatever the number of matches. Exchange ids must stay
    /// below 2³² (the triggers refuse others). Since v6 the index keeps no
    /// copy of the summaries (`Schema.v6`).
    ///
    /// The triggers that keep the search index in sync, by name (the
    /// current schema's; bulk inserts drop and restore them).
    static let searchTriggers: [(name: String, sql: String)] = [
        ("contact_fts_insert", """
            AFTER INSERT ON contact BEGIN
              INSERT INTO contact_fts(rowid, name, outlet, title, notes, tags, handles)
              VALUES (new.id, new.name, new.outlet, new.title, new.notes, '', '');
            END
            """),
        ("contact_fts_update", """
            AFTER UPDATE OF name, outlet, title, notes ON contact BEGIN
              UPDATE contact_fts SET name = new.name, outlet = new.outlet, title = new.title, notes = new.notes
              WHERE rowid = new.id;
            END
            """),
        ("contact_fts_delete", """
            AFTER DELETE ON contact BEGIN
              DELETE FROM contact_fts WHERE rowid = old.id;
            END
            """),
        ("handle_fts_insert", """
            AFTER INSERT ON handle BEGIN
              UPDATE contact_fts SET handles = \(handlesSQL("new.contact_id")) WHERE rowid = new.contact_id;
            END
            """),
        ("handle_fts_delete", """
            AFTER DELETE ON handle BEGIN
              UPDATE contact_fts SET handles = \(handlesSQL("old.contact_id")) WHERE rowid = old.contact_id;
            END
            """),
        ("handle_fts_update", """
            AFTER UPDATE OF value ON handle BEGIN
              UPDATE contact_fts SET handles = \(handlesSQL("new.contact_id")) WHERE rowid = new.contact_id;
            END
            """),
        ("contact_tag_fts_insert", """
            AFTER INSERT ON contact_tag BEGIN
              UPDATE contact_fts SET tags = \(tagsSQL("new.contact_id")) WHERE rowid = new.contact_id;
            END
            """),
        ("contact_tag_fts_delete", """
            AFTER DELETE ON contact_tag BEGIN
              UPDATE contact_fts SET tags = \(tagsSQL("old.contact_id")) WHERE rowid = old.contact_id;
            END
            """),
        ("tag_fts_rename", """
            AFTER UPDATE OF name ON tag BEGIN
              UPDATE contact_fts SET tags = \(tagsSQL("contact_fts.rowid"))
              WHERE rowid IN (SELECT contact_id FROM contact_tag WHERE tag_id = new.id);
            END
            """),
    ] + v6ExchangeTriggers

    static var searchTriggersSQL: String {
        searchTriggers.map { "CREATE TRIGGER \($0.name) \($0.sql);" }.joined(separator: "\n")
    }

    static var dropSearchTriggersSQL: String {
        searchTriggers.map { "DROP TRIGGER \($0.name);" }.joined(separator: "\n")
    }

    /// A contact's handles as one search field.
    static func handlesSQL(_ contactId: String) -> String {
        "coalesce((SELECT group_concat(value, ' ') FROM handle WHERE contact_id = \(contactId)), '')"
    }

    /// A contact's tags as one search field.
    static func tagsSQL(_ contactId: String) -> String {
        "coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = \(contactId)), '')"
    }

    /// Indexes contacts and exchanges with ids above the given ones (after a
    /// bulk insert made with the triggers off).
    static func indexNewRows(_ db: Database, contactsAfter: Int64, exchangesAfter: Int64) throws {
        try db.execute(sql: """
            INSERT INTO contact_fts(rowid, name, outlet, title, notes, tags, handles)
            SELECT c.id, c.name, c.outlet, c.title, c.notes, \(tagsSQL("c.id")), \(handlesSQL("c.id"))
            FROM contact c WHERE c.id > ?;
            """, arguments: [contactsAfter])
        try indexNewExchanges(db, after: exchangesAfter)
    }

    /// Indexes the exchanges with an id above `exchangesAfter` (their search
    /// key is `day × 2³² + id`), for writers that add rows with the search
    /// triggers dropped. In key order: FTS5 writes its pending terms out as
    /// a new segment whenever a rowid is smaller than the last one.
    static func indexNewExchanges(_ db: Database, after exchangesAfter: Int64) throws {
        try db.execute(sql: """
            INSERT INTO exchange_fts(rowid, summary)
            SELECT day * 4294967296 + id, summary FROM exchange WHERE id > ? ORDER BY day, id
            """, arguments: [exchangesAfter])
    }
}

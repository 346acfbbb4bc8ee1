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
        migrator.registerMigration("v1-contacts-exchanges-search", migrate: v1)
        migrator.registerMigration("v2-ranking-indexes", migrate: v2)
        migrator.registerMigration("v3-search-keys", migrate: v3)
        return migrator
    }

    /// Every known migration identifier, oldest first.
    static var knownMigrations: [String] { migrator.migrations }

    private static func list(_ values: [String]) -> String {
        values.map { "'\($0)'" }.joined(separator: ", ")
    }

    static func v1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE contact (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL CHECK (length(trim(name)) > 0),
              name_key TEXT NOT NULL,
              role TEXT NOT NULL DEFAULT 'journalist' CHECK (role IN (\(list(Role.allNames)))),
              outlet TEXT NOT NULL DEFAULT '',
              title TEXT NOT NULL DEFAULT '',
              tier TEXT NOT NULL DEFAULT 'B' CHECK (tier IN (\(list(Tier.allNames)))),
              cadence_override INTEGER CHECK (cadence_override IS NULL OR cadence_override BETWEEN 1 AND 3650),
              stage TEXT NOT NULL DEFAULT 'new' CHECK (stage IN (\(list(Stage.allNames)))),
              how_met TEXT NOT NULL DEFAULT '',
              notes TEXT NOT NULL DEFAULT '',
              snoozed_until_day INTEGER,
              do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
              archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
              created_day INTEGER NOT NULL,
              updated_day INTEGER NOT NULL,
              review_from_day INTEGER NOT NULL,
              last_exchange_day INTEGER,
              warmth_base REAL NOT NULL DEFAULT 0 CHECK (warmth_base >= 0)
            );
            CREATE INDEX contact_by_name ON contact(name_key);
            CREATE INDEX contact_by_last ON contact(last_exchange_day);
            CREATE INDEX contact_by_due_anchor ON contact(tier, coalesce(last_exchange_day, review_from_day));

            CREATE TABLE handle (
              id INTEGER PRIMARY KEY,
              contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
              kind TEXT NOT NULL CHECK (kind IN (\(list(HandleKind.allNames)))),
              value TEXT NOT NULL CHECK (length(value) > 0),
              normalized TEXT NOT NULL CHECK (length(normalized) > 0),
              label TEXT NOT NULL DEFAULT '',
              position INTEGER NOT NULL DEFAULT 0,
              UNIQUE (contact_id, kind, normalized)
            );
            CREATE INDEX handle_by_normalized ON handle(normalized);

            CREATE TABLE tag (
              id INTEGER PRIMARY KEY,
              name TEXT NOT NULL CHECK (length(trim(name)) > 0),
              key TEXT NOT NULL UNIQUE
            );

            CREATE TABLE contact_tag (
              contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
              tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
              PRIMARY KEY (contact_id, tag_id)
            ) WITHOUT ROWID;
            CREATE INDEX contact_tag_by_tag ON contact_tag(tag_id);

            CREATE TABLE exchange (
              id INTEGER PRIMARY KEY,
              contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
              day INTEGER NOT NULL,
              channel TEXT NOT NULL CHECK (channel IN (\(list(Channel.allNames)))),
              direction TEXT NOT NULL CHECK (direction IN (\(list(Direction.allNames)))),
              summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
              notes TEXT NOT NULL DEFAULT '',
              rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
              intent TEXT NOT NULL DEFAULT 'chat' CHECK (intent IN (\(list(Intent.allNames)))),
              follow_up_day INTEGER,
              follow_up TEXT,
              follow_up_done_day INTEGER,
              CHECK ((follow_up_day IS NULL) = (follow_up IS NULL)),
              CHECK (follow_up_done_day IS NULL OR follow_up_day IS NOT NULL)
            );
            CREATE INDEX exchange_by_contact ON exchange(contact_id, day);
            CREATE INDEX exchange_open_follow_up ON exchange(follow_up_day)
              WHERE follow_up_day IS NOT NULL AND follow_up_done_day IS NULL;

            CREATE TABLE setting (
              key TEXT PRIMARY KEY,
              value TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
        try db.execute(sql: v1SearchSQL)
    }

    /// Lists sorted by warmth or due date read contacts in index order, tier
    /// by tier, instead of scoring every contact: `warmth_key` orders a
    /// tier's contacts by warmth on any day (see `Caches.warmthKey`).
    static func v2(_ db: Database) throws {
        // Covering indexes: a page of a list, a count, or the next rows of a
        // ranked list are read from the index alone.
        try db.execute(sql: """
            ALTER TABLE contact ADD COLUMN warmth_key REAL;
            DROP INDEX contact_by_name;
            CREATE INDEX contact_by_name ON contact(archived, name_key);
            DROP INDEX contact_by_last;
            CREATE INDEX contact_by_last ON contact(archived, last_exchange_day);
            DROP INDEX contact_by_due_anchor;
            CREATE INDEX contact_by_due_anchor ON contact(
              tier, coalesce(last_exchange_day, review_from_day),
              archived, do_not_contact, snoozed_until_day, role, last_exchange_day, review_from_day)
              WHERE cadence_override IS NULL;
            CREATE INDEX contact_by_warmth ON contact(
              tier, warmth_key, archived, role, last_exchange_day, warmth_base)
              WHERE cadence_override IS NULL;
            CREATE INDEX contact_with_cadence_override ON contact(
              cadence_override, tier, last_exchange_day, review_from_day, warmth_base,
              archived, do_not_contact, snoozed_until_day, role)
              WHERE cadence_override IS NOT NULL;
            DROP INDEX exchange_open_follow_up;
            CREATE INDEX exchange_open_follow_up ON exchange(follow_up_day, contact_id)
              WHERE follow_up_day IS NOT NULL AND follow_up_done_day IS NULL;
            """)
        let stored = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [Caches.cadenceSettingKey])
        let cadence = stored.map(Caches.cadence(fromFingerprint:)) ?? .standard
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, tier, cadence_override, last_exchange_day, warmth_base FROM contact WHERE last_exchange_day IS NOT NULL
            """)
        for row in rows {
            let days = cadence.days(tier: Tier(rawValue: row["tier"]) ?? .b, override: row["cadence_override"])
            try db.execute(sql: "UPDATE contact SET warmth_key = ? WHERE id = ?", arguments: [
                Caches.warmthKey(base: row["warmth_base"], last: Day(ordinal: row["last_exchange_day"]), cadence: days), row["id"],
            ])
        }
    }

    /// The search index: one document per contact (`contact_fts`: name,
    /// outlet, title, notes, tags, handles) and one per exchange summary
    /// (`exchange_fts`), kept in sync by triggers (`searchTriggers`) so no
    /// writer can forget them. Accents and case are folded; prefix indexes
    /// make 1-, 2- and 3-letter prefixes fast.
    ///
    /// An exchange's row in `exchange_fts` has the *search key*
    /// `day × 2³² + id` as its rowid and the contact's id in an unindexed
    /// column: the index itself is in "newest first" order, so a search
    /// reads the newest matching exchanges and stops at its limit, whatever
    /// the number of matches. Exchange ids must stay below 2³² (the triggers
    /// refuse others).
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
        ("exchange_fts_insert", """
            AFTER INSERT ON exchange BEGIN
              SELECT RAISE(ABORT, 'exchange id out of the search index range') WHERE new.id NOT BETWEEN 0 AND 4294967295;
              INSERT INTO exchange_fts(rowid, summary, contact_id) VALUES (new.day * 4294967296 + new.id, new.summary, new.contact_id);
            END
            """),
        ("exchange_fts_delete", """
            AFTER DELETE ON exchange BEGIN
              DELETE FROM exchange_fts WHERE rowid = old.day * 4294967296 + old.id;
            END
            """),
        ("exchange_fts_update", """
            AFTER UPDATE OF id, contact_id, day, summary ON exchange BEGIN
              SELECT RAISE(ABORT, 'exchange id out of the search index range') WHERE new.id NOT BETWEEN 0 AND 4294967295;
              DELETE FROM exchange_fts WHERE rowid = old.day * 4294967296 + old.id;
              INSERT INTO exchange_fts(rowid, summary, contact_id) VALUES (new.day * 4294967296 + new.id, new.summary, new.contact_id);
            END
            """),
    ]

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
    /// triggers dropped.
    static func indexNewExchanges(_ db: Database, after exchangesAfter: Int64) throws {
        try db.execute(sql: """
            INSERT INTO exchange_fts(rowid, summary, contact_id)
            SELECT day * 4294967296 + id, summary, contact_id FROM exchange WHERE id > ?
            """, arguments: [exchangesAfter])
    }
}

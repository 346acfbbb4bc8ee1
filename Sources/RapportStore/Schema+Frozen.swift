import Foundation
import GRDB

/// Shipped migrations, which must never change, written out as literal
/// SQL and frozen copies of the code they need: later edits to the live
/// code (such as `Schema.searchTriggers`, `Caches.warmthKey` or the
/// vocabulary) cannot change what an old migration does.
extension Schema {
    /// Version 1's tables and indexes, as its code wrote them (the lists
    /// of names in the `CHECK`s came from the vocabulary of the time; the
    /// text is the one stored in `Fixtures/v1-database.sqlite`).
    static let v1TablesSQL = """
        CREATE TABLE contact (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL CHECK (length(trim(name)) > 0),
          name_key TEXT NOT NULL,
          role TEXT NOT NULL DEFAULT 'journalist' CHECK (role IN ('journalist', 'blogger', 'expert', 'influencer', 'partner', 'provider', 'other')),
          outlet TEXT NOT NULL DEFAULT '',
          title TEXT NOT NULL DEFAULT '',
          tier TEXT NOT NULL DEFAULT 'B' CHECK (tier IN ('A', 'B', 'C')),
          cadence_override INTEGER CHECK (cadence_override IS NULL OR cadence_override BETWEEN 1 AND 3650),
          stage TEXT NOT NULL DEFAULT 'new' CHECK (stage IN ('new', 'acquainted', 'engaged', 'trusted', 'ally')),
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
        CREATE TABLE handle (
          id INTEGER PRIMARY KEY,
          contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'twitter', 'mastodon', 'bluesky', 'linkedin', 'website', 'other')),
          value TEXT NOT NULL CHECK (length(value) > 0),
          normalized TEXT NOT NULL CHECK (length(normalized) > 0),
          label TEXT NOT NULL DEFAULT '',
          position INTEGER NOT NULL DEFAULT 0,
          UNIQUE (contact_id, kind, normalized)
        );
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
        CREATE TABLE exchange (
          id INTEGER PRIMARY KEY,
          contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
          day INTEGER NOT NULL,
          channel TEXT NOT NULL CHECK (channel IN ('twitter', 'twitter-dm', 'mastodon', 'bluesky', 'email', 'phone', 'meeting', 'event', 'other')),
          direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
          summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
          notes TEXT NOT NULL DEFAULT '',
          rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
          intent TEXT NOT NULL DEFAULT 'chat' CHECK (intent IN ('gave', 'asked', 'chat')),
          follow_up_day INTEGER,
          follow_up TEXT,
          follow_up_done_day INTEGER,
          CHECK ((follow_up_day IS NULL) = (follow_up IS NULL)),
          CHECK (follow_up_done_day IS NULL OR follow_up_day IS NOT NULL)
        );
        CREATE TABLE setting (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX contact_by_name ON contact(name_key);
        CREATE INDEX contact_by_last ON contact(last_exchange_day);
        CREATE INDEX contact_by_due_anchor ON contact(tier, coalesce(last_exchange_day, review_from_day));
        CREATE INDEX handle_by_normalized ON handle(normalized);
        CREATE INDEX contact_tag_by_tag ON contact_tag(tag_id);
        CREATE INDEX exchange_by_contact ON exchange(contact_id, day);
        CREATE INDEX exchange_open_follow_up ON exchange(follow_up_day)
          WHERE follow_up_day IS NOT NULL AND follow_up_done_day IS NULL;
        """

    /// Version 2: ranking indexes and the warmth key. Frozen: the warmth
    /// key of each contact is computed with `v2WarmthKey` and the cadences
    /// with `v2TierDays`, copies of the formula and the defaults as they
    /// were when it shipped, so later changes to `Caches` or `Cadence`
    /// cannot change what it writes (a test checks that the result still
    /// equals today's computation).
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
        let stored = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'warmth_cadence'")
        let tierDays = v2TierDays(fingerprint: stored)
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, tier, cadence_override, last_exchange_day, warmth_base FROM contact WHERE last_exchange_day IS NOT NULL
            """)
        for row in rows {
            let tier: String = row["tier"]
            let cadence: Int = row["cadence_override"] ?? tierDays[tier] ?? 60
            try db.execute(sql: "UPDATE contact SET warmth_key = ? WHERE id = ?", arguments: [
                v2WarmthKey(base: row["warmth_base"], lastDay: row["last_exchange_day"], cadence: cadence), row["id"],
            ])
        }
    }

    /// The tier cadences of a stored fingerprint (`A=30,B=60,C=120`), over
    /// version 2's defaults, as version 2 read them.
    static func v2TierDays(fingerprint: String?) -> [String: Int] {
        var days = ["A": 30, "B": 60, "C": 120]
        for part in (fingerprint ?? "").split(separator: ",") {
            let pair = part.split(separator: "=")
            if pair.count == 2, days[String(pair[0])] != nil, let value = Int(pair[1]) { days[String(pair[0])] = value }
        }
        return days
    }

    /// Version 2's warmth key: ln(base) + ln 2 × last / cadence, nil when
    /// the base is 0 (see `Caches.warmthKey`, the live formula).
    static func v2WarmthKey(base: Double, lastDay: Int, cadence: Int) -> Double? {
        guard base > 0 else { return nil }
        return Foundation.log(base) + 0.6931471805599453 * Double(lastDay) / Double(max(1, cadence))
    }
    /// The search index as version 1 created it (the text the v1 code
    /// produced, frozen when v3 replaced the exchange index).
    static let v1SearchSQL = """
        CREATE VIRTUAL TABLE contact_fts USING fts5(name, outlet, title, notes, tags, handles, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        CREATE VIRTUAL TABLE exchange_fts USING fts5(summary, content = 'exchange', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
          INSERT INTO contact_fts(rowid, name, outlet, title, notes, tags, handles)
          VALUES (new.id, new.name, new.outlet, new.title, new.notes, '', '');
        END;
        CREATE TRIGGER contact_fts_update AFTER UPDATE OF name, outlet, title, notes ON contact BEGIN
          UPDATE contact_fts SET name = new.name, outlet = new.outlet, title = new.title, notes = new.notes
          WHERE rowid = new.id;
        END;
        CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
          DELETE FROM contact_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER handle_fts_insert AFTER INSERT ON handle BEGIN
          UPDATE contact_fts SET handles = coalesce((SELECT group_concat(value, ' ') FROM handle WHERE contact_id = new.contact_id), '') WHERE rowid = new.contact_id;
        END;
        CREATE TRIGGER handle_fts_delete AFTER DELETE ON handle BEGIN
          UPDATE contact_fts SET handles = coalesce((SELECT group_concat(value, ' ') FROM handle WHERE contact_id = old.contact_id), '') WHERE rowid = old.contact_id;
        END;
        CREATE TRIGGER handle_fts_update AFTER UPDATE OF value ON handle BEGIN
          UPDATE contact_fts SET handles = coalesce((SELECT group_concat(value, ' ') FROM handle WHERE contact_id = new.contact_id), '') WHERE rowid = new.contact_id;
        END;
        CREATE TRIGGER contact_tag_fts_insert AFTER INSERT ON contact_tag BEGIN
          UPDATE contact_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = new.contact_id), '') WHERE rowid = new.contact_id;
        END;
        CREATE TRIGGER contact_tag_fts_delete AFTER DELETE ON contact_tag BEGIN
          UPDATE contact_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = old.contact_id), '') WHERE rowid = old.contact_id;
        END;
        CREATE TRIGGER tag_fts_rename AFTER UPDATE OF name ON tag BEGIN
          UPDATE contact_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = contact_fts.rowid), '')
          WHERE rowid IN (SELECT contact_id FROM contact_tag WHERE tag_id = new.id);
        END;
        CREATE TRIGGER exchange_fts_insert AFTER INSERT ON exchange BEGIN
          INSERT INTO exchange_fts(rowid, summary) VALUES (new.id, new.summary);
        END;
        CREATE TRIGGER exchange_fts_delete AFTER DELETE ON exchange BEGIN
          INSERT INTO exchange_fts(exchange_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
        END;
        CREATE TRIGGER exchange_fts_update AFTER UPDATE OF summary ON exchange BEGIN
          INSERT INTO exchange_fts(exchange_fts, rowid, summary) VALUES ('delete', old.id, old.summary);
          INSERT INTO exchange_fts(rowid, summary) VALUES (new.id, new.summary);
        END;
        """

    /// Version 3: search keys. The exchange index becomes an index of its
    /// own (with a copy of each summary and the contact's id) whose rowid is
    /// `day × 2³² + id`, so "newest first" is the index's own order and a
    /// search stops at its limit; both indexes gain a 1-letter prefix index,
    /// so one-letter searches read one list instead of merging hundreds.
    static func v3(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER exchange_fts_insert;
            DROP TRIGGER exchange_fts_delete;
            DROP TRIGGER exchange_fts_update;
            DROP TABLE exchange_fts;
            CREATE VIRTUAL TABLE exchange_fts USING fts5(
              summary, contact_id UNINDEXED,
              tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', columnsize = 0);
            INSERT INTO exchange_fts(rowid, summary, contact_id)
              SELECT day * 4294967296 + id, summary, contact_id FROM exchange;
            CREATE TRIGGER exchange_fts_insert AFTER INSERT ON exchange BEGIN
              SELECT RAISE(ABORT, 'exchange id out of the search index range') WHERE new.id NOT BETWEEN 0 AND 4294967295;
              INSERT INTO exchange_fts(rowid, summary, contact_id) VALUES (new.day * 4294967296 + new.id, new.summary, new.contact_id);
            END;
            CREATE TRIGGER exchange_fts_delete AFTER DELETE ON exchange BEGIN
              DELETE FROM exchange_fts WHERE rowid = old.day * 4294967296 + old.id;
            END;
            CREATE TRIGGER exchange_fts_update AFTER UPDATE OF id, contact_id, day, summary ON exchange BEGIN
              SELECT RAISE(ABORT, 'exchange id out of the search index range') WHERE new.id NOT BETWEEN 0 AND 4294967295;
              DELETE FROM exchange_fts WHERE rowid = old.day * 4294967296 + old.id;
              INSERT INTO exchange_fts(rowid, summary, contact_id) VALUES (new.day * 4294967296 + new.id, new.summary, new.contact_id);
            END;
            DROP TABLE contact_fts;
            CREATE VIRTUAL TABLE contact_fts USING fts5(
              name, outlet, title, notes, tags, handles,
              tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
            INSERT INTO contact_fts(rowid, name, outlet, title, notes, tags, handles)
              SELECT c.id, c.name, c.outlet, c.title, c.notes,
                coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), ''),
                coalesce((SELECT group_concat(value, ' ') FROM handle WHERE contact_id = c.id), '')
              FROM contact c;
            """)
    }
}

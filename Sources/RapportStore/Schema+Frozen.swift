import GRDB

/// The SQL of shipped migrations that must never change, written out as
/// literal text: later edits to the live schema code (such as
/// `Schema.searchTriggers`) cannot change what an old migration does.
extension Schema {
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

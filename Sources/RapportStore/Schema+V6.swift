// l10n-exempt-file: schema, no user-facing text
import GRDB

extension Schema {
    /// Version 6: the exchanges' search index keeps no copy of the
    /// summaries (issue 7: a long import's final copy under the write lock).
    ///
    /// Until v5, `exchange_fts` stored each summary a second time (and the
    /// contact's id) in its own content table, keyed by the search key
    /// `day × 2³² + id`. Nothing read that copy but `highlight()` on the
    /// ≤ 50 exchange hits of `rapport search`, and an import had to copy
    /// it, a million rows interleaved among the live ones, while holding
    /// the write lock. From v6 the index is *contentless* (`content=''`):
    /// the same tokenizer, prefixes and search keys, only the terms.
    ///
    /// - The triggers remove an exchange's terms with FTS5's `'delete'`
    ///   command, which needs the text that was indexed: they pass the
    ///   old summary, which is what was indexed (every writer goes
    ///   through them, or through `Schema.indexNewExchanges`, which indexes
    ///   the table's own summaries).
    /// - `rapport search` highlights its exchange hits itself
    ///   (`ExchangeHighlight`), with a throw-away index of the same
    ///   definition over the summaries it shows.
    /// - The index is built again from the exchanges, once, when the
    ///   database is opened by this version: in key order (FTS5 writes
    ///   out its pending terms whenever a rowid is smaller than the last,
    ///   so exchanges in id order would make one segment per few rows),
    ///   with FTS5's merges off until one final `optimize`, as imports
    ///   stage theirs; about 4 s at 1,000,000 exchanges (docs/performance.md).
    ///   The merge settings are then set back to FTS5's defaults (4 and
    ///   16) before their rows are deleted: FTS5 keeps the settings it was
    ///   given in the connection's memory, and deleting the rows alone
    ///   would leave this connection (a new database's first command, such
    ///   as `demo`) writing with merges off, level 0 growing without end.
    ///   With the rows gone, the table has FTS5's default settings, which
    ///   `SearchIndexTransfer` requires.
    ///
    /// Frozen: the SQL below is the v6 schema as shipped; later changes
    /// come as new migrations.
    static func v6(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER exchange_fts_insert;
            DROP TRIGGER exchange_fts_delete;
            DROP TRIGGER exchange_fts_update;
            DROP TABLE exchange_fts;
            \(v6ExchangeSearchSQL)
            INSERT INTO exchange_fts(exchange_fts, rank) VALUES ('automerge', 0);
            INSERT INTO exchange_fts(exchange_fts, rank) VALUES ('crisismerge', 1999);
            INSERT INTO exchange_fts(rowid, summary) SELECT day * 4294967296 + id, summary FROM exchange ORDER BY day, id;
            INSERT INTO exchange_fts(exchange_fts) VALUES ('optimize');
            INSERT INTO exchange_fts(exchange_fts, rank) VALUES ('automerge', 4);
            INSERT INTO exchange_fts(exchange_fts, rank) VALUES ('crisismerge', 16);
            DELETE FROM exchange_fts_config WHERE k IN ('automerge', 'crisismerge');
            CREATE TRIGGER exchange_fts_insert \(v6ExchangeTriggers[0].sql);
            CREATE TRIGGER exchange_fts_delete \(v6ExchangeTriggers[1].sql);
            CREATE TRIGGER exchange_fts_update \(v6ExchangeTriggers[2].sql);
            """)
    }

    /// The exchanges' search index from v6 on: contentless, keyed by `day × 2³² + id`.
    static let v6ExchangeSearchSQL = """
        CREATE VIRTUAL TABLE exchange_fts USING fts5(
          summary, content = '',
          tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', columnsize = 0);
        """

    /// The v6 triggers on `exchange` (insert, delete, update), by name.
    static let v6ExchangeTriggers: [(name: String, sql: String)] = [
        ("exchange_fts_insert", """
            AFTER INSERT ON exchange BEGIN
              SELECT RAISE(ABORT, 'exchange id out of the search index range') WHERE new.id NOT BETWEEN 0 AND 4294967295;
              INSERT INTO exchange_fts(rowid, summary) VALUES (new.day * 4294967296 + new.id, new.summary);
            END
            """),
        ("exchange_fts_delete", """
            AFTER DELETE ON exchange BEGIN
              INSERT INTO exchange_fts(exchange_fts, rowid, summary) VALUES ('delete', old.day * 4294967296 + old.id, old.summary);
            END
            """),
        ("exchange_fts_update", """
            AFTER UPDATE OF id, day, summary ON exchange BEGIN
              SELECT RAISE(ABORT, 'exchange id out of the search index range') WHERE new.id NOT BETWEEN 0 AND 4294967295;
              INSERT INTO exchange_fts(exchange_fts, rowid, summary) VALUES ('delete', old.day * 4294967296 + old.id, old.summary);
              INSERT INTO exchange_fts(rowid, summary) VALUES (new.day * 4294967296 + new.id, new.summary);
            END
            """),
    ]
}

/// Checks the exchanges' search index against the exchange table, term by
/// term. A contentless index cannot be checked by FTS5's own
/// `integrity-check` against its text (it has none), and a `'delete'` given
/// the wrong text would leave terms behind silently; so the index's every
/// term occurrence (`fts5vocab`, `instance`) is compared with those of an
/// index built afresh from the exchanges' summaries. For tests and
/// diagnosis: it creates temporary tables, so it needs a connection that
/// may write.
enum ExchangeIndexCheck {
    /// "term key position" lines found in one and not the other, each
    /// prefixed "extra" (in the index only) or "missing"; empty when the
    /// index holds exactly the exchanges' summaries under their search keys.
    static func mismatches(_ db: Database, schema: String = "main") throws -> [String] {
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.exchange_check_live;
            DROP TABLE IF EXISTS temp.exchange_check_fresh_terms;
            DROP TABLE IF EXISTS temp.exchange_check_fresh;
            CREATE VIRTUAL TABLE temp.exchange_check_live USING fts5vocab(\(schema), exchange_fts, instance);
            CREATE VIRTUAL TABLE temp.exchange_check_fresh USING fts5(
              summary, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', columnsize = 0);
            INSERT INTO temp.exchange_check_fresh(rowid, summary) SELECT day * 4294967296 + id, summary FROM \(schema).exchange;
            CREATE VIRTUAL TABLE temp.exchange_check_fresh_terms USING fts5vocab(temp, exchange_check_fresh, instance);
            """)
        defer {
            try? db.execute(sql: """
                DROP TABLE IF EXISTS temp.exchange_check_live;
                DROP TABLE IF EXISTS temp.exchange_check_fresh_terms;
                DROP TABLE IF EXISTS temp.exchange_check_fresh;
                """)
        }
        func lines(_ prefix: String, _ sql: String) throws -> [String] {
            try Row.fetchAll(db, sql: sql).map { "\(prefix) \($0[0] as String) \($0[1] as Int64) \($0[2] as Int64)" }
        }
        return try lines("extra", """
            SELECT term, doc, offset FROM temp.exchange_check_live
            EXCEPT SELECT term, doc, offset FROM temp.exchange_check_fresh_terms
            """) + lines("missing", """
            SELECT term, doc, offset FROM temp.exchange_check_fresh_terms
            EXCEPT SELECT term, doc, offset FROM temp.exchange_check_live
            """)
    }
}

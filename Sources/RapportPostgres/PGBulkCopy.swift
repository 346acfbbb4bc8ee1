import RapportCore
import RapportStore

/// Copies whole contacts (with exchanges) into the team database in a few
/// round trips, whatever their number: the ids are taken from the
/// sequences in one statement, the rows go in with `COPY … FROM STDIN`,
/// and the search vectors are computed set-wise (`rapport.bulk` keeps the
/// row triggers from computing them one by one): an exchange's vector once
/// per distinct summary, as it is inserted from a temporary table; the
/// contacts' once at the end. Caches are the store's part. Runs inside the
/// caller's transaction, so it is all or nothing with it; the triggers
/// still set authors, owners and row versions.
struct PGBulkCopy {
    /// One contact to copy: a validated draft, its days and flags, and its exchanges.
    struct Item {
        /// The id to keep (`keepIds`), else nil.
        var id: Int64?
        var draft: ContactDraft
        var created: Day
        var updated: Day
        var reviewFrom: Day
        var snoozedUntil: Day?
        var archived: Bool
        /// With the ids to keep (`keepIds`).
        var exchanges: [(id: Int64?, draft: ExchangeDraft)]

        /// A contact of an export, as it is (ids included).
        static func exported(_ item: ExportedContact) -> Item {
            let c = item.contact
            var draft = ContactDraft(name: c.name, role: c.role, outlet: c.outlet, title: c.title, tier: c.tier,
                                     cadenceOverride: c.cadenceOverride, stage: c.stage, howMet: c.howMet, notes: c.notes,
                                     doNotContact: c.doNotContact, handles: c.handles, tags: c.tags)
            draft.notesPrivate = c.notesPrivate
            return Item(id: c.id, draft: draft, created: c.created, updated: c.updated, reviewFrom: c.reviewFrom,
                        snoozedUntil: c.snoozedUntil, archived: c.archived,
                        exchanges: item.exchanges.map { (id: $0.id, draft: ExchangeDraft($0)) })
        }
    }

    let db: PGConnection
    /// Rows keep the ids they had (copying into an empty database: the demo).
    let keepIds: Bool

    /// Copies the contacts and their exchanges; returns the contact ids, in order.
    func copy(_ items: [Item]) throws -> [Int64] {
        guard !items.isEmpty else { return [] }
        try db.execute("SET LOCAL rapport.bulk = 'on'") // l10n-exempt: SQL
        let ids = keepIds ? items.map { $0.id ?? 0 } : try newIds("contact", count: items.count)
        let exchangeCount = items.reduce(0) { $0 + $1.exchanges.count }
        var exchangeIds = (keepIds ? [] : try newIds("exchange", count: exchangeCount)).makeIterator()

        var contacts: [[String?]] = [], notes: [[String?]] = [], handles: [[String?]] = []
        var links: [(Int64, String)] = [], tagNames: [String: String] = [:], tagOrder: [String] = []
        var exchanges: [[String?]] = [], exchangeNotes: [[String?]] = []
        contacts.reserveCapacity(items.count)
        // Projects named by the exchanges, found or created once each (dated by their first exchange).
        var projects: [String: String] = [:]
        for item in items {
            for (_, exchange) in item.exchanges {
                guard let name = exchange.project, projects[name] == nil else { continue }
                projects[name] = String(try PGProjectKeys.findOrCreate(db, named: name, today: exchange.day))
            }
        }
        exchanges.reserveCapacity(exchangeCount)
        for (item, id) in zip(items, ids) {
            let d = item.draft
            contacts.append([
                String(id), d.name, TextKey.fold(d.name), d.role.rawValue, d.outlet, d.title, d.tier.rawValue,
                PGText.int(d.cadenceOverride), d.stage.rawValue, d.howMet, PGText.int(item.snoozedUntil?.ordinal),
                PGText.bool(d.doNotContact), PGText.bool(item.archived), String(item.created.ordinal),
                String(item.updated.ordinal), String(item.reviewFrom.ordinal), d.familyName, d.givenName, d.surnameSort.key,
            ])
            if !d.notes.isEmpty || d.notesPrivate { notes.append([String(id), d.notes, PGText.bool(d.notesPrivate)]) }
            var seen = Set<String>()
            for (position, handle) in d.handles.enumerated() where seen.insert(handle.kind.rawValue + " " + handle.normalized).inserted {
                handles.append([String(id), handle.kind.rawValue, handle.value, handle.normalized, handle.label, String(position)])
            }
            var linked = Set<String>()
            for tag in d.tags {
                let key = TextKey.fold(tag)
                if tagNames[key] == nil {
                    tagNames[key] = tag
                    tagOrder.append(key)
                }
                if linked.insert(key).inserted { links.append((id, key)) }
            }
            for (kept, exchange) in item.exchanges {
                let exchangeId = keepIds ? kept ?? 0 : exchangeIds.next() ?? 0
                exchanges.append([
                    String(exchangeId), String(id), String(exchange.day.ordinal), exchange.channel.rawValue,
                    exchange.direction.rawValue, exchange.summary, PGText.int(exchange.rating), exchange.intent.rawValue,
                    PGText.int(exchange.followUp?.due.ordinal), exchange.followUp?.text, PGText.int(exchange.followUp?.done?.ordinal),
                    exchange.project.flatMap { projects[$0] },
                ])
                if !exchange.notes.isEmpty || exchange.notesPrivate {
                    exchangeNotes.append([String(exchangeId), exchange.notes, PGText.bool(exchange.notesPrivate)])
                }
            }
        }
        try db.copyIn("""
            COPY contact(id, name, name_key, role, outlet, title, tier, cadence_override, stage, how_met, snoozed_until_day,
              do_not_contact, archived, created_day, updated_day, review_from_day, family_name, given_name, surname_key) FROM STDIN
            """, contacts)
        try insertNotes("contact_note", key: "contact_id", notes)
        try db.copyIn("COPY handle(contact_id, kind, value, normalized, label, position) FROM STDIN", handles)
        if !tagNames.isEmpty {
            try db.execute("""
                INSERT INTO tag(name, key) SELECT name, key FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(name, key, n)
                ORDER BY n ON CONFLICT (key) DO NOTHING
                """, [PostgresStore.textArray(tagOrder.map { tagNames[$0] ?? $0 }), PostgresStore.textArray(tagOrder)])
            var tagIds: [String: String] = [:]
            for row in try db.execute("SELECT key, id FROM tag WHERE key = ANY($1::text[])",
                                      [PostgresStore.textArray(tagOrder)]).records {
                tagIds[row.text(0)] = row.text(1)
            }
            try db.copyIn("COPY contact_tag(contact_id, tag_id) FROM STDIN", links.map { [String($0.0), tagIds[$0.1]] })
        }
        try copyExchanges(exchanges)
        try insertNotes("exchange_note", key: "exchange_id", exchangeNotes)
        if keepIds {
            try db.execute("""
                SELECT setval(pg_get_serial_sequence('contact', 'id'), greatest((SELECT max(id) FROM contact), 1));
                SELECT setval(pg_get_serial_sequence('exchange', 'id'), greatest((SELECT max(id) FROM exchange), 1))
                """)
        }
        // The contacts' search text and vector, once for every copied contact (the trigger computes the vector).
        try db.execute("SET LOCAL rapport.bulk = 'off'") // l10n-exempt: SQL
        try db.execute("""
            UPDATE contact SET search_handles = rapport_handles_text(id), search_tags = rapport_tags_text(id),
              search_notes = coalesce((SELECT n.notes FROM contact_note n WHERE n.contact_id = contact.id AND NOT n.private), '')
            WHERE id = ANY($1::bigint[])
            """, [PGText.ids(ids)])
        return ids
    }

    /// Notes go in with one INSERT (PostgreSQL has no COPY into a table
    /// with row-level security); the triggers set the author.
    private func insertNotes(_ table: String, key: String, _ rows: [[String?]]) throws {
        guard !rows.isEmpty else { return }
        try db.execute("""
            INSERT INTO \(table)(\(key), notes, private)
            SELECT k, n, p FROM unnest($1::bigint[], $2::text[], $3::boolean[]) AS t(k, n, p)
            """, [PostgresStore.textArray(rows.map { $0[0] ?? "" }), PostgresStore.textArray(rows.map { $0[1] ?? "" }),
                  PostgresStore.textArray(rows.map { $0[2] ?? "false" })])
    }

    /// `count` new ids of a table, in increasing order.
    private func newIds(_ table: String, count: Int) throws -> [Int64] {
        guard count > 0 else { return [] }
        return try db.execute("""
            SELECT nextval(pg_get_serial_sequence('\(table)', 'id')) AS id FROM generate_series(1, $1) ORDER BY id
            """, [String(count)]).rows.map { $0.first.flatMap { $0.flatMap { Int64($0) } } ?? 0 }
    }

    /// Exchanges go through a temporary table, so each is written once,
    /// with its search vector (one per distinct summary).
    private func copyExchanges(_ rows: [[String?]]) throws {
        guard !rows.isEmpty else { return }
        try db.execute("""
            CREATE TEMP TABLE IF NOT EXISTS rapport_exchange_copy (
              id bigint, contact_id bigint, day integer, channel text, direction text, summary text, rating integer,
              intent text, follow_up_day integer, follow_up text, follow_up_done_day integer, project_id bigint
            ) ON COMMIT DROP;
            TRUNCATE rapport_exchange_copy
            """)
        try db.copyIn("""
            COPY rapport_exchange_copy(id, contact_id, day, channel, direction, summary, rating, intent, follow_up_day,
              follow_up, follow_up_done_day, project_id) FROM STDIN
            """, rows)
        try db.execute("""
            INSERT INTO exchange(id, contact_id, day, channel, direction, summary, rating, intent, follow_up_day, follow_up,
              follow_up_done_day, project_id, search)
            SELECT s.id, s.contact_id, s.day, s.channel, s.direction, s.summary, s.rating, s.intent, s.follow_up_day,
              s.follow_up, s.follow_up_done_day, s.project_id, v.search
            FROM rapport_exchange_copy s
            JOIN (SELECT d.summary, rapport_tsv(d.summary) AS search
                  FROM (SELECT DISTINCT summary FROM rapport_exchange_copy) d) v ON v.summary = s.summary
            ORDER BY s.id;
            TRUNCATE rapport_exchange_copy
            """)
    }
}

import RapportCore
import RapportStore

/// Copies whole contacts (with exchanges) into the team database in a few
/// set-based statements: multi-row INSERTs, the search vectors built once
/// at the end (`rapport.bulk`), caches computed by the store. Runs inside
/// the caller's transaction. With `keepIds`, rows keep the ids they had
/// (copying into an empty database: the demo).
struct PGBulkCopy {
    let db: PGConnection
    let keepIds: Bool

    /// PostgreSQL accepts 65535 parameters per statement.
    static let maxParameters = 30000

    /// Inserts rows; returns the value of `returning` for each, in order.
    @discardableResult
    func insert(_ table: String, _ columns: [(name: String, type: String)], _ rows: [[String?]],
                suffix: String = "", returning: String? = nil) throws -> [String?] {
        guard !rows.isEmpty else { return [] }
        var returned: [String?] = []
        let perStatement = max(1, Self.maxParameters / columns.count)
        var start = 0
        while start < rows.count {
            let batch = rows[start..<min(start + perStatement, rows.count)]
            var values: [String?] = []
            var tuples: [String] = []
            for row in batch {
                let placeholders = columns.indices.map { index -> String in
                    values.append(row[index])
                    return "$\(values.count)::\(columns[index].type)"
                }
                tuples.append("(" + placeholders.joined(separator: ",") + ")")
            }
            let sql = "INSERT INTO \(table)(\(columns.map(\.name).joined(separator: ","))) VALUES \(tuples.joined(separator: ","))"
                + " \(suffix)" + (returning.map { " RETURNING \($0)" } ?? "")
            let result = try db.execute(sql, values)
            if returning != nil { returned += result.rows.map { $0.first ?? nil } }
            start += perStatement
        }
        return returned
    }

    /// Copies the contacts and their exchanges; returns the new contact ids, in order.
    func copy(_ contacts: [ExportedContact]) throws -> [Int64] {
        guard !contacts.isEmpty else { return [] }
        try db.execute("SET LOCAL rapport.bulk = 'on'")
        var contactColumns: [(name: String, type: String)] = [
            ("name", "text"), ("name_key", "text"), ("role", "text"), ("outlet", "text"), ("title", "text"), ("tier", "text"),
            ("cadence_override", "integer"), ("stage", "text"), ("how_met", "text"), ("snoozed_until_day", "integer"),
            ("do_not_contact", "boolean"), ("archived", "boolean"), ("created_day", "integer"), ("updated_day", "integer"),
            ("review_from_day", "integer"),
        ]
        if keepIds { contactColumns.insert(("id", "bigint"), at: 0) }
        let contactRows: [[String?]] = contacts.map { item in
            let c = item.contact
            let row: [String?] = [
                c.name, TextKey.fold(c.name), c.role.rawValue, c.outlet, c.title, c.tier.rawValue, PGText.int(c.cadenceOverride),
                c.stage.rawValue, c.howMet, PGText.int(c.snoozedUntil?.ordinal), PGText.bool(c.doNotContact),
                PGText.bool(c.archived), String(c.created.ordinal), String(c.updated.ordinal), String(c.reviewFrom.ordinal),
            ]
            return keepIds ? [String(c.id)] + row : row
        }
        let ids = try insert("contact", contactColumns, contactRows, returning: "id").map { $0.flatMap { Int64($0) } ?? 0 }
        var notes: [[String?]] = [], handles: [[String?]] = [], links: [(Int64, String)] = [], tagNames: [String: String] = [:]
        var tagOrder: [String] = []
        var exchanges: [[String?]] = [], exchangeNotes: [(Int, String, Bool)] = []
        var projects: [String: String] = [:]
        for exchange in contacts.flatMap(\.exchanges) {
            guard let name = exchange.project, projects[name] == nil else { continue }
            projects[name] = String(try PGProjectKeys.findOrCreate(db, named: name, today: exchange.day))
        }
        for (item, id) in zip(contacts, ids) {
            let c = item.contact
            if !c.notes.isEmpty || c.notesPrivate { notes.append([String(id), c.notes, PGText.bool(c.notesPrivate)]) }
            var seen = Set<String>()
            for (position, handle) in c.handles.enumerated() where seen.insert(handle.kind.rawValue + " " + handle.normalized).inserted {
                handles.append([String(id), handle.kind.rawValue, handle.value, handle.normalized, handle.label, String(position)])
            }
            for tag in c.tags {
                let key = TextKey.fold(tag)
                if tagNames[key] == nil {
                    tagNames[key] = tag
                    tagOrder.append(key)
                }
                links.append((id, key))
            }
            for exchange in item.exchanges {
                var row: [String?] = [
                    String(id), String(exchange.day.ordinal), exchange.channel.rawValue, exchange.direction.rawValue,
                    exchange.summary, PGText.int(exchange.rating), exchange.intent.rawValue,
                    PGText.int(exchange.followUp?.due.ordinal), exchange.followUp?.text, PGText.int(exchange.followUp?.done?.ordinal),
                    exchange.project.flatMap { projects[$0] },
                ]
                if keepIds { row.insert(String(exchange.id), at: 0) }
                if !exchange.notes.isEmpty || exchange.notesPrivate {
                    exchangeNotes.append((exchanges.count, exchange.notes, exchange.notesPrivate))
                }
                exchanges.append(row)
            }
        }
        try insert("contact_note", [("contact_id", "bigint"), ("notes", "text"), ("private", "boolean")], notes)
        try insert("handle", [("contact_id", "bigint"), ("kind", "text"), ("value", "text"), ("normalized", "text"),
                              ("label", "text"), ("position", "integer")], handles,
                   suffix: "ON CONFLICT (contact_id, kind, normalized) DO NOTHING")
        if !tagNames.isEmpty {
            try insert("tag", [("name", "text"), ("key", "text")], tagOrder.map { [tagNames[$0], $0] },
                       suffix: "ON CONFLICT (key) DO NOTHING")
            var tagIds: [String: String] = [:]
            for row in try db.execute("SELECT key, id FROM tag WHERE key = ANY($1::text[])",
                                      [PostgresStore.textArray(Array(tagNames.keys))]).records {
                tagIds[row.text(0)] = row.text(1)
            }
            try insert("contact_tag", [("contact_id", "bigint"), ("tag_id", "bigint")],
                       links.map { [String($0.0), tagIds[$0.1]] }, suffix: "ON CONFLICT DO NOTHING")
        }
        // Exchanges get their search vector as they are inserted (no second write).
        try db.execute("SET LOCAL rapport.bulk = 'off'")
        var exchangeColumns: [(name: String, type: String)] = [
            ("contact_id", "bigint"), ("day", "integer"), ("channel", "text"), ("direction", "text"), ("summary", "text"),
            ("rating", "integer"), ("intent", "text"), ("follow_up_day", "integer"), ("follow_up", "text"),
            ("follow_up_done_day", "integer"), ("project_id", "bigint"),
        ]
        if keepIds { exchangeColumns.insert(("id", "bigint"), at: 0) }
        let exchangeIds = try insert("exchange", exchangeColumns, exchanges, returning: "id")
        try insert("exchange_note", [("exchange_id", "bigint"), ("notes", "text"), ("private", "boolean")],
                   exchangeNotes.map { [exchangeIds[$0.0], $0.1, PGText.bool($0.2)] })
        if keepIds {
            try db.execute("""
                SELECT setval(pg_get_serial_sequence('contact', 'id'), greatest((SELECT max(id) FROM contact), 1));
                SELECT setval(pg_get_serial_sequence('exchange', 'id'), greatest((SELECT max(id) FROM exchange), 1))
                """)
        }
        // The contacts' search text, once for every copied contact.
        try db.execute("""
            UPDATE contact SET search_handles = rapport_handles_text(id), search_tags = rapport_tags_text(id),
              search_notes = coalesce((SELECT n.notes FROM contact_note n WHERE n.contact_id = contact.id AND NOT n.private), '')
            WHERE id = ANY($1::bigint[])
            """, [PGText.ids(ids)])
        return ids
    }
}

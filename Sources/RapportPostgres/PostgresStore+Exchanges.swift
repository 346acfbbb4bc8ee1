import Foundation
import RapportCore
import RapportStore
import RapportLocalization

extension PostgresStore {
    func fetchExchange(_ db: PGConnection, id: Int64, lock: Bool = false) throws -> (exchange: Exchange, version: Int64)? {
        try db.execute("""
            SELECT \(PGColumns.exchange) FROM \(PGColumns.exchangeFrom) WHERE e.id = $1\(lock ? " FOR UPDATE OF e" : "")
            """, [String(id)]).records.first.map { (PGColumns.exchange($0), $0.int64(PGColumns.exchangeVersion)) }
    }

    /// The guard's view of a contact's recent exchanges: everyone's, with
    /// the colleague's display name on those the caller did not log.
    func guardWarnings(_ db: PGConnection, contact: Contact, draft: ExchangeDraft) throws -> [String] {
        let from = draft.day.adding(days: -PesteringGuard.askWindowDays)
        let rows = try db.execute("""
            SELECT day, channel, direction, rating, intent, author, summary FROM exchange
            WHERE contact_id = $1 AND day BETWEEN $2 AND $3 ORDER BY day, id
            """, [String(contact.id), String(from.ordinal), String(draft.day.ordinal)]).records
        let others = Set(rows.map { $0.text(5) }.filter { $0 != login })
        let names = try displayNames(db, logins: others)
        let entries = rows.map { row -> GuardEntry in
            let author = row.text(5)
            return GuardEntry(
                facts: ExchangeFacts(day: row.day(0) ?? draft.day, channel: Channel(rawValue: row.text(1)) ?? .other,
                                     direction: Direction(rawValue: row.text(2)) ?? .outbound, rating: row.int(3),
                                     intent: Intent(rawValue: row.text(4)) ?? .chat),
                colleague: author == login ? nil : (names[author] ?? author), summary: row.text(6))
        }
        return PesteringGuard.warnings(contactName: contact.name, doNotContact: contact.doNotContact,
                                       entries: entries, draft: draft.facts)
    }

    public func logExchange(contactId: Int64, _ draft: ExchangeDraft, today: Day, allowFuture: Bool) throws(StoreError) -> LogResult {
        let clean: ExchangeDraft
        do { clean = try draft.validated(today: today, allowFuture: allowFuture) } catch { throw .invalidInput(error.message) }
        return try write { db in
            let contact = try requireContact(db, id: contactId, lock: true)
            let warnings = try guardWarnings(db, contact: contact, draft: clean)
            let id = try insertExchange(db, contactId: contactId, clean, id: nil, today: today)
            try refreshCaches(db, ids: [contactId])
            guard let saved = try fetchExchange(db, id: id) else { throw StoreError.database(L10n.text("the new exchange was not found")) }
            return LogResult.make(exchange: saved.exchange, contact: try requireContact(db, id: contactId), warnings: warnings)
        }
    }

    /// Inserts a validated draft (under `id` when given); returns its id.
    /// Its project is found or created on `today`.
    func insertExchange(_ db: PGConnection, contactId: Int64, _ draft: ExchangeDraft, id: Int64?, today: Day) throws -> Int64 {
        let projectId = try draft.project.map { name throws in try PGProjectKeys.findOrCreate(db, named: name, today: today) }
        guard let newId = try db.execute("""
            INSERT INTO exchange(id, contact_id, day, channel, direction, summary, rating, intent, follow_up_day, follow_up,
              follow_up_done_day, project_id)
            VALUES (coalesce($1::bigint, nextval(pg_get_serial_sequence('exchange', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
              $12)
            RETURNING id
            """, [id.map(String.init), String(contactId), String(draft.day.ordinal), draft.channel.rawValue,
                  draft.direction.rawValue, draft.summary, PGText.int(draft.rating), draft.intent.rawValue,
                  PGText.int(draft.followUp?.due.ordinal), draft.followUp?.text, PGText.int(draft.followUp?.done?.ordinal),
                  projectId.map(String.init)])
            .scalar.flatMap({ Int64($0) }) else {
            throw StoreError.database(L10n.text("the new exchange got no id"))
        }
        if !draft.notes.isEmpty || draft.notesPrivate {
            try setExchangeNotes(db, exchangeId: newId, notes: draft.notes, private: draft.notesPrivate)
        }
        return newId
    }

    /// Writes an exchange's notes; one private to a colleague is refused.
    func setExchangeNotes(_ db: PGConnection, exchangeId: Int64, notes: String, private isPrivate: Bool) throws {
        try writeNote(db, table: "exchange_note", key: "exchange_id", id: exchangeId,
                      owner: L10n.text("the notes of exchange #%d", exchangeId), notes: notes, private: isPrivate)
    }

    public func exchange(id: Int64) throws(StoreError) -> Exchange? {
        try read { db in try fetchExchange(db, id: id)?.exchange }
    }

    /// The contact of an exchange, locked, then the exchange, locked (the
    /// order every writer takes them in).
    private func lockExchange(_ db: PGConnection, id: Int64) throws -> (exchange: Exchange, version: Int64)? {
        guard let contactId = try db.execute("SELECT contact_id FROM exchange WHERE id = $1", [String(id)]).scalar else {
            return nil
        }
        try db.execute("SELECT id FROM contact WHERE id = $1 FOR UPDATE", [contactId])
        return try fetchExchange(db, id: id, lock: true)
    }

    public func updateExchange(id: Int64, _ draft: ExchangeDraft, today: Day, allowFuture: Bool,
                               expecting: Exchange?) throws(StoreError) -> ExchangeEdit {
        try write { db in
            guard let locked = try lockExchange(db, id: id) else { throw StoreError.notFound(L10n.text("no exchange with id %d", id)) }
            let before = locked.exchange
            if let expecting, expecting != before {
                throw try changedSince(db, table: "exchange", id: id, what: L10n.text("exchange #%d", id))
            }
            let clean = try draft.validated(today: today, allowFuture: allowFuture || draft.day == before.day)
            let projectId = try clean.project.map { name throws in try PGProjectKeys.findOrCreate(db, named: name, today: today) }
            let updated = try db.execute("""
                UPDATE exchange SET day = $3, channel = $4, direction = $5, summary = $6, rating = $7, intent = $8,
                  follow_up_day = $9, follow_up = $10, follow_up_done_day = $11, project_id = $12, version = version + 1
                WHERE id = $1 AND version = $2 RETURNING id
                """, [String(id), String(locked.version), String(clean.day.ordinal), clean.channel.rawValue,
                      clean.direction.rawValue, clean.summary, PGText.int(clean.rating), clean.intent.rawValue,
                      PGText.int(clean.followUp?.due.ordinal), clean.followUp?.text, PGText.int(clean.followUp?.done?.ordinal),
                      projectId.map(String.init)])
            if updated.isEmpty { throw try changedSince(db, table: "exchange", id: id, what: L10n.text("exchange #%d", id)) }
            if clean.notes != before.notes || clean.notesPrivate != before.notesPrivate {
                try setExchangeNotes(db, exchangeId: id, notes: clean.notes, private: clean.notesPrivate)
            }
            try refreshCaches(db, ids: [before.contactId])
            guard let after = try fetchExchange(db, id: id) else { throw StoreError.notFound(L10n.text("no exchange with id %d", id)) }
            return ExchangeEdit.make(before: before, after: after.exchange, contact: try requireContact(db, id: before.contactId))
        }
    }

    /// Puts back a deleted exchange, under its old id when still free. Its
    /// author is the caller (the database sets it).
    public func restoreExchange(_ exchange: Exchange) throws(StoreError) -> Exchange {
        try write { db in
            guard try fetchContact(db, id: exchange.contactId, lock: true) != nil else {
                throw StoreError.notFound(L10n.text("the contact of that exchange is no longer there"))
            }
            let taken = try !db.execute("SELECT 1 FROM exchange WHERE id = $1", [String(exchange.id)]).isEmpty
            // The draft as it was, private notes still private (undo must not share them).
            let id = try insertExchange(db, contactId: exchange.contactId, exchange.draft, id: taken ? nil : exchange.id,
                                         today: exchange.day)
            try refreshCaches(db, ids: [exchange.contactId])
            guard let saved = try fetchExchange(db, id: id) else { throw StoreError.database(L10n.text("the restored exchange was not found")) }
            return saved.exchange
        }
    }

    public func deleteExchange(id: Int64) throws(StoreError) -> Exchange {
        try write { db in
            guard let locked = try lockExchange(db, id: id) else { throw StoreError.notFound(L10n.text("no exchange with id %d", id)) }
            try db.execute("DELETE FROM exchange WHERE id = $1", [String(id)])
            try refreshCaches(db, ids: [locked.exchange.contactId])
            return locked.exchange
        }
    }

    public func deleteExchange(_ exchange: Exchange) throws(StoreError) -> Exchange {
        try write { db in
            guard let locked = try lockExchange(db, id: exchange.id), locked.exchange.contactId == exchange.contactId,
                  locked.exchange.day == exchange.day, locked.exchange.summary == exchange.summary else {
                throw StoreError.notFound(L10n.text("that exchange is no longer there"))
            }
            try db.execute("DELETE FROM exchange WHERE id = $1", [String(exchange.id)])
            try refreshCaches(db, ids: [exchange.contactId])
            return locked.exchange
        }
    }

    public func exchanges(contactId: Int64, limit: Int?) throws(StoreError) -> [Exchange] {
        try query("""
            SELECT \(PGColumns.exchange) FROM \(PGColumns.exchangeFrom) WHERE e.contact_id = $1
            ORDER BY e.day DESC, e.id DESC LIMIT $2
            """, [String(contactId), PGText.int(limit)]).map(PGColumns.exchange)
    }

    public func exchangeCount(contactId: Int64) throws(StoreError) -> Int {
        try query("SELECT count(*) FROM exchange WHERE contact_id = $1", [String(contactId)]).first?.int(0) ?? 0
    }

    public func setFollowUpDone(exchangeId: Int64, on day: Day?) throws(StoreError) {
        try write { db in
            let updated = try db.execute("""
                UPDATE exchange SET follow_up_done_day = $2 WHERE id = $1 AND follow_up_day IS NOT NULL RETURNING id
                """, [String(exchangeId), PGText.int(day?.ordinal)])
            if updated.isEmpty { throw StoreError.notFound(L10n.text("exchange %d has no follow-up", exchangeId)) }
        }
    }

    public func openFollowUps(dueBy: Day?, includeInactive: Bool, limit: Int?) throws(StoreError) -> [FollowUpEntry] {
        try query("""
            SELECT e.id, e.day, e.follow_up_day, e.follow_up, c.id, c.name, c.outlet
            FROM exchange e JOIN contact c ON c.id = e.contact_id
            WHERE e.follow_up_day IS NOT NULL AND e.follow_up_done_day IS NULL
              AND e.follow_up_day <= $1 AND ($2::boolean OR NOT c.archived)
            ORDER BY e.follow_up_day, e.id LIMIT $3
            """, [String(dueBy?.ordinal ?? Int(Int32.max)), PGText.bool(includeInactive), PGText.int(limit)]).map { row in
            FollowUpEntry.make(exchangeId: row.int64(0),
                               contact: ContactLabel.make(id: row.int64(4), name: row.text(5), outlet: row.text(6)),
                               due: row.day(2) ?? Day(ordinal: 0), text: row.text(3), madeOn: row.day(1) ?? Day(ordinal: 0))
        }
    }

    public func openFollowUpCount() throws(StoreError) -> Int {
        try query("""
            SELECT count(*) FROM exchange e JOIN contact c ON c.id = e.contact_id
            WHERE e.follow_up_day IS NOT NULL AND e.follow_up_done_day IS NULL AND NOT c.archived
            """).first?.int(0) ?? 0
    }
}

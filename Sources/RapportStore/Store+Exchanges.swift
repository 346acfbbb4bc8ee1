import GRDB
import RapportCore
import RapportLocalization

/// The result of logging an exchange: what was saved, and the warnings the
/// person chose to go past.
public struct LogResult: Sendable {
    public let exchange: Exchange
    public let contact: Contact
    public let warnings: [String]
}

/// An open follow-up with its contact.
public struct FollowUpEntry: Hashable, Sendable {
    public let exchangeId: Int64
    public let contact: ContactLabel
    public let due: Day
    public let text: String
    /// The day of the exchange the promise was made in.
    public let madeOn: Day
}

extension RapportDatabase {
    static func warnings(_ db: Database, contact: Contact, draft: ExchangeDraft) throws -> [String] {
        let from = draft.day.adding(days: -PesteringGuard.askWindowDays)
        let history = try Row.fetchAll(db, sql: """
            SELECT \(ExchangeFacts.columns) FROM exchange WHERE contact_id = ? AND day BETWEEN ? AND ?
            """, arguments: [contact.id, from.ordinal, draft.day.ordinal]).map(ExchangeFacts.init(row:))
        return PesteringGuard.warnings(contactName: contact.name, doNotContact: contact.doNotContact,
                                       history: history, draft: draft.facts)
    }

    /// Saves an exchange and refreshes the contact's caches in the same
    /// transaction. Warnings never stop the save; they are returned.
    @discardableResult
    public func logExchange(contactId: Int64, _ draft: ExchangeDraft, today: Day,
                            allowFuture: Bool = false) throws(StoreError) -> LogResult {
        let clean: ExchangeDraft
        do { clean = try draft.validated(today: today, allowFuture: allowFuture) } catch { throw error.storeError }
        let result = try write { db in
            let contact = try Self.requireContact(db, id: contactId)
            let warnings = try Self.warnings(db, contact: contact, draft: clean)
            let id = try ExchangeTable.insert(db, Exchange(id: 0, contactId: contactId, draft: clean))
            if clean.project != nil { try ExchangeTable.writeProject(db, exchangeId: id, name: clean.project, today: today) }
            try Caches.refresh(db, contactId: contactId, cadence: cadence)
            guard let saved = try ExchangeTable.fetch(db, id: id) else { throw StoreError.database(L10n.text("the new exchange was not found")) }
            let result = LogResult(exchange: saved, contact: try Self.requireContact(db, id: contactId), warnings: warnings)
            FaultPoint.hit(FaultPoint.logBeforeCommit)
            return result
        }
        FaultPoint.hit(FaultPoint.logAfterCommit)
        return result
    }

    /// Deletes one exchange (undo of a log); returns it.
    @discardableResult
    public func deleteExchange(id: Int64) throws(StoreError) -> Exchange {
        try write { db in
            guard let exchange = try ExchangeTable.fetch(db, id: id) else {
                throw StoreError.notFound(L10n.text("no exchange with id %d", id))
            }
            try db.execute(sql: "DELETE FROM exchange WHERE id = ?", arguments: [id])
            try Caches.refresh(db, contactId: exchange.contactId, cadence: cadence)
            return exchange
        }
    }

    /// Deletes an exchange only if it is still the one given (same id,
    /// contact, day and summary): undo must not remove an exchange that
    /// took the id of one deleted meanwhile.
    @discardableResult
    public func deleteExchange(_ exchange: Exchange) throws(StoreError) -> Exchange {
        try write { db in
            guard let stored = try ExchangeTable.fetch(db, id: exchange.id), stored.contactId == exchange.contactId,
                  stored.day == exchange.day, stored.summary == exchange.summary else {
                throw StoreError.notFound(L10n.text("that exchange is no longer there"))
            }
            try db.execute(sql: "DELETE FROM exchange WHERE id = ?", arguments: [stored.id])
            try Caches.refresh(db, contactId: stored.contactId, cadence: cadence)
            return stored
        }
    }

    /// One contact's exchanges, newest first.
    public func exchanges(contactId: Int64, limit: Int? = nil) throws(StoreError) -> [Exchange] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(ExchangeTable.selection) FROM exchange WHERE contact_id = ? ORDER BY day DESC, id DESC LIMIT ?
                """, arguments: [contactId, limit ?? -1]).map(ExchangeTable.exchange)
        }
    }

    /// How many exchanges a contact has.
    public func exchangeCount(contactId: Int64) throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange WHERE contact_id = ?", arguments: [contactId]) ?? 0 }
    }

    /// Marks a follow-up done on `day`, or open again with nil.
    public func setFollowUpDone(exchangeId: Int64, on day: Day?) throws(StoreError) {
        try write { db in
            guard try ExchangeTable.fetch(db, id: exchangeId)?.followUp != nil else {
                throw StoreError.notFound(L10n.text("exchange %d has no follow-up", exchangeId))
            }
            try db.execute(sql: "UPDATE exchange SET follow_up_done_day = ? WHERE id = ?", arguments: [day?.ordinal, exchangeId])
        }
    }

    /// Open follow-ups by date (earliest first), optionally only those due by `dueBy`.
    public func openFollowUps(dueBy: Day? = nil, includeInactive: Bool = false, limit: Int? = nil) throws(StoreError) -> [FollowUpEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.id, e.day, e.follow_up_day, e.follow_up, c.id AS cid, c.name, c.outlet
                FROM exchange e INDEXED BY exchange_open_follow_up CROSS JOIN contact c ON c.id = e.contact_id
                WHERE e.follow_up_day IS NOT NULL AND e.follow_up_done_day IS NULL
                  AND e.follow_up_day <= ? AND (? OR (c.archived = 0))
                ORDER BY e.follow_up_day, e.id LIMIT ?
                """, arguments: [dueBy?.ordinal ?? Int.max, includeInactive, limit ?? -1]).map { row in
                FollowUpEntry(exchangeId: row["id"], contact: ContactLabel(id: row["cid"], name: row["name"], outlet: row["outlet"]),
                              due: row["follow_up_day"], text: row["follow_up"], madeOn: row["day"])
            }
        }
    }

    /// Number of open follow-ups (of contacts not archived).
    public func openFollowUpCount() throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM exchange e INDEXED BY exchange_open_follow_up CROSS JOIN contact c ON c.id = e.contact_id
                WHERE e.follow_up_day IS NOT NULL AND e.follow_up_done_day IS NULL AND c.archived = 0
                """) ?? 0
        }
    }
}

import GRDB
import RapportCore

/// An exchange before and after an edit, with its contact as it is now.
public struct ExchangeEdit: Sendable {
    public let before: Exchange
    public let after: Exchange
    public let contact: Contact
}

extension RapportDatabase {
    /// One exchange by id; nil when there is none.
    public func exchange(id: Int64) throws(StoreError) -> Exchange? {
        try read { db in try ExchangeRecord.fetchOne(db, key: id)?.exchangeWithProject(db) }
    }

    /// Replaces an exchange's fields with `draft` (its id and contact stay),
    /// and refreshes the contact's caches, in one transaction. The search
    /// index follows through its triggers. A date after today is refused
    /// unless `allowFuture` or the date is unchanged. With `expecting`, the
    /// exchange must still be exactly that (undo must not overwrite a
    /// change made meanwhile). The follow-up's done day is the draft's.
    @discardableResult
    public func updateExchange(id: Int64, _ draft: ExchangeDraft, today: Day, allowFuture: Bool = false,
                               expecting: Exchange? = nil) throws(StoreError) -> ExchangeEdit {
        try write { db in
            guard let record = try ExchangeRecord.fetchOne(db, key: id) else {
                throw StoreError.notFound("no exchange with id \(id)")
            }
            let before = try record.exchangeWithProject(db)
            if let expecting, expecting != before {
                throw StoreError.changedSince(what: "exchange #\(id)", by: nil, at: nil)
            }
            let clean: ExchangeDraft
            do {
                clean = try draft.validated(today: today, allowFuture: allowFuture || draft.day == before.day)
            } catch let error as InputError {
                throw error.storeError
            }
            var updated = ExchangeRecord(contactId: record.contactId, draft: clean)
            updated.id = id
            updated.projectId = try clean.project.map { name throws in try ProjectKeys.findOrCreate(db, named: name, today: today) }
            try updated.update(db)
            try Caches.refresh(db, contactId: record.contactId, cadence: cadence)
            return ExchangeEdit(before: before, after: try updated.exchangeWithProject(db), contact: try Self.requireContact(db, id: record.contactId))
        }
    }

    /// Puts back an exchange that was deleted (undo of a delete), under its
    /// old id when that id is still free, else a new one; returns it as
    /// saved. Its contact must still exist.
    @discardableResult
    public func restoreExchange(_ exchange: Exchange) throws(StoreError) -> Exchange {
        try write { db in
            guard try Self.fetchContact(db, id: exchange.contactId) != nil else {
                throw StoreError.notFound("the contact of that exchange is no longer there")
            }
            var record = ExchangeRecord(exchange)
            if try ExchangeRecord.exists(db, key: exchange.id) { record.id = nil }
            // A project deleted meanwhile comes back, dated by the exchange.
            record.projectId = try exchange.project.map { name throws in
                try ProjectKeys.findOrCreate(db, named: name, today: exchange.day)
            }
            try record.insert(db)
            try Caches.refresh(db, contactId: exchange.contactId, cadence: cadence)
            return try record.exchangeWithProject(db)
        }
    }
}

extension ExchangeDraft {
    /// The draft that describes an exchange as it is (follow-up done day included).
    public init(_ exchange: Exchange) {
        self.init(day: exchange.day, channel: exchange.channel, direction: exchange.direction, summary: exchange.summary,
                  notes: exchange.notes, rating: exchange.rating, intent: exchange.intent, followUp: exchange.followUp,
                  project: exchange.project)
    }
}

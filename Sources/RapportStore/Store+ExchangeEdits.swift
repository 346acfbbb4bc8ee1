import GRDB
import RapportCore
import RapportLocalization

/// An exchange before and after an edit, with its contact as it is now.
public struct ExchangeEdit: Sendable {
    public let before: Exchange
    public let after: Exchange
    public let contact: Contact
}

extension RapportDatabase {
    /// One exchange by id; nil when there is none.
    public func exchange(id: Int64) throws(StoreError) -> Exchange? {
        try read { db in try ExchangeTable.fetch(db, id: id) }
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
            guard let before = try ExchangeTable.fetch(db, id: id) else {
                throw StoreError.notFound(L10n.text("no exchange with id %d", id))
            }
            if let expecting, expecting != before {
                throw StoreError.changedSince(what: L10n.text("exchange #%d", id), by: nil, at: nil)
            }
            let clean: ExchangeDraft
            do {
                clean = try draft.validated(today: today, allowFuture: allowFuture || draft.day == before.day)
            } catch let error as InputError {
                throw error.storeError
            }
            try ExchangeTable.update(db, Exchange(id: id, contactId: before.contactId, draft: clean))
            try ExchangeTable.writeProject(db, exchangeId: id, name: clean.project, today: today)
            try Caches.refresh(db, contactId: before.contactId, cadence: cadence)
            guard let after = try ExchangeTable.fetch(db, id: id) else { throw StoreError.database(L10n.text("the edited exchange was not found")) }
            return ExchangeEdit(before: before, after: after, contact: try Self.requireContact(db, id: before.contactId))
        }
    }

    /// Puts back an exchange that was deleted (undo of a delete), under its
    /// old id when that id is still free, else a new one; returns it as
    /// saved. Its contact must still exist.
    @discardableResult
    public func restoreExchange(_ exchange: Exchange) throws(StoreError) -> Exchange {
        try write { db in
            guard try Self.fetchContact(db, id: exchange.contactId) != nil else {
                throw StoreError.notFound(L10n.text("the contact of that exchange is no longer there"))
            }
            let taken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM exchange WHERE id = ?)", arguments: [exchange.id]) ?? true
            let id = try ExchangeTable.insert(db, Exchange(id: exchange.id, contactId: exchange.contactId, draft: ExchangeDraft(exchange)),
                                              keepingId: !taken)
            // A project deleted meanwhile comes back, dated by the exchange.
            if exchange.project != nil {
                try ExchangeTable.writeProject(db, exchangeId: id, name: exchange.project, today: exchange.day)
            }
            try Caches.refresh(db, contactId: exchange.contactId, cadence: cadence)
            guard let saved = try ExchangeTable.fetch(db, id: id) else { throw StoreError.database(L10n.text("the restored exchange was not found")) }
            return saved
        }
    }
}

extension ExchangeDraft {
    /// The draft that describes an exchange as it is (follow-up done day
    /// included), its notes shared (`notesPrivate` false): what copies and
    /// restores write.
    public init(_ exchange: Exchange) {
        self = exchange.draft
        notesPrivate = false
    }
}

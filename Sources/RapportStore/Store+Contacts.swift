import Foundation
import GRDB
import RapportCore
import RapportLocalization

/// What `edit` changes on a contact; nil fields are left as they are.
public struct ContactChange: Sendable, Equatable {
    public var name: String?
    public var role: Role?
    public var outlet: String?
    public var title: String?
    public var tier: Tier?
    /// `.some(nil)` clears the override (back to the tier default).
    public var cadenceOverride: Int??
    public var stage: Stage?
    public var howMet: String?
    public var notes: String?
    public var doNotContact: Bool?
    /// Makes the notes private to their author, or shared again (team mode).
    public var notesPrivate: Bool?
    /// A new relationship lead: a database login (team mode).
    public var owner: String?
    public var addTags: [String] = []
    public var removeTags: [String] = []
    public var addHandles: [Handle] = []
    /// Handle values to remove (any kind whose normalized value matches).
    public var removeHandles: [String] = []
    /// The structured family and given names (`.some(nil)` clears them).
    /// Left nil, they are kept while the name still ends with the family
    /// name, and dropped when a new name no longer does.
    public var familyName: String??
    public var givenName: String??
    /// Who introduced the contact (`.some(nil)` clears it): checked
    /// (unknown, self, two-way are refused) and written in the edit's own
    /// transaction, so a refused edit writes no introduction either.
    public var introducer: Int64??

    public init() {}

    public var isEmpty: Bool { self == ContactChange() }
}

extension RapportDatabase {
    /// The kinds of handle that identify one person: an email or a social
    /// profile. Two contacts may share a phone number or a website.
    public static let identifyingKinds: Set<HandleKind> = [.email, .twitter, .mastodon, .bluesky, .linkedin]

    /// Adds a contact with its handles and tags in one transaction. A handle
    /// that already belongs to someone else is refused (naming its owner)
    /// unless `allowSharedHandles`.
    @discardableResult
    public func addContact(_ draft: ContactDraft, today: Day, reviewFrom: Day? = nil,
                           allowSharedHandles: Bool = false, introducerId: Int64? = nil) throws(StoreError) -> Contact {
        let clean: ContactDraft
        do { clean = try draft.validated() } catch { throw error.storeError }
        return try write { db in
            if !allowSharedHandles { try Self.checkHandlesFree(db, clean.handles, except: nil) }
            let id = try Self.insertContact(db, clean, today: today, reviewFrom: reviewFrom ?? today)
            if let introducerId {
                try Self.writeIntroducer(db, contact: try Self.requireContact(db, id: id), introducerId: introducerId, today: today)
            }
            return try Self.requireContact(db, id: id)
        }
    }

    /// Inserts a validated draft; returns the new id.
    static func insertContact(_ db: Database, _ draft: ContactDraft, today: Day, reviewFrom: Day) throws -> Int64 {
        let contact = Contact(id: 0, draft: draft, created: today, reviewFrom: reviewFrom)
        try db.execute(sql: ContactTable.insertSQL, arguments: StatementArguments(ContactTable.insertValues(contact)))
        let id = db.lastInsertedRowID
        for (position, handle) in draft.handles.enumerated() {
            try insertHandle(db, contactId: id, handle, position: position)
        }
        for tag in draft.tags { try link(db, contactId: id, tag: tag) }
        return id
    }

    /// Whether two reads of a contact show the same fields a form edits
    /// (the caches, which follow exchanges, are left out). Every engine
    /// uses this one test.
    public static func sameEditableFields(_ a: Contact, _ b: Contact) -> Bool {
        var a = a, b = b
        a.lastExchange = nil; b.lastExchange = nil
        a.updated = b.updated
        return a == b
    }

    /// One contact with handles and tags, or nil.
    public func contact(id: Int64) throws(StoreError) -> Contact? {
        try read { db in try Self.fetchContact(db, id: id) }
    }

    static func fetchContact(_ db: Database, id: Int64) throws -> Contact? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(ContactTable.selection) FROM contact WHERE id = ?",
                                         arguments: [id]) else { return nil }
        let handles = try Row.fetchAll(db, sql: "SELECT kind, value, label FROM handle WHERE contact_id = ? ORDER BY position, id",
                                       arguments: [id]).map { row in
            Handle(kind: row["kind"], value: row["value"], label: row["label"])
        }
        let tags = try String.fetchAll(db, sql: """
            SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ? ORDER BY t.key
            """, arguments: [id])
        return ContactTable.contact(row, handles: handles, tags: tags)
    }

    static func requireContact(_ db: Database, id: Int64) throws -> Contact {
        guard let contact = try fetchContact(db, id: id) else { throw StoreError.notFound(L10n.text("no contact with id %d", id)) }
        return contact
    }

    /// Applies a change; returns the contact before and after (for undo).
    @discardableResult
    public func updateContact(id: Int64, _ change: ContactChange, today: Day,
                              allowSharedHandles: Bool = false,
                              expecting: Contact? = nil) throws(StoreError) -> (before: Contact, after: Contact) {
        try write { db in
            let before = try Self.requireContact(db, id: id)
            if let expecting, !Self.sameEditableFields(expecting, before) {
                throw StoreError.changedSince(what: before.name, by: nil, at: nil)
            }
            if let introducer = change.introducer {  // checked and written first: its refusals come before the fields'
                try Self.writeIntroducer(db, contact: before, introducerId: introducer, today: today)
            }
            let draft = try change.draft(applyingTo: before)
            if !allowSharedHandles {
                let newHandles = draft.handles.filter { handle in !before.handles.contains { $0.kind == handle.kind && $0.normalized == handle.normalized } }
                try Self.checkHandlesFree(db, newHandles, except: id)
            }
            var after = before.with(draft)
            after.notesPrivate = before.notesPrivate  // a personal file keeps no private flag
            try Self.store(db, after, today: today, cadence: cadence)
            try Self.recordMove(db, before: before, after: after, today: today)  // career timeline
            return (before, try Self.requireContact(db, id: id))
        }
    }

    static func store(_ db: Database, _ contact: Contact, today: Day, cadence: Cadence) throws {
        guard let stored = try ContactTable.fetch(db, id: contact.id) else { return }
        let cadenceChanged = stored.tier != contact.tier || stored.cadenceOverride != contact.cadenceOverride
        var contact = contact
        contact.created = stored.created
        contact.updated = today
        try ContactTable.update(db, contact)
        let current = try Row.fetchAll(db, sql: "SELECT id, kind, value, label, normalized FROM handle WHERE contact_id = ? ORDER BY position, id",
                                       arguments: [contact.id])
        let currentHandles = current.map { Handle(kind: $0["kind"], value: $0["value"], label: $0["label"]) }
        if currentHandles != contact.handles {
            try db.execute(sql: "DELETE FROM handle WHERE contact_id = ?", arguments: [contact.id])
            for (position, handle) in contact.handles.enumerated() {
                try insertHandle(db, contactId: contact.id, handle, position: position)
            }
        }
        let currentTags = try String.fetchAll(db, sql: "SELECT t.key FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?",
                                              arguments: [contact.id])
        if Set(currentTags) != Set(contact.tags.map(TextKey.fold)) {
            let tagIds = try Int64.fetchAll(db, sql: "SELECT tag_id FROM contact_tag WHERE contact_id = ?", arguments: [contact.id])
            try db.execute(sql: "DELETE FROM contact_tag WHERE contact_id = ?", arguments: [contact.id])
            for tag in contact.tags { try link(db, contactId: contact.id, tag: tag) }
            try deleteOrphanTags(db, tagIds)
        }
        if cadenceChanged { try Caches.refresh(db, contactId: contact.id, cadence: cadence) }
    }

    static func insertHandle(_ db: Database, contactId: Int64, _ handle: Handle, position: Int) throws {
        try db.execute(sql: """
            INSERT INTO handle(contact_id, kind, value, normalized, label, position) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(contact_id, kind, normalized) DO NOTHING
            """, arguments: [contactId, handle.kind.rawValue, handle.value, handle.normalized, handle.label, position])
    }

    static func link(_ db: Database, contactId: Int64, tag: String) throws {
        let key = TextKey.fold(tag)
        try db.execute(sql: "INSERT INTO tag(name, key) VALUES (?, ?) ON CONFLICT(key) DO NOTHING", arguments: [tag, key])
        try db.execute(sql: "INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) SELECT ?, id FROM tag WHERE key = ?",
                       arguments: [contactId, key])
    }

    static func deleteOrphanTags(_ db: Database, _ ids: [Int64]) throws {
        for id in ids {
            try db.execute(sql: "DELETE FROM tag WHERE id = ? AND NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = ?)",
                           arguments: [id, id])
        }
    }

    /// The positions of the handles `text` names: `kind:value` names one
    /// kind; a bare value names every handle it equals once normalized
    /// the way that handle's kind is.
    public static func handlesMatching(_ text: String, in handles: [Handle]) -> [Int] {
        var kind: HandleKind?
        var value = text
        if let colon = text.firstIndex(of: ":"), let named = HandleKind(rawValue: text[..<colon].lowercased()) {
            kind = named
            value = String(text[text.index(after: colon)...])
        }
        return handles.indices.filter { index in
            let handle = handles[index]
            return (kind == nil || kind == handle.kind) && Handle.normalize(kind: handle.kind, value) == handle.normalized
        }
    }

    /// Throws when one of `handles` that identify a person (email, social
    /// profiles: see `identifyingKinds`) already belongs to another contact.
    /// Phone numbers and websites can be shared (a switchboard, an outlet's site).
    static func checkHandlesFree(_ db: Database, _ handles: [Handle], except id: Int64?) throws {
        for handle in handles where identifyingKinds.contains(handle.kind) {
            let owner = try Row.fetchOne(db, sql: """
                SELECT c.id, c.name, c.outlet FROM handle h JOIN contact c ON c.id = h.contact_id
                WHERE h.kind = ? AND h.normalized = ? AND c.id IS NOT ? LIMIT 1
                """, arguments: [handle.kind.rawValue, handle.normalized, id])
            if let owner {
                let outlet: String = owner["outlet"]
                let label = ContactLabel(id: owner["id"], name: owner["name"], outlet: outlet)
                throw StoreError.handleTaken(L10n.text("the %1$@ %2$@ already belongs to %3$@",
                                                        L10n.text(handle.kind.rawValue, context: "handle kind"), handle.value, label.text))
            }
        }
    }

    /// Snoozes a contact until a day (nil wakes it); returns it before the change.
    @discardableResult
    public func snooze(contactId: Int64, until: Day?, today: Day) throws(StoreError) -> Contact {
        try setFields(contactId: contactId, today: today) { $0.snoozedUntil = until }
    }

    /// Archives or unarchives; returns the contact before the change.
    @discardableResult
    public func setArchived(contactId: Int64, _ archived: Bool, today: Day) throws(StoreError) -> Contact {
        try setFields(contactId: contactId, today: today) { $0.archived = archived }
    }

    private func setFields(contactId: Int64, today: Day, _ change: @escaping (inout Contact) -> Void) throws(StoreError) -> Contact {
        try write { db in
            let before = try Self.requireContact(db, id: contactId)
            var after = before
            change(&after)
            try Self.store(db, after, today: today, cadence: cadence)
            return before
        }
    }

    /// Number of contacts (archived included).
    public func contactCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") ?? 0 }
    }

    /// True when the database holds no contact and no exchange.
    public func isEmpty() throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM contact) AND NOT EXISTS (SELECT 1 FROM exchange)") ?? true
        }
    }

    /// The names of the tags in use, by name.
    public func tagNames() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM tag WHERE EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = tag.id) ORDER BY key
                """)
        }
    }

}

extension ContactChange {
    /// The contact's fields as this change leaves them, checked: handles
    /// and tags removed (each must exist; a bare value that matches two
    /// kinds must say which), added, and the whole draft validated. One
    /// implementation for every engine; the engine then checks handle
    /// ownership and writes.
    public func draft(applyingTo before: Contact) throws(StoreError) -> ContactDraft {
        var draft = ContactDraft(
            name: name ?? before.name, role: role ?? before.role, outlet: outlet ?? before.outlet,
            title: title ?? before.title, tier: tier ?? before.tier,
            cadenceOverride: cadenceOverride ?? before.cadenceOverride, stage: stage ?? before.stage,
            howMet: howMet ?? before.howMet, notes: notes ?? before.notes,
            doNotContact: doNotContact ?? before.doNotContact,
            notesPrivate: notesPrivate ?? before.notesPrivate)
        let renamed = before.draft.renamed(draft.name)
        draft.familyName = familyName ?? renamed.familyName
        draft.givenName = givenName ?? renamed.givenName
        var removed = Set<Int>()
        for text in removeHandles {
            let matches = RapportDatabase.handlesMatching(text, in: before.handles)
            guard !matches.isEmpty else { throw StoreError.invalid(L10n.text("%1$@ has no handle '%2$@'", before.name, text)) }
            let kinds = Set(matches.map { before.handles[$0].kind }).map(\.rawValue).sorted()
            guard kinds.count == 1 else {
                throw StoreError.invalid(L10n.text("'%1$@' matches %2$@'s %3$@; write it as kind:value, e.g. %4$@:%1$@",
                                                  text, before.name, kinds.joined(separator: L10n.text(" and ", context: "list")), kinds[0]))
            }
            removed.formUnion(matches)
        }
        let removedTags = Set(removeTags.map(TextKey.fold))
        if let missing = removeTags.first(where: { tag in !before.tags.contains { TextKey.fold($0) == TextKey.fold(tag) } }) {
            throw StoreError.invalid(L10n.text("%1$@ has no tag '%2$@'", before.name, missing))
        }
        draft.handles = before.handles.enumerated().filter { !removed.contains($0.offset) }.map(\.element) + addHandles
        draft.tags = before.tags.filter { !removedTags.contains(TextKey.fold($0)) } + addTags
        do { return try draft.validated() } catch { throw error.storeError }
    }
}

import Foundation
import RapportCore
import RapportStore
import RapportLocalization

extension PostgresStore {

    // MARK: reading

    /// Contacts with handles and tags, in three queries, in no set order;
    /// with their row versions.
    func fetchContacts(_ db: PGConnection, ids: [Int64], lock: Bool = false) throws -> [(contact: Contact, version: Int64)] {
        guard !ids.isEmpty else { return [] }
        let list = PGText.ids(ids)
        let rows = try db.execute("""
            SELECT \(PGColumns.contact) FROM \(PGColumns.contactFrom) WHERE c.id = ANY($1::bigint[])
            ORDER BY c.id\(lock ? " FOR UPDATE OF c" : "")
            """, [list]).records
        guard !rows.isEmpty else { return [] }
        var handles: [Int64: [Handle]] = [:]
        for row in try db.execute("""
            SELECT contact_id, kind, value, label FROM handle WHERE contact_id = ANY($1::bigint[]) ORDER BY contact_id, position, id
            """, [list]).records {
            handles[row.int64(0), default: []].append(Handle(kind: HandleKind(rawValue: row.text(1)) ?? .other,
                                                             value: row.text(2), label: row.text(3)))
        }
        var tags: [Int64: [String]] = [:]
        for row in try db.execute("""
            SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
            WHERE ct.contact_id = ANY($1::bigint[]) ORDER BY ct.contact_id, t.key
            """, [list]).records {
            tags[row.int64(0), default: []].append(row.text(1))
        }
        return rows.map { row in
            let id = row.int64(0)
            return (PGColumns.contact(row, handles: handles[id] ?? [], tags: tags[id] ?? []), row.int64(PGColumns.contactVersion))
        }
    }

    func fetchContact(_ db: PGConnection, id: Int64, lock: Bool = false) throws -> Contact? {
        guard let found = try fetchContacts(db, ids: [id], lock: lock).first else { return nil }
        remember(found.contact, version: found.version)
        return found.contact
    }

    func requireContact(_ db: PGConnection, id: Int64, lock: Bool = false) throws -> Contact {
        guard let contact = try fetchContact(db, id: id, lock: lock) else { throw StoreError.notFound(L10n.text("no contact with id %d", id)) }
        return contact
    }

    public func contact(id: Int64) throws(StoreError) -> Contact? {
        try read { db in try fetchContact(db, id: id) }
    }

    // MARK: adding

    public func addContact(_ draft: ContactDraft, today: Day, reviewFrom: Day?, allowSharedHandles: Bool,
                           introducerId: Int64? = nil) throws(StoreError) -> Contact {
        let clean: ContactDraft
        do { clean = try draft.validated() } catch { throw .invalidInput(error.message) }
        return try write { db in
            if !allowSharedHandles { try checkHandlesFree(db, clean.handles, except: nil) }
            let id = try insertContact(db, clean, today: today, reviewFrom: reviewFrom ?? today)
            if let introducerId {
                try writeIntroducer(db, contact: try requireContact(db, id: id), introducerId: introducerId, today: today)
            }
            return try requireContact(db, id: id)
        }
    }

    /// Inserts a validated draft with its handles, tags and notes; returns the new id.
    func insertContact(_ db: PGConnection, _ draft: ContactDraft, today: Day, reviewFrom: Day) throws -> Int64 {
        guard let id = try db.execute("""
            INSERT INTO contact(name, name_key, role, outlet, title, tier, cadence_override, stage, how_met,
              do_not_contact, created_day, updated_day, review_from_day, family_name, given_name, surname_key)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14, $15) RETURNING id
            """, [draft.name, TextKey.fold(draft.name), draft.role.rawValue, draft.outlet, draft.title, draft.tier.rawValue,
                  PGText.int(draft.cadenceOverride), draft.stage.rawValue, draft.howMet, PGText.bool(draft.doNotContact),
                  String(today.ordinal), String(reviewFrom.ordinal), draft.familyName, draft.givenName,
                  draft.surnameSort.key]).scalar.flatMap({ Int64($0) }) else {
            throw StoreError.database(L10n.text("the new contact got no id"))
        }
        try insertHandles(db, contactId: id, draft.handles, from: 0)
        for tag in draft.tags { try link(db, contactId: id, tag: tag) }
        if !draft.notes.isEmpty || draft.notesPrivate {
            try setNotes(db, contactId: id, name: draft.name, notes: draft.notes, private: draft.notesPrivate)
        }
        return id
    }

    func insertHandles(_ db: PGConnection, contactId: Int64, _ handles: [Handle], from position: Int) throws {
        for (offset, handle) in handles.enumerated() {
            try db.execute("""
                INSERT INTO handle(contact_id, kind, value, normalized, label, position) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (contact_id, kind, normalized) DO NOTHING
                """, [String(contactId), handle.kind.rawValue, handle.value, handle.normalized, handle.label,
                      String(position + offset)])
        }
    }

    func link(_ db: PGConnection, contactId: Int64, tag: String) throws {
        let key = TextKey.fold(tag)
        try db.execute("INSERT INTO tag(name, key) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [tag, key])
        try db.execute("""
            INSERT INTO contact_tag(contact_id, tag_id) SELECT $1, id FROM tag WHERE key = $2 ON CONFLICT DO NOTHING
            """, [String(contactId), key])
    }

    func deleteOrphanTags(_ db: PGConnection, _ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        try db.execute("""
            DELETE FROM tag WHERE id = ANY($1::bigint[]) AND NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = tag.id)
            """, [PGText.ids(ids)])
    }

    /// Writes a contact's notes (shared, or private to the caller).
    func setNotes(_ db: PGConnection, contactId: Int64, name: String, notes: String, private isPrivate: Bool) throws {
        try writeNote(db, table: "contact_note", key: "contact_id", id: contactId, owner: L10n.text("the notes of %@", name),
                      notes: notes, private: isPrivate)
    }

    /// Writes one row of `contact_note` or `exchange_note`: empty shared
    /// notes remove it. A note private to someone else cannot be seen, so
    /// it cannot be replaced: that is refused, and nothing is changed.
    func writeNote(_ db: PGConnection, table: String, key: String, id: Int64, owner: String,
                   notes: String, private isPrivate: Bool) throws {
        if notes.isEmpty && !isPrivate {
            try db.execute("DELETE FROM \(table) WHERE \(key) = $1", [String(id)])
            return
        }
        let updated = try db.execute("""
            UPDATE \(table) SET notes = $2, private = $3 WHERE \(key) = $1 RETURNING \(key)
            """, [String(id), notes, PGText.bool(isPrivate)])
        if !updated.isEmpty { return }
        if let failure = Self.attempt(db, "INSERT INTO \(table)(\(key), notes, private) VALUES ($1, $2, $3)",
                                      [String(id), notes, PGText.bool(isPrivate)]) {
            throw Self.violates(failure, "\(table)_pkey")
                ? StoreError.permissionDenied(L10n.text("%@ are private to a colleague; they were left as they are", owner)) : failure
        }
    }

    /// Runs a statement; returns its error instead of throwing it.
    static func attempt(_ db: PGConnection, _ sql: String, _ parameters: [String?]) -> StoreError? {
        do {
            try db.execute(sql, parameters)
            return nil
        } catch {
            return error
        }
    }

    /// Whether `error` is the violation of the named constraint.
    static func violates(_ error: StoreError, _ constraint: String) -> Bool {
        if case let .database(message) = error { return message.contains(constraint) }
        return false
    }

    /// Throws when one of `handles` that identify a person already belongs
    /// to another contact (as the SQLite engine does).
    func checkHandlesFree(_ db: PGConnection, _ handles: [Handle], except id: Int64?) throws {
        for handle in handles where RapportDatabase.identifyingKinds.contains(handle.kind) {
            if let owner = try db.execute("""
                SELECT c.id, c.name, c.outlet FROM handle h JOIN contact c ON c.id = h.contact_id
                WHERE h.kind = $1 AND h.normalized = $2 AND c.id IS DISTINCT FROM $3::bigint ORDER BY c.id LIMIT 1
                """, [handle.kind.rawValue, handle.normalized, id.map(String.init)]).records.first {
                let label = ContactLabel.make(id: owner.int64(0), name: owner.text(1), outlet: owner.text(2))
                throw StoreError.handleTaken(L10n.text("the %1$@ %2$@ already belongs to %3$@",
                                                        L10n.text(handle.kind.rawValue, context: "handle kind"), handle.value, label.text))
            }
        }
    }

    // MARK: changing

    public func updateContact(id: Int64, _ change: ContactChange, today: Day, allowSharedHandles: Bool,
                              expecting: Contact?) throws(StoreError) -> (before: Contact, after: Contact) {
        try write { db in
            guard let locked = try fetchContacts(db, ids: [id], lock: true).first else {
                throw StoreError.notFound(L10n.text("no contact with id %d", id))
            }
            let before = locked.contact
            if let expecting {
                let stale = rememberedVersion(of: expecting).map { $0 != locked.version }
                    ?? !RapportDatabase.sameEditableFields(expecting, before)
                if stale { throw try changedSince(db, id: id, name: before.name) }
            }
            if let introducer = change.introducer {  // checked and written first: its refusals come before the fields'
                try writeIntroducer(db, contact: before, introducerId: introducer, today: today)
            }
            let draft = try change.draft(applyingTo: before)
            if !allowSharedHandles {
                let newHandles = draft.handles.filter { handle in
                    !before.handles.contains { $0.kind == handle.kind && $0.normalized == handle.normalized }
                }
                try checkHandlesFree(db, newHandles, except: id)
            }
            var after = before.with(draft)
            if let owner = change.owner {
                let login = owner.trimmingCharacters(in: .whitespaces)
                guard try db.execute("SELECT 1 FROM pg_roles WHERE rolname = $1", [login]).count == 1 else {
                    throw StoreError.invalid(L10n.text("no database login '%1$@' to make the owner of %2$@", login, before.name))
                }
                after.owner = login
            }
            try store(db, before: before, after: after, version: locked.version, today: today)
            try recordMove(db, before: before, after: after, today: today)  // career timeline
            return (before, try requireContact(db, id: id))
        }
    }

    /// The refusal of a stale edit, naming who changed the contact and when.
    func changedSince(_ db: PGConnection, id: Int64, name: String) throws -> StoreError {
        try changedSince(db, table: "contact", id: id, what: name)
    }

    /// `.changedSince` from a row's `updated_by` (a member's display name
    /// when known) and `updated_at` (HH:MM, local time).
    func changedSince(_ db: PGConnection, table: String, id: Int64, what: String) throws -> StoreError {
        let row = try db.execute("SELECT updated_by, extract(epoch FROM updated_at) FROM \(table) WHERE id = $1",
                                 [String(id)]).records.first
        let by = try row.map { try displayName(db, login: $0.text(0)) }
        let at = row.flatMap { $0[1].flatMap(Double.init) }.map { seconds -> String in
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = .current
            formatter.dateFormat = "HH:mm"
            return formatter.string(from: Date(timeIntervalSince1970: seconds))
        }
        return .changedSince(what: what, by: by, at: at)
    }

    /// Writes `after` over `before` (locked, at `version`): one UPDATE of
    /// the row that checks and bumps the version, then handles, tags and
    /// notes where they changed, then the caches if the cadence changed.
    func store(_ db: PGConnection, before: Contact, after: Contact, version: Int64, today: Day) throws {
        let updated = try db.execute("""
            UPDATE contact SET name = $3, name_key = $4, role = $5, outlet = $6, title = $7, tier = $8,
              cadence_override = $9, stage = $10, how_met = $11, snoozed_until_day = $12, do_not_contact = $13,
              archived = $14, review_from_day = $15, owner = $16, updated_day = $17, family_name = $18,
              given_name = $19, surname_key = $20, version = version + 1
            WHERE id = $1 AND version = $2 RETURNING id
            """, [String(after.id), String(version), after.name, TextKey.fold(after.name), after.role.rawValue, after.outlet,
                  after.title, after.tier.rawValue, PGText.int(after.cadenceOverride), after.stage.rawValue, after.howMet,
                  PGText.int(after.snoozedUntil?.ordinal), PGText.bool(after.doNotContact), PGText.bool(after.archived),
                  String(after.reviewFrom.ordinal), after.owner ?? login, String(today.ordinal), after.familyName,
                  after.givenName, after.draft.surnameSort.key])
        if updated.isEmpty { throw try changedSince(db, id: after.id, name: before.name) }
        if after.handles != before.handles {
            try db.execute("DELETE FROM handle WHERE contact_id = $1", [String(after.id)])
            try insertHandles(db, contactId: after.id, after.handles, from: 0)
        }
        if Set(after.tags.map(TextKey.fold)) != Set(before.tags.map(TextKey.fold)) {
            let tagIds = try db.execute("DELETE FROM contact_tag WHERE contact_id = $1 RETURNING tag_id", [String(after.id)])
                .records.map { $0.int64(0) }
            for tag in after.tags { try link(db, contactId: after.id, tag: tag) }
            try deleteOrphanTags(db, tagIds)
        }
        if after.notes != before.notes || after.notesPrivate != before.notesPrivate {
            try setNotes(db, contactId: after.id, name: before.name, notes: after.notes, private: after.notesPrivate)
        }
        if after.tier != before.tier || after.cadenceOverride != before.cadenceOverride {
            try refreshCaches(db, ids: [after.id])
        }
    }

    public func snooze(contactId: Int64, until: Day?, today: Day) throws(StoreError) -> Contact {
        try setFields(contactId: contactId, today: today) { $0.snoozedUntil = until }
    }

    public func setArchived(contactId: Int64, _ archived: Bool, today: Day) throws(StoreError) -> Contact {
        try setFields(contactId: contactId, today: today) { $0.archived = archived }
    }

    private func setFields(contactId: Int64, today: Day, _ change: @escaping (inout Contact) -> Void) throws(StoreError) -> Contact {
        try write { db in
            guard let locked = try fetchContacts(db, ids: [contactId], lock: true).first else {
                throw StoreError.notFound(L10n.text("no contact with id %d", contactId))
            }
            var after = locked.contact
            change(&after)
            try store(db, before: locked.contact, after: after, version: locked.version, today: today)
            return locked.contact
        }
    }

    // MARK: counts, tags, resolve, addresses

    public func contactCount() throws(StoreError) -> Int {
        try query("SELECT count(*) FROM contact").first?.int(0) ?? 0
    }

    public func isEmpty() throws(StoreError) -> Bool {
        try query("SELECT NOT EXISTS (SELECT 1 FROM contact) AND NOT EXISTS (SELECT 1 FROM exchange)").first?.bool(0) ?? true
    }

    public func tagNames() throws(StoreError) -> [String] {
        try query("SELECT name FROM tag WHERE EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = tag.id) ORDER BY key")
            .map { $0.text(0) }
    }

    public func resolve(_ query: String) throws(StoreError) -> Contact {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .invalid(L10n.text("no contact given (an id, a handle or a part of the name)")) }
        return try read { db in
            if text.allSatisfy(\.isASCIIDigit), let id = Int64(text) {
                guard let contact = try fetchContact(db, id: id) else { throw StoreError.notFound(L10n.text("no contact with id %d", id)) }
                return contact
            }
            let keys = Array(Set(HandleKind.allCases.map { Handle.normalize(kind: $0, text) }.filter { !$0.isEmpty }))
            let byHandle = try db.execute("""
                SELECT DISTINCT c.id, c.name, c.outlet FROM handle h JOIN contact c ON c.id = h.contact_id
                WHERE h.normalized = ANY($1::text[]) ORDER BY c.id
                """, [Self.textArray(keys)]).records.map(Self.label)
            if let only = byHandle.first, byHandle.count == 1 { return try requireContact(db, id: only.id) }
            if byHandle.count > 1 { throw RapportDatabase.ambiguous(text, byHandle) }
            let key = TextKey.fold(text)
            let byName = try db.execute("""
                SELECT id, name, outlet FROM contact WHERE name_key LIKE $1 ESCAPE '\\' ORDER BY name_key, id LIMIT 51
                """, ["%" + RapportDatabase.escapeLike(key) + "%"]).records.map(Self.label)
            if let only = byName.first, byName.count == 1 { return try requireContact(db, id: only.id) }
            if byName.isEmpty { throw StoreError.notFound(L10n.text("no contact matches '%@' (by id, handle or name)", text)) }
            let exact = byName.filter { TextKey.fold($0.name) == key }
            if let only = exact.first, exact.count == 1 { return try requireContact(db, id: only.id) }
            throw RapportDatabase.ambiguous(text, byName)
        }
    }

    static func label(_ row: PGRecord) -> ContactLabel {
        ContactLabel.make(id: row.int64(0), name: row.text(1), outlet: row.text(2))
    }

    /// A text array literal (`{"a","b"}`).
    static func textArray(_ values: [String]) -> String {
        "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }

    public func emailAddresses(matching query: String, limit: Int) throws(StoreError) -> (matches: [AddressMatch], more: Bool) {
        let words = TextKey.fold(query).split(whereSeparator: \.isWhitespace).map { "%" + RapportDatabase.escapeLike(String($0)) + "%" }
        guard !words.isEmpty else { return ([], false) }
        var params = PGParams()
        let condition = words.map { word -> String in
            let p = params.add(word)
            return "(c.name_key LIKE \(p) ESCAPE '\\' OR h.normalized LIKE \(p) ESCAPE '\\')" // l10n-exempt: SQL
        }.joined(separator: " AND ")
        let limitParam = params.add(limit + 1)
        let rows = try self.query("""
            SELECT h.value, c.name, c.outlet FROM handle h JOIN contact c ON c.id = h.contact_id
            WHERE h.kind = 'email' AND NOT c.archived AND NOT c.do_not_contact AND \(condition)
            ORDER BY c.name_key, c.id, h.position, h.id LIMIT \(limitParam)
            """, params.values)
        let matches = rows.prefix(limit).map { AddressMatch.make(email: $0.text(0), name: $0.text(1), outlet: $0.text(2)) }
        return (Array(matches), rows.count > limit)
    }
}

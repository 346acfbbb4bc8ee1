import RapportCore
import RapportStore

extension PostgresStore {
    public func forgetPreview(contactId: Int64) throws(StoreError) -> ForgetReport {
        try read { db in try forgetCounts(db, contactId: contactId) }
    }

    func forgetCounts(_ db: PGConnection, contactId: Int64) throws -> ForgetReport {
        let contact = try requireContact(db, id: contactId)
        let exchanges = try db.execute("SELECT count(*) FROM exchange WHERE contact_id = $1", [String(contactId)]).first?.int(0) ?? 0
        return ForgetReport.make(contact: ContactLabel.make(id: contact.id, name: contact.name, outlet: contact.outlet),
                                 handles: contact.handles.count, tags: contact.tags.count, exchanges: exchanges)
    }

    /// Erases a person: the contact, handles, tag links, notes (private
    /// ones too: the cascade is not subject to row-level security) and
    /// every exchange, in one transaction. PostgreSQL's own storage
    /// reclaims the dead rows at its next vacuum (docs/postgres.md).
    public func forget(contactId: Int64) throws(StoreError) -> ForgetReport {
        try write { db in
            _ = try requireContact(db, id: contactId, lock: true)
            let report = try forgetCounts(db, contactId: contactId)
            let tagIds = try db.execute("SELECT tag_id FROM contact_tag WHERE contact_id = $1", [String(contactId)])
                .records.map { $0.int64(0) }
            try db.execute("DELETE FROM contact WHERE id = $1", [String(contactId)])
            try deleteOrphanTags(db, tagIds)
            return report
        }
    }
}

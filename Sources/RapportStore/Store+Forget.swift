import GRDB
import RapportCore
import RapportLocalization

/// What `forget` erases (or would erase) for one person.
public struct ForgetReport: Hashable, Sendable {
    public let contact: ContactLabel
    public let handles: Int
    public let tags: Int
    public let exchanges: Int
    /// False when another program held the database open, so the
    /// write-ahead log could not be emptied yet.
    public var logEmptied: Bool = true

    /// "Camille Lefèvre (#12), 3 handles, 2 tag links and 14 exchanges".
    public var summary: String {
        L10n.text("%1$@ (#%2$d), %3$@, %4$@ and %5$@", contact.name, contact.id,
                  L10n.plural("%'d handle", "%'d handles", handles),
                  L10n.plural("%'d tag link", "%'d tag links", tags),
                  L10n.plural("%'d exchange", "%'d exchanges", exchanges))
    }
}

extension RapportDatabase {
    /// What forgetting a contact would erase.
    public func forgetPreview(contactId: Int64) throws(StoreError) -> ForgetReport {
        try read { db in try Self.forgetCounts(db, contactId: contactId) }
    }

    static func forgetCounts(_ db: Database, contactId: Int64) throws -> ForgetReport {
        let contact = try requireContact(db, id: contactId)
        let exchanges = try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange WHERE contact_id = ?", arguments: [contactId]) ?? 0
        return ForgetReport(contact: ContactLabel(id: contact.id, name: contact.name, outlet: contact.outlet),
                            handles: contact.handles.count, tags: contact.tags.count, exchanges: exchanges)
    }

    /// Erases a person for a right-to-erasure request: the contact, their
    /// handles, tag links and every exchange, in one transaction. The search
    /// index is rebuilt without them, deleted pages are zeroed
    /// (`secure_delete`), and the write-ahead log is emptied, so their text
    /// does not linger in the file.
    @discardableResult
    public func forget(contactId: Int64) throws(StoreError) -> ForgetReport {
        var report = try write { db in
            let report = try Self.forgetCounts(db, contactId: contactId)
            let tagIds = try Int64.fetchAll(db, sql: "SELECT tag_id FROM contact_tag WHERE contact_id = ?", arguments: [contactId])
            try db.execute(sql: "DELETE FROM contact WHERE id = ?", arguments: [contactId])
            try Self.deleteOrphanTags(db, tagIds)
            // FTS5 keeps deleted terms in old segments until they are merged.
            try db.execute(sql: "INSERT INTO contact_fts(contact_fts) VALUES ('optimize')")
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts) VALUES ('optimize')")
            return report
        }
        report.logEmptied = try truncateLog()
        return report
    }

    /// Checkpoints and empties the write-ahead log; false when another
    /// connection prevented it.
    func truncateLog() throws(StoreError) -> Bool {
        guard path != nil else { return true }
        do {
            return try writer.writeWithoutTransaction { db in
                guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") else { return false }
                let busy: Int = row[0]
                return busy == 0
            }
        } catch {
            throw RapportDatabase.classify(error, path: path ?? ":memory:")
        }
    }
}

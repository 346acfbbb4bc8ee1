import GRDB
import RapportCore
import RapportLocalization

/// Coverage on the SQLite engine (see `CoverageStore`).
extension RapportDatabase {
    static let coverageColumns = /* l10n-exempt: SQL */ """
        v.id, v.contact_id, v.day, v.title, v.url, v.outlet, v.exchange_id, p.name AS project, v.note
        """
    static let coverageFrom = "coverage v LEFT JOIN project p ON p.id = v.project_id"

    static func coverage(_ row: Row) -> Coverage {
        Coverage(id: row["id"], contactId: row["contact_id"], day: Day(ordinal: row["day"]), title: row["title"],
                 url: row["url"], outlet: row["outlet"], exchangeId: row["exchange_id"], project: row["project"],
                 note: row["note"])
    }

    static func fetchCoverage(_ db: Database, id: Int64) throws -> Coverage? {
        try Row.fetchOne(db, sql: "SELECT \(coverageColumns) FROM \(coverageFrom) WHERE v.id = ?", arguments: [id]).map(coverage)
    }

    /// Checks the draft and its links; returns the cleaned draft and the project's id.
    static func coverageLinks(_ db: Database, contact: Contact, _ draft: CoverageDraft, today: Day) throws -> (CoverageDraft, Int64?) {
        let clean: CoverageDraft
        do { clean = try draft.validated(today: today) } catch { throw error.storeError }
        if let exchangeId = clean.exchangeId {
            guard let owner = try Int64.fetchOne(db, sql: "SELECT contact_id FROM exchange WHERE id = ?", arguments: [exchangeId]) else {
                throw StoreError.notFound(L10n.text("no exchange with id %d", exchangeId))
            }
            guard owner == contact.id else {
                throw StoreError.invalidInput(L10n.text("exchange #%1$d is not one of %2$@'s exchanges", exchangeId, contact.name))
            }
        }
        let projectId = try clean.project.map { try ProjectKeys.findOrCreate(db, named: $0, today: today) }
        return (clean, projectId)
    }

    public func addCoverage(contactId: Int64, _ draft: CoverageDraft, today: Day) throws(StoreError) -> Coverage {
        try write { db in
            let contact = try Self.requireContact(db, id: contactId)
            let (clean, projectId) = try Self.coverageLinks(db, contact: contact, draft, today: today)
            try db.execute(sql: """
                INSERT INTO coverage(contact_id, day, title, url, outlet, exchange_id, project_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [contactId, clean.day.ordinal, clean.title, clean.url, clean.outlet, clean.exchangeId,
                                 projectId, clean.note])
            let id = db.lastInsertedRowID
            try Caches.refresh(db, contactId: contactId, cadence: cadence)
            guard let saved = try Self.fetchCoverage(db, id: id) else { throw StoreError.database(L10n.text("the new coverage was not found")) }
            return saved
        }
    }

    public func coverage(id: Int64) throws(StoreError) -> Coverage? {
        try read { db in try Self.fetchCoverage(db, id: id) }
    }

    public func listCoverage(contactId: Int64?, project: String?, since: Day?, limit: Int?) throws(StoreError) -> [CoverageEntry] {
        try read { db in
            var projectId: Int64?
            if let project {
                guard let id = try ProjectKeys.find(db, named: project) else { return [] }
                projectId = id
            }
            return try Row.fetchAll(db, sql: """
                SELECT \(Self.coverageColumns), c.name AS contact_name FROM \(Self.coverageFrom) JOIN contact c ON c.id = v.contact_id
                WHERE (? IS NULL OR v.contact_id = ?) AND (? IS NULL OR v.project_id = ?) AND v.day >= ?
                ORDER BY v.day DESC, v.id DESC LIMIT ?
                """, arguments: [contactId, contactId, projectId, projectId, since?.ordinal ?? Int.min, limit ?? -1]).map { row in
                CoverageEntry(coverage: Self.coverage(row), contactName: row["contact_name"])
            }
        }
    }

    public func updateCoverage(id: Int64, _ draft: CoverageDraft, today: Day) throws(StoreError) -> Coverage {
        try write { db in
            guard let before = try Self.fetchCoverage(db, id: id) else { throw StoreError.notFound(L10n.text("no coverage with id %d", id)) }
            let contact = try Self.requireContact(db, id: before.contactId)
            var allowed = today
            if draft.day == before.day && before.day > today { allowed = before.day }
            let (clean, projectId) = try Self.coverageLinks(db, contact: contact, draft, today: allowed)
            try db.execute(sql: """
                UPDATE coverage SET day = ?, title = ?, url = ?, outlet = ?, exchange_id = ?, project_id = ?, note = ? WHERE id = ?
                """, arguments: [clean.day.ordinal, clean.title, clean.url, clean.outlet, clean.exchangeId, projectId, clean.note, id])
            try Caches.refresh(db, contactId: before.contactId, cadence: cadence)
            guard let saved = try Self.fetchCoverage(db, id: id) else { throw StoreError.database(L10n.text("the coverage was not found")) }
            return saved
        }
    }

    public func deleteCoverage(id: Int64) throws(StoreError) -> Coverage {
        try write { db in
            guard let before = try Self.fetchCoverage(db, id: id) else { throw StoreError.notFound(L10n.text("no coverage with id %d", id)) }
            try db.execute(sql: "DELETE FROM coverage WHERE id = ?", arguments: [id])
            try Caches.refresh(db, contactId: before.contactId, cadence: cadence)
            return before
        }
    }
}

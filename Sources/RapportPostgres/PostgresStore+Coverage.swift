import RapportCore
import RapportStore
import RapportLocalization

/// Coverage on the PostgreSQL engine (see `CoverageStore`): the same rules
/// as the SQLite engine, with the author recorded by the server.
extension PostgresStore {
    static let coverageColumns = "v.id, v.contact_id, v.day, v.title, v.url, v.outlet, v.exchange_id, p.name, v.note, v.author"
    static let coverageFrom = "coverage v LEFT JOIN project p ON p.id = v.project_id"

    static func coverage(_ row: PGRecord) -> Coverage {
        Coverage(id: row.int64(0), contactId: row.int64(1), day: row.day(2) ?? Day(ordinal: 0), title: row.text(3),
                 url: row.text(4), outlet: row.text(5), exchangeId: row.values[6].flatMap { Int64($0) },
                 project: row.values[7], note: row.text(8), author: row.values[9])
    }

    func fetchCoverage(_ db: PGConnection, id: Int64) throws -> Coverage? {
        try db.execute("SELECT \(Self.coverageColumns) FROM \(Self.coverageFrom) WHERE v.id = $1", [String(id)])
            .records.first.map(Self.coverage)
    }

    /// Checks the draft and its links; returns the cleaned draft and the project's id.
    func coverageLinks(_ db: PGConnection, contact: Contact, _ draft: CoverageDraft, today: Day) throws -> (CoverageDraft, Int64?) {
        let clean: CoverageDraft
        do { clean = try draft.validated(today: today) } catch { throw StoreError.invalidInput(error.message) }
        if let exchangeId = clean.exchangeId {
            guard let owner = try db.execute("SELECT contact_id FROM exchange WHERE id = $1", [String(exchangeId)]).scalar else {
                throw StoreError.notFound(L10n.text("no exchange with id %d", exchangeId))
            }
            guard owner == String(contact.id) else {
                throw StoreError.invalidInput(L10n.text("exchange #%1$d is not one of %2$@'s exchanges", exchangeId, contact.name))
            }
        }
        let projectId = try clean.project.map { try PGProjectKeys.findOrCreate(db, named: $0, today: today) }
        return (clean, projectId)
    }

    public func addCoverage(contactId: Int64, _ draft: CoverageDraft, today: Day) throws(StoreError) -> Coverage {
        try write { db in
            let contact = try requireContact(db, id: contactId, lock: true)
            let (clean, projectId) = try coverageLinks(db, contact: contact, draft, today: today)
            guard let id = try db.execute("""
                INSERT INTO coverage(contact_id, day, title, url, outlet, exchange_id, project_id, note)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
                """, [String(contactId), String(clean.day.ordinal), clean.title, clean.url, clean.outlet,
                      clean.exchangeId.map(String.init), projectId.map(String.init), clean.note]).scalar.flatMap({ Int64($0) }) else {
                throw StoreError.database(L10n.text("the new coverage got no id"))
            }
            try refreshCaches(db, ids: [contactId])
            guard let saved = try fetchCoverage(db, id: id) else { throw StoreError.database(L10n.text("the new coverage was not found")) }
            return saved
        }
    }

    public func coverage(id: Int64) throws(StoreError) -> Coverage? {
        try read { db in try fetchCoverage(db, id: id) }
    }

    public func listCoverage(contactId: Int64?, project: String?, since: Day?, limit: Int?) throws(StoreError) -> [CoverageEntry] {
        try read { db in
            var projectId: Int64?
            if let project {
                guard let id = try PGProjectKeys.find(db, named: project) else { return [] }
                projectId = id
            }
            return try db.execute("""
                SELECT \(Self.coverageColumns), c.name FROM \(Self.coverageFrom) JOIN contact c ON c.id = v.contact_id
                WHERE ($1::bigint IS NULL OR v.contact_id = $1::bigint) AND ($2::bigint IS NULL OR v.project_id = $2::bigint)
                  AND ($3::integer IS NULL OR v.day >= $3::integer)
                ORDER BY v.day DESC, v.id DESC LIMIT $4::bigint
                """, [contactId.map(String.init), projectId.map(String.init), since.map { String($0.ordinal) },
                      limit.map(String.init)]).records.map { row in
                CoverageEntry(coverage: Self.coverage(row), contactName: row.text(10))
            }
        }
    }

    /// The coverage row and its contact, locked in the order every writer takes them.
    private func lockCoverage(_ db: PGConnection, id: Int64) throws -> Coverage {
        guard let contactId = try db.execute("SELECT contact_id FROM coverage WHERE id = $1", [String(id)]).scalar.flatMap({ Int64($0) }),
              try fetchContact(db, id: contactId, lock: true) != nil,
              try db.execute("SELECT id FROM coverage WHERE id = $1 FOR UPDATE", [String(id)]).scalar != nil,
              let coverage = try fetchCoverage(db, id: id) else {
            throw StoreError.notFound(L10n.text("no coverage with id %d", id))
        }
        return coverage
    }

    public func updateCoverage(id: Int64, _ draft: CoverageDraft, today: Day) throws(StoreError) -> Coverage {
        try write { db in
            let before = try lockCoverage(db, id: id)
            let contact = try requireContact(db, id: before.contactId)
            let allowed = draft.day == before.day && before.day > today ? before.day : today
            let (clean, projectId) = try coverageLinks(db, contact: contact, draft, today: allowed)
            try db.execute("""
                UPDATE coverage SET day = $1, title = $2, url = $3, outlet = $4, exchange_id = $5, project_id = $6, note = $7
                WHERE id = $8
                """, [String(clean.day.ordinal), clean.title, clean.url, clean.outlet, clean.exchangeId.map(String.init),
                      projectId.map(String.init), clean.note, String(id)])
            try refreshCaches(db, ids: [before.contactId])
            guard let saved = try fetchCoverage(db, id: id) else { throw StoreError.database(L10n.text("the coverage was not found")) }
            return saved
        }
    }

    public func deleteCoverage(id: Int64) throws(StoreError) -> Coverage {
        try write { db in
            let before = try lockCoverage(db, id: id)
            try db.execute("DELETE FROM coverage WHERE id = $1", [String(id)])
            try refreshCaches(db, ids: [before.contactId])
            return before
        }
    }
}

extension PostgresStore {
    /// Copies coverage read from another store (the demo's), in id order,
    /// with the same contact and exchange ids, then refreshes the caches
    /// of the contacts concerned, in the caller's transaction.
    func copyCoverage(_ db: PGConnection, _ coverage: [Coverage], today: Day) throws {
        guard !coverage.isEmpty else { return }
        for item in coverage.sorted(by: { $0.id < $1.id }) {
            let projectId = try item.project.map { try PGProjectKeys.findOrCreate(db, named: $0, today: today) }
            try db.execute("""
                INSERT INTO coverage(contact_id, day, title, url, outlet, exchange_id, project_id, note)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """, [String(item.contactId), String(item.day.ordinal), item.title, item.url, item.outlet,
                      item.exchangeId.map(String.init), projectId.map(String.init), item.note])
        }
        try refreshCaches(db, ids: Array(Set(coverage.map(\.contactId))).sorted())
    }
}

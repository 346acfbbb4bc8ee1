import RapportCore
import RapportStore

extension PostgresStore {
    public func listContacts(_ filter: ContactFilter, sort: ContactSort, today: Day, limit: Int?, offset: Int) throws(StoreError) -> [ContactRow] {
        try read { db in
            let ids = try orderedIds(db, filter, sort: sort, today: today, take: limit.map { $0 + offset })
            return try rows(db, ids: Array(ids.dropFirst(offset)), today: today)
        }
    }

    public func contactIds(_ filter: ContactFilter, sort: ContactSort, today: Day) throws(StoreError) -> [Int64] {
        try read { db in try orderedIds(db, filter, sort: sort, today: today, take: nil) }
    }

    public func contactRows(ids: [Int64], today: Day) throws(StoreError) -> [ContactRow] {
        try read { db in try rows(db, ids: ids, today: today) }
    }

    /// Rows for the given ids, in the given order (missing ids skipped).
    func rows(_ db: PGConnection, ids: [Int64], today: Day) throws -> [ContactRow] {
        guard !ids.isEmpty else { return [] }
        var byId: [Int64: ContactRow] = [:]
        for row in try db.execute("SELECT \(PGColumns.row) FROM contact WHERE contact.id = ANY($1::bigint[])",
                                  [PGText.ids(ids)]).records {
            let contactRow = PGColumns.row(row, cadence: cadence, today: today)
            byId[contactRow.id] = contactRow
        }
        return ids.compactMap { byId[$0] }
    }

    public func countContacts(_ filter: ContactFilter) throws(StoreError) -> Int {
        var params = PGParams()
        let condition = whereClause(filter, &params)
        return try query("SELECT count(*) FROM contact WHERE \(condition)", params.values).first?.int(0) ?? 0
    }

    /// The ids of a list in order: warmth and due through `PGRanking`
    /// unless a tag or search narrows the list (then scored in SQL, as the
    /// SQLite engine does, with the same formulas).
    func orderedIds(_ db: PGConnection, _ filter: ContactFilter, sort: ContactSort, today: Day, take: Int?) throws -> [Int64] {
        let narrow = RapportDatabase.isNarrow(filter)
        let ranking = PGRanking(cadence: cadence, today: today)
        let tiers = filter.tier.map { [$0] } ?? Tier.allCases
        let condition: PGRanking.Filter = { params in self.whereClause(filter, &params) }
        switch sort {
        case .warmth where !narrow:
            return try ranking.byWarmth(db, filter: condition, tiers: tiers, take: take)
        case .due where !narrow:
            return try ranking.byDue(db, filter: condition, tiers: tiers, dueOnly: false, take: take)
        default:
            var params = PGParams()
            let whereSQL = whereClause(filter, &params)
            return try db.execute("""
                SELECT contact.id FROM contact WHERE \(whereSQL) ORDER BY \(orderSQL(sort, today: today)) LIMIT \(params.add(take))
                """, params.values).records.map { $0.int64(0) }
        }
    }

    func orderSQL(_ sort: ContactSort, today: Day) -> String {
        switch sort {
        case .name: return "contact.name_key, contact.id" // l10n-exempt: SQL
        case .last: return "contact.last_exchange_day DESC NULLS LAST, contact.id DESC" // l10n-exempt: SQL
        case .warmth: return "\(Self.warmthScoreSQL(cadence, today: today)) DESC, contact.id" // l10n-exempt: SQL
        case .due: return "\(Self.dueScoreSQL(cadence, today: today)) DESC, contact.id" // l10n-exempt: SQL
        case .surname: return "contact.surname_key, contact.id" // l10n-exempt: SQL
        }
    }

    /// A contact's cadence in days (the SQLite engine's `Caches.cadenceSQL`).
    static func cadenceSQL(_ cadence: Cadence) -> String {
        "coalesce(contact.cadence_override, CASE contact.tier WHEN 'A' THEN \(cadence.days(for: .a)) WHEN 'B' THEN \(cadence.days(for: .b)) ELSE \(cadence.days(for: .c)) END)" // l10n-exempt: SQL
    }

    /// Warmth on `today`, as the SQLite engine's SQL computes it.
    static func warmthScoreSQL(_ cadence: Cadence, today: Day) -> String {
        "(CASE WHEN contact.last_exchange_day IS NULL THEN 0.0::float8 ELSE contact.warmth_base * exp(-0.6931471805599453::float8 * greatest(0, \(today.ordinal) - contact.last_exchange_day)::float8 / \(cadenceSQL(cadence))::float8) END)" // l10n-exempt: SQL
    }

    /// The review score on `today`: days since / cadence × tier weight.
    static func dueScoreSQL(_ cadence: Cadence, today: Day) -> String {
        let weight = "(CASE contact.tier WHEN 'A' THEN \(Cadence.reviewWeight(.a))::float8 WHEN 'B' THEN \(Cadence.reviewWeight(.b))::float8 ELSE \(Cadence.reviewWeight(.c))::float8 END)" // l10n-exempt: SQL
        return "(greatest(0, \(today.ordinal) - coalesce(contact.last_exchange_day, contact.review_from_day))::float8 * 1.0::float8 / \(cadenceSQL(cadence))::float8 * \(weight))" // l10n-exempt: SQL
    }

    /// A filter as SQL over `contact`, its values added to `params`.
    func whereClause(_ filter: ContactFilter, _ params: inout PGParams) -> String {
        var clauses: [String] = []
        if filter.archivedOnly {
            clauses.append("contact.archived")
        } else if !filter.includeArchived {
            clauses.append("NOT contact.archived") // l10n-exempt: SQL
        }
        if let role = filter.role { clauses.append("contact.role = \(params.add(role.rawValue))") }
        if let tier = filter.tier { clauses.append("contact.tier = \(params.add(tier.rawValue))") }
        if let owner = filter.owner { clauses.append("contact.owner = \(params.add(owner))") }
        if let tag = filter.tag {
            let key = params.add(TextKey.fold(tag.trimmingCharacters(in: .whitespaces)))
            clauses.append("contact.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.key = \(key))")
        }
        if let project = filter.project {
            let key = params.add(TextKey.fold(NativeText.trimmed(project)))
            clauses.append("""
                contact.id IN (SELECT e.contact_id FROM project p JOIN exchange e ON e.project_id = p.id WHERE p.key = \(key)
                  UNION SELECT cv.contact_id FROM project p JOIN coverage cv ON cv.project_id = p.id WHERE p.key = \(key))
                """)
        }
        if let search = filter.search, PGSearch.hasWords(search) {
            let text = params.add(search)
            clauses.append("""
                contact.id IN (\(PGSearch.matchingContactsSQL(text))
                  UNION SELECT e.contact_id FROM exchange e WHERE e.search @@ rapport_query(\(text)))
                """)
        }
        return clauses.isEmpty ? "true" : clauses.joined(separator: " AND ")
    }
}

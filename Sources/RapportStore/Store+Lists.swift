import GRDB
import RapportCore
import RapportLocalization

/// How a contact list is ordered.
public enum ContactSort: String, NamedValue {
    /// Alphabetical (accents and case ignored).
    case name
    /// Most recent exchange first (newest contact first on the same day); never contacted last.
    case last
    /// Warmest first.
    case warmth
    /// Most overdue first (overdue ratio × tier weight).
    case due
    /// By family name, then given names (`SurnameSort`: "de La Fontaine" under F).
    case surname
    public static let valueKind = "sort"

    public var label: String {
        switch self {
        case .name: return L10n.text("name", context: "sort")
        case .last: return L10n.text("last contact", context: "sort")
        case .warmth: return L10n.text("warmth", context: "sort")
        case .due: return L10n.text("due", context: "sort")
        case .surname: return L10n.text("surname", context: "sort")
        }
    }
}

/// Which contacts a list shows.
public struct ContactFilter: Hashable, Sendable {
    public var role: Role?
    public var tag: String?
    public var tier: Tier?
    public var includeArchived: Bool
    /// Full-text query over contact fields and exchange summaries.
    public var search: String?
    /// Only archived contacts (the app's "archived" filter).
    /// Only contacts whose relationship lead is this login (team mode;
    /// ignored on a personal file, where no contact has an owner).
    public var owner: String?
    public var archivedOnly = false
    /// Only contacts with an exchange or a piece of coverage in the project
    /// of that name (case and accents folded); an unknown name matches no one.
    public var project: String?

    public init(role: Role? = nil, tag: String? = nil, tier: Tier? = nil, includeArchived: Bool = false, search: String? = nil) {
        self.role = role
        self.tag = tag
        self.tier = tier
        self.includeArchived = includeArchived
        self.search = search
    }
}

/// One row of a contact list, with the relationship figures for today.
public struct ContactRow: Hashable, Sendable, Identifiable {
    public let id: Int64
    public let name: String
    public let outlet: String
    public let title: String
    public let role: Role
    public let tier: Tier
    public let cadence: Int
    public let lastExchange: Day?
    /// When a never-contacted person's cadence started counting.
    public let reviewFrom: Day
    public let warmth: Warmth
    public let due: DueStatus
    public let doNotContact: Bool
    public let archived: Bool
    public let snoozedUntil: Day?

    /// Days since the last exchange; nil when never contacted.
    public var daysSinceLast: Int? { lastExchange == nil ? nil : due.daysSince }

    public var label: ContactLabel { ContactLabel(id: id, name: name, outlet: outlet) }

    static let columns = /* l10n-exempt: SQL */ """
        contact.id, contact.name, contact.outlet, contact.title, contact.role, contact.tier, contact.cadence_override,
        contact.last_exchange_day, contact.review_from_day, contact.warmth_base, contact.do_not_contact,
        contact.archived, contact.snoozed_until_day
        """

    /// A row of `columns`, read by position (in `columns`' order): a
    /// look-up by name compares the names of every column before it.
    init(row: Row, cadence: Cadence, today: Day) {
        id = row[0]
        name = row[1]
        outlet = row[2]
        title = row[3]
        role = row[4]
        tier = row[5]
        self.cadence = cadence.days(tier: tier, override: row[6])
        lastExchange = row[7]
        warmth = WarmthModel.warmth(baseScore: row[9], last: lastExchange, cadence: self.cadence, today: today)
        reviewFrom = row[8]
        due = DueStatus(lastExchange: lastExchange, reviewFrom: reviewFrom,
                        cadence: self.cadence, today: today)
        doNotContact = row[10]
        archived = row[11]
        snoozedUntil = row[12]
    }
}

extension RapportDatabase {
    /// A page of contacts, filtered and sorted.
    public func listContacts(_ filter: ContactFilter = ContactFilter(), sort: ContactSort, today: Day,
                             limit: Int? = nil, offset: Int = 0) throws(StoreError) -> [ContactRow] {
        try read { db in
            let ids = try orderedIds(db, filter, sort: sort, today: today, take: limit.map { $0 + offset })
            return try Self.rows(db, ids: Array(ids.dropFirst(offset)), cadence: cadence, today: today)
        }
    }

    /// Every matching id in list order: what a scrolling view pages through.
    public func contactIds(_ filter: ContactFilter = ContactFilter(), sort: ContactSort, today: Day) throws(StoreError) -> [Int64] {
        try read { db in try orderedIds(db, filter, sort: sort, today: today, take: nil) }
    }

    /// Rows for the given ids, in the given order (missing ids are skipped).
    public func contactRows(ids: [Int64], today: Day) throws(StoreError) -> [ContactRow] {
        try read { db in try Self.rows(db, ids: ids, cadence: cadence, today: today) }
    }

    static func rows(_ db: Database, ids: [Int64], cadence: Cadence, today: Day) throws -> [ContactRow] {
        guard !ids.isEmpty else { return [] }
        var byId: [Int64: ContactRow] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ ids[$0..<min($0 + 500, ids.count)] }) {
            for row in try Row.fetchAll(db, sql: """
                SELECT \(ContactRow.columns) FROM contact WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(Array(chunk))) {
                let contactRow = ContactRow(row: row, cadence: cadence, today: today)
                byId[contactRow.id] = contactRow
            }
        }
        return ids.compactMap { byId[$0] }
    }

    /// The ids of a list in order. Warmth and due sorts read the tiers in
    /// index order (`Ranking`) unless a tag or search filter narrows the
    /// list enough that scoring the matches directly is cheaper.
    func orderedIds(_ db: Database, _ filter: ContactFilter, sort: ContactSort, today: Day, take: Int?) throws -> [Int64] {
        let (whereSQL, arguments) = Self.whereClause(filter)
        let narrow = Self.isNarrow(filter)
        let ranking = Ranking(cadence: cadence, today: today)
        let tiers = filter.tier.map { [$0] } ?? Tier.allCases
        switch sort {
        case .warmth where !narrow:
            return try ranking.byWarmth(db, filterSQL: whereSQL, arguments: arguments, tiers: tiers, take: take)
        case .due where !narrow:
            return try ranking.byDue(db, filterSQL: whereSQL, arguments: arguments, tiers: tiers, dueOnly: false, take: take)
        default:
            let order = narrow ? "+" + orderSQL(sort, today: today) : orderSQL(sort, today: today)
            return try Int64.fetchAll(db, sql: """
                SELECT contact.id FROM contact WHERE \(whereSQL) ORDER BY \(order) LIMIT ?
                """, arguments: arguments + [take ?? -1])
        }
    }

    /// Whether a filter narrows the list to the contacts matching a search
    /// or a tag (few enough to list every id at once).
    public static func isNarrow(_ filter: ContactFilter) -> Bool {
        filter.search != nil || filter.tag != nil || filter.project != nil
    }

    /// How many contacts match.
    public func countContacts(_ filter: ContactFilter = ContactFilter()) throws(StoreError) -> Int {
        let (whereSQL, arguments) = Self.whereClause(filter)
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM contact WHERE \(whereSQL)", arguments: arguments) ?? 0
        }
    }

    func orderSQL(_ sort: ContactSort, today: Day) -> String {
        switch sort {
        case .name: return "contact.name_key, contact.id" // l10n-exempt: SQL
        case .last: return "contact.last_exchange_day DESC, contact.id DESC" // l10n-exempt: SQL
        case .warmth: return "\(Caches.warmthScoreSQL(cadence, today: today)) DESC, contact.id" // l10n-exempt: SQL
        case .due: return "\(Caches.dueScoreSQL(cadence, today: today)) DESC, contact.id" // l10n-exempt: SQL
        case .surname: return "contact.surname_key, contact.id" // l10n-exempt: SQL
        }
    }

    static func whereClause(_ filter: ContactFilter) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments = StatementArguments()
        // With a tag or search, the matching ids are few: `+` keeps SQLite
        // from walking an index of every contact instead of looking them up.
        let narrow = Self.isNarrow(filter)
        if filter.archivedOnly {
            clauses.append(narrow ? "+contact.archived = 1" : "contact.archived = 1")
        } else if !filter.includeArchived {
            clauses.append(narrow ? "+contact.archived = 0" : "contact.archived = 0")
        }
        if let role = filter.role {
            clauses.append("contact.role = ?")
            arguments += [role.rawValue]
        }
        if let tier = filter.tier {
            clauses.append("contact.tier = ?")
            arguments += [tier.rawValue]
        }
        if let tag = filter.tag {
            clauses.append("contact.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.key = ?)")
            arguments += [TextKey.fold(tag.trimmingCharacters(in: .whitespaces))]
        }
        if let project = filter.project {
            clauses.append("""
                contact.id IN (SELECT e.contact_id FROM project p JOIN exchange e ON e.project_id = p.id WHERE p.key = ?
                UNION SELECT cv.contact_id FROM project p JOIN coverage cv ON cv.project_id = p.id WHERE p.key = ?)
                """)
            let key = TextKey.fold(NativeText.trimmed(project))
            arguments += [key, key]
        }
        if let search = filter.search, let match = SearchQuery.match(search) {
            clauses.append("""
                contact.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?
                UNION SELECT e.contact_id FROM exchange_fts f CROSS JOIN exchange e ON e.id = (f.rowid & 4294967295)
                WHERE exchange_fts MATCH ?)
                """)
            arguments += [match, match]
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}

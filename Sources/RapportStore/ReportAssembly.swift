import RapportCore

/// The rows both engines read for the pitch report, and how they become a
/// `ReportData`: the same Swift code on SQLite and PostgreSQL, so ordering
/// and the period's start cannot differ between engines.
public struct ReportRows {
    /// One exchange row with its contact.
    public struct ExchangeRow {
        public var contactId: Int64
        public var exchange: ReportExchange
        public init(contactId: Int64, exchange: ReportExchange) {
            self.contactId = contactId
            self.exchange = exchange
        }
    }

    /// One coverage row with its contact.
    public struct CoverageRow {
        public var contactId: Int64
        public var coverage: ReportCoverage
        public init(contactId: Int64, coverage: ReportCoverage) {
            self.contactId = contactId
            self.coverage = coverage
        }
    }

    /// A contact's identity as the report shows it.
    public struct ContactRow {
        public var id: Int64
        public var name: String
        public var outlet: String
        public var title: String
        public var role: Role
        public init(id: Int64, name: String, outlet: String, title: String, role: Role) {
            self.id = id
            self.name = name
            self.outlet = outlet
            self.title = title
            self.role = role
        }
    }

    public var exchanges: [ExchangeRow] = []
    public var coverage: [CoverageRow] = []
    public var contacts: [ContactRow] = []
    /// Handles by contact, in their order (empty without `--with-handles`).
    public var handles: [Int64: [Handle]] = [:]

    public init() {}

    /// The contacts the rows name, sorted, for the contact and handle queries.
    public var contactIds: [Int64] {
        Array(Set(exchanges.map(\.contactId) + coverage.map(\.contactId))).sorted()
    }

    /// The report: people by folded name then id, exchanges and coverage
    /// oldest first; the period starts at `since`, or at the first row
    /// (`until` when there is none).
    public func assemble(project: String?, since: Day?, until: Day) -> ReportData {
        let exchangesBy = Dictionary(grouping: exchanges, by: \.contactId)
        let coverageBy = Dictionary(grouping: coverage, by: \.contactId)
        var people = contacts.map { contact in
            ReportPerson(
                id: contact.id, name: contact.name, outlet: contact.outlet, title: contact.title, role: contact.role,
                handles: handles[contact.id] ?? [],
                exchanges: (exchangesBy[contact.id] ?? []).map(\.exchange)
                    .sorted { ($0.day, $0.id) < ($1.day, $1.id) },
                coverage: (coverageBy[contact.id] ?? []).map(\.coverage)
                    .sorted { ($0.day, $0.id) < ($1.day, $1.id) })
        }
        people.sort { (TextKey.fold($0.name), $0.id) < (TextKey.fold($1.name), $1.id) }
        let first = (exchanges.map(\.exchange.day) + coverage.map(\.coverage.day)).min()
        return ReportData(since: since ?? min(first ?? until, until), until: until, project: project, people: people)
    }
}

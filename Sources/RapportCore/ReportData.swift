/// What the pitch report (`rapport report`, issue 11) is made from: the
/// people of a period, their exchanges and coverage, read in one go by
/// `ReportStore.reportData`. Never any notes; handles only when asked for.
public struct ReportData: Hashable, Sendable {
    /// The first and last day covered (both included).
    public var since: Day
    public var until: Day
    /// The project the report is narrowed to (its stored name), or nil for all work.
    public var project: String?
    /// Everyone with an exchange or a piece of coverage in the period,
    /// by name (folded), then id.
    public var people: [ReportPerson]

    public init(since: Day, until: Day, project: String?, people: [ReportPerson]) {
        self.since = since
        self.until = until
        self.project = project
        self.people = people
    }

    public var isEmpty: Bool { people.isEmpty }
}

/// One person of the report, with what happened with them in the period.
public struct ReportPerson: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var outlet: String
    public var title: String
    public var role: Role
    /// Their handles, in their order; empty unless the report was asked with handles.
    public var handles: [Handle]
    /// Oldest first.
    public var exchanges: [ReportExchange]
    /// Oldest first.
    public var coverage: [ReportCoverage]

    public init(id: Int64, name: String, outlet: String, title: String, role: Role, handles: [Handle],
                exchanges: [ReportExchange], coverage: [ReportCoverage]) {
        self.id = id
        self.name = name
        self.outlet = outlet
        self.title = title
        self.role = role
        self.handles = handles
        self.exchanges = exchanges
        self.coverage = coverage
    }
}

/// An exchange as the report shows it: no notes, ever.
public struct ReportExchange: Hashable, Sendable {
    public var id: Int64
    public var day: Day
    public var channel: Channel
    public var direction: Direction
    public var intent: Intent
    /// How it went, 1–5; nil when not rated.
    public var rating: Int?
    public var summary: String
    public var project: String?
    public var followUp: FollowUp?

    public init(id: Int64, day: Day, channel: Channel, direction: Direction, intent: Intent, rating: Int?,
                summary: String, project: String?, followUp: FollowUp?) {
        self.id = id
        self.day = day
        self.channel = channel
        self.direction = direction
        self.intent = intent
        self.rating = rating
        self.summary = summary
        self.project = project
        self.followUp = followUp
    }
}

/// A piece of coverage as the report shows it: no note.
public struct ReportCoverage: Hashable, Sendable {
    public var id: Int64
    public var day: Day
    public var title: String
    public var url: String
    public var outlet: String
    public var exchangeId: Int64?
    public var project: String?

    public init(id: Int64, day: Day, title: String, url: String, outlet: String, exchangeId: Int64?, project: String?) {
        self.id = id
        self.day = day
        self.title = title
        self.url = url
        self.outlet = outlet
        self.exchangeId = exchangeId
        self.project = project
    }
}

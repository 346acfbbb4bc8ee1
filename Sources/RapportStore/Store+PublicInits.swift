import RapportCore

// Public factories (`make`, beside the internal memberwise initializers) for the values the `Store` interface returns, so
// another engine (RapportPostgres) can build them. Each computes exactly
// what the SQLite engine's internal initializer computes.

extension ContactLabel {
    public static func make(id: Int64, name: String, outlet: String) -> Self {
        Self(id: id, name: name, outlet: outlet)
    }
}

extension ContactRow {
    /// A row from stored columns: cadence, warmth and due status for `today`
    /// are derived as `init(row:cadence:today:)` derives them.
    public init(id: Int64, name: String, outlet: String, title: String, role: Role, tier: Tier, cadenceOverride: Int?,
                lastExchange: Day?, reviewFrom: Day, warmthBase: Double, doNotContact: Bool, archived: Bool,
                snoozedUntil: Day?, cadence: Cadence, today: Day) {
        self.id = id
        self.name = name
        self.outlet = outlet
        self.title = title
        self.role = role
        self.tier = tier
        self.cadence = cadence.days(tier: tier, override: cadenceOverride)
        self.lastExchange = lastExchange
        warmth = WarmthModel.warmth(baseScore: warmthBase, last: lastExchange, cadence: self.cadence, today: today)
        self.reviewFrom = reviewFrom
        due = DueStatus(lastExchange: lastExchange, reviewFrom: reviewFrom, cadence: self.cadence, today: today)
        self.doNotContact = doNotContact
        self.archived = archived
        self.snoozedUntil = snoozedUntil
    }
}

extension ReviewEntry {
    public static func make(row: ContactRow, item: ReviewItem) -> Self {
        Self(row: row, item: item)
    }
}

extension SearchHit {
    public static func make(contact: ContactLabel, field: Field, snippet: String, exchangeId: Int64?, day: Day?) -> Self {
        Self(contact: contact, field: field, snippet: snippet, exchangeId: exchangeId, day: day)
    }
}

extension LogResult {
    public static func make(exchange: Exchange, contact: Contact, warnings: [String]) -> Self {
        Self(exchange: exchange, contact: contact, warnings: warnings)
    }
}

extension FollowUpEntry {
    public static func make(exchangeId: Int64, contact: ContactLabel, due: Day, text: String, madeOn: Day) -> Self {
        Self(exchangeId: exchangeId, contact: contact, due: due, text: text, madeOn: madeOn)
    }
}

extension ExchangeEdit {
    public static func make(before: Exchange, after: Exchange, contact: Contact) -> Self {
        Self(before: before, after: after, contact: contact)
    }
}

extension ForgetReport {
    public static func make(contact: ContactLabel, handles: Int, tags: Int, exchanges: Int) -> Self {
        Self(contact: contact, handles: handles, tags: tags, exchanges: exchanges)
    }
}

extension AddressMatch {
    public static func make(email: String, name: String, outlet: String) -> Self {
        Self(email: email, name: name, outlet: outlet)
    }
}

extension DemoReport {
    public static func make(contacts: Int, exchanges: Int) -> Self {
        Self(contacts: contacts, exchanges: exchanges)
    }
}

extension ExportedContact {
    public static func make(contact: Contact, exchanges: [Exchange], career: Career = .empty, coverage: [Coverage] = []) -> Self {
        Self(contact: contact, exchanges: exchanges, career: career, coverage: coverage)
    }
}

/// How often we mean to talk to someone, in days: a per-contact override or
/// the tier default, and the tier weights used to rank the review.
public struct Cadence: Hashable, Sendable {
    /// Accepted cadences, in days.
    public static let allowed = 1...3650

    /// Default days between conversations per tier.
    public var tierDays: [Tier: Int]

    /// Built-in defaults: A 30, B 60, C 120 days.
    public static let standard = Cadence(tierDays: [.a: 30, .b: 60, .c: 120])

    public init(tierDays: [Tier: Int]) {
        self.tierDays = tierDays
    }

    public func days(for tier: Tier) -> Int {
        tierDays[tier] ?? Cadence.standard.tierDays[tier] ?? 60
    }

    /// The cadence that applies to a contact.
    public func days(tier: Tier, override: Int?) -> Int {
        override ?? days(for: tier)
    }

    public func days(for contact: Contact) -> Int {
        days(tier: contact.tier, override: contact.cadenceOverride)
    }

    /// How much being late counts in the review, per tier: a key contact
    /// late by 1.5 cadences outranks an occasional one late by 1.1.
    public static func reviewWeight(_ tier: Tier) -> Double {
        switch tier {
        case .a: return 1.5
        case .b: return 1.2
        case .c: return 1.0
        }
    }
}

/// Where a contact stands against its cadence on a given day.
public struct DueStatus: Hashable, Sendable {
    /// Days since the last exchange, or since the cadence started counting
    /// for a never-contacted person. Never negative.
    public let daysSince: Int
    public let cadence: Int
    public let neverContacted: Bool

    public init(lastExchange: Day?, reviewFrom: Day, cadence: Int, today: Day) {
        let anchor = lastExchange ?? reviewFrom
        self.daysSince = max(0, today.days(since: anchor))
        self.cadence = max(1, cadence)
        self.neverContacted = lastExchange == nil
    }

    /// days since / cadence: 1.0 means exactly due.
    public var overdueRatio: Double { Double(daysSince) / Double(cadence) }

    public var isDue: Bool { daysSince >= cadence }

    /// Days past the cadence (0 when not yet due).
    public var daysOverdue: Int { max(0, daysSince - cadence) }
}

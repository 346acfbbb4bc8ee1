import Foundation
import RapportLocalization

/// The facts about one exchange that the relationship model uses.
public struct ExchangeFacts: Hashable, Sendable {
    public var day: Day
    public var channel: Channel
    public var direction: Direction
    public var rating: Int?
    public var intent: Intent

    public init(day: Day, channel: Channel, direction: Direction, rating: Int? = nil, intent: Intent = .chat) {
        self.day = day
        self.channel = channel
        self.direction = direction
        self.rating = rating
        self.intent = intent
    }
}

/// How warm a relationship is, 0–100, with its label. Computed, never typed.
public struct Warmth: Hashable, Sendable {
    /// The underlying score (sum of decayed exchange points), ≥ 0.
    public let score: Double

    public init(score: Double) {
        self.score = max(0, score.isFinite ? score : 0)
    }

    /// 0–100: 100 × (1 − e^(−score / K)).
    public var value: Int {
        Int((100 * (1 - exp(-score / WarmthModel.saturation))).rounded())
    }

    public var label: Label { Label(value: value) }

    public enum Label: String, Sendable, CaseIterable {
        case cold, cooling, warm, strong

        public init(value: Int) {
            switch value {
            case ..<20: self = .cold
            case ..<40: self = .cooling
            case ..<70: self = .warm
            default: self = .strong
            }
        }

        /// The label as shown: "cold", "froide" (agreeing with "relation").
        public var text: String {
            switch self {
            case .cold: return L10n.text("cold", context: "warmth")
            case .cooling: return L10n.text("cooling", context: "warmth")
            case .warm: return L10n.text("warm", context: "warmth")
            case .strong: return L10n.text("strong", context: "warmth")
            }
        }
    }
}

/// The warmth model. Each exchange is worth points (richer channel, better
/// rating and the other person reaching out count more); points lose half
/// their weight every cadence. Documented in docs/relationship-model.md.
public enum WarmthModel {
    /// Score at which warmth reaches 63 (1 − 1/e).
    public static let saturation = 20.0

    /// Base points per channel: meeting > event > phone > DM/email > public post.
    public static func points(for channel: Channel) -> Double {
        switch channel {
        case .meeting: return 12
        case .event: return 10
        case .phone: return 9
        case .twitterDM, .email: return 6
        case .other: return 4
        case .twitter, .mastodon, .bluesky: return 3
        }
    }

    /// Multiplier for how it went; unrated counts as a 3.
    public static func ratingFactor(_ rating: Int?) -> Double {
        switch rating {
        case 1: return 0.4
        case 2: return 0.7
        case 4: return 1.25
        case 5: return 1.5
        default: return 1.0
        }
    }

    /// Multiplier when they reached out to us.
    public static let inboundFactor = 1.5

    /// The points one exchange adds on its day.
    public static func points(_ exchange: ExchangeFacts) -> Double {
        points(for: exchange.channel) * ratingFactor(exchange.rating)
            * (exchange.direction == .inbound ? inboundFactor : 1)
    }

    /// Decay factor after `days` for a half-life of `cadence` days.
    public static func decay(days: Int, cadence: Int) -> Double {
        pow(2, -Double(max(0, days)) / Double(max(1, cadence)))
    }

    /// The score on the day of the last exchange: what the store keeps per
    /// contact so lists can sort by warmth without reading every exchange.
    public static func baseScore(_ exchanges: [ExchangeFacts], cadence: Int) -> (last: Day, score: Double)? {
        guard let last = exchanges.map(\.day).max() else { return nil }
        let score = exchanges.reduce(0.0) { $0 + points($1) * decay(days: last.days(since: $1.day), cadence: cadence) }
        return (last, score)
    }

    /// Points a piece of coverage adds on its day: "they gave", worth as
    /// much as an inbound email (see docs/relationship-model.md).
    public static let coveragePoints = 9.0

    /// The base score with coverage: each piece adds `coveragePoints`
    /// weighted by 2^(−(last − day)/cadence) against the last exchange's
    /// day, so that base × decay(today − last) is the decayed sum for any
    /// today on or after every day (coverage is never in the future).
    /// Coverage is not a conversation: it never moves the last exchange
    /// day, and without any exchange the base is nil (warmth 0).
    public static func baseScore(_ exchanges: [ExchangeFacts], coverage: [Day], cadence: Int) -> (last: Day, score: Double)? {
        guard let base = baseScore(exchanges, cadence: cadence) else { return nil }
        let days = Double(max(1, cadence))
        let score = coverage.reduce(base.score) { $0 + coveragePoints * pow(2, -Double(base.last.days(since: $1)) / days) }
        return (base.last, score)
    }

    /// Warmth on `today` from the full history and coverage.
    public static func warmth(_ exchanges: [ExchangeFacts], coverage: [Day], cadence: Int, today: Day) -> Warmth {
        guard let base = baseScore(exchanges, coverage: coverage, cadence: cadence) else { return Warmth(score: 0) }
        return warmth(baseScore: base.score, last: base.last, cadence: cadence, today: today)
    }

    /// Warmth on `today` from the stored base score: base × 2^(−days since last / cadence).
    public static func warmth(baseScore: Double, last: Day?, cadence: Int, today: Day) -> Warmth {
        guard let last else { return Warmth(score: 0) }
        return Warmth(score: baseScore * decay(days: today.days(since: last), cadence: cadence))
    }

    /// Warmth on `today` from the full history.
    public static func warmth(_ exchanges: [ExchangeFacts], cadence: Int, today: Day) -> Warmth {
        guard let base = baseScore(exchanges, cadence: cadence) else { return Warmth(score: 0) }
        return warmth(baseScore: base.score, last: base.last, cadence: cadence, today: today)
    }
}

/// Gave versus asked over the last 12 months.
public struct Reciprocity: Hashable, Sendable {
    public let gave: Int
    public let asked: Int
    /// Coverage they gave over the same 12 months: the other side of the ledger.
    public let theyGave: Int

    public static let windowDays = 365

    public init(gave: Int, asked: Int, theyGave: Int = 0) {
        self.gave = gave
        self.asked = asked
        self.theyGave = theyGave
    }

    public init(_ exchanges: [ExchangeFacts], coverage: [Day] = [], today: Day) {
        let since = today.adding(days: -Reciprocity.windowDays)
        let recent = exchanges.filter { $0.day > since && $0.day <= today }
        self.gave = recent.filter { $0.intent == .gave }.count
        self.asked = recent.filter { $0.intent == .asked }.count
        self.theyGave = coverage.filter { $0 > since && $0 <= today }.count
    }

    /// True when we asked more than we gave: shown, gently.
    public var asksMoreThanGives: Bool { asked > gave }

    /// "gave 2 / asked 1 in 12 months", with a gentle note when asking outweighs giving.
    public var summary: String {
        let text = theyGave > 0
            ? L10n.plural("gave %2$d / asked %3$d, they gave %1$'d (coverage) in 12 months",
                          "gave %2$d / asked %3$d, they gave %1$'d (coverage) in 12 months", theyGave, gave, asked)
            : L10n.text("gave %d / asked %d in 12 months", gave, asked)
        return asksMoreThanGives ? L10n.text("%@ (asking more than giving)", text) : text
    }
}

/// The whole picture of one relationship on one day.
public struct RelationshipSummary: Hashable, Sendable {
    public let warmth: Warmth
    public let due: DueStatus
    public let reciprocity: Reciprocity
    public let lastExchange: Day?
    /// What the explanation says, counted once; its text is made when asked for.
    public let explanationFacts: ExplanationFacts

    /// The explanation in the interface's language.
    public var explanation: String { explanationFacts.text }
    /// The same in English, for JSON output (never translated); made only
    /// when asked for, so a French summary does not write it twice.
    public var englishExplanation: String {
        L10n.language == .english ? explanationFacts.text : L10n.$override.withValue(.english) { explanationFacts.text }
    }

    /// The window the explanation counts exchanges in.
    public static let recentWindowDays = 90

    /// `coverage`: the days of the contact's coverage ("they gave").
    public init(exchanges: [ExchangeFacts], coverage: [Day] = [], reviewFrom: Day, cadence: Int, today: Day) {
        let last = exchanges.map(\.day).max()
        self.lastExchange = last
        self.warmth = WarmthModel.warmth(exchanges, coverage: coverage, cadence: cadence, today: today)
        self.due = DueStatus(lastExchange: last, reviewFrom: reviewFrom, cadence: cadence, today: today)
        self.reciprocity = Reciprocity(exchanges, coverage: coverage, today: today)
        self.explanationFacts = ExplanationFacts(exchanges, last: last, reciprocity: reciprocity, today: today)
    }

    public init(contact: Contact, exchanges: [ExchangeFacts], coverage: [Day] = [], cadence: Cadence, today: Day) {
        self.init(exchanges: exchanges, coverage: coverage, reviewFrom: contact.reviewFrom, cadence: cadence.days(for: contact), today: today)
    }

    /// What the explanation says, counted once: two summaries with equal
    /// facts have the same explanation (the export keeps the texts it made).
    public struct ExplanationFacts: Hashable, Sendable {
        /// Days since the last exchange; nil when there is none.
        let ago: Int?
        /// The last exchange's day, kept only when it is after today ("last on …").
        let futureLast: Day?
        /// Exchanges in the recent window, and how many of them were inbound.
        let recent: Int
        let inbound: Int
        let reciprocity: Reciprocity

        init(_ exchanges: [ExchangeFacts], last: Day?, reciprocity: Reciprocity, today: Day) {
            let since = today.adding(days: -RelationshipSummary.recentWindowDays)
            var recent = 0, inbound = 0
            for exchange in exchanges where exchange.day > since && exchange.day <= today {
                recent += 1
                if exchange.direction == .inbound { inbound += 1 }
            }
            ago = last.map { today.days(since: $0) }
            futureLast = ago.map { $0 < 0 } == true ? last : nil
            self.recent = recent
            self.inbound = inbound
            self.reciprocity = reciprocity
        }

        /// The text in the current language.
        public var text: String { RelationshipSummary.explain(self) }
    }

    /// "4 exchanges in 90 days, last 12 days ago, they reached out twice, you gave 2 / asked 1 in 12 months".
    static func explain(_ facts: ExplanationFacts) -> String {
        guard let ago = facts.ago else { return L10n.text("no exchanges yet") }
        let reciprocity = facts.reciprocity
        var parts: [String] = []
        parts.append(facts.recent == 0
            ? L10n.plural("no exchange in %'d day", "no exchange in %'d days", recentWindowDays)
            : L10n.plural("%1$'d exchange in %2$'d days", "%1$'d exchanges in %2$'d days", facts.recent, recentWindowDays))
        if ago > 0 {
            parts.append(L10n.plural("last %'d day ago", "last %'d days ago", ago))
        } else if ago == 0 {
            parts.append(L10n.text("last today"))
        } else if let last = facts.futureLast {
            parts.append(L10n.text("last on %@", last.text(.table, in: L10n.language)))
        }
        if facts.inbound > 0 { parts.append(reachedOut(facts.inbound)) }
        if reciprocity.gave + reciprocity.asked > 0 {
            parts.append(reciprocity.theyGave > 0
                ? L10n.plural("you gave %2$d / asked %3$d, they gave %1$'d (coverage) in 12 months",
                              "you gave %2$d / asked %3$d, they gave %1$'d (coverage) in 12 months",
                              reciprocity.theyGave, reciprocity.gave, reciprocity.asked)
                : L10n.text("you gave %d / asked %d in 12 months", reciprocity.gave, reciprocity.asked))
        } else if reciprocity.theyGave > 0 {
            parts.append(L10n.plural("they gave %'d (coverage) in 12 months", "they gave %'d (coverage) in 12 months",
                                     reciprocity.theyGave))
        }
        return parts.joined(separator: ", ")
    }

    /// "they reached out once", "twice", "3 times".
    static func reachedOut(_ n: Int) -> String {
        switch n {
        case 1: return L10n.text("they reached out once")
        case 2: return L10n.text("they reached out twice")
        default: return L10n.plural("they reached out %'d time", "they reached out %'d times", n)
        }
    }
}

/// Exchanges per month over the last 12 months, oldest first, for the sparkline.
public enum Activity {
    public static func monthly(_ days: [Day], today: Day, months: Int = 12) -> [Int] {
        let current = today.components
        let currentIndex = current.year * 12 + current.month - 1
        var counts = Array(repeating: 0, count: months)
        for day in days {
            let c = day.components
            let back = currentIndex - (c.year * 12 + c.month - 1)
            if back >= 0 && back < months { counts[months - 1 - back] += 1 }
        }
        return counts
    }
}

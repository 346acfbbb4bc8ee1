import RapportLocalization

/// Why a contact is in the review.
public enum ReviewReason: Hashable, Sendable {
    /// Never contacted, and added at least a cadence ago.
    case neverContacted(daysSinceAdded: Int, cadence: Int)
    /// The last exchange is at least a cadence old.
    case overdue(daysSince: Int, cadence: Int)
    /// A promised follow-up whose date has come.
    case followUpDue(exchangeId: Int64, due: Day, text: String)
    /// Moved to another outlet or title recently, not contacted since
    /// (career timeline, `CareerMove.recentMove`).
    case recentMove(outlet: String, daysAgo: Int)

    /// The reason in words, as `rapport review` and the app's review show
    /// it: `17 days overdue on a cadence of 30`, `never contacted (added
    /// 153 days ago)`, `follow-up due 2026-11-25: send the data`.
    /// The sentence in English whatever the interface's language: for
    /// JSON output, which never changes with the locale.
    public var englishSentence: String { L10n.$override.withValue(.english) { sentence } }

    public var sentence: String {
        switch self {
        case let .neverContacted(days, _):
            return L10n.plural("never contacted (added %'d day ago)", "never contacted (added %'d days ago)", days)
        case let .overdue(days, cadence):
            return L10n.plural("%1$'d day overdue on a cadence of %2$'d", "%1$'d days overdue on a cadence of %2$'d",
                               days - cadence, cadence)
        case let .followUpDue(_, due, text):
            return L10n.text("follow-up due %1$@: %2$@", due.text(.table, in: L10n.language), text)
        case let .recentMove(outlet, days):
            if outlet.isEmpty {
                switch days {
                case 0: return L10n.text("changed jobs today, not contacted since")
                case 1: return L10n.text("changed jobs yesterday, not contacted since")
                default: return L10n.plural("changed jobs %'d day ago, not contacted since",
                                            "changed jobs %'d days ago, not contacted since", days)
                }
            }
            switch days {
            case 0: return L10n.text("moved to %@ today, not contacted since", outlet)
            case 1: return L10n.text("moved to %@ yesterday, not contacted since", outlet)
            default: return L10n.plural("moved to %2$@ %1$'d day ago, not contacted since",
                                        "moved to %2$@ %1$'d days ago, not contacted since", days, outlet)
            }
        }
    }
}

/// What the review needs to know about one contact.
public struct ReviewCandidate: Hashable, Sendable {
    public var contactId: Int64
    public var tier: Tier
    public var cadence: Int
    public var lastExchange: Day?
    public var reviewFrom: Day
    public var snoozedUntil: Day?
    public var doNotContact: Bool
    public var archived: Bool
    /// Open follow-ups of this contact (any date).
    public var openFollowUps: [(exchangeId: Int64, due: Day, text: String)]

    public init(
        contactId: Int64, tier: Tier, cadence: Int, lastExchange: Day?, reviewFrom: Day,
        snoozedUntil: Day? = nil, doNotContact: Bool = false, archived: Bool = false,
        openFollowUps: [(exchangeId: Int64, due: Day, text: String)] = []
    ) {
        self.contactId = contactId
        self.tier = tier
        self.cadence = cadence
        self.lastExchange = lastExchange
        self.reviewFrom = reviewFrom
        self.snoozedUntil = snoozedUntil
        self.doNotContact = doNotContact
        self.archived = archived
        self.openFollowUps = openFollowUps
    }

    public static func == (lhs: ReviewCandidate, rhs: ReviewCandidate) -> Bool {
        lhs.contactId == rhs.contactId && lhs.tier == rhs.tier && lhs.cadence == rhs.cadence
            && lhs.lastExchange == rhs.lastExchange && lhs.reviewFrom == rhs.reviewFrom
            && lhs.snoozedUntil == rhs.snoozedUntil && lhs.doNotContact == rhs.doNotContact
            && lhs.archived == rhs.archived
            && lhs.openFollowUps.map(\.exchangeId) == rhs.openFollowUps.map(\.exchangeId)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(contactId) }
}

/// One line of the review: a contact that is due, why, and how urgent.
public struct ReviewItem: Hashable, Sendable {
    public let contactId: Int64
    public let reasons: [ReviewReason]
    /// Overdue ratio × tier weight; follow-ups due rank first regardless.
    public let score: Double
    public let status: DueStatus

    /// Every reason in words, most pressing first, joined by `; `: the one
    /// text both `rapport review` and the app's review show.
    public var reasonText: String {
        reasons.map(\.sentence).joined(separator: "; ")
    }

    public var hasFollowUpDue: Bool {
        reasons.contains { if case .followUpDue = $0 { return true } else { return false } }
    }
}

/// Who is due for a conversation, most urgent first.
public enum Review {
    /// The ranking score: overdue ratio weighted by tier.
    public static func score(status: DueStatus, tier: Tier) -> Double {
        status.overdueRatio * Cadence.reviewWeight(tier)
    }

    /// A follow-up brings a contact into the review once its date has come,
    /// until an exchange is logged on or after that date: getting back in
    /// touch answers the reminder (the promise itself stays open in the
    /// follow-up list until marked done).
    public static func followUpIsDue(due: Day, lastExchange: Day?, today: Day) -> Bool {
        guard due <= today else { return false }
        guard let lastExchange else { return true }
        return lastExchange < due
    }

    /// Whether a contact takes part in the review at all on `today`.
    public static func isEligible(archived: Bool, doNotContact: Bool, snoozedUntil: Day?, today: Day) -> Bool {
        if archived || doNotContact { return false }
        if let until = snoozedUntil, until > today { return false }
        return true
    }

    /// Ranks candidates: contacts with a follow-up due first (earliest
    /// promise first), then the rest by overdue ratio × tier weight.
    public static func rank(_ candidates: [ReviewCandidate], today: Day) -> [ReviewItem] {
        var items: [ReviewItem] = []
        for candidate in candidates {
            guard isEligible(archived: candidate.archived, doNotContact: candidate.doNotContact,
                             snoozedUntil: candidate.snoozedUntil, today: today) else { continue }
            let status = DueStatus(lastExchange: candidate.lastExchange, reviewFrom: candidate.reviewFrom,
                                   cadence: candidate.cadence, today: today)
            var reasons: [ReviewReason] = candidate.openFollowUps
                .filter { Review.followUpIsDue(due: $0.due, lastExchange: candidate.lastExchange, today: today) }
                .sorted { ($0.due, $0.exchangeId) < ($1.due, $1.exchangeId) }
                .map { .followUpDue(exchangeId: $0.exchangeId, due: $0.due, text: $0.text) }
            if status.isDue {
                reasons.append(status.neverContacted
                    ? .neverContacted(daysSinceAdded: status.daysSince, cadence: status.cadence)
                    : .overdue(daysSince: status.daysSince, cadence: status.cadence))
            }
            guard !reasons.isEmpty else { continue }
            items.append(ReviewItem(contactId: candidate.contactId, reasons: reasons,
                                    score: score(status: status, tier: candidate.tier), status: status))
        }
        return items.sorted(by: ranksBefore)
    }

    /// The review order, shared by the in-memory ranking and the store.
    public static func ranksBefore(_ a: ReviewItem, _ b: ReviewItem) -> Bool {
        let fa = firstFollowUp(a), fb = firstFollowUp(b)
        switch (fa, fb) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.score != b.score { return a.score > b.score }
        return a.contactId < b.contactId
    }

    static func firstFollowUp(_ item: ReviewItem) -> Day? {
        item.reasons.compactMap { if case let .followUpDue(_, due, _) = $0 { return due } else { return nil } }.min()
    }
}

/// One earlier exchange as the guard sees it: its facts, and in team mode
/// who logged it and what it said, so a warning can name a colleague.
public struct GuardEntry: Hashable, Sendable {
    public var facts: ExchangeFacts
    /// A colleague's display name; nil for the caller's own exchanges (and
    /// always on a personal file).
    public var colleague: String?
    public var summary: String

    public init(facts: ExchangeFacts, colleague: String? = nil, summary: String = "") {
        self.facts = facts
        self.colleague = colleague
        self.summary = summary
    }
}

/// Warnings before logging: asking again too soon, or writing to someone who
/// asked not to be contacted. The exchange still saves; the person decides.
/// In team mode colleagues' exchanges count too: an ask by Alice two days
/// ago, with nothing given since by anyone, warns Bob, naming Alice.
public enum PesteringGuard {
    /// How recent an unanswered ask must be to warn.
    public static let askWindowDays = 14

    public static func warnings(contactName: String, doNotContact: Bool, history: [ExchangeFacts],
                                draft: ExchangeFacts) -> [String] {
        warnings(contactName: contactName, doNotContact: doNotContact,
                 entries: history.map { GuardEntry(facts: $0) }, draft: draft)
    }

    public static func warnings(contactName: String, doNotContact: Bool, entries: [GuardEntry],
                                draft: ExchangeFacts) -> [String] {
        guard draft.direction == .outbound else { return [] }
        var warnings: [String] = []
        if doNotContact {
            warnings.append(L10n.text("%@ is marked do-not-contact.", contactName))
        }
        if draft.intent == .asked {
            let windowStart = draft.day.adding(days: -askWindowDays)
            let earlier = entries.filter { $0.facts.day <= draft.day }
            let asks = earlier.filter { $0.facts.intent == .asked && $0.facts.day >= windowStart }
            if let lastAsk = asks.max(by: { $0.facts.day < $1.facts.day }),
               !earlier.contains(where: { $0.facts.intent == .gave && $0.facts.day >= lastAsk.facts.day }) {
                let day = lastAsk.facts.day.text(.table, in: L10n.language)
                let ago = draft.day.days(since: lastAsk.facts.day)
                if let colleague = lastAsk.colleague {
                    let said = lastAsk.summary.isEmpty ? "" : L10n.text(": \u{201C}%@\u{201D}", lastAsk.summary)
                    warnings.append(colleagueAsked(colleague, contactName, ago: ago, day: day, said: said))
                } else {
                    warnings.append(youAsked(contactName, ago: ago, day: day))
                }
            }
        }
        return warnings
    }

    /// "Alice already asked Éloïse something yesterday (2026-11-25): “…”, and nothing was given since."
    static func colleagueAsked(_ colleague: String, _ contact: String, ago: Int, day: String, said: String) -> String {
        switch ago {
        case 0:
            return L10n.text("%1$@ already asked %2$@ something earlier today (%3$@)%4$@, and nothing was given since.",
                             colleague, contact, day, said)
        case 1:
            return L10n.text("%1$@ already asked %2$@ something yesterday (%3$@)%4$@, and nothing was given since.",
                             colleague, contact, day, said)
        default:
            return L10n.plural("%2$@ already asked %3$@ something %1$'d day ago (%4$@)%5$@, and nothing was given since.",
                               "%2$@ already asked %3$@ something %1$'d days ago (%4$@)%5$@, and nothing was given since.",
                               ago, colleague, contact, day, said)
        }
    }

    /// "You already asked Éloïse something 3 days ago (2026-11-23) and have given nothing since."
    static func youAsked(_ contact: String, ago: Int, day: String) -> String {
        switch ago {
        case 0:
            return L10n.text("You already asked %1$@ something earlier today (%2$@) and have given nothing since.", contact, day)
        case 1:
            return L10n.text("You already asked %1$@ something yesterday (%2$@) and have given nothing since.", contact, day)
        default:
            return L10n.plural("You already asked %2$@ something %1$'d day ago (%3$@) and have given nothing since.",
                               "You already asked %2$@ something %1$'d days ago (%3$@) and have given nothing since.",
                               ago, contact, day)
        }
    }
}

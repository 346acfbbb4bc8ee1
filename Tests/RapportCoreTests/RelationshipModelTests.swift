import Testing
@testable import RapportCore

/// A deterministic generator of random exchange histories for property tests.
struct HistoryGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }

    mutating func history(before today: Day, count: Int, span: Int = 400) -> [ExchangeFacts] {
        (0..<count).map { _ in
            ExchangeFacts(
                day: today.adding(days: -Int.random(in: 0...span, using: &self)),
                channel: Channel.allCases.randomElement(using: &self) ?? .email,
                direction: Bool.random(using: &self) ? .inbound : .outbound,
                rating: Bool.random(using: &self) ? nil : Int.random(in: 1...5, using: &self),
                intent: Intent.allCases.randomElement(using: &self) ?? .chat)
        }
    }
}

@Suite("Relationship model")
struct RelationshipModelTests {
    let today = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

    @Test func noExchangesMeansWarmthZero() {
        for cadence in [1, 30, 60, 120, 3650] {
            let warmth = WarmthModel.warmth([], cadence: cadence, today: today)
            #expect(warmth.value == 0)
            #expect(warmth.label == .cold)
        }
        #expect(RelationshipSummary(exchanges: [], reviewFrom: today, cadence: 30, today: today).explanation == "no exchanges yet")
    }

    @Test func loggingNeverLowersWarmthAtThatMoment() {
        var random = HistoryGenerator(state: 7)
        for _ in 0..<500 {
            let cadence = [14, 30, 60, 120].randomElement(using: &random) ?? 30
            let history = random.history(before: today, count: Int.random(in: 0...30, using: &random))
            let before = WarmthModel.warmth(history, cadence: cadence, today: today)
            let new = random.history(before: today, count: 1, span: 60)
            let after = WarmthModel.warmth(history + new, cadence: cadence, today: today)
            #expect(after.score >= before.score)
            #expect(after.value >= before.value)
        }
    }

    @Test func withoutNewExchangesWarmthNeverRisesAndGoesCold() {
        var random = HistoryGenerator(state: 11)
        for _ in 0..<200 {
            let cadence = [14, 30, 60, 120].randomElement(using: &random) ?? 30
            let history = random.history(before: today, count: Int.random(in: 1...12, using: &random), span: 180)
            var previous = Double.infinity
            for step in 0...(6 * cadence) {
                let score = WarmthModel.warmth(history, cadence: cadence, today: today.adding(days: step)).score
                #expect(score <= previous)
                previous = score
            }
            // A busy relationship (a dozen exchanges) is cold within five cadences of silence.
            #expect(WarmthModel.warmth(history, cadence: cadence, today: today.adding(days: 5 * cadence)).label == .cold)
        }
    }

    @Test func aStrongRelationshipCoolsToColdInAFewCadences() {
        // Monthly meetings for a year on a 30-day cadence.
        let history = (0..<12).map { ExchangeFacts(day: today.adding(days: -30 * $0), channel: .meeting, direction: .outbound, rating: 4) }
        #expect(WarmthModel.warmth(history, cadence: 30, today: today).label == .strong)
        #expect(WarmthModel.warmth(history, cadence: 30, today: today.adding(days: 30)).label != .cold)
        #expect(WarmthModel.warmth(history, cadence: 30, today: today.adding(days: 4 * 30)).label == .cold)
    }

    @Test func richerChannelsBetterRatingsAndInboundCountMore() {
        var random = HistoryGenerator(state: 3)
        for _ in 0..<200 {
            let history = random.history(before: today, count: Int.random(in: 0...10, using: &random))
            func added(_ channel: Channel, _ direction: Direction = .outbound, rating: Int? = nil) -> Double {
                WarmthModel.warmth(history + [ExchangeFacts(day: today, channel: channel, direction: direction, rating: rating)],
                                   cadence: 60, today: today).score
            }
            #expect(added(.meeting) > added(.twitter))
            #expect(added(.meeting) > added(.phone))
            #expect(added(.phone) > added(.email))
            #expect(added(.email) > added(.mastodon))
            #expect(added(.email, rating: 5) > added(.email, rating: 1))
            #expect(added(.email, .inbound) > added(.email, .outbound))
        }
    }

    @Test func labelsFollowTheDocumentedThresholds() {
        #expect(Warmth.Label(value: 0) == .cold)
        #expect(Warmth.Label(value: 19) == .cold)
        #expect(Warmth.Label(value: 20) == .cooling)
        #expect(Warmth.Label(value: 39) == .cooling)
        #expect(Warmth.Label(value: 40) == .warm)
        #expect(Warmth.Label(value: 69) == .warm)
        #expect(Warmth.Label(value: 70) == .strong)
        #expect(Warmth.Label(value: 100) == .strong)
    }

    @Test func storedBaseScoreGivesTheSameWarmthAsTheFullHistory() {
        var random = HistoryGenerator(state: 5)
        for _ in 0..<200 {
            let history = random.history(before: today, count: Int.random(in: 1...20, using: &random))
            guard let base = WarmthModel.baseScore(history, cadence: 45) else { continue }
            let later = today.adding(days: Int.random(in: 0...200, using: &random))
            let full = WarmthModel.warmth(history, cadence: 45, today: later).score
            let cached = WarmthModel.warmth(baseScore: base.score, last: base.last, cadence: 45, today: later).score
            #expect(abs(full - cached) < 1e-9 * max(1, full))
        }
    }

    @Test func explanationSaysWhy() {
        let history = [
            ExchangeFacts(day: today.adding(days: -12), channel: .email, direction: .inbound, intent: .gave),
            ExchangeFacts(day: today.adding(days: -30), channel: .phone, direction: .inbound, intent: .gave),
            ExchangeFacts(day: today.adding(days: -50), channel: .meeting, direction: .outbound, intent: .asked),
            ExchangeFacts(day: today.adding(days: -80), channel: .email, direction: .outbound, intent: .chat),
            ExchangeFacts(day: today.adding(days: -200), channel: .email, direction: .outbound, intent: .chat),
        ]
        let summary = RelationshipSummary(exchanges: history, reviewFrom: today.adding(days: -300), cadence: 30, today: today)
        #expect(summary.explanation == "4 exchanges in 90 days, last 12 days ago, they reached out twice, you gave 2 / asked 1 in 12 months")
        #expect(summary.reciprocity == Reciprocity(gave: 2, asked: 1))
        #expect(!summary.reciprocity.asksMoreThanGives)
    }

    @Test func reciprocityCountsTwelveMonthsAndFlagsAskingMore() {
        let history = [
            ExchangeFacts(day: today.adding(days: -10), channel: .email, direction: .outbound, intent: .asked),
            ExchangeFacts(day: today.adding(days: -100), channel: .email, direction: .outbound, intent: .asked),
            ExchangeFacts(day: today.adding(days: -400), channel: .email, direction: .outbound, intent: .gave),
        ]
        let reciprocity = Reciprocity(history, today: today)
        #expect(reciprocity.gave == 0)
        #expect(reciprocity.asked == 2)
        #expect(reciprocity.asksMoreThanGives)
        #expect(reciprocity.summary.contains("asking more than giving"))
    }

    @Test func dueStatusAgainstCadence() {
        let due = DueStatus(lastExchange: today.adding(days: -47), reviewFrom: today.adding(days: -400), cadence: 30, today: today)
        #expect(due.isDue)
        #expect(due.daysOverdue == 17)
        #expect(abs(due.overdueRatio - 47.0 / 30.0) < 1e-12)
        let fresh = DueStatus(lastExchange: nil, reviewFrom: today.adding(days: -10), cadence: 30, today: today)
        #expect(!fresh.isDue)
        #expect(fresh.neverContacted)
        #expect(Cadence.standard.days(for: .a) == 30)
        #expect(Cadence.standard.days(for: .b) == 60)
        #expect(Cadence.standard.days(for: .c) == 120)
        #expect(Cadence.standard.days(tier: .c, override: 7) == 7)
    }

    @Test func activityCountsTwelveMonthsOldestFirst() {
        let days = [today, today.adding(days: -1), today.adding(months: -1), today.adding(months: -11), today.adding(months: -12)]
        let counts = Activity.monthly(days, today: today)
        #expect(counts.count == 12)
        #expect(counts[11] == 2)
        #expect(counts[10] == 1)
        #expect(counts[0] == 1)
        #expect(counts.reduce(0, +) == 4)
    }
}

import Testing
@testable import RapportCore

/// Coverage as "they gave": its properties in the relationship model, on
/// random histories (docs/relationship-model.md, "Coverage").
@Suite("Relationship model: coverage")
struct CoverageModelTests {
    let today = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

    func coverageDays(_ random: inout HistoryGenerator, count: Int, span: Int = 400) -> [Day] {
        (0..<count).map { _ in today.adding(days: -Int.random(in: 0...span, using: &random)) }
    }

    @Test func coverageNeverLowersWarmth() {
        var random = HistoryGenerator(state: 21)
        for _ in 0..<500 {
            let cadence = [14, 30, 60, 120].randomElement(using: &random) ?? 30
            let history = random.history(before: today, count: Int.random(in: 0...20, using: &random))
            let coverage = coverageDays(&random, count: Int.random(in: 0...5, using: &random))
            let before = WarmthModel.warmth(history, coverage: coverage, cadence: cadence, today: today)
            let more = coverage + coverageDays(&random, count: 1, span: 90)
            let after = WarmthModel.warmth(history, coverage: more, cadence: cadence, today: today)
            #expect(after.score >= before.score)
            if !history.isEmpty { #expect(after.score > before.score) }
        }
    }

    @Test func coverageWithoutAnyExchangeLeavesWarmthAtZero() {
        var random = HistoryGenerator(state: 22)
        for _ in 0..<100 {
            let coverage = coverageDays(&random, count: Int.random(in: 1...6, using: &random))
            #expect(WarmthModel.warmth([], coverage: coverage, cadence: 30, today: today).value == 0)
            #expect(WarmthModel.baseScore([], coverage: coverage, cadence: 30) == nil)
        }
    }

    @Test func coverageNeverMovesTheLastExchangeOrTheDueStatus() {
        var random = HistoryGenerator(state: 23)
        for _ in 0..<300 {
            let history = random.history(before: today, count: Int.random(in: 0...10, using: &random))
            let coverage = coverageDays(&random, count: Int.random(in: 1...5, using: &random), span: 30)
            let reviewFrom = today.adding(days: -500)
            let without = RelationshipSummary(exchanges: history, reviewFrom: reviewFrom, cadence: 60, today: today)
            let with = RelationshipSummary(exchanges: history, coverage: coverage, reviewFrom: reviewFrom, cadence: 60, today: today)
            #expect(with.lastExchange == without.lastExchange)
            #expect(with.due == without.due)
            #expect(WarmthModel.baseScore(history, coverage: coverage, cadence: 60)?.last == WarmthModel.baseScore(history, cadence: 60)?.last)
        }
    }

    @Test func storedBaseWithCoverageGivesTheFullSumOnEveryLaterDay() {
        var random = HistoryGenerator(state: 24)
        for _ in 0..<300 {
            let cadence = [14, 30, 45, 120].randomElement(using: &random) ?? 30
            let history = random.history(before: today, count: Int.random(in: 1...15, using: &random))
            // Coverage after the last exchange too: its weight in the base is above 1.
            let coverage = coverageDays(&random, count: Int.random(in: 1...6, using: &random), span: 200)
            guard let base = WarmthModel.baseScore(history, coverage: coverage, cadence: cadence) else { continue }
            let later = today.adding(days: Int.random(in: 0...300, using: &random))
            let full = history.reduce(0.0) { $0 + WarmthModel.points($1) * WarmthModel.decay(days: later.days(since: $1.day), cadence: cadence) }
                + coverage.reduce(0.0) { $0 + WarmthModel.coveragePoints * WarmthModel.decay(days: later.days(since: $1), cadence: cadence) }
            let cached = WarmthModel.warmth(baseScore: base.score, last: base.last, cadence: cadence, today: later).score
            #expect(abs(full - cached) < 1e-9 * max(1, full))
        }
    }

    @Test func withoutNewCoverageWarmthNeverRises() {
        var random = HistoryGenerator(state: 25)
        for _ in 0..<100 {
            let history = random.history(before: today, count: Int.random(in: 1...8, using: &random), span: 180)
            let coverage = coverageDays(&random, count: Int.random(in: 1...4, using: &random), span: 180)
            var previous = Double.infinity
            for step in stride(from: 0, through: 300, by: 7) {
                let score = WarmthModel.warmth(history, coverage: coverage, cadence: 30, today: today.adding(days: step)).score
                #expect(score <= previous)
                previous = score
            }
        }
    }

    @Test func reciprocityCountsCoverageOfTwelveMonthsAsTheyGave() {
        let history = [ExchangeFacts(day: today.adding(days: -10), channel: .email, direction: .outbound, intent: .asked)]
        let coverage = [today.adding(days: -5), today.adding(days: -364), today.adding(days: -365), today.adding(days: -500)]
        let reciprocity = Reciprocity(history, coverage: coverage, today: today)
        #expect(reciprocity == Reciprocity(gave: 0, asked: 1, theyGave: 2))
        #expect(reciprocity.asksMoreThanGives)
        #expect(reciprocity.summary == "gave 0 / asked 1, they gave 2 (coverage) in 12 months (asking more than giving)")
        let summary = RelationshipSummary(exchanges: history, coverage: coverage, reviewFrom: today, cadence: 30, today: today)
        #expect(summary.explanation == "1 exchange in 90 days, last 10 days ago, you gave 0 / asked 1, they gave 2 (coverage) in 12 months")
        let chat = [ExchangeFacts(day: today.adding(days: -3), channel: .phone, direction: .inbound)]
        #expect(RelationshipSummary(exchanges: chat, coverage: [today], reviewFrom: today, cadence: 30, today: today).explanation
            == "1 exchange in 90 days, last 3 days ago, they reached out once, they gave 1 (coverage) in 12 months")
    }

    @Test func withoutCoverageNothingChanges() {
        var random = HistoryGenerator(state: 26)
        for _ in 0..<200 {
            let history = random.history(before: today, count: Int.random(in: 0...20, using: &random))
            let a = WarmthModel.baseScore(history, cadence: 30)
            let b = WarmthModel.baseScore(history, coverage: [], cadence: 30)
            #expect(a?.last == b?.last && a?.score == b?.score)
        }
    }
}

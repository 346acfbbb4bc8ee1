import Testing
@testable import RapportCore

@Suite("Review and anti-pestering")
struct ReviewTests {
    let today = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

    func candidate(_ id: Int64, tier: Tier, cadence: Int, daysSince: Int?, addedDaysAgo: Int = 1000,
                   snoozed: Day? = nil, dnc: Bool = false, archived: Bool = false,
                   followUps: [(Int64, Int, String)] = []) -> ReviewCandidate {
        ReviewCandidate(contactId: id, tier: tier, cadence: cadence,
                        lastExchange: daysSince.map { today.adding(days: -$0) },
                        reviewFrom: today.adding(days: -addedDaysAgo), snoozedUntil: snoozed, doNotContact: dnc,
                        archived: archived,
                        openFollowUps: followUps.map { ($0.0, today.adding(days: $0.1), $0.2) })
    }

    @Test func tierAOnePointFiveLateOutranksTierCOnePointOneLate() {
        let items = Review.rank([
            candidate(1, tier: .c, cadence: 120, daysSince: 132),
            candidate(2, tier: .a, cadence: 30, daysSince: 45),
        ], today: today)
        #expect(items.map(\.contactId) == [2, 1])
    }

    @Test func sameTierRanksByOverdueRatio() {
        let items = Review.rank([
            candidate(1, tier: .b, cadence: 60, daysSince: 70),
            candidate(2, tier: .b, cadence: 60, daysSince: 200),
            candidate(3, tier: .b, cadence: 20, daysSince: 50),
        ], today: today)
        #expect(items.map(\.contactId) == [2, 3, 1])
    }

    @Test func skipsArchivedSnoozedDoNotContactAndNotYetDue() {
        let items = Review.rank([
            candidate(1, tier: .a, cadence: 30, daysSince: 100, archived: true),
            candidate(2, tier: .a, cadence: 30, daysSince: 100, snoozed: today.adding(days: 3)),
            candidate(3, tier: .a, cadence: 30, daysSince: 100, dnc: true),
            candidate(4, tier: .a, cadence: 30, daysSince: 29),
            candidate(5, tier: .a, cadence: 30, daysSince: 100, snoozed: today),
        ], today: today)
        #expect(items.map(\.contactId) == [5])
    }

    @Test func neverContactedIsDueOneCadenceAfterBeingAdded() {
        let items = Review.rank([
            candidate(1, tier: .b, cadence: 60, daysSince: nil, addedDaysAgo: 59),
            candidate(2, tier: .b, cadence: 60, daysSince: nil, addedDaysAgo: 60),
        ], today: today)
        #expect(items.map(\.contactId) == [2])
        #expect(items.first?.reasons == [.neverContacted(daysSinceAdded: 60, cadence: 60)])
        #expect(items.first?.reasons.first?.sentence == "never contacted (added 60 days ago)")
        #expect(items.first?.reasonText == "never contacted (added 60 days ago)")
    }

    @Test func followUpsWhoseDateHasComeAreListedFirst() {
        let items = Review.rank([
            candidate(1, tier: .a, cadence: 30, daysSince: 300),
            candidate(2, tier: .c, cadence: 120, daysSince: 5, followUps: [(10, -2, "send the study"), (11, 5, "later")]),
            candidate(3, tier: .c, cadence: 120, daysSince: 5, followUps: [(12, 1, "not yet")]),
        ], today: today)
        #expect(items.map(\.contactId) == [2, 1])
        #expect(items.first?.reasons.map(\.sentence) == ["follow-up due \(today.adding(days: -2).iso): send the study"])
        #expect(items.last?.reasons.map(\.sentence) == ["270 days overdue on a cadence of 30"])
    }

    @Test func aFollowUpIsAnsweredByAnExchangeOnOrAfterItsDate() {
        let items = Review.rank([
            candidate(1, tier: .c, cadence: 120, daysSince: 1, followUps: [(10, -3, "send the study")]),
            candidate(2, tier: .c, cadence: 120, daysSince: 5, followUps: [(11, -3, "send the slides")]),
            candidate(3, tier: .c, cadence: 120, daysSince: 3, followUps: [(12, -3, "same day counts")]),
        ], today: today)
        #expect(items.map(\.contactId) == [2])
        #expect(Review.followUpIsDue(due: today, lastExchange: nil, today: today))
        #expect(!Review.followUpIsDue(due: today.adding(days: 1), lastExchange: nil, today: today))
    }

    @Test func warnsWhenAskingAgainWithinFourteenDaysWithNothingGiven() {
        let asked = ExchangeFacts(day: today.adding(days: -6), channel: .email, direction: .outbound, intent: .asked)
        let draft = ExchangeFacts(day: today, channel: .email, direction: .outbound, intent: .asked)
        let warnings = PesteringGuard.warnings(contactName: "Zoë", doNotContact: false, history: [asked], draft: draft)
        #expect(warnings == ["You already asked Zoë something 6 days ago (2026-11-20) and have given nothing since."])

        let gave = ExchangeFacts(day: today.adding(days: -3), channel: .email, direction: .outbound, intent: .gave)
        #expect(PesteringGuard.warnings(contactName: "Zoë", doNotContact: false, history: [asked, gave], draft: draft).isEmpty)

        let old = ExchangeFacts(day: today.adding(days: -15), channel: .email, direction: .outbound, intent: .asked)
        #expect(PesteringGuard.warnings(contactName: "Zoë", doNotContact: false, history: [old], draft: draft).isEmpty)

        let inbound = ExchangeFacts(day: today, channel: .email, direction: .inbound, intent: .asked)
        #expect(PesteringGuard.warnings(contactName: "Zoë", doNotContact: true, history: [asked], draft: inbound).isEmpty)

        let chat = ExchangeFacts(day: today, channel: .email, direction: .outbound, intent: .chat)
        #expect(PesteringGuard.warnings(contactName: "Zoë", doNotContact: false, history: [asked], draft: chat).isEmpty)
    }

    @Test func warnsForOutboundToDoNotContact() {
        let draft = ExchangeFacts(day: today, channel: .phone, direction: .outbound, intent: .chat)
        #expect(PesteringGuard.warnings(contactName: "Zoë", doNotContact: true, history: [], draft: draft)
            == ["Zoë is marked do-not-contact."])
    }
}

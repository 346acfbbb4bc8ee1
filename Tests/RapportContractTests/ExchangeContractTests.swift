import RapportCore
import RapportStore
import Testing

/// Exchanges and follow-ups through the `Store` interface.
@Suite struct ExchangeContractTests {
    @Test(arguments: ContractEngines.all)
    func anExchangeIsLoggedEditedDeletedAndRestored(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let chloe = people.chloe.id
            let draft = ExchangeDraft(day: try Fixed.day("2026-05-28"), channel: .phone, direction: .inbound,
                                      summary: "  Called about the merger  ", notes: "Off the record", rating: 4, intent: .chat)
            let result = try store.logExchange(contactId: chloe, draft, today: today, allowFuture: false)
            let logged = result.exchange
            #expect(logged.summary == "Called about the merger")
            #expect(logged.contactId == chloe && logged.channel == .phone && logged.direction == .inbound && logged.rating == 4)
            #expect(logged.author == store.currentMember)
            #expect(result.contact.id == chloe)
            #expect(try store.exchange(id: logged.id) == logged)
            #expect(try store.exchangeCount(contactId: chloe) == 1)
            #expect(try store.contactRows(ids: [chloe], today: today).first?.lastExchange == logged.day)

            var change = ExchangeDraft(logged)
            change.summary = "Called about the merger, again"
            change.day = try Fixed.day("2026-05-29")
            let edit = try store.updateExchange(id: logged.id, change, today: today, allowFuture: false, expecting: logged)
            #expect(edit.before == logged)
            #expect(edit.after.summary == "Called about the merger, again" && edit.after.id == logged.id)
            #expect(try store.exchange(id: logged.id) == edit.after)
            #expect(try store.contactRows(ids: [chloe], today: today).first?.lastExchange == change.day)

            let deleted = try store.deleteExchange(edit.after)
            #expect(deleted == edit.after)
            #expect(try store.exchange(id: logged.id) == nil)
            #expect(try store.exchangeCount(contactId: chloe) == 0)
            #expect(try store.contactRows(ids: [chloe], today: today).first?.lastExchange == nil)

            let restored = try store.restoreExchange(deleted)
            #expect(restored.summary == deleted.summary && restored.day == deleted.day && restored.contactId == chloe)
            #expect(try store.exchanges(contactId: chloe, limit: nil).map(\.summary) == ["Called about the merger, again"])
            #expect(try store.contactRows(ids: [chloe], today: today).first?.lastExchange == deleted.day)

            let byId = try store.deleteExchange(id: restored.id)
            #expect(byId.id == restored.id)
            expectStoreError("gone", { if case .notFound = $0 { return true } else { return false } }) {
                _ = try store.deleteExchange(id: restored.id)
            }
        }
    }

    @Test(arguments: ContractEngines.all)
    func aStaleExchangeEditIsRefusedAndOverwritesNothing(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let opened = try #require(try store.exchanges(contactId: people.bruno.id, limit: 1).first)
            var first = ExchangeDraft(opened)
            first.summary = "Sent the spring figures and the map"
            _ = try store.updateExchange(id: opened.id, first, today: today, allowFuture: false, expecting: opened)
            var second = ExchangeDraft(opened)
            second.summary = "Something else entirely"
            expectStoreError("stale", { if case .changedSince = $0 { return true } else { return false } }) {
                _ = try store.updateExchange(id: opened.id, second, today: today, allowFuture: false, expecting: opened)
            }
            #expect(try store.exchange(id: opened.id)?.summary == "Sent the spring figures and the map")
        }
    }

    @Test(arguments: ContractEngines.all)
    func badExchangesAreRefusedWithNothingSaved(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let isInput: (StoreError) -> Bool = { $0.isInputError }
            expectStoreError("empty summary", isInput) {
                _ = try store.logExchange(contactId: people.alice.id, ExchangeDraft(day: today, summary: "  "),
                                          today: today, allowFuture: false)
            }
            expectStoreError("future", isInput) {
                _ = try store.logExchange(contactId: people.alice.id, ExchangeDraft(day: today.adding(days: 2), summary: "Later"),
                                          today: today, allowFuture: false)
            }
            expectStoreError("no such contact", { if case .notFound = $0 { return true } else { return false } }) {
                _ = try store.logExchange(contactId: people.alice.id + 1000, ExchangeDraft(day: today, summary: "Hello"),
                                          today: today, allowFuture: false)
            }
            #expect(try store.exchangeCount(contactId: people.alice.id) == 1)
            let planned = try store.logExchange(contactId: people.alice.id, ExchangeDraft(day: today.adding(days: 2), summary: "Later"),
                                                today: today, allowFuture: true)
            #expect(planned.exchange.day == today.adding(days: 2))
        }
    }

    @Test(arguments: ContractEngines.all)
    func askingAgainWithinTwoWeeksWithNothingGivenWarns(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let first = try store.logExchange(contactId: people.chloe.id, ExchangeDraft(
                day: try Fixed.day("2026-05-29"), summary: "Pitched the study", intent: .asked), today: today, allowFuture: false)
            #expect(first.warnings.isEmpty)
            let again = try store.logExchange(contactId: people.chloe.id, ExchangeDraft(
                day: today, summary: "Pitched the launch", intent: .asked), today: today, allowFuture: false)
            #expect(again.warnings.count == 1)
            #expect(again.warnings.first?.contains("3 days ago (2026-05-29)") == true, "\(again.warnings)")
            #expect(try store.exchangeCount(contactId: people.chloe.id) == 2, "saved anyway")
        }
    }

    @Test(arguments: ContractEngines.all)
    func followUpsOpenComeDueAreDoneAndReopen(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            #expect(try store.openFollowUpCount() == 1)
            let open = try store.openFollowUps(dueBy: today, includeInactive: false, limit: nil)
            #expect(open.map(\.exchangeId) == [people.promise.id])
            #expect(open.first?.contact.id == people.dimitri.id && open.first?.text == "Send the press kit")
            #expect(try store.openFollowUps(dueBy: try Fixed.day("2026-05-19"), includeInactive: false, limit: nil).isEmpty)
            let review = try store.review(today: today, owner: store.currentMember, limit: nil, offset: 0)
            #expect(review.first?.row.id == people.dimitri.id, "a follow-up whose date has come comes first")

            try store.setFollowUpDone(exchangeId: people.promise.id, on: today)
            #expect(try store.openFollowUpCount() == 0)
            #expect(try store.exchange(id: people.promise.id)?.followUp?.done == today)
            #expect(!(try store.reviewIds(today: today, owner: store.currentMember).contains(people.dimitri.id)))
            try store.setFollowUpDone(exchangeId: people.promise.id, on: nil)
            #expect(try store.openFollowUpCount() == 1)
        }
    }
}

import RapportCore
import RapportStore
import Testing

/// Lists, ranking, counts and the review through the `Store` interface,
/// with a fixed "today".
@Suite struct ListContractTests {
    @Test(arguments: ContractEngines.all)
    func theFourSortsOrderTheSamePeopleAsTheModelSays(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            func list(_ sort: ContactSort, limit: Int? = nil, offset: Int = 0) throws -> [String] {
                try store.listContacts(ContactFilter(), sort: sort, today: today, limit: limit, offset: offset).names
            }
            #expect(try list(.name) == ["Alice Martin", "Bruno Petit", "Chloé Durand", "Dimitri Roux"])
            #expect(try list(.last) == ["Alice Martin", "Dimitri Roux", "Bruno Petit", "Chloé Durand"])
            // Warmest first: the recent rated meeting, then the recent email, then the old one, then nobody.
            let warm = try store.listContacts(ContactFilter(), sort: .warmth, today: today, limit: nil, offset: 0)
            #expect(Array(warm.names.prefix(2)) == ["Alice Martin", "Dimitri Roux"])
            #expect(warm.map(\.warmth.value) == warm.map(\.warmth.value).sorted(by: >))
            #expect(warm.last?.name == "Chloé Durand" || warm.last?.warmth.value == warm.dropLast().last?.warmth.value)
            // Most overdue first: 92/60 days, 151/120 (never contacted), 31/60, 2/30.
            #expect(try list(.due) == ["Bruno Petit", "Chloé Durand", "Dimitri Roux", "Alice Martin"])
            #expect(try list(.name, limit: 2, offset: 1) == ["Bruno Petit", "Chloé Durand"])
            for sort in ContactSort.allCases {
                let ids = try store.contactIds(ContactFilter(), sort: sort, today: today)
                #expect(try store.contactRows(ids: ids, today: today).names == list(sort), "\(sort)")
            }
            let alice = try #require(try store.contactRows(ids: [people.alice.id], today: today).first)
            #expect(alice.lastExchange == (try Fixed.day("2026-05-30")) && alice.tier == .a && alice.cadence == 30)
            #expect(alice.due.daysSince == 2 && !alice.due.isDue)
            let chloe = try #require(try store.contactRows(ids: [people.chloe.id], today: today).first)
            #expect(chloe.lastExchange == nil && chloe.due.isDue && chloe.due.neverContacted && chloe.warmth.value == 0)
        }
    }

    @Test(arguments: ContractEngines.all)
    func filtersAndCountsAgree(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            var change = ContactChange()
            change.role = .blogger
            change.addTags = ["radio"]
            _ = try store.updateContact(id: people.dimitri.id, change, today: today, allowSharedHandles: false, expecting: nil)
            _ = try store.setArchived(contactId: people.bruno.id, true, today: today)
            let filters: [ContactFilter] = [
                ContactFilter(), ContactFilter(role: .blogger), ContactFilter(tag: "radio"), ContactFilter(tag: "RADIO"),
                ContactFilter(tier: .b), ContactFilter(tier: .b, includeArchived: true), ContactFilter(tag: "energie"),
                ContactFilter(search: "libé"), ContactFilter(includeArchived: true, search: "libe"),
            ]
            let expected = [3, 1, 1, 1, 1, 2, 3, 0, 1]
            for (filter, count) in zip(filters, expected) {
                #expect(try store.countContacts(filter) == count, "\(filter)")
                #expect(try store.listContacts(filter, sort: .name, today: today, limit: nil, offset: 0).count == count, "\(filter)")
                #expect(try store.contactIds(filter, sort: .due, today: today).count == count, "\(filter)")
            }
            #expect(try store.contactCount() == 4)
            #expect(try store.listContacts(ContactFilter(tier: .b), sort: .name, today: today, limit: nil, offset: 0).names == ["Dimitri Roux"])
        }
    }

    @Test(arguments: ContractEngines.all)
    func theReviewRanksFollowUpsThenOverduePeopleWithTheirReasons(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let owner = store.currentMember
            let review = try store.review(today: today, owner: owner, limit: nil, offset: 0)
            #expect(review.map(\.row.id) == [people.dimitri.id, people.bruno.id, people.chloe.id])
            #expect(try store.reviewIds(today: today, owner: owner) == review.map(\.row.id))
            #expect(try store.reviewCount(today: today, owner: owner) == 3)
            #expect(try store.review(today: today, owner: owner, limit: 1, offset: 1).map(\.row.id) == [people.bruno.id])
            let reasons = review.map { $0.item.reasons.map(\.sentence) }
            #expect(reasons[0].contains { $0.contains("Send the press kit") }, "\(reasons[0])")
            guard case .overdue(let days, let cadence)? = review[1].item.reasons.first else {
                Issue.record("\(review[1].item.reasons)")
                return
            }
            #expect(days == 92 && cadence == 60)
            guard case .neverContacted(let since, let chloeCadence)? = review[2].item.reasons.first else {
                Issue.record("\(review[2].item.reasons)")
                return
            }
            #expect(since == 151 && chloeCadence == 120)
            // Everyone's review (owner nil) holds the caller's own contacts too.
            #expect(try store.reviewIds(today: today, owner: nil) == review.map(\.row.id))
        }
    }
}

import RapportCore
import RapportStore
import Testing

/// The career timeline and introductions through the `Store` interface:
/// the same on every engine.
@Suite struct CareerContractTests {
    func move(_ store: any Store, _ contact: Contact, outlet: String? = nil, title: String? = nil, on iso: String) throws {
        var change = ContactChange()
        change.outlet = outlet
        change.title = title
        _ = try store.updateContact(id: contact.id, change, today: try Fixed.day(iso), allowSharedHandles: false, expecting: nil)
    }

    @Test(arguments: ContractEngines.all)
    func aChangeOfOutletOrTitleKeepsThePreviousPositionWithItsDates(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            #expect(try store.career(contactId: people.bruno.id) == .empty)
            try move(store, people.bruno, outlet: "Le Monde", on: "2026-03-10")
            var career = try store.career(contactId: people.bruno.id)
            #expect(career.since == (try Fixed.day("2026-03-10")))
            #expect(career.positions == [Position(outlet: "Libération", title: "", from: nil, to: try Fixed.day("2026-03-10"))])
            // A title filled in for the first time is not a move.
            try move(store, people.bruno, title: "Editor", on: "2026-04-01")
            #expect(try store.career(contactId: people.bruno.id).positions.count == 1)
            // A change of title alone is.
            try move(store, people.bruno, title: "Chief editor", on: "2026-05-20")
            career = try store.career(contactId: people.bruno.id)
            #expect(career.since == (try Fixed.day("2026-05-20")))
            #expect(career.positions == [
                Position(outlet: "Le Monde", title: "Editor", from: try Fixed.day("2026-03-10"), to: try Fixed.day("2026-05-20")),
                Position(outlet: "Libération", title: "", from: nil, to: try Fixed.day("2026-03-10")),
            ])
            #expect(CareerText.line(outlet: "Le Monde", title: "Chief editor", career: career)
                    == "at Le Monde since 05/2026 · before: Le Monde 2026, Libération –2026")
            // Other fields leave the career alone.
            var change = ContactChange()
            change.notes = "Moved twice"
            _ = try store.updateContact(id: people.bruno.id, change, today: try Fixed.today(), allowSharedHandles: false, expecting: nil)
            #expect(try store.career(contactId: people.bruno.id) == career)
        }
    }

    @Test(arguments: ContractEngines.all)
    func severalChangesOnOneDayFoldIntoOneMoveAndGoingBackUndoesIt(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            try move(store, people.chloe, outlet: "Le Monde", on: "2026-05-01")
            try move(store, people.chloe, outlet: "Le Figaro", on: "2026-05-01")
            var career = try store.career(contactId: people.chloe.id)
            #expect(career.positions == [Position(outlet: "Les Échos", title: "", from: nil, to: try Fixed.day("2026-05-01"))])
            #expect(career.since == (try Fixed.day("2026-05-01")))
            try move(store, people.chloe, outlet: "les echos", on: "2026-05-01")
            career = try store.career(contactId: people.chloe.id)
            #expect(career.positions.isEmpty && career.since == nil)
        }
    }

    @Test(arguments: ContractEngines.all)
    func anOutletFilledInForTheFirstTimeIsNotAMoveAndARefusedEditRecordsNothing(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let newcomer = try store.addContact(ContactDraft(name: "Eve Blanc"), today: try Fixed.added(), reviewFrom: nil,
                                                allowSharedHandles: false)
            try move(store, newcomer, outlet: "Mediapart", on: "2026-02-01")
            #expect(try store.career(contactId: newcomer.id) == .empty)
            var change = ContactChange()
            change.outlet = "Le Parisien"
            change.addHandles = [try Handle.parse(kind: .email, "alice@lemonde.example")]
            expectStoreError("a taken handle", { if case .handleTaken = $0 { return true } else { return false } }) {
                _ = try store.updateContact(id: newcomer.id, change, today: try Fixed.today(), allowSharedHandles: false, expecting: nil)
            }
            #expect(try store.career(contactId: newcomer.id) == .empty)
            #expect(try store.contact(id: newcomer.id)?.outlet == "Mediapart")
            _ = people
        }
    }

    @Test(arguments: ContractEngines.all)
    func introductionsReadBothWaysRefuseLoopsAndForgettingLeavesTheOther(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            _ = try store.setIntroducer(contactId: people.chloe.id, introducerId: people.alice.id, today: today)
            let career = try store.setIntroducer(contactId: people.bruno.id, introducerId: people.alice.id, today: today)
            #expect(career.introducedBy == ContactReference(id: people.alice.id, name: "Alice Martin"))
            #expect(try store.career(contactId: people.alice.id).introduced
                    == [ContactReference(id: people.bruno.id, name: "Bruno Petit"), ContactReference(id: people.chloe.id, name: "Chloé Durand")])
            let invalid: (StoreError) -> Bool = { if case .invalid = $0 { return true } else { return false } }
            expectStoreError("self", invalid) {
                _ = try store.setIntroducer(contactId: people.dimitri.id, introducerId: people.dimitri.id, today: today)
            }
            expectStoreError("two-way", invalid) {
                _ = try store.setIntroducer(contactId: people.alice.id, introducerId: people.bruno.id, today: today)
            }
            expectStoreError("unknown", { if case .notFound = $0 { return true } else { return false } }) {
                _ = try store.setIntroducer(contactId: people.alice.id, introducerId: people.alice.id + 1000, today: today)
            }
            #expect(try store.career(contactId: people.alice.id).introducedBy == nil)
            #expect(try store.setIntroducer(contactId: people.chloe.id, introducerId: nil, today: today).introducedBy == nil)
            _ = try store.forget(contactId: people.alice.id)
            #expect(try store.career(contactId: people.bruno.id).introducedBy == nil)
            #expect(try store.contact(id: people.bruno.id)?.name == "Bruno Petit")
        }
    }

    @Test(arguments: ContractEngines.all)
    func anEditWithAnIntroducerIsOneTransaction(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            // The fields refused after the introduction was checked: neither is written.
            var change = ContactChange()
            change.introducer = .some(people.alice.id)
            change.outlet = "Le Parisien"
            change.addHandles = [try Handle.parse(kind: .email, "chloe@echos.example")]
            expectStoreError("a taken handle", { if case .handleTaken = $0 { return true } else { return false } }) {
                _ = try store.updateContact(id: people.bruno.id, change, today: today, allowSharedHandles: false, expecting: nil)
            }
            #expect(try store.career(contactId: people.bruno.id).introducedBy == nil)
            #expect(try store.contact(id: people.bruno.id)?.outlet == "Libération")
            // A refused introduction writes none of the fields.
            change = ContactChange()
            change.introducer = .some(people.bruno.id)
            change.title = "Editor"
            expectStoreError("self", { if case .invalid = $0 { return true } else { return false } }) {
                _ = try store.updateContact(id: people.bruno.id, change, today: today, allowSharedHandles: false, expecting: nil)
            }
            #expect(try store.contact(id: people.bruno.id)?.title == "")
            // Both at once, then cleared alone.
            change.introducer = .some(people.alice.id)
            let edited = try store.updateContact(id: people.bruno.id, change, today: today, allowSharedHandles: false, expecting: nil)
            #expect(edited.after.title == "Editor")
            #expect(try store.career(contactId: people.bruno.id).introducedBy == ContactReference(id: people.alice.id, name: "Alice Martin"))
            change = ContactChange()
            change.introducer = .some(nil)
            #expect(!change.isEmpty)
            _ = try store.updateContact(id: people.bruno.id, change, today: today, allowSharedHandles: false, expecting: nil)
            #expect(try store.career(contactId: people.bruno.id).introducedBy == nil)
            #expect(try store.contact(id: people.bruno.id)?.title == "Editor")
        }
    }

    @Test(arguments: ContractEngines.all)
    func anAddWithAnIntroducerIsOneTransaction(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let before = try store.countContacts(ContactFilter())
            // An introducer gone since it was resolved: the contact is not added either.
            expectStoreError("an unknown introducer", { _ in true }) {
                _ = try store.addContact(ContactDraft(name: "Zoé Blanc"), today: today, reviewFrom: nil,
                                         allowSharedHandles: false, introducerId: 9_999)
            }
            #expect(try store.countContacts(ContactFilter()) == before)
            let zoe = try store.addContact(ContactDraft(name: "Zoé Blanc"), today: today, reviewFrom: nil,
                                           allowSharedHandles: false, introducerId: people.alice.id)
            #expect(try store.career(contactId: zoe.id).introducedBy == ContactReference(id: people.alice.id, name: "Alice Martin"))
        }
    }

    @Test(arguments: ContractEngines.all)
    func searchFindsPeopleByAPastOutletAfterCurrentMatches(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            try move(store, people.bruno, outlet: "Le Monde", on: "2026-05-20")
            try move(store, people.dimitri, outlet: "Libération", on: "2026-05-21")
            let hits = try store.search("liberation", limit: 20, includeArchived: true)
            #expect(hits.map(\.contact.id) == [people.dimitri.id, people.bruno.id])
            #expect(hits.map(\.field) == [.outlet, .pastOutlet])
            #expect(hits.last?.snippet == "ex-[Libération]")
            #expect(try store.search("liberation", limit: 1, includeArchived: true).map(\.contact.id) == [people.dimitri.id])
            // A current match is not repeated as a past one.
            #expect(try store.search("monde", limit: 20, includeArchived: true).filter { $0.field == .pastOutlet }.isEmpty)
            #expect(try store.pastOutletHits("radio", limit: 5, includeArchived: true).isEmpty)
            #expect(try store.pastOutletHits("france inter", limit: 5, includeArchived: true).map(\.contact.id) == [people.dimitri.id])
            _ = try store.setArchived(contactId: people.dimitri.id, true, today: try Fixed.today())
            #expect(try store.pastOutletHits("inter", limit: 5, includeArchived: false).isEmpty)
        }
    }

    @Test(arguments: ContractEngines.all)
    func theReviewMentionsARecentMoveNotFollowedByAnExchange(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            try move(store, people.bruno, outlet: "Le Monde", on: "2026-05-20")
            try move(store, people.chloe, outlet: "Le Figaro", on: "2026-01-15")  // older than the window
            let today = try Fixed.today()
            let review = try store.review(today: today, owner: store.currentMember, limit: nil, offset: 0)
            let bruno = try #require(review.first { $0.row.id == people.bruno.id })
            #expect(bruno.item.reasonText == "moved to Le Monde 12 days ago, not contacted since; 32 days overdue on a cadence of 60")
            let chloe = try #require(review.first { $0.row.id == people.chloe.id })
            #expect(!chloe.item.reasonText.contains("moved"))
            #expect(try store.review(today: today, owner: store.currentMember, limit: nil, offset: 0).map(\.row.id)
                    == review.map(\.row.id))
        }
    }

    @Test(arguments: ContractEngines.all)
    func theDemoHasCareerMovesAndIntroductions(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let today = try Fixed.today()
            _ = try store.loadDemo(DemoOptions(contacts: 30, exchanges: 100, seed: 7), today: today)
            let moved = try store.career(contactId: 2)
            #expect(moved.since == today.adding(days: -12) && moved.positions.count == 1)
            #expect(moved.introducedBy?.id == 1)
            #expect(try store.career(contactId: 4).positions.count == 2)
            #expect(try store.career(contactId: 1).introduced.map(\.id).sorted() == [2, 4])
            #expect(try store.career(contactId: 22).introducedBy?.id == 19)
            let review = try store.review(today: today, owner: nil, limit: nil, offset: 0)
            if let entry = review.first(where: { $0.row.id == 2 }) {
                #expect(entry.item.reasonText.contains("12 days ago, not contacted since"))
            }
        }
    }
}

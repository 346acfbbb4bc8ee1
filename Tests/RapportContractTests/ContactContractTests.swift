import RapportCore
import RapportStore
import Testing

/// Contacts through the `Store` interface: the same behaviour on every engine.
@Suite struct ContactContractTests {
    @Test(arguments: ContractEngines.all)
    func aContactIsAddedAndReadBackWithItsHandlesAndTags(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            #expect(try store.isEmpty())
            let added = try Fixed.added()
            let draft = ContactDraft(
                name: "  Camille Lefèvre ", role: .journalist, outlet: "Le Quotidien", title: "Energy editor", tier: .a,
                cadenceOverride: 21, stage: .engaged, howMet: "Press trip", notes: "Prefers email",
                handles: [try Handle.parse(kind: .email, "camille@quotidien.example"), try Handle.parse(kind: .twitter, "@camille")],
                tags: ["Energie", "tech"])
            let contact = try store.addContact(draft, today: added, reviewFrom: nil, allowSharedHandles: false)
            #expect(contact.name == "Camille Lefèvre")
            #expect(contact.created == added && contact.updated == added && contact.reviewFrom == added)
            #expect(contact.owner == store.currentMember)
            let read = try #require(try store.contact(id: contact.id))
            #expect(read == contact)
            #expect(read.handles.map(\.kind) == [.email, .twitter])
            #expect(Set(read.tags.map { $0.lowercased() }) == ["energie", "tech"])
            #expect(read.cadenceOverride == 21 && read.stage == .engaged && read.tier == .a)
            #expect(try store.contactCount() == 1)
            #expect(try !store.isEmpty())
            #expect(Set(try store.tagNames().map { $0.lowercased() }) == ["energie", "tech"])
            #expect(try store.contact(id: contact.id + 1000) == nil)
        }
    }

    @Test(arguments: ContractEngines.all)
    func anIdentifyingHandleOfSomeoneElseIsRefusedUnlessAllowed(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let added = try Fixed.added()
            let email = try Handle.parse(kind: .email, "press@agency.example")
            let first = try store.addContact(ContactDraft(name: "Ada", handles: [email]), today: added, reviewFrom: nil,
                                             allowSharedHandles: false)
            let shouting = try Handle.parse(kind: .email, "PRESS@agency.example")
            expectStoreError("same email, other case", { if case .handleTaken = $0 { return true } else { return false } }) {
                _ = try store.addContact(ContactDraft(name: "Bob", handles: [shouting]), today: added, reviewFrom: nil,
                                         allowSharedHandles: false)
            }
            #expect(try store.contactCount() == 1)
            // Editing another contact to take it is refused the same way.
            let bob = try store.addContact(ContactDraft(name: "Bob"), today: added, reviewFrom: nil, allowSharedHandles: false)
            var change = ContactChange()
            change.addHandles = [email]
            expectStoreError("edit to a taken email", { if case .handleTaken = $0 { return true } else { return false } }) {
                _ = try store.updateContact(id: bob.id, change, today: added, allowSharedHandles: false, expecting: nil)
            }
            #expect(try store.contact(id: bob.id)?.handles == [])
            // A phone number may be shared; an email too when allowed.
            let phone = try Handle.parse(kind: .phone, "+33 1 23 45 67 89")
            _ = try store.updateContact(id: first.id, { var c = ContactChange(); c.addHandles = [phone]; return c }(),
                                        today: added, allowSharedHandles: false, expecting: nil)
            _ = try store.updateContact(id: bob.id, { var c = ContactChange(); c.addHandles = [phone]; return c }(),
                                        today: added, allowSharedHandles: false, expecting: nil)
            let carl = try store.addContact(ContactDraft(name: "Carl", handles: [email]), today: added, reviewFrom: nil,
                                            allowSharedHandles: true)
            #expect(try store.contact(id: carl.id)?.handles.map(\.value) == ["press@agency.example"])
        }
    }

    @Test(arguments: ContractEngines.all)
    func anEditChangesOnlyWhatItNamesAndAStaleEditOverwritesNothing(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let added = try Fixed.added()
            let today = try Fixed.today()
            let contact = try store.addContact(ContactDraft(name: "Élodie Blanc", outlet: "Radio Nord", tags: ["radio"]),
                                               today: added, reviewFrom: nil, allowSharedHandles: false)
            var change = ContactChange()
            change.outlet = "Radio Sud"
            change.addTags = ["culture"]
            change.removeTags = ["radio"]
            let (before, after) = try store.updateContact(id: contact.id, change, today: today, allowSharedHandles: false,
                                                          expecting: contact)
            #expect(before == contact)
            #expect(after.outlet == "Radio Sud" && after.name == "Élodie Blanc" && after.tags == ["culture"])
            #expect(after.updated == today && after.created == added)
            #expect(try store.contact(id: contact.id) == after)

            // A form opened on `contact` (before the edit above) saves: refused, nothing overwritten.
            var late = ContactChange()
            late.outlet = "Radio Est"
            expectStoreError("stale edit", { if case .changedSince = $0 { return true } else { return false } }) {
                _ = try store.updateContact(id: contact.id, late, today: today, allowSharedHandles: false, expecting: contact)
            }
            #expect(try store.contact(id: contact.id)?.outlet == "Radio Sud")
            // Reopened on what is there now, it saves.
            _ = try store.updateContact(id: contact.id, late, today: today, allowSharedHandles: false, expecting: after)
            #expect(try store.contact(id: contact.id)?.outlet == "Radio Est")
        }
    }

    @Test(arguments: ContractEngines.all)
    func contactsResolveByIdHandleExactNameOrUniquePart(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            #expect(try store.resolve("\(people.bruno.id)").id == people.bruno.id)
            #expect(try store.resolve("chloe@echos.example").id == people.chloe.id)
            #expect(try store.resolve("Dimitri Roux").id == people.dimitri.id)
            #expect(try store.resolve("chloé").id == people.chloe.id)
            #expect(try store.resolve("ALICE").id == people.alice.id)
            expectStoreError("nobody", { if case .notFound = $0 { return true } else { return false } }) {
                _ = try store.resolve("Zoé Nobody")
            }
            // "r" is in several names: ambiguous, said as such.
            expectStoreError("ambiguous", { _ in true }) { _ = try store.resolve("r") }
        }
    }

    @Test(arguments: ContractEngines.all)
    func snoozeArchiveAndDoNotContactLeaveTheReview(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let owner = store.currentMember
            #expect(Set(try store.reviewIds(today: today, owner: owner)) == [people.bruno.id, people.chloe.id, people.dimitri.id])
            let snoozed = try store.snooze(contactId: people.bruno.id, until: today.adding(days: 10), today: today)
            #expect(snoozed.snoozedUntil == nil, "returns the contact as it was, for undo")
            #expect(try store.contact(id: people.bruno.id)?.snoozedUntil == today.adding(days: 10))
            _ = try store.setArchived(contactId: people.chloe.id, true, today: today)
            var change = ContactChange()
            change.doNotContact = true
            _ = try store.updateContact(id: people.dimitri.id, change, today: today, allowSharedHandles: false, expecting: nil)
            #expect(try store.reviewIds(today: today, owner: owner) == [])
            #expect(try store.reviewCount(today: today, owner: owner) == 0)
            #expect(try store.countContacts(ContactFilter()) == 3)
            var archived = ContactFilter()
            archived.includeArchived = true
            #expect(try store.countContacts(archived) == 4)
            _ = try store.snooze(contactId: people.bruno.id, until: nil, today: today)
            _ = try store.setArchived(contactId: people.chloe.id, false, today: today)
            #expect(Set(try store.reviewIds(today: today, owner: owner)) == [people.bruno.id, people.chloe.id])
        }
    }
}

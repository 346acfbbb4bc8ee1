import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

@Suite("Store behaviour")
struct StoreBehaviourTests {
    @Test func addsAndReadsBackEveryField() throws {
        let database = try memoryDatabase()
        let draft = ContactDraft(
            name: "Zoë Škoda", role: .expert, outlet: "Institut Prisme", title: "Économiste", tier: .a, cadenceOverride: 21,
            stage: .trusted, howMet: "Panel", notes: "Line 1\nLine 2",
            handles: [Handle(kind: .email, value: "zoe@prisme.example", label: "work"), Handle(kind: .twitter, value: "@zoesk")],
            tags: ["énergie", "climat"])
        let contact = try database.addContact(draft, today: today)
        let read = try #require(try database.contact(id: contact.id))
        #expect(read.name == "Zoë Škoda")
        #expect(read.role == .expert)
        #expect(read.cadenceOverride == 21)
        #expect(read.stage == .trusted)
        #expect(read.notes == "Line 1\nLine 2")
        #expect(read.handles == draft.handles)
        #expect(read.tags == ["climat", "énergie"])
        #expect(read.created == today)
        #expect(read.lastExchange == nil)
    }

    @Test func refusesAHandleOwnedBySomeoneElseUnlessAllowed() throws {
        let database = try memoryDatabase()
        try database.add("Camille", outlet: "Le Monde", handles: [Handle(kind: .email, value: "c@lemonde.example")])
        let before = try database.fingerprint()
        #expect(throws: StoreError.self) {
            try database.add("Other", handles: [Handle(kind: .email, value: "C@LeMonde.example")])
        }
        #expect(try database.fingerprint() == before)
        try database.addContact(ContactDraft(name: "Desk", handles: [Handle(kind: .email, value: "c@lemonde.example")]),
                                today: today, allowSharedHandles: true)
        #expect(throws: StoreError.self) { try database.resolve("c@lemonde.example") }
    }

    @Test func resolvesByIdHandleAndFragment() throws {
        let database = try memoryDatabase()
        let camille = try database.add("Camille Lefèvre", outlet: "Le Quotidien",
                                       handles: [Handle(kind: .twitter, value: "@camillelfv"), Handle(kind: .email, value: "camille@q.example")])
        let anne = try database.add("Anne")
        try database.add("Anne-Sophie Martin")
        #expect(try database.resolve("\(camille.id)").id == camille.id)
        #expect(try database.resolve("@CamilleLfv").id == camille.id)
        #expect(try database.resolve("https://x.com/camillelfv").id == camille.id)
        #expect(try database.resolve("CAMILLE@q.example").id == camille.id)
        #expect(try database.resolve("lefevre").id == camille.id)
        #expect(try database.resolve("LEFÈV").id == camille.id)
        #expect(try database.resolve("anne").id == anne.id, "an exact full name wins over longer names")
        do {
            _ = try database.resolve("an")
            Issue.record("an ambiguous fragment must throw")
        } catch {
            #expect(error.description.contains("#\(anne.id) Anne"))
            #expect(error.description.contains("Anne-Sophie Martin"))
            #expect(error.description.contains("matches 2 contacts"))
        }
        #expect(throws: StoreError.notFound("no contact matches 'nobody' (by id, handle or name)")) { try database.resolve("nobody") }
        #expect(throws: StoreError.notFound("no contact with id 999")) { try database.resolve("999") }
    }

    @Test func loggingKeepsTheContactCacheInStep() throws {
        let database = try memoryDatabase()
        let zoe = try database.add("Zoë", tier: .a)
        try database.log(zoe, daysAgo: 40, channel: .meeting)
        let result = try database.log(zoe, daysAgo: 10, channel: .email, direction: .inbound)
        #expect(result.contact.lastExchange == today.adding(days: -10))
        let row = try #require(try database.contactRows(ids: [zoe.id], today: today).first)
        let exchanges = try database.exchanges(contactId: zoe.id)
        let expected = WarmthModel.warmth(exchanges.map(\.facts), cadence: 30, today: today)
        #expect(row.warmth.value == expected.value)
        #expect(abs(row.warmth.score - expected.score) < 1e-9)
        #expect(row.daysSinceLast == 10)

        // Undo of the log: the cache falls back to the previous exchange.
        try database.deleteExchange(result.exchange)
        #expect(try database.contact(id: zoe.id)?.lastExchange == today.adding(days: -40))
        #expect(throws: StoreError.self) { try database.deleteExchange(result.exchange) }
    }

    @Test func changingTierCadencesRecomputesWarmth() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("cadence.sqlite")
        let database = try RapportDatabase.open(path: path)
        let zoe = try database.add("Zoë", tier: .a)
        try database.log(zoe, daysAgo: 60)
        try database.log(zoe, daysAgo: 30)
        let standard = try #require(try database.contactRows(ids: [zoe.id], today: today).first).warmth
        let slower = Cadence(tierDays: [.a: 90, .b: 60, .c: 120])
        let reopened = try RapportDatabase.open(path: path, cadence: slower)
        let row = try #require(try reopened.contactRows(ids: [zoe.id], today: today).first)
        let expected = WarmthModel.warmth(try reopened.exchanges(contactId: zoe.id).map(\.facts), cadence: 90, today: today)
        #expect(row.cadence == 90)
        #expect(abs(row.warmth.score - expected.score) < 1e-9)
        #expect(row.warmth.score > standard.score)
    }

    @Test func listSortsAndFilters() throws {
        let database = try memoryDatabase()
        let a = try database.add("Émile", tier: .a, tags: ["Climat"])
        let b = try database.add("Bérénice", tier: .c, tags: ["tech"])
        let c = try database.add("Zoë", tier: .b, tags: ["climat"], addedDaysAgo: 200)
        try database.log(a, daysAgo: 5, channel: .meeting)
        try database.log(b, daysAgo: 100, channel: .twitter)
        try database.setArchived(contactId: b.id, true, today: today)
        #expect(try database.listContacts(sort: .name, today: today).map(\.name) == ["Émile", "Zoë"])
        #expect(try database.listContacts(ContactFilter(includeArchived: true), sort: .name, today: today).map(\.name) == ["Bérénice", "Émile", "Zoë"])
        #expect(try database.listContacts(ContactFilter(includeArchived: true), sort: .last, today: today).map(\.id) == [a.id, b.id, c.id])
        #expect(try database.listContacts(ContactFilter(includeArchived: true), sort: .warmth, today: today).first?.id == a.id)
        #expect(try database.listContacts(sort: .due, today: today).first?.id == c.id)
        #expect(try database.listContacts(ContactFilter(tag: "CLIMAT"), sort: .name, today: today).map(\.id) == [a.id, c.id])
        #expect(try database.listContacts(ContactFilter(tier: .b), sort: .name, today: today).map(\.id) == [c.id])
        #expect(try database.contactIds(sort: .name, today: today) == [a.id, c.id])
        #expect(try database.countContacts() == 2)
        #expect(try database.contactRows(ids: [c.id, a.id], today: today).map(\.id) == [c.id, a.id])
    }

    @Test func warmthSortInSQLMatchesTheModel() throws {
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 150, exchanges: 1500, seed: 9), today: today)
        let rows = try database.listContacts(ContactFilter(includeArchived: true), sort: .warmth, today: today)
        let scores = rows.map(\.warmth.score)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 - 1e-9 })
        for row in rows.prefix(20) {
            let facts = try database.exchanges(contactId: row.id).map(\.facts)
            #expect(abs(WarmthModel.warmth(facts, cadence: row.cadence, today: today).score - row.warmth.score) < 1e-6)
        }
    }

    @Test func rankedListsMatchScoringEveryContact() throws {
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 300, exchanges: 2500, seed: 12), today: today)
        let zoe = try database.add("Zoë Future", tier: .a)
        try database.logExchange(contactId: zoe.id, ExchangeDraft(day: today.adding(days: 3), summary: "planned"), today: today, allowFuture: true)
        for filter in [ContactFilter(), ContactFilter(role: .journalist), ContactFilter(tier: .c), ContactFilter(includeArchived: true)] {
            for sort in [ContactSort.warmth, .due] {
                let ranked = try database.contactIds(filter, sort: sort, today: today)
                let (whereSQL, arguments) = RapportDatabase.whereClause(filter)
                let scored = try database.writer.read { db in
                    try Int64.fetchAll(db, sql: "SELECT contact.id FROM contact WHERE \(whereSQL) ORDER BY \(database.orderSQL(sort, today: today))",
                                       arguments: arguments)
                }
                #expect(ranked.count == scored.count)
                // Same order, except where two scores are equal to the last bits.
                let rows = try database.contactRows(ids: ranked, today: today)
                let values = rows.map { sort == .warmth ? $0.warmth.score : Review.score(status: $0.due, tier: $0.tier) }
                #expect(zip(values, values.dropFirst()).allSatisfy { $0 >= $1 - 1e-9 }, "\(sort) \(filter)")
                #expect(Set(ranked) == Set(scored))
                let page = try database.listContacts(filter, sort: sort, today: today, limit: 10, offset: 5).map(\.id)
                #expect(page == Array(ranked.dropFirst(5).prefix(10)))
            }
        }
    }

    @Test func reviewInSQLMatchesTheCoreRanking() throws {
        let database = try memoryDatabase()
        try database.loadDemo(DemoOptions(contacts: 200, exchanges: 1200, seed: 4), today: today)
        let entries = try database.review(today: today)
        #expect(!entries.isEmpty)
        var candidates: [ReviewCandidate] = []
        for row in try database.listContacts(ContactFilter(includeArchived: true), sort: .name, today: today) {
            let contact = try #require(try database.contact(id: row.id))
            let followUps = try database.exchanges(contactId: row.id).compactMap { exchange -> (exchangeId: Int64, due: Day, text: String)? in
                guard let followUp = exchange.followUp, followUp.done == nil else { return nil }
                return (exchange.id, followUp.due, followUp.text)
            }
            candidates.append(ReviewCandidate(
                contactId: row.id, tier: row.tier, cadence: row.cadence, lastExchange: row.lastExchange,
                reviewFrom: contact.reviewFrom, snoozedUntil: contact.snoozedUntil, doNotContact: contact.doNotContact,
                archived: contact.archived, openFollowUps: followUps))
        }
        let expected = Review.rank(candidates, today: today)
        #expect(entries.map(\.row.id) == expected.map(\.contactId))
        #expect(entries.map(\.item.reasons) == expected.map(\.reasons))
        #expect(try database.reviewCount(today: today) == expected.count)
        #expect(try database.reviewIds(today: today) == expected.map(\.contactId))
        let page = try database.review(today: today, limit: 5, offset: 3)
        #expect(page.map(\.row.id) == Array(expected.map(\.contactId).dropFirst(3).prefix(5)))
    }

    @Test func loggingOrSnoozingRemovesFromTheReview() throws {
        let database = try memoryDatabase()
        let zoe = try database.add("Zoë", tier: .a, addedDaysAgo: 100)
        let emile = try database.add("Émile", tier: .a, addedDaysAgo: 100)
        #expect(try database.reviewIds(today: today) == [zoe.id, emile.id])
        try database.log(zoe, daysAgo: 0)
        try database.snooze(contactId: emile.id, until: today.adding(days: 7), today: today)
        #expect(try database.reviewIds(today: today).isEmpty)
        #expect(try database.reviewIds(today: today.adding(days: 7)) == [emile.id])
    }

    @Test func followUpsAreListedByDateAndCanBeDone() throws {
        let database = try memoryDatabase()
        let zoe = try database.add("Zoë")
        let later = try database.log(zoe, daysAgo: 12, followUp: FollowUp(due: today.adding(days: 5), text: "send slides"))
        let due = try database.log(zoe, daysAgo: 10, followUp: FollowUp(due: today.adding(days: -1), text: "send the study"))
        #expect(try database.openFollowUps().map(\.text) == ["send the study", "send slides"])
        #expect(try database.openFollowUps(dueBy: today).map(\.text) == ["send the study"])
        let entry = try #require(try database.review(today: today).first)
        #expect(entry.item.reasons.first?.sentence == "follow-up due \(today.adding(days: -1).iso): send the study")
        try database.setFollowUpDone(exchangeId: due.exchange.id, on: today)
        #expect(try database.openFollowUps().map(\.exchangeId) == [later.exchange.id])
        #expect(try database.review(today: today).isEmpty)
        try database.setFollowUpDone(exchangeId: due.exchange.id, on: nil)
        #expect(try database.openFollowUpCount() == 2)
        #expect(try database.reviewCount(today: today) == 1)
        // Getting back in touch on or after the follow-up date answers the
        // reminder: the contact leaves the review, the promise stays open.
        try database.log(zoe, daysAgo: 0)
        #expect(try database.review(today: today).isEmpty)
        #expect(try database.reviewCount(today: today) == 0)
        #expect(try database.openFollowUps(dueBy: today).map(\.text) == ["send the study"])
    }

    @Test func editChangesOnlyWhatIsGivenAndCanBeUndone() throws {
        let database = try memoryDatabase()
        let zoe = try database.add("Zoë", handles: [Handle(kind: .email, value: "zoe@x.example"), Handle(kind: .twitter, value: "@zoe")],
                                   tags: ["climat", "tech"])
        var change = ContactChange()
        change.outlet = "Radio Horizon"
        change.removeTags = ["TECH"]
        change.addTags = ["énergie"]
        change.removeHandles = ["@ZOE"]
        change.addHandles = [Handle(kind: .bluesky, value: "@zoe.bsky.social")]
        change.cadenceOverride = .some(14)
        let (before, after) = try database.updateContact(id: zoe.id, change, today: today)
        #expect(after.outlet == "Radio Horizon")
        #expect(after.tags == ["climat", "énergie"])
        #expect(after.handles.map(\.kind) == [.email, .bluesky])
        #expect(after.cadenceOverride == 14)
        #expect(after.name == "Zoë")
        #expect(try database.search("horizon").map(\.contact.id) == [zoe.id])
        #expect(try database.search("tech").isEmpty)
        var back = ContactChange()
        back.outlet = before.outlet
        back.addTags = ["tech"]
        back.removeTags = ["énergie"]
        back.addHandles = [Handle(kind: .twitter, value: "@zoe")]
        back.removeHandles = ["bluesky:@zoe.bsky.social"]
        back.cadenceOverride = .some(nil)
        try database.updateContact(id: zoe.id, back, today: today)
        let restored = try #require(try database.contact(id: zoe.id))
        #expect(restored.outlet == "")
        #expect(restored.tags == ["climat", "tech"])
        #expect(restored.handles == before.handles)

        var missing = ContactChange()
        missing.removeTags = ["nope"]
        #expect(throws: StoreError.self) { try database.updateContact(id: zoe.id, missing, today: today) }
        var clear = ContactChange()
        clear.cadenceOverride = .some(nil)
        #expect(try database.updateContact(id: zoe.id, clear, today: today).after.cadenceOverride == nil)
    }

    @Test func searchIsAccentInsensitivePrefixAndSaysWhatMatched() throws {
        let database = try memoryDatabase()
        let camille = try database.add("Camille Lefèvre", outlet: "Le Quotidien", handles: [Handle(kind: .twitter, value: "@camillelfv")],
                                       tags: ["énergie"])
        let bob = try database.add("Bob Martin")
        try database.log(bob, daysAgo: 1, summary: "Talked about Lefèvre's énergie study")
        for query in ["lefevre", "LEFÈVRE", "lef", "Lefe"] {
            let hits = try database.search(query)
            #expect(hits.first?.contact.id == camille.id, "\(query)")
            #expect(hits.first?.field == .name)
            #expect(hits.first?.snippet.contains("[Lefèvre]") == true)
        }
        let energy = try database.search("energie")
        #expect(energy.map(\.field) == [.tags, .exchange])
        #expect(energy.last?.contact.id == bob.id)
        #expect(energy.last?.day == today.adding(days: -1))
        #expect(try database.search("camillelf").first?.field == .handles)
        #expect(try database.search("\"unbalanced ( OR").isEmpty)
        #expect(try database.search("   ").isEmpty)
        #expect(try database.countContacts(ContactFilter(search: "lef")) == 2)
    }

    @Test func writesAreAllOrNothing() throws {
        let database = try memoryDatabase()
        let zoe = try database.add("Zoë")
        let before = try database.fingerprint()
        #expect(throws: StoreError.self) {
            try database.logExchange(contactId: zoe.id, ExchangeDraft(day: today, summary: "  "), today: today)
        }
        #expect(throws: StoreError.self) {
            try database.logExchange(contactId: zoe.id, ExchangeDraft(day: today.adding(days: 1), summary: "x"), today: today)
        }
        #expect(throws: StoreError.self) {
            try database.logExchange(contactId: zoe.id, ExchangeDraft(day: today, summary: "x", rating: 6), today: today)
        }
        #expect(throws: StoreError.self) {
            try database.bulkInsert { bulk in
                try bulk.addContact(ContactDraft(name: "Half"), created: today, reviewFrom: today)
                throw StoreError.invalid("stop half-way")
            }
        }
        #expect(try database.fingerprint() == before)
        #expect(try database.search("half").isEmpty)
        #expect(try database.logExchange(contactId: zoe.id, ExchangeDraft(day: today.adding(days: 1), summary: "x"),
                                         today: today, allowFuture: true).exchange.day == today.adding(days: 1))
    }

    @Test func demoFillsOnlyAnEmptyDatabaseAndShowsSomething() throws {
        let database = try memoryDatabase()
        let report = try database.loadDemo(today: today)
        #expect(report == DemoReport(contacts: 80, exchanges: 600))
        #expect(throws: StoreError.self) { try database.loadDemo(today: today) }
        let rows = try database.listContacts(ContactFilter(includeArchived: true), sort: .name, today: today)
        #expect(Set(rows.map(\.role)) == Set(Role.allCases))
        #expect(Set(rows.map(\.warmth.label)) == Set(Warmth.Label.allCases))
        #expect(rows.contains { $0.name.unicodeScalars.contains { $0.properties.isIdeographic } })
        #expect(rows.contains { $0.name != TextKey.fold($0.name).capitalized && $0.name.contains("è") || $0.name.contains("é") })
        #expect(try database.reviewCount(today: today) >= 5)
        #expect(try database.openFollowUps(dueBy: today).count >= 1)
        #expect(try database.openFollowUps().count > (try database.openFollowUps(dueBy: today).count))
        #expect(try database.search("lef").count >= 1)
        let again = try memoryDatabase()
        try again.loadDemo(today: today)
        #expect(try again.fingerprint() == (try database.fingerprint()), "the same seed gives the same demo")
    }

    @Test func bulkInsertIndexesForSearchAndRestoresTriggers() throws {
        let database = try memoryDatabase()
        try database.add("Existing Person")
        try database.bulkInsert { bulk in
            let id = try bulk.addContact(ContactDraft(name: "Bulk Zoë", handles: [Handle(kind: .twitter, value: "@bulkzoe")], tags: ["bulktag"]),
                                         created: today, reviewFrom: today)
            try bulk.addExchange(contactId: id, ExchangeDraft(day: today, summary: "bulk summary"))
        }
        #expect(try database.search("bulktag").count == 1)
        #expect(try database.search("bulkzoe").count == 1)
        #expect(try database.search("summary").first?.field == .exchange)
        #expect(try database.resolve("bulk").lastExchange == today)
        // Triggers are back: a normal write is indexed.
        let later = try database.add("Later Quentin")
        #expect(try database.search("quentin").map(\.contact.id) == [later.id])
    }

    @Test func twoConnectionsWriteWithoutLockErrors() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("two.sqlite")
        let first = try RapportDatabase.open(path: path)
        let second = try RapportDatabase.open(path: path)
        let zoe = try first.add("Zoë")
        let errors = ErrorBox()
        let group = DispatchGroup()
        for database in [first, second] {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                for index in 0..<50 {
                    do {
                        _ = try database.logExchange(contactId: zoe.id, ExchangeDraft(day: today, summary: "n\(index)"), today: today)
                    } catch {
                        errors.append("\(error)")
                    }
                }
            }
        }
        group.wait()
        #expect(errors.values.isEmpty)
        #expect(try first.exchanges(contactId: zoe.id).count == 100)
    }
}

/// Collects errors from several threads.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ value: String) {
        lock.lock()
        stored.append(value)
        lock.unlock()
    }

    var values: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

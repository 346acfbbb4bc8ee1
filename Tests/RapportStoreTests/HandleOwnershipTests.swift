import Foundation
import RapportCore
@testable import RapportStore
import Testing

/// Removing and sharing handles: precise about kinds.
@Suite("Handle ownership")
struct HandleOwnershipTests {
    @Test func removingATwitterHandleKeepsAnotherKindWithTheSameName() throws {
        let database = try memoryDatabase()
        let jane = try database.add("Jane Doe", handles: [
            Handle(kind: .twitter, value: "@jdoe"), Handle(kind: .other, value: "jdoe", label: "instagram"),
            Handle(kind: .email, value: "jane@x.social"), Handle(kind: .mastodon, value: "@jane@x.social"),
        ])
        var change = ContactChange()
        change.removeHandles = ["@jdoe"]
        let after = try database.updateContact(id: jane.id, change, today: today).after
        #expect(after.handles.map(\.kind) == [.other, .email, .mastodon])

        var ambiguous = ContactChange()
        ambiguous.removeHandles = ["jane@x.social"]
        #expect(throws: StoreError.self) { try database.updateContact(id: jane.id, ambiguous, today: today) }
        var precise = ContactChange()
        precise.removeHandles = ["mastodon:jane@x.social"]
        #expect(try database.updateContact(id: jane.id, precise, today: today).after.handles.map(\.kind) == [.other, .email])
    }

    @Test func phonesAndWebsitesCanBeSharedEmailsCannot() throws {
        let database = try memoryDatabase()
        try database.add("Desk One", handles: [Handle(kind: .phone, value: "+33 1 40 00 00 00"),
                                               Handle(kind: .website, value: "https://lemonde.example"),
                                               Handle(kind: .email, value: "one@lemonde.example")])
        let two = try database.add("Desk Two", handles: [Handle(kind: .phone, value: "+33140000000"),
                                                         Handle(kind: .website, value: "lemonde.example")])
        #expect(two.handles.count == 2)
        #expect(throws: StoreError.handleTaken("the email ONE@lemonde.example already belongs to #1 Desk One")) {
            try database.add("Desk Three", handles: [Handle(kind: .email, value: "ONE@lemonde.example")])
        }
    }

    @Test func undoOfALogNeverDeletesAnExchangeThatTookItsId() throws {
        let database = try memoryDatabase()
        let camille = try database.add("Camille")
        let bruno = try database.add("Bruno")
        let logged = try database.log(camille, daysAgo: 0, summary: "Coffee").exchange
        try database.forget(contactId: camille.id)
        let other = try database.log(bruno, daysAgo: 0, summary: "Lunch").exchange
        #expect(other.id == logged.id, "SQLite gives the freed id to the next exchange")
        #expect(throws: StoreError.self) { try database.deleteExchange(logged) }
        #expect(try database.exchanges(contactId: bruno.id).map(\.summary) == ["Lunch"])
    }

    @Test func theDemoGivesEveryEmailAndProfileToOnePerson() throws {
        for options in [DemoOptions.standard, DemoOptions(contacts: 3000, exchanges: 100, seed: 5)] {
            let database = try memoryDatabase()
            try database.loadDemo(options, today: today)
            let shared = try database.writer.read { db in
                try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT kind, normalized FROM handle
                    WHERE kind IN ('email', 'twitter', 'mastodon', 'bluesky', 'linkedin')
                    GROUP BY kind, normalized HAVING count(DISTINCT contact_id) > 1)
                    """) ?? -1
            }
            #expect(shared == 0)
        }
    }
}

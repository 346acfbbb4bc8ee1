import Foundation
import RapportCore
import RapportStore
import Testing

/// Dates and people the contract tests share. Every date is fixed: the
/// clock is never read.
enum Fixed {
    static func day(_ iso: String) throws -> Day {
        try #require(Day(iso: iso), "\(iso) is not a date")
    }

    /// The day the tests run "today".
    static func today() throws -> Day { try day("2026-06-01") }
    /// The day the people of `fourPeople` were added.
    static func added() throws -> Day { try day("2026-01-01") }
}

/// Expects `body` to throw a `StoreError` that `matches`.
func expectStoreError(_ what: String, sourceLocation: SourceLocation = #_sourceLocation,
                      _ matches: (StoreError) -> Bool, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("\(what): no error", sourceLocation: sourceLocation)
    } catch let error as StoreError {
        #expect(matches(error), "\(what): \(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(what): \(error) is not a StoreError", sourceLocation: sourceLocation)
    }
}

/// Four people added on 2026-01-01, as the list, ranking and review tests
/// use them (today 2026-06-01):
/// - Alice Martin (tier A): a meeting on 2026-05-30, rated 5, she reached out;
/// - Bruno Petit (tier B): an email on 2026-03-01 (92 days ago, cadence 60: overdue);
/// - Chloé Durand (tier C): never contacted (151 days, cadence 120: due);
/// - Dimitri Roux (tier B): an email on 2026-05-01 promising a follow-up on 2026-05-20.
struct FourPeople {
    let alice: Contact
    let bruno: Contact
    let chloe: Contact
    let dimitri: Contact
    let promise: Exchange

    init(_ store: any Store) throws {
        let added = try Fixed.added()
        func add(_ name: String, _ tier: Tier, outlet: String, email: String) throws -> Contact {
            let draft = ContactDraft(name: name, outlet: outlet, tier: tier,
                                     handles: [try Handle.parse(kind: .email, email)], tags: ["energie"])
            return try store.addContact(draft, today: added, reviewFrom: nil, allowSharedHandles: false)
        }
        alice = try add("Alice Martin", .a, outlet: "Le Monde", email: "alice@lemonde.example")
        bruno = try add("Bruno Petit", .b, outlet: "Libération", email: "bruno@libe.example")
        chloe = try add("Chloé Durand", .c, outlet: "Les Échos", email: "chloe@echos.example")
        dimitri = try add("Dimitri Roux", .b, outlet: "France Inter", email: "dimitri@radio.example")
        let today = try Fixed.today()
        _ = try store.logExchange(contactId: alice.id, ExchangeDraft(
            day: try Fixed.day("2026-05-30"), channel: .meeting, direction: .inbound, summary: "Lunch at the fair",
            rating: 5, intent: .gave), today: today, allowFuture: false)
        _ = try store.logExchange(contactId: bruno.id, ExchangeDraft(
            day: try Fixed.day("2026-03-01"), channel: .email, summary: "Sent the spring figures"),
            today: today, allowFuture: false)
        promise = try store.logExchange(contactId: dimitri.id, ExchangeDraft(
            day: try Fixed.day("2026-05-01"), channel: .email, summary: "Asked about the radio slot", intent: .asked,
            followUp: FollowUp(due: try Fixed.day("2026-05-20"), text: "Send the press kit")),
            today: today, allowFuture: false).exchange
    }

    var all: [Contact] { [alice, bruno, chloe, dimitri] }
}

extension Array where Element == ContactRow {
    var names: [String] { map(\.name) }
}

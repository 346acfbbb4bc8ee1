import Foundation
import Testing

/// The JSON every `--json` command prints: documented keys always present
/// (null when empty), camelCase, dates `YYYY-MM-DD`, the right types.
struct JSONShapeTests {
    let sandbox = Sandbox()

    init() throws {
        // Ada: never contacted, nothing optional set. Camille: everything set.
        try sandbox.add("Ada Blanc", today: "2026-01-01")
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", "--tier", "A", "--cadence", "20", "--tag", "climat",
                        "--email", "camille@lemonde.example", today: "2026-01-01")
        try sandbox.log("lefevre", "Sent the study", "--intent", "gave", "--rating", "4", "--date", "2026-04-01",
                        "--follow-up-on", "2026-05-01", "--follow-up", "send the charts")
        try sandbox.log("lefevre", "Quick call", "--channel", "phone", "--date", "2026-04-10")
        expectSuccess(try sandbox.rapport("snooze", "blanc", "2026-06-03", today: "2026-01-02"))
    }

    private func json(_ arguments: String...) throws -> JSONValue {
        let result = try sandbox.run(arguments + ["--json", "--db", sandbox.db])
        expectSuccess(result)
        #expect(!result.stdout.contains("_"), "keys are camelCase (no snake_case)\n\(result.stdout)")
        return try JSONValue.parse(result.stdout)
    }

    @Test func show() throws {
        let ada = try json("show", "blanc")
        Shapes.expectContact(ada, "show(ada)")
        for key in ["cadenceOverride", "lastExchange", "daysSinceLast"] {
            #expect(ada[key] == .null, "\(key) is null, not missing")
        }
        #expect(ada["snoozedUntil"]?.string == "2026-06-03")
        #expect(ada["exchanges"] == .array([]), "show lists exchanges, here none")
        #expect(ada["due"]?["neverContacted"]?.bool == true)
        #expect(ada["due"]?["daysSince"]?.int == 151)

        let camille = try json("show", "lefevre")
        Shapes.expectContact(camille, "show(camille)")
        #expect(camille["cadenceOverride"]?.int == 20)
        #expect(camille["cadence"]?.int == 20)
        #expect(camille["snoozedUntil"] == .null)
        #expect(camille["lastExchange"]?.string == "2026-04-10")
        #expect(camille["daysSinceLast"]?.int == 52)
        #expect(camille["created"]?.string == "2026-01-01")
        #expect(camille["tags"] == .array([.string("climat")]))
        #expect(camille["reciprocity"]?["gave"]?.int == 1)
        let exchanges = try #require(camille["exchanges"]?.array)
        #expect(exchanges.count == 2)
        #expect(exchanges.first?["summary"]?.string == "Quick call", "newest first")
        #expect(exchanges.first?["rating"] == .null)
        #expect(exchanges.first?["followUp"] == .null)
        let study = try #require(exchanges.last)
        #expect(study["rating"]?.int == 4)
        #expect(study["followUp"]?["date"]?.string == "2026-05-01")
        #expect(study["followUp"]?["text"]?.string == "send the charts")
        #expect(study["followUp"]?["done"] == .null)
    }

    @Test func list() throws {
        let rows = try #require(try json("list").array)
        #expect(rows.count == 2)
        for (index, row) in rows.enumerated() { Shapes.expectContactRow(row, "list[\(index)]") }
        #expect(rows.first?["lastExchange"] == .null && rows.first?["daysSinceLast"] == .null)
        #expect(rows.last?["lastExchange"]?.string == "2026-04-10")
        #expect(try json("list", "--tag", "nothing") == .array([]), "an empty list is []")
    }

    @Test func review() throws {
        let entries = try #require(try json("review").array)
        #expect(entries.count == 1, "Ada is snoozed until 2026-06-03")
        let entry = try #require(entries.first)
        expectShape(entry, Shapes.review, "review[0]")
        Shapes.expectContactRow(entry["contact"], "review[0].contact")
        #expect(entry["rank"]?.int == 1)
        let reasons = try #require(entry["reasons"]?.array)
        for (index, reason) in reasons.enumerated() { expectShape(reason, Shapes.reviewReason, "review[0].reasons[\(index)]") }
        #expect(reasons.map { $0["kind"]?.string } == ["followUpDue", "overdue"])
        #expect(reasons.first?["exchangeId"]?.int == 1)
        #expect(reasons.first?["date"]?.string == "2026-05-01")
        #expect(reasons.first?["daysSince"] == .null && reasons.first?["cadence"] == .null)
        #expect(reasons.last?["daysSince"]?.int == 52 && reasons.last?["cadence"]?.int == 20)
        #expect(reasons.last?["exchangeId"] == .null && reasons.last?["date"] == .null)

        let later = try sandbox.run(["review", "--json", "--db", sandbox.db], today: "2026-06-10")
        let never = try #require(try JSONValue.parse(later.stdout).array?.first { $0["contact"]?["name"]?.string == "Ada Blanc" })
        #expect(never["reasons"]?[0]?["kind"]?.string == "neverContacted")
        expectShape(never["reasons"]?[0], Shapes.reviewReason, "review(ada).reasons[0]")
        #expect(try json("review", "--limit", "1").array?.count == 1)
    }

    @Test func search() throws {
        let hits = try #require(try json("search", "c").array)
        #expect(hits.count >= 2)
        for (index, hit) in hits.enumerated() {
            expectShape(hit, Shapes.searchHit, "search[\(index)]")
            expectShape(hit["contact"], Shapes.contactRef, "search[\(index)].contact")
        }
        let contactHit = try #require(try json("search", "climat").array?.first)
        #expect(contactHit["exchangeId"] == .null && contactHit["date"] == .null)
        let exchangeHit = try #require(try json("search", "study").array?.first)
        #expect(exchangeHit["field"]?.string == "exchange")
        #expect(exchangeHit["exchangeId"]?.int == 1 && exchangeHit["date"]?.string == "2026-04-01")
        #expect(try json("search", "zzzz") == .array([]))
    }

    @Test func log() throws {
        let logged = try json("log", "blanc", "--summary", "First coffee", "--channel", "meeting")
        expectShape(logged, Shapes.log, "log")
        Shapes.expectExchange(logged["exchange"], "log.exchange")
        Shapes.expectContactRow(logged["contact"], "log.contact")
        #expect(logged["exchange"]?["id"]?.int == 3)
        #expect(logged["exchange"]?["contactId"]?.int == 1)
        #expect(logged["exchange"]?["direction"]?.string == "out")
        #expect(logged["exchange"]?["intent"]?.string == "chat")
        #expect(logged["exchange"]?["notes"]?.string == "")
        #expect(logged["exchange"]?["rating"] == .null)
        #expect(logged["exchange"]?["followUp"] == .null)
        #expect(logged["contact"]?["lastExchange"]?.string == "2026-06-01")
        #expect(logged["contact"]?["daysSinceLast"]?.int == 0)
        #expect(logged["warnings"] == .array([]))

        let promised = try json("log", "blanc", "--summary", "Promised", "--follow-up-on", "+1w", "--follow-up", "call back")
        Shapes.expectExchange(promised["exchange"], "log.exchange(follow-up)")
        #expect(promised["exchange"]?["followUp"]?["date"]?.string == "2026-06-08")
    }

    @Test func add() throws {
        let added = try json("add", "Bo Chen", "--twitter", "@bochen")
        Shapes.expectContact(added, "add")
        #expect(added["id"]?.int == 3)
        #expect(added["exchanges"] == .null, "add does not list exchanges, but the key is there")
        #expect(added["lastExchange"] == .null)
        #expect(added["created"]?.string == "2026-06-01")
        #expect(added["handles"]?[0]?["kind"]?.string == "twitter")
        #expect(added["handles"]?[0]?["value"]?.string == "@bochen")
    }

    @Test func edit() throws {
        let edited = try json("edit", "blanc", "--stage", "acquainted")
        Shapes.expectContact(edited, "edit")
        #expect(edited["stage"]?.string == "acquainted")
        #expect(edited["updated"]?.string == "2026-06-01")
    }
}

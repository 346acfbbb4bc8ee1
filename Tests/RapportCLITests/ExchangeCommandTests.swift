import Foundation
import GRDB
import Testing

/// `rapport exchange show|edit|delete`: reading, correcting and removing a
/// logged exchange, with the contact's caches and the search index following.
struct ExchangeCommandTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", today: "2026-01-10")
        try sandbox.add("Paul Durand", today: "2026-01-10")
        try sandbox.log("lefevre", "Sent the embargoed study", "--intent", "gave", "--rating", "4", "--date", "2026-04-01",
                        "--notes", "She will quote p. 12\nCall her desk, not her mobile",
                        "--follow-up-on", "2026-05-01", "--follow-up", "send the charts")
        try sandbox.log("lefevre", "Quick call about the grid", "--channel", "phone", "--direction", "in", "--date", "2026-04-10")
        try sandbox.log("durand", "Hello from the fair", "--channel", "event", "--date", "2026-05-20")
    }

    private func exchange(_ id: Int64) throws -> Row? {
        try sandbox.read { db in try Row.fetchOne(db, sql: "SELECT * FROM exchange WHERE id = ?", arguments: [id]) }
    }

    private func lastExchangeDay(_ contactId: Int64) throws -> Int? {
        try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT last_exchange_day FROM contact WHERE id = ?", arguments: [contactId]) }
    }

    private func json(_ arguments: String...) throws -> JSONValue {
        let result = try sandbox.run(arguments + ["--json", "--db", sandbox.db])
        expectSuccess(result)
        return try JSONValue.parse(result.stdout)
    }

    private func searchSnippets(_ query: String) throws -> [String] {
        try json("search", query).array?.compactMap { $0["snippet"]?.string } ?? []
    }

    // MARK: show

    @Test func showPrintsEveryFieldTheNotesAndTheFollowUp() throws {
        let result = try sandbox.rapport("exchange", "show", "1")
        expectSuccess(result)
        #expect(result.stdoutLines == [
            "Exchange #1 with Camille Lefèvre (#1)",
            "  Date       2026-04-01",
            "  Channel    email",
            "  Direction  out → (I reached out)",
            "  Intent     gave",
            "  Rating     4/5",
            "  Summary    Sent the embargoed study",
            "  Follow-up  2026-05-01: send the charts (open)",
            "Notes",
            "  She will quote p. 12",
            "  Call her desk, not her mobile",
        ])
        let plain = try sandbox.rapport("exchange", "show", "#2")
        #expect(plain.stdoutLines.contains("  Direction  in ← (they reached out)"))
        #expect(plain.stdoutLines.contains("  Rating     none"))
        #expect(plain.stdoutLines.contains("  Follow-up  none"))
        #expect(plain.stdoutLines.contains("  Notes      none"))
    }

    @Test func showJSONIsTheExchangeAndItsContactRow() throws {
        let value = try json("exchange", "show", "1")
        expectShape(value, ["exchange": .object, "contact": .object], "exchange show")
        Shapes.expectExchange(value["exchange"], "exchange show.exchange")
        Shapes.expectContactRow(value["contact"], "exchange show.contact")
        #expect(value["exchange"]?["notes"]?.string == "She will quote p. 12\nCall her desk, not her mobile")
        #expect(value["exchange"]?["followUp"]?["date"]?.string == "2026-05-01")
        #expect(value["exchange"]?["followUp"]?["done"] == .null)
        #expect(value["contact"]?["name"]?.string == "Camille Lefèvre")
        let other = try json("exchange", "show", "2")
        #expect(other["exchange"]?["rating"] == .null)
        #expect(other["exchange"]?["followUp"] == .null)
    }

    @Test func showRefusesAnUnknownOrMalformedId() throws {
        try sandbox.expectRefusedUnchanged("exchange", "show", "99", exit: .failure, mentioning: ["no exchange with id 99"])
        try sandbox.expectRefusedUnchanged("exchange", "show", "lefevre", exit: .usage, mentioning: ["not an exchange id"])
    }

    // MARK: edit

    @Test func editChangesOnlyTheFieldsGiven() throws {
        let before = try #require(try exchange(1))
        let result = try sandbox.rapport("exchange", "edit", "1", "--summary", "Sent the full study", "--rating", "none")
        expectSuccess(result)
        #expect(result.stdout == "Updated exchange #1 with Camille Lefèvre (2026-04-01, email →)\n")
        let after = try #require(try exchange(1))
        #expect(after["summary"] as String == "Sent the full study")
        #expect(after["rating"] as Int? == nil)
        for column in ["contact_id", "day", "channel", "direction", "notes", "intent", "follow_up_day", "follow_up", "follow_up_done_day"] {
            #expect(after[column] as DatabaseValue == before[column] as DatabaseValue, "\(column) is left as it was")
        }
    }

    @Test func editEveryField() throws {
        expectSuccess(try sandbox.rapport(
            "exchange", "edit", "2", "--channel", "meeting", "--direction", "out", "--intent", "asked", "--rating", "2",
            "--date", "2026-03-15", "--notes", "Over coffee", "--follow-up-on", "2026-06-10", "--follow-up", "send the deck"))
        let row = try #require(try exchange(2))
        #expect(row["channel"] as String == "meeting")
        #expect(row["direction"] as String == "out")
        #expect(row["intent"] as String == "asked")
        #expect(row["rating"] as Int? == 2)
        #expect(row["day"] as Int == 20527, "2026-03-15")
        #expect(row["notes"] as String == "Over coffee")
        #expect(row["follow_up_day"] as Int? == 20614, "2026-06-10")
        #expect(row["follow_up"] as String? == "send the deck")
    }

    @Test func aNewDateMovesTheContactsLastExchangeAndTheSearchFollowsTheSummary() throws {
        #expect(try lastExchangeDay(1) == 20553, "2026-04-10")
        expectSuccess(try sandbox.rapport("exchange", "edit", "2", "--date", "2026-03-01", "--summary", "Lunch with the editor"))
        #expect(try lastExchangeDay(1) == 20544, "now the other exchange, 2026-04-01")
        #expect(try json("show", "lefevre")["lastExchange"]?.string == "2026-04-01")
        #expect(try searchSnippets("grid").isEmpty, "the old summary is no longer found")
        #expect(try searchSnippets("editor") == ["Lunch with the [editor]"])
    }

    @Test func theFollowUpCanBeRemovedRetitledOrKeptDone() throws {
        expectSuccess(try sandbox.rapport("exchange", "edit", "1", "--follow-up", "send the charts and the map"))
        var row = try #require(try exchange(1))
        #expect(row["follow_up"] as String? == "send the charts and the map")
        #expect(row["follow_up_day"] as Int? == 20574, "the date is kept (2026-05-01)")
        expectSuccess(try sandbox.rapport("exchange", "edit", "1", "--follow-up-on", "none"))
        row = try #require(try exchange(1))
        #expect(row["follow_up"] as String? == nil)
        #expect(row["follow_up_day"] as Int? == nil)
        try sandbox.expectRefusedUnchanged("exchange", "edit", "2", "--follow-up-on", "2026-06-10", exit: .usage,
                                           mentioning: ["has no follow-up", "--follow-up TEXT"])
        try sandbox.expectRefusedUnchanged("exchange", "edit", "2", "--follow-up", "call back", exit: .usage,
                                           mentioning: ["has no follow-up", "--follow-up-on DATE"])
        try sandbox.expectRefusedUnchanged("exchange", "edit", "1", "--follow-up-on", "none", "--follow-up", "x", exit: .usage,
                                           mentioning: ["--follow-up-on none"])
    }

    @Test func editJSONHasTheShapeOfLog() throws {
        let value = try json("exchange", "edit", "3", "--summary", "Hello again")
        expectShape(value, Shapes.log, "exchange edit")
        Shapes.expectExchange(value["exchange"], "exchange edit.exchange")
        Shapes.expectContactRow(value["contact"], "exchange edit.contact")
        #expect(value["exchange"]?["summary"]?.string == "Hello again")
        #expect(value["exchange"]?["id"]?.int == 3)
        #expect(value["warnings"] == .array([]))
    }

    @Test(arguments: [
        (["exchange", "edit", "1"], ExpectedExit.usage, "nothing to change"),
        (["exchange", "edit", "99", "--summary", "x"], .failure, "no exchange with id 99"),
        (["exchange", "edit", "one", "--summary", "x"], .usage, "not an exchange id"),
        (["exchange", "edit", "1", "--rating", "9"], .usage, "--rating"),
        (["exchange", "edit", "1", "--date", "tomorrow"], .usage, "in the future"),
        (["exchange", "edit", "1", "--date", "someday"], .usage, "cannot read the date"),
        (["exchange", "edit", "1", "--summary", "  "], .usage, "summary is empty"),
        (["exchange", "edit", "1", "--channel", "pigeon"], .usage, "twitter-dm"),
    ])
    func editRefusals(_ arguments: [String], _ exit: ExpectedExit, _ fragment: String) throws {
        try sandbox.expectRefusedUnchanged(arguments, exit: exit, mentioning: [fragment])
    }

    // MARK: delete

    @Test func deleteWithoutYesRefusesAndChangesNothing() throws {
        try sandbox.expectRefusedUnchanged("exchange", "delete", "3", exit: .usage,
                                           mentioning: ["would delete exchange #3 with Paul Durand", "--yes"])
        try sandbox.expectRefusedUnchanged("exchange", "delete", "99", "--yes", exit: .failure, mentioning: ["no exchange with id 99"])
        try sandbox.expectRefusedUnchanged("exchange", "delete", "99", exit: .failure, mentioning: ["no exchange with id 99"])
    }

    @Test func deleteRemovesItAndTheContactIsAsIfItWasNeverLogged() throws {
        let result = try sandbox.rapport("exchange", "delete", "3", "--yes")
        expectSuccess(result)
        #expect(result.stdout == "Deleted exchange #3 with Paul Durand (2026-05-20: Hello from the fair)\n")
        #expect(try exchange(3) == nil)
        #expect(try lastExchangeDay(2) == nil)
        let paul = try json("show", "durand")
        #expect(paul["lastExchange"] == .null)
        #expect(paul["warmth"]?["value"]?.int == 0)
        #expect(paul["exchanges"] == .array([]))
        #expect(try searchSnippets("fair").isEmpty)
        let review = try json("review").array?.compactMap { $0["contact"]?["name"]?.string } ?? []
        #expect(review.contains("Paul Durand"), "never contacted since added in January: due again")
    }

    @Test func deleteJSONIsTheExchangeAsItWas() throws {
        let value = try json("exchange", "delete", "1", "--yes")
        expectShape(value, ["deleted": .object, "contact": .object], "exchange delete")
        Shapes.expectExchange(value["deleted"], "exchange delete.deleted")
        Shapes.expectContactRow(value["contact"], "exchange delete.contact")
        #expect(value["deleted"]?["summary"]?.string == "Sent the embargoed study")
        #expect(value["contact"]?["lastExchange"]?.string == "2026-04-10")
    }
}

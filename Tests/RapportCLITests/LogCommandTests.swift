import Foundation
import GRDB
import Testing

/// `rapport log`: what is saved, the defaults, and what is refused.
struct LogCommandTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", today: "2026-01-10")
        try sandbox.add("Paul Durand", today: "2026-01-10")
    }

    private func exchanges() throws -> [Row] {
        try sandbox.read { db in try Row.fetchAll(db, sql: "SELECT * FROM exchange ORDER BY id") }
    }

    @Test func logsAnExchangeWithEveryField() throws {
        let result = try sandbox.rapport(
            "log", "lefevre", "--summary", "Sent the embargoed report", "--channel", "twitter-dm", "--direction", "in",
            "--rating", "4", "--intent", "gave", "--date", "2026-05-28", "--notes", "She will quote p. 12",
            "--follow-up-on", "2026-06-15", "--follow-up", "send the charts")
        expectSuccess(result)
        #expect(result.stdout == "Logged exchange #1 with Camille Lefèvre (2026-05-28, twitter-dm ←)\n")
        let row = try #require(try exchanges().first)
        #expect(row["contact_id"] as Int64 == 1)
        #expect(row["summary"] as String == "Sent the embargoed report")
        #expect(row["channel"] as String == "twitter-dm")
        #expect(row["direction"] as String == "in")
        #expect(row["rating"] as Int? == 4)
        #expect(row["intent"] as String == "gave")
        #expect(row["day"] as Int == 20601, "2026-05-28")
        #expect(row["notes"] as String == "She will quote p. 12")
        #expect(row["follow_up_day"] as Int? == 20619, "2026-06-15")
        #expect(row["follow_up"] as String? == "send the charts")
        // The contact's cached last exchange follows.
        let last = try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT last_exchange_day FROM contact WHERE id = 1") }
        #expect(last == 20601)
    }

    @Test func defaultsToTodayOutboundChatByEmailThenTheLastChannel() throws {
        let first = try sandbox.rapport("log", "1", "--summary", "Quick hello")
        expectSuccess(first)
        #expect(first.stdout == "Logged exchange #1 with Camille Lefèvre (2026-06-01, email →)\n")
        try sandbox.log("1", "Met at the fair", "--channel", "event")
        let third = try sandbox.rapport("log", "1", "--summary", "Follow-up chat")
        #expect(third.stdout == "Logged exchange #3 with Camille Lefèvre (2026-06-01, event →)\n",
                "the channel defaults to the contact's last one")
        let rows = try exchanges()
        #expect(rows.map { $0["intent"] as String } == ["chat", "chat", "chat"])
        #expect(rows.map { $0["direction"] as String } == ["out", "out", "out"])
        #expect(rows.map { $0["rating"] as Int? } == [nil, nil, nil])
    }

    @Test(arguments: [("yesterday", 20604), ("today", 20605), ("2025-12-31", 20453)])
    func readsNamedAndAbsoluteDates(_ text: String, _ ordinal: Int) throws {
        try sandbox.log("1", "Dated", "--date", text)
        #expect(try exchanges().first?["day"] as Int? == ordinal)
    }

    @Test(arguments: [("-3d", 20602), ("-1w", 20598)])
    func readsRelativeDatesGluedToTheOption(_ text: String, _ ordinal: Int) throws {
        try sandbox.log("1", "Dated", "--date=\(text)")
        #expect(try exchanges().first?["day"] as Int? == ordinal)
    }

    /// `--help` documents `--date -Nd`; the parser takes `-3d` for an option.
    @Test(arguments: [("-3d", 20602), ("-1w", 20598)])
    func readsRelativeDatesAsTheirOwnWord(_ text: String, _ ordinal: Int) throws {
        try sandbox.log("1", "Dated", "--date", text)
        #expect(try exchanges().first?["day"] as Int? == ordinal)
    }

    @Test func printsTheExchangeAndContactAsJSON() throws {
        let result = try sandbox.rapport("log", "1", "--summary", "Coffee", "--channel", "meeting", "--json")
        expectSuccess(result)
        let json = try JSONValue.parse(result.stdout)
        #expect(json["exchange"]?["id"]?.int == 1)
        #expect(json["exchange"]?["channel"]?.string == "meeting")
        #expect(json["exchange"]?["date"]?.string == "2026-06-01")
        #expect(json["contact"]?["id"]?.int == 1)
        #expect(json["contact"]?["lastExchange"]?.string == "2026-06-01")
        #expect(json["warnings"] == .array([]))
    }

    @Test(arguments: [
        ("--channel", "pigeon", "twitter, twitter-dm, mastodon, bluesky, email, phone, meeting, event, other"),
        ("--intent", "begged", "gave, asked, chat"),
        ("--direction", "sideways", "out, in"),
    ])
    func refusesAnUnknownValueListingTheValidOnes(_ option: String, _ value: String, _ valid: String) throws {
        try sandbox.expectRefusedUnchanged(["log", "1", "--summary", "x", option, value], exit: .usage,
                                           mentioning: [option, "'\(value)'", valid])
    }

    @Test(arguments: ["0", "6", "-1"])
    func refusesARatingOutOfRange(_ rating: String) throws {
        try sandbox.expectRefusedUnchanged("log", "1", "--summary", "x", "--rating=\(rating)", exit: .usage,
                                           mentioning: ["--rating", rating, "1–5"])
    }

    @Test(arguments: ["2026-02-30", "31/06/2026", "last week", "2026-6-1"])
    func refusesAnUnparsableDate(_ date: String) throws {
        try sandbox.expectRefusedUnchanged("log", "1", "--summary", "x", "--date", date, exit: .validation,
                                           mentioning: ["--date", "'\(date)'", "YYYY-MM-DD"])
    }

    @Test func refusesAFutureDateUnlessAllowed() throws {
        try sandbox.expectRefusedUnchanged("log", "1", "--summary", "Planned lunch", "--date", "2026-06-20", exit: .validation,
                                           mentioning: ["2026-06-20", "future", "--allow-future"])
        try sandbox.expectRefusedUnchanged("log", "1", "--summary", "Planned lunch", "--date", "tomorrow", exit: .validation,
                                           mentioning: ["2026-06-02", "future"])
        let result = try sandbox.rapport("log", "1", "--summary", "Planned lunch", "--date", "2026-06-20", "--allow-future")
        expectSuccess(result)
        #expect(result.stdout.contains("(2026-06-20, email →)"))
        #expect(try exchanges().map { $0["day"] as Int } == [20624])
    }

    @Test(arguments: [["--follow-up-on", "2026-06-10"], ["--follow-up", "send the deck"]])
    func refusesHalfAFollowUp(_ half: [String]) throws {
        try sandbox.expectRefusedUnchanged(["log", "1", "--summary", "x"] + half, exit: .usage,
                                           mentioning: ["--follow-up-on", "--follow-up TEXT"])
    }

    @Test func refusesAnEmptyFollowUpText() throws {
        try sandbox.expectRefusedUnchanged("log", "1", "--summary", "x", "--follow-up-on", "2026-06-10", "--follow-up", " ",
                                           exit: .validation, mentioning: ["follow-up", "text"])
    }

    @Test func refusesAnUnparsableFollowUpDate() throws {
        try sandbox.expectRefusedUnchanged("log", "1", "--summary", "x", "--follow-up-on", "soonish", "--follow-up", "call",
                                           exit: .validation, mentioning: ["--follow-up-on", "'soonish'"])
    }

    @Test func refusesAnEmptySummary() throws {
        try sandbox.expectRefusedUnchanged("log", "1", "--summary", "   ", exit: .validation, mentioning: ["summary", "empty"])
    }

    @Test func refusesAMissingSummary() throws {
        try sandbox.expectRefusedUnchanged("log", "1", exit: .usage, mentioning: ["--summary"])
    }

    @Test func refusesAnUnknownContact() throws {
        try sandbox.expectRefusedUnchanged("log", "Zorro", "--summary", "x", exit: .failure,
                                           mentioning: ["no contact matches 'Zorro'"])
        try sandbox.expectRefusedUnchanged("log", "42", "--summary", "x", exit: .failure, mentioning: ["no contact with id 42"])
    }

    @Test func refusesAnAmbiguousContactListingTheCandidates() throws {
        try sandbox.add("Camille Martin", "--outlet", "Libération")
        try sandbox.expectRefusedUnchanged("log", "camille", "--summary", "x", exit: .failure, mentioning: [
            "'camille'", "#1 Camille Lefèvre (Le Monde)", "#3 Camille Martin (Libération)",
        ])
    }
}

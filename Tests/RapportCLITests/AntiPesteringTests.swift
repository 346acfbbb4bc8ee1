import Foundation
import GRDB
import Testing

/// `rapport log` warns, but still saves, when we ask again too soon or
/// write to someone who asked not to be contacted.
struct AntiPesteringTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", today: "2026-01-10")
    }

    private func exchangeCount() throws -> Int {
        try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange") ?? -1 }
    }

    @Test func askingTwiceWithinFourteenDaysWithNothingGivenWarnsAndSaves() throws {
        try sandbox.log("1", "Pitched the launch", "--intent", "asked", "--date", "2026-05-25")
        let result = try sandbox.rapport("log", "1", "--summary", "Pitched the launch again", "--intent", "asked")
        #expect(result.succeeded, "\(result)")
        #expect(result.stdout.hasPrefix("Logged exchange #2 with Camille Lefèvre"), "saved anyway\n\(result)")
        #expect(result.warnings.count == 1, "\(result)")
        let warning = try #require(result.warnings.first)
        #expect(warning.contains("Camille Lefèvre"))
        #expect(warning.contains("7 days ago"))
        #expect(warning.contains("2026-05-25"))
        #expect(result.stderrLines.count == 1, "only the warning on stderr\n\(result)")
        #expect(try exchangeCount() == 2)
    }

    @Test func theWarningIsInTheJSONToo() throws {
        try sandbox.log("1", "Pitched the launch", "--intent", "asked", "--date", "yesterday")
        let result = try sandbox.rapport("log", "1", "--summary", "Pitched again", "--intent", "asked", "--json")
        #expect(result.succeeded, "\(result)")
        let json = try JSONValue.parse(result.stdout)
        let warnings = try #require(json["warnings"]?.array)
        #expect(warnings.count == 1)
        #expect(warnings.first?.string?.contains("yesterday") == true, "\(warnings)")
        #expect(result.warnings.count == 1, "also on stderr\n\(result)")
    }

    @Test func givingInBetweenMeansNoWarning() throws {
        try sandbox.log("1", "Pitched the launch", "--intent", "asked", "--date", "2026-05-25")
        try sandbox.log("1", "Sent her exclusive data", "--intent", "gave", "--date", "2026-05-28")
        let result = try sandbox.rapport("log", "1", "--summary", "Pitched the follow-up", "--intent", "asked")
        expectSuccess(result)
        #expect(try exchangeCount() == 3)
    }

    @Test func anAskOlderThanFourteenDaysDoesNotWarn() throws {
        try sandbox.log("1", "Pitched the launch", "--intent", "asked", "--date", "2026-05-17")
        let result = try sandbox.rapport("log", "1", "--summary", "Pitched something else", "--intent", "asked")
        expectSuccess(result)
    }

    @Test func anInboundAskDoesNotWarn() throws {
        try sandbox.log("1", "Pitched the launch", "--intent", "asked", "--date", "2026-05-30")
        let result = try sandbox.rapport("log", "1", "--summary", "She asked for a quote", "--intent", "asked", "--direction", "in")
        expectSuccess(result)
    }

    @Test func writingToADoNotContactPersonWarnsAndSaves() throws {
        expectSuccess(try sandbox.rapport("edit", "1", "--do-not-contact", "true"))
        let result = try sandbox.rapport("log", "1", "--summary", "Sent the newsletter by mistake")
        #expect(result.succeeded, "\(result)")
        #expect(result.stdout.hasPrefix("Logged exchange #1 with Camille Lefèvre"), "\(result)")
        #expect(result.warnings.count == 1, "\(result)")
        #expect(result.warnings.first?.contains("do-not-contact") == true, "\(result)")
        #expect(result.warnings.first?.contains("Camille Lefèvre") == true, "\(result)")
        #expect(try exchangeCount() == 1)

        // When they write to us, there is nothing to warn about.
        expectSuccess(try sandbox.rapport("log", "1", "--summary", "She wrote back", "--direction", "in"))
        #expect(try exchangeCount() == 2)
    }
}

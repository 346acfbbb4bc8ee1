import Foundation
import Testing

/// `rapport search`: accent- and case-insensitive prefix search over
/// contacts and exchange summaries, saying which contact and field matched.
struct SearchCommandTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", "--tag", "ornithologie",
                        "--email", "camille@lemonde.example", "--twitter", "@camillelfv")
        try sandbox.add("Paul Durand", "--outlet", "Libération", "--title", "Chef du service économie")
        try sandbox.log("durand", "Discussed the zeppelin biography", "--date", "2026-05-12")
    }

    private func hits(_ query: String) throws -> [JSONValue] {
        let result = try sandbox.run(["search", query, "--json", "--db", sandbox.db])
        expectSuccess(result)
        return try #require(try JSONValue.parse(result.stdout).array)
    }

    /// (contact id, field) of each hit.
    private func matches(_ query: String) throws -> [String] {
        try hits(query).map { "\($0["contact"]?["id"]?.int ?? -1) \($0["field"]?.string ?? "?")" }
    }

    @Test func ignoresAccentsAndCase() throws {
        #expect(try matches("lefevre") == ["1 name"])
        #expect(try matches("LEFÈVRE") == ["1 name"])
        #expect(try matches("liberation") == ["2 outlet"])
        #expect(try matches("economie") == ["2 title"])
    }

    @Test func matchesWordPrefixes() throws {
        #expect(try matches("lef") == ["1 name"])
        #expect(try matches("dur") == ["2 name"])
    }

    @Test func findsExchangeSummariesWithTheirDay() throws {
        let found = try hits("zeppelin")
        #expect(found.count == 1)
        let hit = try #require(found.first)
        #expect(hit["contact"]?["id"]?.int == 2)
        #expect(hit["contact"]?["name"]?.string == "Paul Durand")
        #expect(hit["field"]?.string == "exchange")
        #expect(hit["exchangeId"]?.int == 1)
        #expect(hit["date"]?.string == "2026-05-12")
        #expect(hit["snippet"]?.string == "Discussed the [zeppelin] biography")
    }

    @Test func findsTagsAndHandles() throws {
        #expect(try matches("ornitho") == ["1 tags"])
        #expect(try matches("camillelfv") == ["1 handles"])
    }

    @Test
    func searchingAnEmailReportsTheHandle() throws {
        let found = try hits("camille@lemonde.example")
        #expect(found.count == 1)
        #expect(found.first?["field"]?.string == "handles", "\(found)")
        #expect(found.first?["snippet"]?.string?.contains("lemonde") == true, "\(found)")
    }

    @Test func textOutputSaysWhichContactAndWhichField() throws {
        try sandbox.log("lefevre", "Talked ornithology books", "--date", "2026-05-20")
        let result = try sandbox.expectUnchanged { try sandbox.rapport("search", "ornith") }
        expectSuccess(result)
        let lines = result.stdoutLines
        #expect(lines.count == 2, "\(result)")
        // Contact fields first, then exchanges (newest first).
        #expect(lines.first?.contains("Camille Lefèvre") == true && lines.first?.contains("tags") == true, "\(result)")
        #expect(lines.first?.contains("[ornithologie]") == true, "\(result)")
        #expect(lines.last?.contains("Camille Lefèvre") == true && lines.last?.contains("exchange 2026-05-20") == true, "\(result)")
        #expect(lines.last?.contains("Talked [ornithology] books") == true, "\(result)")
    }

    @Test func saysWhenNothingMatches() throws {
        let result = try sandbox.rapport("search", "quokka")
        expectSuccess(result)
        #expect(result.stdout == "Nothing matches 'quokka'.\n")
        #expect(try hits("quokka").isEmpty)
    }

    @Test func queryPunctuationIsNotAnError() throws {
        for query in ["\"", "lef*", "(", "AND", "NEAR(", "-", "'"] {
            let result = try sandbox.run(["search", query, "--json", "--db", sandbox.db])
            #expect(result.succeeded, "\(result)")
        }
    }

    @Test func refusesABadLimit() throws {
        try sandbox.expectRefusedUnchanged("search", "lef", "--limit", "0", exit: .usage, mentioning: ["--limit"])
    }

    @Test func honoursTheLimit() throws {
        try sandbox.add("Lea Lefort")
        #expect(try matches("lef").count == 2)
        let result = try sandbox.rapport("search", "lef", "--limit", "1", "--json")
        #expect(try JSONValue.parse(result.stdout).array?.count == 1)
    }
}

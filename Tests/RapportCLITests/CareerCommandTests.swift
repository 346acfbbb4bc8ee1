import Foundation
import GRDB
import Testing

/// The career timeline and introductions on the real binary: `edit`
/// records moves, `--introduced-by` on `add` and `edit`, `show` (text and
/// JSON), `search` "ex-…", the review's reason, and `forget`.
struct CareerCommandTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Libération", "--email", "camille@example.org", today: "2026-01-10")
        try sandbox.add("Paul Durand", "--outlet", "Les Échos", today: "2026-01-10")
    }

    @Test func editingTheOutletKeepsThePreviousOneAndShowSaysSo() throws {
        expectSuccess(try sandbox.rapport("edit", "lefevre", "--outlet", "Le Monde", today: "2026-03-05"))
        let show = try sandbox.rapport("show", "lefevre", today: "2026-03-20")
        expectSuccess(show)
        #expect(show.stdout.contains("  at Le Monde since 03/2026 · before: Libération –2026\n"))
        let json = try JSONValue.parse(try sandbox.rapport("show", "1", "--json", today: "2026-03-20").stdout)
        #expect(json["positionSince"]?.string == "2026-03-05")
        let position = try #require(json["positions"]?[0])
        #expect(position["outlet"]?.string == "Libération" && position["title"]?.string == "")
        #expect(position["from"]?.isNull == true && position["to"]?.string == "2026-03-05")
        #expect(json["introducedBy"]?.isNull == true && json["introduced"]?.array?.isEmpty == true)
        let rows = try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM position") }
        #expect(rows == 1)
    }

    @Test func searchFindsAPastOutletMarkedAsPast() throws {
        expectSuccess(try sandbox.rapport("edit", "lefevre", "--outlet", "Le Monde", today: "2026-03-05"))
        let search = try sandbox.rapport("search", "libération")
        expectSuccess(search)
        #expect(search.stdout.contains("ex-[Libération]"))
        #expect(search.stdout.contains("Camille Lefèvre"))
        let json = try JSONValue.parse(try sandbox.rapport("search", "liberation", "--json").stdout)
        #expect(json[0]?["field"]?.string == "pastOutlet")
    }

    @Test func theReviewMentionsARecentMove() throws {
        expectSuccess(try sandbox.rapport("edit", "lefevre", "--outlet", "Le Monde", today: "2026-05-20"))
        let review = try sandbox.rapport("review", today: "2026-06-01")
        expectSuccess(review)
        #expect(review.stdout.contains("moved to Le Monde 12 days ago, not contacted since"))
        let json = try JSONValue.parse(try sandbox.rapport("review", "--json", today: "2026-06-01").stdout)
        let reasons = json.array?.compactMap { $0["reasons"]?.array }.flatMap { $0 } ?? []
        #expect(reasons.contains { $0["kind"]?.string == "recentMove" && $0["daysSince"]?.int == 12 })
    }

    @Test func introducedByLinksBothWaysOnAddAndEdit() throws {
        expectSuccess(try sandbox.rapport("add", "Zoé Martin", "--introduced-by", "lefevre"))
        expectSuccess(try sandbox.rapport("edit", "durand", "--introduced-by", "camille@example.org"))
        let show = try sandbox.rapport("show", "lefevre")
        expectSuccess(show)
        #expect(show.stdout.contains("  Introduced: Paul Durand (#2), Zoé Martin (#3)\n"))
        #expect(try sandbox.rapport("show", "zoé").stdout.contains("  Introduced by Camille Lefèvre (#1)\n"))
        let json = try JSONValue.parse(try sandbox.rapport("show", "1", "--json").stdout)
        #expect(json["introduced"]?.array?.compactMap { $0["name"]?.string } == ["Paul Durand", "Zoé Martin"])
        let zoe = try JSONValue.parse(try sandbox.rapport("show", "3", "--json").stdout)
        #expect(zoe["introducedBy"]?["id"]?.int == 1)
        expectSuccess(try sandbox.rapport("edit", "durand", "--no-introducer"))
        #expect(try sandbox.rapport("show", "durand").stdout.contains("Introduced by") == false)
    }

    @Test func selfAndTwoWayIntroductionsAndUnknownContactsAreRefused() throws {
        expectSuccess(try sandbox.rapport("edit", "durand", "--introduced-by", "lefevre"))
        try sandbox.expectRefusedUnchanged("edit", "lefevre", "--introduced-by", "lefevre", exit: .failure,
                                           mentioning: ["cannot have introduced themselves"])
        try sandbox.expectRefusedUnchanged("edit", "lefevre", "--introduced-by", "durand", "--outlet", "Le Monde", exit: .failure,
                                           mentioning: ["Paul Durand was introduced by Camille Lefèvre"])
        try sandbox.expectRefusedUnchanged("edit", "lefevre", "--introduced-by", "nobody", exit: .failure, mentioning: ["nobody"])
        try sandbox.expectRefusedUnchanged("add", "Eve", "--introduced-by", "nobody", exit: .failure, mentioning: ["nobody"])
        let both = try sandbox.rapport("edit", "lefevre", "--introduced-by", "durand", "--no-introducer")
        expectRefused(both, .usage, mentioning: ["--no-introducer"])
    }

    @Test func forgetSaysWhichIntroductionsItUnlinksAndLeavesTheOthers() throws {
        expectSuccess(try sandbox.rapport("edit", "durand", "--introduced-by", "lefevre"))
        let preview = try sandbox.rapport("forget", "lefevre")
        expectRefused(preview, .failure, mentioning: ["unlink 1 introduction: Paul Durand"])
        expectSuccess(try sandbox.rapport("forget", "lefevre", "--yes"))
        let json = try JSONValue.parse(try sandbox.rapport("show", "durand", "--json").stdout)
        #expect(json["introducedBy"]?.isNull == true)
        #expect(json["name"]?.string == "Paul Durand")
    }
}

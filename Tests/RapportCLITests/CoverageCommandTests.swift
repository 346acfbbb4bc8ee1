import Foundation
import GRDB
import Testing

/// `rapport coverage add|list|edit|delete` on the real binary, and
/// coverage in `show`.
struct CoverageCommandTests {
    let sandbox = Sandbox()
    static let today = "2026-06-01"
    static let coverageShape: [String: JSONKind] = [
        "id": .int, "author": .nullable(.string), "contactId": .int, "contactName": .string, "date": .date,
        "title": .string, "url": .string, "outlet": .string, "exchangeId": .nullable(.int), "project": .nullable(.string),
        "note": .string,
    ]

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", today: "2026-01-10")
        try sandbox.add("Paul Durand", "--outlet", "Libération", today: "2026-01-10")
        try sandbox.log("lefevre", "Sent the embargoed study", "--intent", "gave", "--date", "2026-05-01", today: Self.today)
        try sandbox.log("durand", "Hello from the fair", "--channel", "event", "--date", "2026-05-20", today: Self.today)
    }

    private func run(_ arguments: String...) throws -> CLIResult {
        try sandbox.run(arguments + ["--db", sandbox.db], today: Self.today)
    }

    private func json(_ arguments: String...) throws -> JSONValue {
        let result = try sandbox.run(arguments + ["--json", "--db", sandbox.db], today: Self.today)
        expectSuccess(result)
        return try JSONValue.parse(result.stdout)
    }

    private func warmthBase(_ contactId: Int64) throws -> Double? {
        try sandbox.read { db in try Double.fetchOne(db, sql: "SELECT warmth_base FROM contact WHERE id = ?", arguments: [contactId]) }
    }

    @Test func addDefaultsToTodayAndTheContactsOutletAndWarmsTheContact() throws {
        let before = try #require(try warmthBase(1))
        let result = try run("coverage", "add", "lefevre", "--title", "L'étude qui dérange", "--url", "https://lemonde.example/etude",
                             "--exchange", "#1", "--project", "Lancement Atlas")
        expectSuccess(result)
        #expect(result.stdoutLines == ["Recorded coverage #1 from Camille Lefèvre (2026-06-01: L'étude qui dérange)"])
        let row = try #require(try sandbox.read { db in try Row.fetchOne(db, sql: "SELECT * FROM coverage WHERE id = 1") })
        #expect(row["outlet"] as String == "Le Monde")
        #expect(row["exchange_id"] as Int64? == 1)
        #expect(try warmthBase(1) ?? 0 > before)
        let listed = try json("coverage", "list", "lefevre")
        let first = try #require(listed.array?.first)
        expectShape(first, Self.coverageShape, "coverage list[0]")
        #expect(first["date"]?.string == "2026-06-01" && first["project"]?.string == "Lancement Atlas")
        #expect(first["contactName"]?.string == "Camille Lefèvre" && first["exchangeId"]?.int == 1)
    }

    @Test func addJSONIsTheCoverageAndTheContactRow() throws {
        let value = try json("coverage", "add", "durand", "--title", "Le salon vu de près", "--date", "2026-05-25",
                             "--outlet", "Libé Week-end", "--note", "page 4")
        expectShape(value, ["coverage": .object, "contact": .object], "coverage add")
        expectShape(value["coverage"], Self.coverageShape, "coverage add.coverage")
        Shapes.expectContactRow(value["contact"], "coverage add.contact")
        #expect(value["coverage"]?["outlet"]?.string == "Libé Week-end")
        #expect(value["coverage"]?["exchangeId"] == .null)
    }

    @Test func listFiltersByContactProjectAndSinceNewestFirst() throws {
        expectSuccess(try run("coverage", "add", "lefevre", "--title", "A", "--date", "2026-03-01", "--project", "Atlas"))
        expectSuccess(try run("coverage", "add", "durand", "--title", "B", "--date", "2026-05-01"))
        expectSuccess(try run("coverage", "add", "lefevre", "--title", "C", "--date", "2026-05-15", "--project", "atlas"))
        func titles(_ arguments: String...) throws -> [String] {
            let result = try sandbox.run(["coverage", "list"] + arguments + ["--json", "--db", sandbox.db], today: Self.today)
            expectSuccess(result)
            return try JSONValue.parse(result.stdout).array?.compactMap { $0["title"]?.string } ?? []
        }
        #expect(try titles() == ["C", "B", "A"])
        #expect(try titles("lefevre") == ["C", "A"])
        #expect(try titles("--project", "ATLAS") == ["C", "A"])
        #expect(try titles("--project", "nothing like it") == [])
        #expect(try titles("--since", "2026-04-01") == ["C", "B"])
        let text = try run("coverage", "list")
        expectSuccess(text)
        #expect(text.stdoutLines.first?.hasPrefix("ID") == true)
        #expect(text.stdoutLines.count == 4)
    }

    @Test func editChangesOnlyTheFieldsGivenAndDeleteAsksForYes() throws {
        expectSuccess(try run("coverage", "add", "lefevre", "--title", "First", "--exchange", "1", "--project", "Atlas",
                              "--url", "https://a.example"))
        let edited = try json("coverage", "edit", "1", "--title", "Second", "--exchange", "none", "--project", "")
        #expect(edited["coverage"]?["title"]?.string == "Second")
        #expect(edited["coverage"]?["exchangeId"] == .null && edited["coverage"]?["project"] == .null)
        #expect(edited["coverage"]?["url"]?.string == "https://a.example")
        try sandbox.expectRefusedUnchanged("coverage", "delete", "1", today: Self.today, exit: .usage,
                                           mentioning: ["would delete coverage #1", "--yes"])
        let deleted = try run("coverage", "delete", "1", "--yes")
        expectSuccess(deleted)
        #expect(deleted.stdoutLines == ["Deleted coverage #1 from Camille Lefèvre (2026-06-01: Second)"])
        #expect(try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM coverage") } == 0)
    }

    @Test func badCoverageIsRefusedInOneLineAndNothingChanges() throws {
        let cases: [([String], ExpectedExit, [String])] = [
            (["coverage", "add", "lefevre", "--title", "  "], .validation, ["title is empty"]),
            (["coverage", "add", "lefevre", "--title", "T", "--url", "ftp://x.example"], .validation, ["http"]),
            (["coverage", "add", "lefevre", "--title", "T", "--date", "2026-07-01"], .validation, ["future"]),
            (["coverage", "add", "lefevre", "--title", "T", "--exchange", "2"], .validation, ["not one of Camille Lefèvre's exchanges"]),
            (["coverage", "add", "lefevre", "--title", "T", "--exchange", "99"], .failure, ["no exchange with id 99"]),
            (["coverage", "add", "lefevre", "--title", "T", "--exchange", "x"], .usage, ["not an exchange id"]),
            (["coverage", "add", "nobody at all", "--title", "T"], .failure, []),
            (["coverage", "add", "lefevre"], .usage, ["--title"]),
            (["coverage", "edit", "7", "--title", "T"], .failure, ["no coverage with id 7"]),
            (["coverage", "edit", "1"], .usage, ["nothing to change"]),
            (["coverage", "delete", "abc", "--yes"], .usage, ["not a coverage id"]),
        ]
        for (arguments, exit, fragments) in cases {
            try sandbox.expectRefusedUnchanged(arguments, today: Self.today, exit: exit, mentioning: fragments)
        }
    }

    @Test func showListsTheCoverageAndCountsItAsTheyGave() throws {
        expectSuccess(try run("coverage", "add", "lefevre", "--title", "Older piece", "--date", "2026-05-10"))
        expectSuccess(try run("coverage", "add", "lefevre", "--title", "Newer \u{1B}[31mpiece", "--url", "https://lemonde.example/n",
                              "--exchange", "1"))
        let value = try json("show", "lefevre")
        Shapes.expectContact(value, "show")
        let coverage = try #require(value["coverage"]?.array)
        #expect(coverage.count == 2)
        #expect(coverage.first?["date"]?.string == "2026-06-01")
        for item in coverage { expectShape(item, Self.coverageShape, "show.coverage[]") }
        #expect(value["reciprocity"]?["theyGave"]?.int == 2)
        #expect(value["warmth"]?["explanation"]?.string?.contains("they gave 2 (coverage)") == true)
        let text = try run("show", "lefevre")
        expectSuccess(text)
        #expect(text.stdoutLines.contains("Coverage (2)"))
        #expect(text.stdoutLines.contains { $0.contains("Older piece") && $0.contains("— Le Monde") })
        #expect(!text.stdout.contains("\u{1B}"))
        #expect(text.stdoutLines.contains { $0.hasPrefix("  Reciprocity: gave 1 / asked 0, they gave 2 (coverage)") })
        let list = try json("add", "Zoé Nouvelle")
        #expect(list["coverage"] == nil)
    }
}

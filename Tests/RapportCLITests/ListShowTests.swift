import Foundation
import GRDB
import Testing

/// `rapport list` and `rapport show`.
struct ListShowTests {
    let sandbox = Sandbox()

    /// Three people: Camille (A, talked today), Paul (B, due), Zoé (C, archived).
    private func seed() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", "--tier", "A", "--tag", "climat",
                        "--email", "camille@lemonde.example", "--twitter", "@camillelfv", today: "2026-01-10")
        try sandbox.add("Paul Durand", "--outlet", "Libération", "--role", "expert", "--tag", "énergie", today: "2026-01-10")
        try sandbox.add("Zoé Roux", "--role", "blogger", "--tier", "C", "--tag", "climat", today: "2026-01-10")
        try sandbox.log("lefevre", "Coffee at the press club", "--channel", "meeting", "--rating", "5")
        try sandbox.log("durand", "Phone interview", "--channel", "phone", "--date", "2026-03-01")
        expectSuccess(try sandbox.rapport("archive", "roux"))
    }

    private func listedNames(_ arguments: String...) throws -> [String] {
        let result = try sandbox.run(["list"] + arguments + ["--json", "--db", sandbox.db])
        expectSuccess(result)
        return try #require(try JSONValue.parse(result.stdout).array).compactMap { $0["name"]?.string }
    }

    @Test func listsContactsAsATable() throws {
        try seed()
        let result = try sandbox.rapport("list")
        expectSuccess(result)
        let lines = result.stdoutLines
        #expect(lines.count == 3, "header + 2 active contacts\n\(result)")
        #expect(lines.first?.hasPrefix("ID") == true)
        for column in ["NAME", "OUTLET", "ROLE", "TIER", "LAST", "WARMTH"] {
            #expect(lines.first?.contains(column) == true, "\(column)")
        }
        let camille = try #require(lines.first { $0.contains("Camille Lefèvre") })
        #expect(camille.contains("Le Monde") && camille.contains("journalist") && camille.contains("today"))
        let paul = try #require(lines.first { $0.contains("Paul Durand") })
        #expect(paul.contains("expert") && paul.contains("92d") && paul.contains("due"), "\(paul)")
        #expect(!result.stdout.contains("Zoé Roux"), "archived contacts are hidden")
    }

    @Test func includesArchivedOnRequest() throws {
        try seed()
        let result = try sandbox.rapport("list", "--include-archived")
        expectSuccess(result)
        #expect(result.stdout.contains("Zoé Roux (archived)"))
        #expect(try listedNames("--include-archived") == ["Camille Lefèvre", "Paul Durand", "Zoé Roux"])
    }

    @Test func filtersByRoleTagAndTier() throws {
        try seed()
        #expect(try listedNames("--role", "expert") == ["Paul Durand"])
        #expect(try listedNames("--tag", "CLIMAT") == ["Camille Lefèvre"])
        #expect(try listedNames("--tag", "climat", "--include-archived") == ["Camille Lefèvre", "Zoé Roux"])
        #expect(try listedNames("--tier", "a") == ["Camille Lefèvre"])
        #expect(try listedNames("--tier", "C") == [])
    }

    @Test func sortsAndLimits() throws {
        try seed()
        try sandbox.add("Ana Bellamy", today: "2026-01-10")
        #expect(try listedNames() == ["Ana Bellamy", "Camille Lefèvre", "Paul Durand"])
        #expect(try listedNames("--sort", "last") == ["Camille Lefèvre", "Paul Durand", "Ana Bellamy"])
        // Ana: never contacted for 142 days on 60 → ratio 2.37 × 1.2; Paul 92/60 × 1.2; Camille 0.
        #expect(try listedNames("--sort", "due") == ["Ana Bellamy", "Paul Durand", "Camille Lefèvre"])
        #expect(try listedNames("--sort", "warmth").last == "Ana Bellamy")
        #expect(try listedNames("--limit", "2") == ["Ana Bellamy", "Camille Lefèvre"])
    }

    @Test func saysSoWhenThereIsNothingToList() throws {
        _ = FileManager.default.createFile(atPath: sandbox.db, contents: Data())
        let empty = try sandbox.rapport("list")
        expectSuccess(empty)
        #expect(empty.stdout.hasPrefix("No contacts yet."))
        try seed()
        let none = try sandbox.rapport("list", "--tag", "sport")
        expectSuccess(none)
        #expect(none.stdout == "No contact matches.\n")
    }

    @Test func listRefusesBadValues() throws {
        try seed()
        try sandbox.expectRefusedUnchanged("list", "--sort", "age", exit: .usage, mentioning: ["age", "name, last, warmth, due"])
        try sandbox.expectRefusedUnchanged("list", "--role", "pilot", exit: .usage,
                                           mentioning: ["pilot", "journalist, blogger, expert, influencer, partner, provider, other"])
        try sandbox.expectRefusedUnchanged("list", "--tier", "S", exit: .usage, mentioning: ["'S'", "A, B, C"])
        try sandbox.expectRefusedUnchanged("list", "--limit", "0", exit: .usage, mentioning: ["--limit"])
    }

    @Test func listDoesNotChangeTheDatabase() throws {
        try seed()
        let result = try sandbox.expectUnchanged { try sandbox.rapport("list", "--sort", "due") }
        expectSuccess(result)
    }

    /// `list` reads cached figures, `show` recomputes them from every
    /// exchange: they must agree, and `review` must list exactly the due ones.
    @Test func listShowAndReviewAgreeOnEveryDemoContact() throws {
        expectSuccess(try sandbox.rapport("demo", "--contacts", "15", "--exchanges", "120", "--seed", "3"))
        let list = try sandbox.rapport("list", "--include-archived", "--json")
        let rows = try #require(try JSONValue.parse(list.stdout).array)
        #expect(rows.count == 15)
        for row in rows {
            let id = try #require(row["id"]?.int)
            let show = try JSONValue.parse(try sandbox.rapport("show", "\(id)", "--json").stdout)
            for key in ["name", "outlet", "role", "tier", "lastExchange", "daysSinceLast", "archived", "due"] {
                #expect(row[key] == show[key], "#\(id) \(key): list \(row[key].map(\.description) ?? "-"), show \(show[key].map(\.description) ?? "-")")
            }
            #expect(row["warmth"]?["value"] == show["warmth"]?["value"], "#\(id) warmth")
            #expect(row["warmth"]?["label"] == show["warmth"]?["label"], "#\(id) warmth label")
        }
        let review = try #require(try JSONValue.parse(try sandbox.rapport("review", "--json").stdout).array)
        let reviewed = Set(review.compactMap { $0["contact"]?["id"]?.int })
        let dueAndActive = Set(rows.filter { $0["due"]?["isDue"]?.bool == true && $0["archived"]?.bool == false }.compactMap { $0["id"]?.int })
        // Review also lists follow-ups due, and skips snoozed and do-not-contact people.
        #expect(!reviewed.isEmpty)
        for id in reviewed {
            let entry = review.first { $0["contact"]?["id"]?.int == id }
            let hasFollowUp = entry?["reasons"]?.array?.contains { $0["kind"]?.string == "followUpDue" } ?? false
            #expect(dueAndActive.contains(id) || hasFollowUp, "#\(id) is in the review but neither due nor with a follow-up")
        }
    }

    @Test func showsEverythingAboutAContact() throws {
        try seed()
        try sandbox.log("lefevre", "Sent the study", "--intent", "gave", "--date", "2026-05-20", "--channel", "email",
                        "--follow-up-on", "2026-06-10", "--follow-up", "send the charts")
        let result = try sandbox.expectUnchanged { try sandbox.rapport("show", "lefevre") }
        expectSuccess(result)
        let text = result.stdout
        #expect(text.hasPrefix("#1 Camille Lefèvre\n"), "\(text)")
        for fragment in [
            "Journalist — Le Monde", "Stage new, tier A, cadence 30 days", "Warmth ", "Reciprocity: gave 1 / asked 0",
            "Email: camille@lemonde.example", "Twitter: @camillelfv", "Tags: climat", "Exchanges (2)",
            "2026-06-01  meeting →  Coffee at the press club  ★5", "2026-05-20  email →  Sent the study  [gave]",
            "follow-up 2026-06-10: send the charts",
        ] {
            #expect(text.contains(fragment), "show should contain \(fragment.debugDescription)\n\(text)")
        }
        // Newest exchange first.
        let coffee = try #require(text.range(of: "Coffee at the press club"))
        let study = try #require(text.range(of: "Sent the study"))
        #expect(coffee.lowerBound < study.lowerBound)
    }

    @Test func showMarksArchivedDoNotContactSnoozedAndDue() throws {
        try seed()
        expectSuccess(try sandbox.rapport("edit", "roux", "--do-not-contact", "true"))
        expectSuccess(try sandbox.rapport("snooze", "durand", "2026-07-01"))
        let roux = try sandbox.rapport("show", "roux")
        expectSuccess(roux)
        #expect(roux.stdoutLines.first == "#3 Zoé Roux  [archived]  [do not contact]")
        let paul = try sandbox.rapport("show", "durand")
        #expect(paul.stdout.contains("Snoozed until 2026-07-01"))
        #expect(paul.stdout.contains("Due: 92 days since last, cadence 60"))
    }

    @Test func showRefusesUnknownAndAmbiguousContacts() throws {
        try seed()
        try sandbox.add("Camille Martin", "--outlet", "France Inter")
        try sandbox.expectRefusedUnchanged("show", "Nadia", exit: .failure, mentioning: ["no contact matches 'Nadia'"])
        try sandbox.expectRefusedUnchanged("show", "camille", exit: .failure,
                                           mentioning: ["#1 Camille Lefèvre (Le Monde)", "#4 Camille Martin (France Inter)"])
        try sandbox.expectRefusedUnchanged("show", exit: .usage, mentioning: ["<contact>"])
    }
}

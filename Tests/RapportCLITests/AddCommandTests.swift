import Foundation
import GRDB
import Testing

/// `rapport add`: what it prints, what it stores, and what it refuses.
struct AddCommandTests {
    let sandbox = Sandbox()

    @Test func addsAContactWithItsFieldsHandlesAndTags() throws {
        let result = try sandbox.rapport(
            "add", "Camille Lefèvre", "--role", "journalist", "--outlet", "Le Monde", "--title", "Science editor",
            "--tier", "A", "--stage", "engaged", "--cadence", "21", "--email", "camille@lemonde.example",
            "--twitter", "@camillelfv", "--tag", "climat", "--tag", "énergie", "--how-met", "COP29 press room",
            "--note", "Prefers email before 10am")
        expectSuccess(result)
        #expect(result.stdout == "Added #1 Camille Lefèvre (Le Monde)\n")

        let row = try #require(try sandbox.read { db in try Row.fetchOne(db, sql: "SELECT * FROM contact") })
        #expect(row["id"] as Int64 == 1)
        #expect(row["name"] as String == "Camille Lefèvre")
        #expect(row["role"] as String == "journalist")
        #expect(row["outlet"] as String == "Le Monde")
        #expect(row["title"] as String == "Science editor")
        #expect(row["tier"] as String == "A")
        #expect(row["stage"] as String == "engaged")
        #expect(row["cadence_override"] as Int? == 21)
        #expect(row["how_met"] as String == "COP29 press room")
        #expect(row["notes"] as String == "Prefers email before 10am")
        #expect(row["archived"] as Bool == false)
        #expect(row["do_not_contact"] as Bool == false)
        let handles = try sandbox.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, value FROM handle ORDER BY position").map { "\($0["kind"] as String) \($0["value"] as String)" }
        }
        #expect(handles == ["email camille@lemonde.example", "twitter @camillelfv"])
        let tags = try sandbox.read { db in
            try String.fetchAll(db, sql: "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id ORDER BY t.key")
        }
        #expect(tags == ["climat", "énergie"])
    }

    @Test func defaultsAreJournalistTierBStageNew() throws {
        let result = try sandbox.rapport("add", "Ada Blanc")
        expectSuccess(result)
        #expect(result.stdout == "Added #1 Ada Blanc\n", "no outlet: no parentheses")
        let row = try #require(try sandbox.read { db in try Row.fetchOne(db, sql: "SELECT role, tier, stage, cadence_override, created_day FROM contact") })
        #expect(row["role"] as String == "journalist")
        #expect(row["tier"] as String == "B")
        #expect(row["stage"] as String == "new")
        #expect(row["cadence_override"] as Int? == nil)
        // 2026-06-01 is day 20605 since 1970-01-01.
        #expect(row["created_day"] as Int == 20605)
    }

    @Test func namesAndValuesAreCaseInsensitive() throws {
        expectSuccess(try sandbox.rapport("add", "Bo Chen", "--role", "EXPERT", "--tier", "c", "--stage", "Trusted"))
        let row = try #require(try sandbox.read { db in try Row.fetchOne(db, sql: "SELECT role, tier, stage FROM contact") })
        #expect(row["role"] as String == "expert")
        #expect(row["tier"] as String == "C")
        #expect(row["stage"] as String == "trusted")
    }

    @Test func printsTheContactAsJSON() throws {
        let result = try sandbox.rapport("add", "Camille Lefèvre", "--outlet", "Le Monde", "--email", "camille@lemonde.example", "--json")
        expectSuccess(result)
        let json = try JSONValue.parse(result.stdout)
        #expect(json["id"]?.int == 1)
        #expect(json["name"]?.string == "Camille Lefèvre")
        #expect(json["outlet"]?.string == "Le Monde")
        #expect(json["handles"]?[0]?["value"]?.string == "camille@lemonde.example")
        #expect(json["exchanges"] == .null, "add does not list exchanges")
    }

    @Test(arguments: ["", "   ", "\t"])
    func refusesAnEmptyName(_ name: String) throws {
        try sandbox.add("Someone Else")
        try sandbox.expectRefusedUnchanged("add", name, exit: .validation, mentioning: ["name", "empty"])
    }

    @Test func refusesAnUnknownRoleListingTheValidOnes() throws {
        try sandbox.add("Someone Else")
        try sandbox.expectRefusedUnchanged("add", "Ada", "--role", "astronaut", exit: .usage, mentioning: [
            "astronaut", "journalist, blogger, expert, influencer, partner, provider, other",
        ])
    }

    @Test func refusesAnUnknownTierListingTheValidOnes() throws {
        try sandbox.add("Someone Else")
        try sandbox.expectRefusedUnchanged("add", "Ada", "--tier", "D", exit: .usage, mentioning: ["'D'", "A, B, C"])
    }

    @Test func refusesAnUnknownStageListingTheValidOnes() throws {
        try sandbox.add("Someone Else")
        try sandbox.expectRefusedUnchanged("add", "Ada", "--stage", "bff", exit: .usage,
                                           mentioning: ["bff", "new, acquainted, engaged, trusted, ally"])
    }

    @Test(arguments: ["0", "3651", "often"])
    func refusesABadCadence(_ cadence: String) throws {
        try sandbox.add("Someone Else")
        try sandbox.expectRefusedUnchanged("add", "Ada", "--cadence", cadence, exit: .validation,
                                           mentioning: ["--cadence", "'\(cadence)'", "1", "3650"])
    }

    @Test func refusesAMalformedEmail() throws {
        try sandbox.add("Someone Else")
        try sandbox.expectRefusedUnchanged("add", "Ada", "--email", "ada-at-example", exit: .validation,
                                           mentioning: ["--email", "ada-at-example", "not an email address"])
    }

    @Test func refusesAnEmailThatBelongsToSomeoneElseNamingTheOwner() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", "--email", "camille@lemonde.example")
        // The same address typed in another case is the same address.
        try sandbox.expectRefusedUnchanged(
            "add", "C. Lefèvre", "--email", "Camille@LeMonde.EXAMPLE", exit: .failure,
            mentioning: ["Camille@LeMonde.EXAMPLE", "#1 Camille Lefèvre (Le Monde)", "--allow-duplicate"])
    }

    @Test func acceptsASharedEmailWithAllowDuplicate() throws {
        try sandbox.add("Camille Lefèvre", "--email", "desk@lemonde.example")
        let result = try sandbox.rapport("add", "Paul Durand", "--email", "desk@lemonde.example", "--allow-duplicate")
        expectSuccess(result)
        #expect(result.stdout == "Added #2 Paul Durand\n")
        let owners = try sandbox.read { db in
            try Int64.fetchAll(db, sql: "SELECT contact_id FROM handle WHERE normalized = 'desk@lemonde.example' ORDER BY contact_id")
        }
        #expect(owners == [1, 2])
    }

    @Test func refusesAMissingNameArgument() throws {
        try sandbox.add("Someone Else")
        try sandbox.expectRefusedUnchanged("add", exit: .usage, mentioning: ["<name>"])
    }
}

import Foundation
import GRDB
import Testing

/// `rapport edit`: field changes, handle and tag changes, and refusals.
struct EditCommandTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", "--email", "camille@lemonde.example",
                        "--twitter", "@camillelfv", "--tag", "climat", "--tag", "énergie", today: "2026-01-10")
        try sandbox.add("Paul Durand", "--outlet", "Libération", "--email", "paul@liberation.example", today: "2026-01-10")
    }

    private func contact(_ id: Int64 = 1) throws -> Row {
        try #require(try sandbox.read { db in try Row.fetchOne(db, sql: "SELECT * FROM contact WHERE id = ?", arguments: [id]) })
    }

    private func handles(_ id: Int64 = 1) throws -> [String] {
        try sandbox.read { db in
            try String.fetchAll(db, sql: "SELECT kind || ' ' || value FROM handle WHERE contact_id = ? ORDER BY position, id", arguments: [id])
        }
    }

    private func tags(_ id: Int64 = 1) throws -> [String] {
        try sandbox.read { db in
            try String.fetchAll(db, sql: """
                SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id WHERE ct.contact_id = ? ORDER BY t.key
                """, arguments: [id])
        }
    }

    @Test func changesFieldsAndSaysWhichContact() throws {
        let result = try sandbox.rapport("edit", "lefevre", "--outlet", "Les Échos", "--title", "Editor", "--role", "expert",
                                         "--tier", "A", "--stage", "trusted", "--how-met", "Panel", "--note", "Call first")
        expectSuccess(result)
        #expect(result.stdout == "Updated #1 Camille Lefèvre\n")
        let row = try contact()
        #expect(row["outlet"] as String == "Les Échos")
        #expect(row["title"] as String == "Editor")
        #expect(row["role"] as String == "expert")
        #expect(row["tier"] as String == "A")
        #expect(row["stage"] as String == "trusted")
        #expect(row["how_met"] as String == "Panel")
        #expect(row["notes"] as String == "Call first")
        #expect(row["updated_day"] as Int == 20605, "updated today (2026-06-01)")
        #expect(row["created_day"] as Int != 20605, "created stays the day it was added")
        let paul = try contact(2)
        #expect(paul["outlet"] as String == "Libération", "other contacts untouched")
    }

    @Test func renames() throws {
        expectSuccess(try sandbox.rapport("edit", "1", "--name", "Camille Lefèvre-Roy"))
        #expect(try contact()["name"] as String == "Camille Lefèvre-Roy")
        // The new name resolves and is searchable.
        let show = try sandbox.rapport("show", "lefevre-roy")
        expectSuccess(show)
        #expect(show.stdout.hasPrefix("#1 Camille Lefèvre-Roy"))
    }

    @Test func setsAndClearsTheCadenceOverride() throws {
        expectSuccess(try sandbox.rapport("edit", "1", "--cadence", "14"))
        #expect(try contact()["cadence_override"] as Int? == 14)
        expectSuccess(try sandbox.rapport("edit", "1", "--cadence", "default"))
        #expect(try contact()["cadence_override"] as Int? == nil)
    }

    @Test func marksDoNotContactAndBack() throws {
        expectSuccess(try sandbox.rapport("edit", "1", "--do-not-contact", "true"))
        #expect(try contact()["do_not_contact"] as Bool == true)
        expectSuccess(try sandbox.rapport("edit", "1", "--do-not-contact", "false"))
        #expect(try contact()["do_not_contact"] as Bool == false)
    }

    @Test func addsAndRemovesTagsAndHandles() throws {
        let result = try sandbox.rapport("edit", "1", "--tag", "nucléaire", "--remove-tag", "CLIMAT",
                                         "--email", "c.lefevre@home.example", "--remove-handle", "@CamilleLfv")
        expectSuccess(result)
        #expect(try tags() == ["énergie", "nucléaire"])
        #expect(try handles() == ["email camille@lemonde.example", "email c.lefevre@home.example"])
        // A tag nobody uses any more is gone from the tag table.
        let orphan = try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tag WHERE key = 'climat'") }
        #expect(orphan == 0)
    }

    @Test func printsTheContactAsJSON() throws {
        let result = try sandbox.rapport("edit", "1", "--tier", "C", "--json")
        expectSuccess(result)
        let json = try JSONValue.parse(result.stdout)
        #expect(json["id"]?.int == 1)
        #expect(json["tier"]?.string == "C")
        #expect(json["cadence"]?.int == 120)
    }

    @Test func refusesNothingToChange() throws {
        try sandbox.expectRefusedUnchanged("edit", "1", exit: .validation, mentioning: ["nothing to change"])
    }

    @Test func refusesAnUnknownContact() throws {
        try sandbox.expectRefusedUnchanged("edit", "Nobody Atall", "--tier", "A", exit: .failure,
                                           mentioning: ["Nobody Atall", "no contact"])
    }

    @Test func refusesAnEmptyName() throws {
        try sandbox.expectRefusedUnchanged("edit", "1", "--name", "  ", exit: .validation, mentioning: ["name", "empty"])
    }

    @Test func refusesUnknownValuesListingTheValidOnes() throws {
        try sandbox.expectRefusedUnchanged("edit", "1", "--role", "spy", exit: .usage,
                                           mentioning: ["spy", "journalist, blogger, expert, influencer, partner, provider, other"])
        try sandbox.expectRefusedUnchanged("edit", "1", "--tier", "Z", exit: .usage, mentioning: ["'Z'", "A, B, C"])
        try sandbox.expectRefusedUnchanged("edit", "1", "--stage", "enemy", exit: .usage,
                                           mentioning: ["enemy", "new, acquainted, engaged, trusted, ally"])
        try sandbox.expectRefusedUnchanged("edit", "1", "--do-not-contact", "maybe", exit: .usage, mentioning: ["maybe"])
    }

    @Test func refusesRemovingATagTheContactDoesNotHave() throws {
        try sandbox.expectRefusedUnchanged("edit", "1", "--remove-tag", "sport", exit: .failure,
                                           mentioning: ["Camille Lefèvre", "no tag", "'sport'"])
    }

    @Test func refusesRemovingAHandleTheContactDoesNotHave() throws {
        // Paul's address exists, but not on Camille.
        try sandbox.expectRefusedUnchanged("edit", "1", "--remove-handle", "paul@liberation.example", exit: .failure,
                                           mentioning: ["Camille Lefèvre", "no handle", "'paul@liberation.example'"])
    }

    @Test func refusesAPartlyImpossibleChangeWhole() throws {
        // A valid change together with an impossible removal: nothing is saved.
        try sandbox.expectRefusedUnchanged("edit", "1", "--outlet", "Les Échos", "--remove-tag", "sport", exit: .failure,
                                           mentioning: ["'sport'"])
    }

    @Test func refusesAnEmailOfAnotherContactNamingTheOwner() throws {
        try sandbox.expectRefusedUnchanged("edit", "1", "--email", "PAUL@liberation.example", exit: .failure,
                                           mentioning: ["#2 Paul Durand (Libération)", "--allow-duplicate"])
    }

    @Test func acceptsASharedEmailWithAllowDuplicate() throws {
        expectSuccess(try sandbox.rapport("edit", "1", "--email", "paul@liberation.example", "--allow-duplicate"))
        #expect(try handles().contains("email paul@liberation.example"))
        #expect(try handles(2) == ["email paul@liberation.example"])
    }
}

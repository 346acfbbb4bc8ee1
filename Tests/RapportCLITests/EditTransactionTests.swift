import Foundation
import Testing

/// `edit` with `--introduced-by` and other fields is one transaction on
/// both engines: a refusal of the fields (a handle that belongs to someone
/// else) leaves the introduction unwritten too, and the other way round.
struct EditTransactionTests {
    let sandbox = Sandbox()

    @Test func onAFileARefusedFieldLeavesTheIntroductionUnwritten() throws {
        try sandbox.add("Camille Lefèvre", "--email", "camille@example.org")
        try sandbox.add("Paul Durand", "--outlet", "Les Échos")
        try sandbox.expectRefusedUnchanged("edit", "durand", "--introduced-by", "lefevre", "--email", "camille@example.org",
                                           exit: .failure, mentioning: ["camille@example.org"])
        let json = try JSONValue.parse(try sandbox.rapport("show", "durand", "--json").stdout)
        #expect(json["introducedBy"]?.isNull == true)
        expectSuccess(try sandbox.rapport("edit", "durand", "--introduced-by", "lefevre", "--outlet", "Le Monde"))
        let edited = try JSONValue.parse(try sandbox.rapport("show", "durand", "--json").stdout)
        #expect(edited["introducedBy"]?["name"]?.string == "Camille Lefèvre")
        #expect(edited["outlet"]?.string == "Le Monde")
    }

    @Test(.enabled(if: TeamCluster.adminURL != nil, "no PostgreSQL: RAPPORT_TEST_PG is unset"))
    func onATeamDatabaseARefusedFieldLeavesTheIntroductionUnwritten() throws {
        let team = try TeamDatabase()
        let url = try team.url()
        func rapport(_ arguments: String...) throws -> CLIResult { try sandbox.run(arguments + ["--db", url]) }
        expectSuccess(try rapport("team", "init"))
        expectSuccess(try rapport("add", "Camille Lefèvre", "--email", "camille@example.org"))
        expectSuccess(try rapport("add", "Paul Durand", "--outlet", "Les Échos"))
        let refused = try rapport("edit", "durand", "--introduced-by", "lefevre", "--email", "camille@example.org")
        expectRefused(refused, .failure, mentioning: ["camille@example.org"])
        #expect(try team.psql("SELECT count(*) FROM contact WHERE introduced_by IS NOT NULL") == "0")
        #expect(try team.psql("SELECT count(*) FROM handle") == "1")
        let json = try JSONValue.parse(try rapport("show", "durand", "--json").stdout)
        #expect(json["introducedBy"]?.isNull == true)
        // A refused introduction writes none of the fields either.
        expectRefused(try rapport("edit", "durand", "--introduced-by", "durand", "--outlet", "Le Monde"), .failure,
                      mentioning: ["cannot have introduced themselves"])
        #expect(try team.psql("SELECT outlet FROM contact WHERE name = 'Paul Durand'") == "Les Échos")
        expectSuccess(try rapport("edit", "durand", "--introduced-by", "lefevre", "--outlet", "Le Monde"))
        let edited = try JSONValue.parse(try rapport("show", "durand", "--json").stdout)
        #expect(edited["introducedBy"]?["name"]?.string == "Camille Lefèvre")
        #expect(edited["outlet"]?.string == "Le Monde")
    }
}

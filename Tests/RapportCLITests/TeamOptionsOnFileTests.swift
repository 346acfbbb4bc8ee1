import Foundation
import Testing

/// The team-mode options on a personal file: `--owner` and `--team` say in
/// one line that they need a team database; `--private` is accepted (a
/// personal file is its owner's alone) and stores nothing special; `show
/// --json` has `author` and `owner`, null. A PostgreSQL `--db` never
/// prints its password.
struct TeamOptionsOnFileTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", "--email", "camille@lemonde.example", today: "2026-01-10")
    }

    @Test func ownerAndTeamNeedATeamDatabase() throws {
        for arguments in [["edit", "camille", "--owner", "bob"], ["list", "--owner", "me"], ["list", "--owner", "alice"],
                          ["review", "--team"]] {
            let result = try sandbox.expectRefusedUnchanged(arguments, exit: .usage, mentioning: ["needs a team database"])
            #expect(result.stderr.contains(arguments.first { $0.hasPrefix("--") } ?? "?"), "\(result)")
        }
    }

    @Test func privateNotesAreAcceptedOnAFileAndNeedNotes() throws {
        let logged = try sandbox.rapport("log", "camille", "--summary", "Lunch", "--notes", "Her new job is secret", "--private",
                                         "--date", "2026-05-30")
        expectSuccess(logged)
        let edited = try sandbox.rapport("edit", "camille", "--note", "Call before noon", "--private")
        expectSuccess(edited)
        expectSuccess(try sandbox.rapport("edit", "camille", "--shared"))
        let show = try JSONValue.parse(try sandbox.rapport("show", "camille", "--json").stdout)
        #expect(show["notes"]?.string == "Call before noon")
        #expect(show["owner"] == .null)
        #expect(show["exchanges"]?[0]?["notes"]?.string == "Her new job is secret")
        #expect(show["exchanges"]?[0]?["author"] == .null)
        try sandbox.expectRefusedUnchanged(["log", "camille", "--summary", "Hi", "--private"], exit: .usage,
                                           mentioning: ["--private", "--notes"])
        try sandbox.expectRefusedUnchanged(["edit", "camille", "--private"], exit: .usage, mentioning: ["--private", "--note"])
        try sandbox.expectRefusedUnchanged(["edit", "camille", "--note", "x", "--private", "--shared"], exit: .usage,
                                           mentioning: ["--private", "--shared"])
    }

    @Test func logJSONAndExchangeShowHaveTheAuthor() throws {
        let logged = try JSONValue.parse(try sandbox.rapport("log", "camille", "--summary", "Lunch", "--json").stdout)
        #expect(logged["exchange"]?["author"] == .null)
        expectShape(logged["exchange"], Shapes.exchange, "log.exchange")
        let shown = try JSONValue.parse(try sandbox.rapport("exchange", "show", "1", "--json").stdout)
        #expect(shown["exchange"]?["author"] == .null)
    }

    @Test func restoreOnATeamDatabaseSaysWhatToUseInstead() throws {
        expectSuccess(try sandbox.rapport("backup", sandbox.path("backup.sqlite")))
        let uri = "postgresql://alice:s3cret-word@/rapport?host=/nonexistent-rapport-socket"
        let result = try sandbox.run(["restore", sandbox.path("backup.sqlite"), "--db", uri])
        expectRefused(result, .usage, mentioning: ["pg_restore", "rapport copy"])
        #expect(!result.stderr.contains("s3cret"), "\(result)")
    }

    @Test func anUnreachableTeamDatabaseIsOneLineWithoutThePassword() throws {
        let uri = "postgresql://alice:s3cret-word@/rapport?host=/nonexistent-rapport-socket&password=other-s3cret"
        for arguments in [["list"], ["review"], ["log", "camille", "--summary", "Hi"], ["show", "camille", "--json"]] {
            let result = try sandbox.run(arguments + ["--db", uri])
            expectRefused(result, .failure)
            #expect(!result.stderr.contains("s3cret"), "\(result)")
        }
        let viaEnvironment = try sandbox.run(["list"], env: ["RAPPORT_DB": uri])
        expectRefused(viaEnvironment, .failure)
        #expect(!viaEnvironment.stderr.contains("s3cret"), "\(viaEnvironment)")
    }
}

import Foundation
import GRDB
import Testing

/// `rapport copy --from SRC --to DEST`: everything copied, ids remapped,
/// into an empty destination only, all or nothing. These run SQLite to
/// SQLite; the same code path (the `Store` interface's export and import)
/// serves PostgreSQL, exercised by Tests/e2e/team.sh and the team suites.
struct CopyCommandTests {
    let sandbox = Sandbox()

    /// Every kind of field and state: handles, tags, follow-ups (one done),
    /// archived, snoozed, do-not-contact, a cadence override, dates.
    func makeData() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Quotidien du Soir", "--title", "Rédactrice en chef", "--tier", "A",
                        "--stage", "trusted", "--cadence", "21", "--tag", "énergie", "--tag", "Tech",
                        "--email", "camille@quotidien.example", "--twitter", "@CamilleLfv", "--phone", "+33 6 12 34 56 78",
                        "--how-met", "Salon VivaTech", "--note", "Prefers Signal.\nNever on Mondays.", today: "2025-03-01")
        try sandbox.add("Paul Durand", "--role", "expert", "--tag", "climat", "--email", "paul@institut.example", today: "2025-09-15")
        try sandbox.add("Ana Souza", "--role", "partner", "--email", "ana@partner.example")
        try sandbox.add("Léo Quiet", "--email", "leo@quiet.example")
        // A second contact sharing Paul's address: copied as it is, not merged.
        try sandbox.add("Paul Durand (institut)", "--email", "paul@institut.example", "--allow-duplicate")
        try sandbox.log("Camille", "Sent the energy study", "--channel", "email", "--intent", "gave", "--rating", "4",
                        "--date", "-40d", "--notes", "She liked the charts.")
        try sandbox.log("Camille", "Coffee at the fair", "--channel", "meeting", "--direction", "in", "--date", "-10d",
                        "--follow-up-on", "+5d", "--follow-up", "Send the regional figures", "--allow-future")
        let done = try sandbox.log("Paul Durand", "Asked for a quote", "--channel", "phone", "--intent", "asked", "--date", "-3d",
                                   "--follow-up-on", "-1d", "--follow-up", "Thank him")
        let queue = try DatabaseQueue(path: sandbox.db)
        try queue.write { db in
            try db.execute(sql: "UPDATE exchange SET follow_up_done_day = follow_up_day WHERE id = ?", arguments: [done])
        }
        try queue.close()
        for arguments in [["archive", "Ana"], ["snooze", "Paul Durand", "30"], ["edit", "Léo", "--do-not-contact", "true"]] {
            let result = try sandbox.run(arguments + ["--db", sandbox.db])
            try #require(result.succeeded, "\(result)")
        }
    }

    /// The JSON export of a database, without ids and authors.
    func export(_ database: String) throws -> String {
        let result = try sandbox.run(["export", "--format", "json", "--db", database])
        try #require(result.succeeded, "\(result)")
        return result.stdout
            .replacing(/"(id|contactId)" ?: ?\d+,?/, with: "")
            .replacing(/"author" ?: ?("[^"]*"|null),?/, with: "")
    }

    /// The states and dates only a copy keeps (the caches included).
    func statesAndDates(_ database: String) throws -> [String] {
        try sandbox.read(database) { db in
            try Row.fetchAll(db, sql: """
                SELECT name, created_day, updated_day, review_from_day, snoozed_until_day, archived, do_not_contact,
                       last_exchange_day, warmth_base, warmth_key
                FROM contact ORDER BY name
                """).map { "\($0)" }
        }
    }

    @Test func copiesCoverageProjectsMovesAndIntroductions() throws {
        try makeData()
        expectSuccess(try sandbox.rapport("coverage", "add", "Camille", "--title", "Portrait", "--exchange", "1",
                                          "--project", "Lancement Aurore", "--date", "-5d"))
        expectSuccess(try sandbox.rapport("edit", "Camille", "--outlet", "Le Monde"))
        expectSuccess(try sandbox.rapport("edit", "Paul Durand (institut)", "--introduced-by", "Camille"))
        let copy = sandbox.path("copy.sqlite")
        expectSuccess(try sandbox.run(["copy", "--from", sandbox.db, "--to", copy]))
        let exported = try export(copy)
        #expect(exported == (try export(sandbox.db)))
        for part in [#""exchangeId":1"#, #""project":"Lancement Aurore""#, #""outlet":"Le Quotidien du Soir","title":"Rédactrice en chef""#,
                     #""introducedBy":{"name":"Camille Lefèvre"}"#] {
            #expect(exported.contains(part), "\(part)")
        }
        #expect(try statesAndDates(copy) == statesAndDates(sandbox.db))
        // And back again: the same.
        let back = sandbox.path("back.sqlite")
        expectSuccess(try sandbox.run(["copy", "--from", copy, "--to", back]))
        #expect(try export(back) == exported)
    }

    @Test func copiesEverythingIntoANewFile() throws {
        try makeData()
        let copy = sandbox.path("copy.sqlite")
        let result = try sandbox.run(["copy", "--from", sandbox.db, "--to", copy])
        expectSuccess(result)
        #expect(result.stdout == "Copied 5 contacts with 3 exchanges from \(sandbox.db) to \(copy)\n", "\(result)")
        #expect(try export(copy) == export(sandbox.db))
        #expect(try statesAndDates(copy) == statesAndDates(sandbox.db))
        #expect(try sandbox.people("copy.sqlite") == sandbox.people())
        #expect(try sandbox.exchangeLines("copy.sqlite") == sandbox.exchangeLines())
        // The review and the list read the same.
        for command in [["review", "--json"], ["list", "--json", "--include-archived", "--sort", "warmth"]] {
            let original = try sandbox.run(command + ["--db", sandbox.db])
            let copied = try sandbox.run(command + ["--db", copy])
            #expect(original.succeeded && copied.succeeded, "\(original)\n\(copied)")
            func withoutIds(_ text: String) -> String { text.replacing(/"(id|contactId)" : \d+/, with: "") }
            #expect(withoutIds(copied.stdout) == withoutIds(original.stdout))
        }
        // The source was only read.
        #expect(try sandbox.contactCount() == 5)
    }

    @Test func refusesADestinationThatHoldsContacts() throws {
        try makeData()
        let other = sandbox.path("other.sqlite")
        try #require(try sandbox.run(["add", "Someone Else", "--db", other]).succeeded)
        let before = try sandbox.fingerprint(other)
        let result = try sandbox.run(["copy", "--from", sandbox.db, "--to", other])
        expectRefused(result, .failure, mentioning: ["other.sqlite is not empty", "nothing was copied"])
        #expect(try sandbox.fingerprint(other) == before)
    }

    @Test func aMissingSourceCreatesNothing() throws {
        let copy = sandbox.path("copy.sqlite")
        let result = try sandbox.run(["copy", "--from", sandbox.path("missing.sqlite"), "--to", copy])
        expectRefused(result, .failure, mentioning: ["missing.sqlite"])
        #expect(!FileManager.default.fileExists(atPath: copy))
    }

    @Test func aCrashBeforeTheCommitLeavesTheDestinationEmpty() throws {
        try makeData()
        let copy = sandbox.path("copy.sqlite")
        let result = try sandbox.run(["copy", "--from", sandbox.db, "--to", copy], env: ["RAPPORT_FAULT": "import.copy"])
        #expect(!result.succeeded, "\(result)")
        if FileManager.default.fileExists(atPath: copy) {
            #expect(try sandbox.contactCount("copy.sqlite") == 0)
            #expect(try sandbox.read(copy) { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM exchange") } == 0)
        }
        // Nothing half-done blocks a new attempt.
        expectSuccess(try sandbox.run(["copy", "--from", sandbox.db, "--to", copy]))
        #expect(try sandbox.contactCount("copy.sqlite") == 5)
    }

    @Test func theSameDatabaseTwiceIsAUsageMistake() throws {
        let result = try sandbox.run(["copy", "--from", sandbox.db, "--to", sandbox.db])
        expectRefused(result, .usage, mentioning: ["same database"])
    }
}

/// `rapport copy` between a file and a team database on the real cluster:
/// SQLite → PostgreSQL → SQLite keeps everything (JSON exports equal,
/// ignoring ids, authors and owners); the copier is the author. Enabled
/// when a cluster is available and the PostgreSQL engine is in the build
/// (the team branch's placeholder, TeamStubs.swift, is gone).
@Suite(.enabled(if: TeamCluster.adminURL != nil, "needs a PostgreSQL cluster"))
struct CopyToTeamTests {
    let files = CopyCommandTests()
    let team: TeamDatabase

    init() throws {
        team = try TeamDatabase()
    }

    @Test func fileToTeamAndBackKeepsEverything() throws {
        let sandbox = files.sandbox
        try files.makeData()
        let alice = try team.makeLogin("alice")
        expectSuccess(try sandbox.run(["team", "init", "--db", team.url()]))
        expectSuccess(try sandbox.run(["team", "add", alice, "--db", team.url()]))
        let teamURL = try team.url(user: alice)

        let copied = try sandbox.run(["copy", "--from", sandbox.db, "--to", teamURL])
        expectSuccess(copied)
        #expect(copied.stdout.hasPrefix("Copied 5 contacts with 3 exchanges from "), "\(copied)")
        func withoutOwners(_ text: String) -> String { text.replacing(/"owner" ?: ?("[^"]*"|null),?/, with: "") }
        #expect(try withoutOwners(files.export(teamURL)) == withoutOwners(files.export(sandbox.db)))
        // The database set the author: the copier.
        #expect(try team.psql("SELECT string_agg(DISTINCT author, ',') FROM exchange") == alice)

        // Into a team database that holds contacts: refused, nothing added.
        let again = try sandbox.run(["copy", "--from", sandbox.db, "--to", teamURL])
        expectRefused(again, .failure, mentioning: ["is not empty", "nothing was copied"])
        #expect(try team.psql("SELECT count(*) FROM contact") == "5")

        // And back into a new file.
        let back = sandbox.path("back.sqlite")
        expectSuccess(try sandbox.run(["copy", "--from", teamURL, "--to", back]))
        #expect(try files.export(back) == files.export(sandbox.db))
        #expect(try files.statesAndDates(back) == files.statesAndDates(sandbox.db))
    }
}


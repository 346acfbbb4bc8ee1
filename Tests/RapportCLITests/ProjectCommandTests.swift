import Foundation
import GRDB
import Testing

/// Projects on the command line: `log --project`, `exchange edit
/// --project`, `project list`, `list --project`, `search --project`, and
/// `show --json`'s project on each exchange.
struct ProjectCommandTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", today: "2026-01-10")
        try sandbox.add("Paul Durand", "--outlet", "Libération", today: "2026-01-10")
        try sandbox.add("Inès Moreau", today: "2026-01-10")
    }

    @Test func logsAnExchangeForANewProjectThenTheSameOneSpelledOtherwise() throws {
        let result = try sandbox.rapport("log", "lefevre", "--summary", "Pitched the launch", "--project", "Lancement Atlas",
                                         "--date", "2026-05-20")
        expectSuccess(result)
        #expect(result.stdout == "Logged exchange #1 with Camille Lefèvre (2026-05-20, email →) for Lancement Atlas\n")
        try sandbox.log("durand", "Sent the kit", "--project", "  lancement ATLAS ", "--date", "2026-05-25")
        let rows = try sandbox.read { db in
            try Row.fetchAll(db, sql: "SELECT e.id, p.name FROM exchange e JOIN project p ON p.id = e.project_id ORDER BY e.id")
        }
        #expect(rows.map { $0["name"] as String } == ["Lancement Atlas", "Lancement Atlas"])
        #expect(try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM project") } == 1)

        let show = try sandbox.rapport("show", "lefevre", "--json")
        expectSuccess(show)
        let exchange = try JSONValue.parse(show.stdout)["exchanges"]?[0]
        Shapes.expectExchange(exchange, "show.exchanges[0]")
        #expect(exchange?["project"]?.string == "Lancement Atlas")
        let plain = try sandbox.rapport("exchange", "show", "1")
        #expect(plain.stdout.contains("Project    Lancement Atlas"), "\(plain)")
    }

    @Test func anExchangeWithoutAProjectHasANullProjectInJSON() throws {
        try sandbox.log("moreau", "Coffee")
        let show = try sandbox.rapport("show", "moreau", "--json")
        #expect(try JSONValue.parse(show.stdout)["exchanges"]?[0]?["project"] == .null)
    }

    @Test func editingAnExchangeMovesItToAnotherProjectThenClearsIt() throws {
        let id = try sandbox.log("lefevre", "Pitched", "--project", "Lancement Atlas")
        let moved = try sandbox.rapport("exchange", "edit", "\(id)", "--project", "Étude mobilité 2026", "--json")
        expectSuccess(moved)
        #expect(try JSONValue.parse(moved.stdout)["exchange"]?["project"]?.string == "Étude mobilité 2026")
        let cleared = try sandbox.rapport("exchange", "edit", "\(id)", "--project", "none")
        expectSuccess(cleared)
        #expect(try sandbox.read { db in try Int64.fetchOne(db, sql: "SELECT project_id FROM exchange") } == nil)
        // The projects stay, with no exchange.
        let list = try sandbox.rapport("project", "list", "--json")
        #expect(try JSONValue.parse(list.stdout).array?.compactMap { $0["exchanges"]?.int } == [0, 0])
    }

    @Test func projectListGivesCountsAndDatesMostRecentFirst() throws {
        try sandbox.log("lefevre", "Study call", "--project", "Étude mobilité 2026", "--date", "2026-02-01")
        try sandbox.log("durand", "Study call", "--project", "Étude mobilité 2026", "--date", "2026-03-01")
        try sandbox.log("durand", "Study again", "--project", "Étude mobilité 2026", "--date", "2026-03-05")
        try sandbox.log("moreau", "Launch", "--project", "Lancement Atlas", "--date", "2026-05-20")
        let json = try sandbox.rapport("project", "list", "--json")
        expectSuccess(json)
        let projects = try #require(try JSONValue.parse(json.stdout).array)
        #expect(projects.map { $0["name"]?.string } == ["Lancement Atlas", "Étude mobilité 2026"])
        let study = projects[1]
        #expect(study["exchanges"]?.int == 3 && study["people"]?.int == 2 && study["coverage"]?.int == 0)
        #expect(study["first"]?.string == "2026-02-01" && study["last"]?.string == "2026-03-05")
        #expect(study["id"]?.int != nil)

        let text = try sandbox.rapport("project", "list")
        expectSuccess(text)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("PROJECT") == true)
        #expect(lines.count == 3)
        #expect(lines[2].contains("Étude mobilité 2026") && lines[2].contains("2026-02-01") && lines[2].contains("2026-03-05"))
        #expect(try sandbox.rapport("project").stdout == text.stdout, "list is the default")
    }

    @Test func projectListSaysWhenThereAreNone() throws {
        let result = try sandbox.rapport("project", "list")
        expectSuccess(result)
        #expect(result.stdout.hasPrefix("No projects yet."))
        #expect(try JSONValue.parse(try sandbox.rapport("project", "list", "--json").stdout) == .array([]))
    }

    @Test func listAndSearchKeepThePeopleOfAProject() throws {
        try sandbox.log("lefevre", "Talked about trains", "--project", "Étude mobilité 2026")
        try sandbox.log("durand", "Talked about trains too")
        try sandbox.log("moreau", "Launch lunch", "--project", "Lancement Atlas")
        let list = try sandbox.rapport("list", "--project", "etude mobilite 2026", "--json")
        expectSuccess(list)
        #expect(try JSONValue.parse(list.stdout).array?.map { $0["name"]?.string } == ["Camille Lefèvre"])
        let everyone = try sandbox.rapport("search", "trains", "--json")
        #expect(try JSONValue.parse(everyone.stdout).array?.count == 2)
        let search = try sandbox.rapport("search", "trains", "--project", "Étude mobilité 2026", "--json")
        expectSuccess(search)
        #expect(try JSONValue.parse(search.stdout).array?.compactMap { $0["contact"]?["name"]?.string } == ["Camille Lefèvre"])
    }

    @Test func anUnknownProjectInAFilterIsOneLineNamingTheKnownOnes() throws {
        try sandbox.log("lefevre", "Pitched", "--project", "Lancement Atlas")
        try sandbox.log("durand", "Study", "--project", "Étude mobilité 2026")
        expectRefused(try sandbox.rapport("list", "--project", "Lancement Atlsa"), .usage,
                      mentioning: ["Lancement Atlsa", "did you mean 'Lancement Atlas'"])
        expectRefused(try sandbox.rapport("search", "pitched", "--project", "Spring"), .usage,
                      mentioning: ["no such project", "'Lancement Atlas'", "'Étude mobilité 2026'"])
    }

    @Test func anUnknownProjectWithNoProjectsAtAllSaysSo() throws {
        expectRefused(try sandbox.rapport("list", "--project", "Anything"), .usage, mentioning: ["no projects yet"])
    }

    @Test func aProjectNameOnTwoLinesIsRefusedAndNothingIsWritten() throws {
        try sandbox.expectRefusedUnchanged("log", "lefevre", "--summary", "Hi", "--project", "One\nTwo", "--db", sandbox.db,
                                           exit: .usage, mentioning: ["one line"])
    }

    @Test func copyAndExportThenImportKeepEachExchangesProject() throws {
        try sandbox.log("lefevre", "Pitched", "--project", "Lancement Atlas", "--date", "2026-05-20")
        try sandbox.log("durand", "No project", "--date", "2026-05-21")
        let copied = sandbox.path("copied.sqlite")
        expectSuccess(try sandbox.run(["copy", "--from", sandbox.db, "--to", copied]))
        let exported = sandbox.path("export.json")
        expectSuccess(try sandbox.rapport("export", "--format", "json", "--output", exported))
        let imported = sandbox.path("imported.sqlite")
        expectSuccess(try sandbox.run(["import", exported, "--db", imported]))
        for database in [copied, imported] {
            let list = try sandbox.rapport("project", "list", "--json", db: database)
            let projects = try #require(try JSONValue.parse(list.stdout).array, "\(list)")
            #expect(projects.map { $0["name"]?.string } == ["Lancement Atlas"])
            #expect(projects.first?["exchanges"]?.int == 1 && projects.first?["people"]?.int == 1)
            let show = try sandbox.rapport("show", "durand", "--json", db: database)
            #expect(try JSONValue.parse(show.stdout)["exchanges"]?[0]?["project"] == .null)
        }
    }

    @Test func theDemoHasTheTwoProjects() throws {
        let demo = sandbox.path("demo.sqlite")
        expectSuccess(try sandbox.run(["demo", "--db", demo]))
        let list = try sandbox.rapport("project", "list", "--json", db: demo)
        let projects = try #require(try JSONValue.parse(list.stdout).array)
        #expect(Set(projects.compactMap { $0["name"]?.string }) == ["Lancement Atlas", "Étude mobilité 2026"])
        #expect(projects.allSatisfy { ($0["exchanges"]?.int ?? 0) >= 5 && ($0["people"]?.int ?? 0) >= 3 }, "\(projects)")
    }
}

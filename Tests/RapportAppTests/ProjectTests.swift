@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Projects in the app: the log form's project field and its picker of
/// recent projects, the `f` filter's projects, the history's compact mark
/// and the exchange overlay's full name, the edit form, and undo.
@Suite struct ProjectTests {
    /// Field order of the log form: summary … notes (8), project (9).
    static let projectField = 9

    /// The press office, with Camille's lunch for the study (100 days ago)
    /// and Youssef's data set for the launch (2 days ago, the most recent).
    static func database() throws -> RapportDatabase {
        let database = try Fixture.pressOffice()
        for (name, project) in [("Camille Lefèvre", "Étude mobilité 2026"), ("Youssef Haddad", "Lancement Atlas")] {
            let exchange = try #require(try database.exchanges(contactId: try Fixture.contact(database, name).id, limit: nil).last)
            var draft = ExchangeDraft(exchange)
            draft.project = project
            try database.updateExchange(id: exchange.id, draft, today: today)
        }
        return database
    }

    @Test func spaceInTheEmptyProjectFieldPicksARecentProject() throws {
        let app = AppDriver(try Self.database())
        #expect(app.state.projects == ["Lancement Atlas", "Étude mobilité 2026"], "loaded at start, most recent first")
        try app.select("Bruno Martin")
        app.send(.char("l"))
        app.type("Talked about the study")
        app.send(Array(repeating: .tab, count: Self.projectField))
        #expect(app.form?.fields[app.form?.focus ?? 0].id == .project)
        #expect(app.screen().find("Space picks a recent one, or type a new name") != nil)
        app.send(.char(" "))
        let picker = try #require(app.picker, "Space opens the picker")
        #expect(picker.title == "Project")
        #expect(picker.choices.map(\.label) == ["Lancement Atlas", "Étude mobilité 2026"])
        #expect(app.screen().find("2 Étude mobilité 2026") != nil)
        app.send(.char("2"))
        let form = try #require(app.form, "the form comes back")
        #expect(form.value(.project) == "Étude mobilité 2026")
        #expect(form.value(.summary) == "Talked about the study", "nothing typed is lost")
        app.send(.enter)
        #expect(app.form == nil)
        let saved = try #require(try app.exchanges(of: "Bruno Martin").first)
        #expect(saved.summary == "Talked about the study" && saved.project == "Étude mobilité 2026")
    }

    @Test func escInThePickerGoesBackToTheFormAsItWas() throws {
        let app = AppDriver(try Self.database())
        try app.select("Bruno Martin")
        app.send(.char("l"))
        app.type("Quick call")
        app.send(Array(repeating: .tab, count: Self.projectField))
        app.send(.char(" "), .escape)
        let form = try #require(app.form, "Esc closes the picker only")
        #expect(form.value(.summary) == "Quick call" && form.value(.project) == "")
        #expect(app.effects.isEmpty)
    }

    @Test func aNewNameTypedInCreatesTheProjectAndSpacesTypeInsideAName() throws {
        let app = AppDriver(try Self.database())
        try app.select("Bruno Martin")
        app.send(.char("l"))
        app.type("Booked the stand")
        app.send(Array(repeating: .tab, count: Self.projectField))
        app.type("Salon 2027")
        #expect(app.picker == nil, "a space inside a name is typed")
        app.send(.enter)
        #expect(try app.exchanges(of: "Bruno Martin").first?.project == "Salon 2027")
        #expect(app.state.projects.first == "Salon 2027", "the recent projects are read again after the write")
    }

    @Test func withNoProjectsSpaceTypesAndTheDraftHasNoProject() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Bruno Martin")
        app.send(.char("l"))
        app.type("Hello")
        app.send(Array(repeating: .tab, count: Self.projectField))
        app.send(.char(" "))
        #expect(app.picker == nil)
        app.send(.enter)
        #expect(try app.exchanges(of: "Bruno Martin").first?.project == nil, "a blank project is none")
    }

    @Test func theFilterOffersProjectsAndKeepsTheirPeople() throws {
        let app = AppDriver(try Self.database(), width: 120, height: 40)
        app.send(.char("f"))
        let picker = try #require(app.picker)
        #expect(Array(picker.choices.map(\.label).suffix(2)) == ["Project: Lancement Atlas", "Project: Étude mobilité 2026"])
        app.send(.char("G"), .enter)
        #expect(app.state.filter.project == "Étude mobilité 2026")
        #expect(app.contactNames == ["Camille Lefèvre"])
        #expect(app.status == "Showing project: étude mobilité 2026")
        #expect(app.lines()[0].hasSuffix(" sort: name · project: Étude mobilité 2026"))
        app.send(.char("f"))
        #expect(app.picker?.selected == (app.picker?.choices.count ?? 0) - 1, "the picker opens on the project in force")
        app.send(.char("1"))
        #expect(app.state.filter.project == nil)
        #expect(app.contactNames.count == 6)
    }

    @Test func theHistoryMarksTheProjectCompactlyAndTheOverlayShowsItWhole() throws {
        let database = try Self.database()
        let camille = try Fixture.contact(database, "Camille Lefèvre")
        try database.logExchange(contactId: camille.id, ExchangeDraft(
            day: today.adding(days: -1), summary: "Sent the figures", project: "Observatoire des mobilités douces"), today: today)
        let app = AppDriver(database, width: 200)
        try app.select("Camille Lefèvre")
        let screen = app.screen()
        let row = try #require(screen.find("Sent the figures"))
        #expect(screen.text(x: row.x, y: row.y, count: 40).contains("Sent the figures  ◆ Observatoire de…"), "\(app.lines())")
        #expect(screen.role(of: "◆ Observatoire de…") == .detailLabel)
        #expect(screen.find("Lunch at the press club  ★★★★★  gave  ◆ Étude mobilité…") != nil, "\(app.lines())")
        app.send(.tab, .enter)
        guard case .exchange = app.state.overlay else {
            Issue.record("Enter opens the exchange")
            return
        }
        #expect(app.screen().find("Project     Observatoire des mobilités douces") != nil, "\(app.lines())")
    }

    @Test func theEditFormShowsTheProjectAndClearingItThenUndoPutsItBack() throws {
        let app = AppDriver(try Self.database())
        try app.select("Youssef Haddad")
        app.send(.tab, .char("e"))
        let form = try #require(app.form)
        #expect(form.value(.project) == "Lancement Atlas")
        app.send(Array(repeating: .tab, count: Self.projectField))
        app.send(.ctrl("u"))
        app.send(.enter)
        #expect(app.form == nil)
        #expect(try app.exchanges(of: "Youssef Haddad").first?.project == nil)
        app.send(.char("u"))
        #expect(try app.exchanges(of: "Youssef Haddad").first?.project == "Lancement Atlas", "undo restores the project")
    }
}

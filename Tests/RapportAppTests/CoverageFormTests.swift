@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// `c`: coverage from the selected contact, or from the highlighted
/// exchange of the focused history; the detail's coverage section and the
/// "→ coverage" mark in the history.
@Suite struct CoverageFormTests {
    /// Field order: title, link, outlet, date, note.
    static let linkField = 1

    func coverage(_ app: AppDriver, of name: String) throws -> [Coverage] {
        let contact = try app.contact(name)
        return try app.database.listCoverage(contactId: contact.id, project: nil, since: nil, limit: nil).map(\.coverage)
    }

    @Test func cTitleEnterRecordsCoverageWithTheContactsOutlet() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let camille = try app.contact("Camille Lefèvre")
        let warmthBefore = try #require(app.state.detail?.summary.warmth.score)
        app.send(.char("c"))
        #expect(app.form?.title == "Coverage from Camille Lefèvre")
        #expect(app.form?.focus == 0)
        #expect(app.form?.value(.outlet) == "Le Quotidien du Soir")
        app.type("Heat pumps: the quiet boom")
        app.send(.enter)
        #expect(app.state.overlay == nil)
        let draft = CoverageDraft(day: today, title: "Heat pumps: the quiet boom", outlet: "Le Quotidien du Soir")
        #expect(app.effects.first == .addCoverage(contactId: camille.id, contactName: "Camille Lefèvre", draft))
        let saved = try coverage(app, of: "Camille Lefèvre")
        #expect(saved.map(\.title) == ["Heat pumps: the quiet boom"])
        #expect(saved.first?.exchangeId == nil)
        #expect(app.state.detail?.coverage.map(\.title) == ["Heat pumps: the quiet boom"])
        #expect(try #require(app.state.detail?.summary.warmth.score) > warmthBefore)
        #expect(app.state.detail?.summary.reciprocity.theyGave == 1)

        let screen = app.screen()
        let heading = try #require(screen.find("Coverage · 1"))
        #expect(screen.role(atX: heading.x, y: heading.y) == .detailHeading)
        #expect(screen.find("2026-11-26 Heat pumps: the quiet boom  Le Quotidien du Soir") != nil)
        #expect(app.lines()[31] == " Recorded coverage from Camille Lefèvre: “Heat pumps: the quiet boom”")
        #expect(screen.role(atX: 1, y: 31) == .statusSuccess)
    }

    @Test func inTheFocusedHistoryCLinksTheCoverageToTheHighlightedExchange() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.tab, .char("j"))
        let lunch = try #require(app.state.detail?.highlightedExchange)
        #expect(lunch.summary == "Lunch at the press club")
        app.send(.char("c"))
        #expect(app.form?.title == "Coverage from Camille Lefèvre, after the exchange of \(lunch.day.iso) (“Lunch at the press club”)")
        app.type("Portrait of a heat-pump maker")
        app.send(.tab, .tab, .tab)
        app.type("-20d")
        app.send(.enter)
        let saved = try #require(try coverage(app, of: "Camille Lefèvre").first)
        #expect(saved.exchangeId == lunch.id)
        #expect(saved.day == today.adding(days: -20))

        let screen = app.screen()
        let lunchLine = try #require(screen.find("Lunch at the press club"))
        let mark = try #require(screen.find("→ coverage: Portrait of a heat-pump maker"))
        #expect(mark.y == lunchLine.y + 1, "the mark is right under its exchange")
        #expect(screen.role(atX: mark.x, y: mark.y) == .listSelected, "the mark belongs to the highlighted exchange")
        #expect(screen.find("→ coverage: Portrait of a heat-pump maker", fromRow: mark.y + 1) == nil)
    }

    @Test func aBadLinkOrAnEmptyTitleIsRefusedNextToTheFieldAndNothingIsWritten() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Bruno Martin")
        app.send(.char("c"))
        app.send(.tab)
        app.type("ftp://example.org/x")
        app.send(.enter)
        #expect(app.effects.isEmpty)
        let form = try #require(app.form)
        #expect(form[.title]?.error == "required")
        #expect(form[.url]?.error == "an http:// or https:// address, or empty")
        #expect(form.focus == 0)
        app.type("A title")
        app.send(.enter)
        #expect(app.effects.isEmpty)
        #expect(app.form?.focus == Self.linkField)
        #expect(try coverage(app, of: "Bruno Martin").isEmpty)
        app.send(.escape, .char("y"))
        #expect(app.state.overlay == nil)
        #expect(try coverage(app, of: "Bruno Martin").isEmpty)
    }

    @Test func newestCoverageComesFirstInTheDetail() throws {
        let database = try Fixture.pressOffice()
        let zoe = try #require(try database.listContacts(ContactFilter(), sort: .name, today: today, limit: nil, offset: 0)
            .first { $0.name == "Zoé Girard" })
        _ = try database.addCoverage(contactId: zoe.id, CoverageDraft(day: today.adding(days: -30), title: "Older video",
                                                                     url: "https://video.example/1"), today: today)
        _ = try database.addCoverage(contactId: zoe.id, CoverageDraft(day: today.adding(days: -2), title: "Newer thread",
                                                                     project: "Lancement Atlas"), today: today)
        let app = AppDriver(database)
        try app.select("Zoé Girard")
        let screen = app.screen()
        let newer = try #require(screen.find("Newer thread"))
        let older = try #require(screen.find("Older video"))
        #expect(newer.y < older.y)
        #expect(screen.find("[Lancement Atlas]") != nil)
        #expect(screen.find("https://video.example/1") != nil)
        #expect(screen.find("Coverage · 2") != nil)
    }
}

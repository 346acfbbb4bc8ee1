@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The search's words drawn in `list.match` in list rows and the detail,
/// found as the store finds them, and the exchange a person matched through.
@Suite struct SearchHighlightTests {
    /// The texts of the runs of `list.match` cells on row `y`, between columns.
    func matches(_ screen: ScreenBuffer, row y: Int, from start: Int = 0, to end: Int? = nil) -> [String] {
        var runs: [String] = []
        var current: String?
        for x in start..<min(end ?? screen.width, screen.width) {
            guard let cell = screen.cell(atX: x, y: y) else { continue }
            if cell.role == .listMatch {
                current = (current ?? "") + cell.text
            } else if let run = current {
                runs.append(run)
                current = nil
            }
        }
        if let run = current { runs.append(run) }
        return runs
    }

    func search(_ app: AppDriver, _ query: String, keep: Bool = true) {
        app.send(.char("/"))
        app.type(query)
        if keep { app.send(.enter) }
    }

    /// The list is 45 columns wide at 100 columns; the detail starts at 46.
    static let listEnd = 45

    /// Where the list pane ends at the app's width.
    func listEnd(_ app: AppDriver) -> Int { app.state.layout.list.maxX }

    @Test func theMatchedStartOfAWordIsHighlightedInTheRowCellByCell() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 20)
        search(app, "lef")
        #expect(app.contactNames == ["Camille Lefèvre"])
        let screen = app.screen()
        #expect(app.lines()[2].hasPrefix("Camille Lefèvre "))
        let roles = screen.roles(row: 2)
        #expect(Array(roles[0..<8]) == Array(repeating: .listSelected, count: 8), "Camille and the space")
        #expect(Array(roles[8..<11]) == [.listMatch, .listMatch, .listMatch], "Lef")
        #expect(Array(roles[11..<15]) == Array(repeating: .listSelected, count: 4), "èvre")
        #expect(matches(screen, row: 2, to: Self.listEnd) == ["Lef"])
    }

    @Test(arguments: ["lef", "LÈF", "lèf", "Lefe"])
    func accentsAndCaseAreIgnoredAsTheStoreIgnoresThem(query: String) throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 20)
        search(app, query)
        #expect(app.contactNames == ["Camille Lefèvre"])
        let expected = query.count == 4 ? "Lefè" : "Lef"
        #expect(matches(app.screen(), row: 2, to: Self.listEnd) == [expected])
    }

    @Test func rowsThatAreNotSelectedAreHighlightedTooInNameAndOutlet() throws {
        // Wide enough for the outlet column.
        let app = AppDriver(try Fixture.pressOffice(), width: 160, height: 20)
        search(app, "le")
        #expect(app.contactNames == ["Camille Lefèvre", "Hélène Dubois"])
        let screen = app.screen()
        #expect(matches(screen, row: 2, to: listEnd(app)) == ["Le", "Le"], "Lefèvre, Le Quotidien du Soir")
        #expect(app.lines()[3].hasPrefix("Hélène Dubois"))
        #expect(matches(screen, row: 3, to: listEnd(app)) == ["Le"], "the outlet: Le Carnet Vert")
        let outlet = try #require(screen.column(of: "Le Carnet", row: 3))
        #expect(screen.role(atX: outlet, y: 3) == .listMatch)
        #expect(screen.role(atX: outlet + 2, y: 3) == .list)
        #expect(screen.role(atX: 0, y: 3) == .list)
    }

    @Test func wideAndCombiningCharactersKeepTheirColumns() throws {
        let database = try Fixture.pressOffice()
        try database.add("山田太郎", outlet: "東京新聞")
        try database.add("Rene\u{301} Char", outlet: "Éditions du Seuil")
        let app = AppDriver(database, width: 160, height: 20)
        search(app, "東京")
        #expect(app.contactNames == ["山田太郎"])
        var screen = app.screen()
        let x = try #require(screen.column(of: "東京新聞", row: 2))
        #expect((x..<(x + 4)).map { screen.role(atX: $0, y: 2) } == Array(repeating: .listMatch, count: 4),
                "two wide characters: four cells")
        #expect(screen.role(atX: x + 4, y: 2) == .listSelected)
        #expect(screen.rowsAreWellFormed())
        app.send(.char("/"), .escape)
        search(app, "rene char")
        #expect(app.contactNames == ["Rene\u{301} Char"])
        screen = app.screen()
        #expect(matches(screen, row: 2, to: listEnd(app)) == ["Rene\u{301}", "Char"], "the accent stays on its letter")
        #expect(screen.role(atX: 4, y: 2) == .listSelected, "René is four columns")
        #expect(matches(screen, row: 1, from: listEnd(app) + 1) == ["Rene\u{301}", "Char"], "the detail's heading")
        #expect(screen.rowsAreWellFormed())
    }

    @Test func aMatchCutAtTheColumnEdgeLightsTheEllipsis() throws {
        let database = try Fixture.pressOffice()
        try database.add("Jean-Baptiste Alexandre de la Tour du Pin-Montauban", outlet: "Radio Horizon")
        let app = AppDriver(database, width: 100, height: 20)
        search(app, "alexandre")
        var line = app.lines()[2]
        #expect(line.hasPrefix("Jean-Baptiste Alexandre de la …"))
        // Part visible: the visible part is highlighted, not the ellipsis.
        #expect(matches(app.screen(), row: 2, to: Self.listEnd) == ["Alexandre"])
        app.send(.char("/"), .escape)
        search(app, "montauban")
        line = app.lines()[2]
        let screen = app.screen()
        let ellipsis = try #require(screen.column(of: "…", row: 2))
        #expect(ellipsis < Self.listEnd)
        // Hidden past the edge: the ellipsis says a match is there.
        #expect(matches(screen, row: 2, to: Self.listEnd) == ["…"], "\(line)")
        #expect(screen.role(atX: ellipsis - 1, y: 2) == .listSelected)
    }

    @Test func theMatchIsHighlightedPartlyWhenTheCutFallsInsideIt() throws {
        let database = try RapportDatabase.inMemory()
        try database.add("Anne-Sophie Vandenberghe-Kowalczykowska", outlet: "")
        let app = AppDriver(database, width: 100, height: 20)
        search(app, "kowalczykowska")
        let screen = app.screen()
        let line = app.lines()[2]
        #expect(line.hasPrefix("Anne-Sophie Vandenberghe-Kowal…"), "\(line)")
        #expect(matches(screen, row: 2, to: Self.listEnd) == ["Kowal…"], "the visible part and the ellipsis")
    }

    @Test func theDetailHighlightsOnlySearchedTexts() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 24)
        search(app, "lef")
        let screen = app.screen()
        #expect(matches(screen, row: 1, from: Self.listEnd + 1) == ["Lef"], "the name")
        let email = try #require(screen.find("camille.lefevre@quotidien.example"))
        #expect(matches(screen, row: email.y, from: Self.listEnd + 1) == ["lef"])
        let twitter = try #require(screen.find("@camlef"))
        #expect(matches(screen, row: twitter.y, from: Self.listEnd + 1).isEmpty, "camlef does not start with lef")
        #expect(screen.find("Matched") == nil, "her own fields match")
        // Labels and computed lines are never highlighted, whatever the search.
        app.send(.char("/"), .escape)
        search(app, "signal")
        let notes = app.screen()
        #expect(app.contactNames == ["Zoé Girard"])
        let line = try #require(notes.find("Prefers Signal"))
        #expect(matches(notes, row: line.y, from: Self.listEnd + 1) == ["Signal"])
        #expect((0..<notes.height).flatMap { matches(notes, row: $0, from: Self.listEnd + 1) } == ["Signal"])
    }

    @Test func aPersonFoundThroughAnExchangeSaysWhichAsTheCommandLineDoes() throws {
        let database = try Fixture.pressOffice()
        let app = AppDriver(database, width: 120, height: 24)
        search(app, "heat")
        #expect(app.contactNames == ["Camille Lefèvre"])
        let hit = try #require(try database.search("heat").first)
        #expect(hit.field == .exchange)
        let day = try #require(hit.day)
        let screen = app.screen()
        let lines = app.lines()
        #expect(lines[3].hasSuffix("│ Matched     exchange \(day.iso) · Pitch on the heat-pump study"), "\(lines[3])")
        #expect(matches(screen, row: 3, from: listEnd(app) + 1) == ["heat"])
        #expect(screen.roles(of: "Matched", row: 3) == [.detailLabel])
        let history = try #require(screen.rows(containing: "→ Pitch on the heat-pump").last)
        #expect(history > 3)
        #expect(matches(screen, row: history, from: listEnd(app) + 1) == ["heat"])
        #expect(matches(screen, row: 2, to: listEnd(app)).isEmpty, "nothing to highlight in her row")
        // Scrolling the detail reaches its last line, the extra line counted.
        app.resize(width: 120, height: 12)
        app.send(.tab, .char("G"))
        #expect(app.lines()[10].contains("Lunch at the press club"), "\(app.lines()[10])")
    }

    @Test func withoutASearchNothingIsHighlightedAndTheOtherViewsAreLeftAlone() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 24)
        #expect((0..<24).allSatisfy { matches(app.screen(), row: $0).isEmpty })
        search(app, "grid")
        app.send(.char("2"))
        #expect(app.state.view == .review)
        #expect((0..<24).allSatisfy { matches(app.screen(), row: $0).isEmpty }, "the review is not searched")
    }

    /// The app finds the words where the store found the person: for each
    /// query, the people the store returns are those whose own fields hold
    /// every word, or one of whose exchanges does.
    @Test(arguments: ["lef", "lèf", "LEFEVRE", "le", "cl", "heat", "heat-pump", "grid report", "signal", "novak",
                      "東京", "rene", "cœur", "coeur", "l'ami", "prisme econ", "climat", "zoeg", "Paral", "soren", "søren",
                      "straße", "strasse", "ﬁnance", "finance"])
    func theAppAgreesWithTheStoreOnWhoMatches(query: String) throws {
        let database = try Fixture.pressOffice()
        try database.add("山田太郎", outlet: "東京新聞")
        try database.add("Rene\u{301} Char", outlet: "Éditions du Seuil", notes: "Cœur de l'ami")
        try database.add("Søren Straße", outlet: "Dagbladet")
        let terms = SearchTerms(query)
        let found = Set(try database.contactIds(ContactFilter(includeArchived: true, search: query), sort: .name, today: today))
        let everyone = try database.contactIds(ContactFilter(includeArchived: true), sort: .name, today: today)
        var expected = Set<Int64>()
        for id in everyone {
            let contact = try #require(try database.contact(id: id))
            let own = [contact.name, contact.outlet, contact.title, contact.notes] + contact.tags + contact.handles.map(\.value)
            let exchanges = try database.exchanges(contactId: id)
            if terms.allMatch(in: own) || exchanges.contains(where: { terms.allMatch(in: [$0.summary]) }) { expected.insert(id) }
        }
        #expect(found == expected)
        if !["coeur", "soren", "strasse", "ﬁnance"].contains(query) { #expect(!found.isEmpty, "the query finds someone") }
    }
}

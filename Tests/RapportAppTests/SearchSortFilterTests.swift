@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The live search, the sort cycle and the filter picker of the contact list.
@Suite struct SearchSortFilterTests {
    @Test func slashOpensTheSearchFieldInTheFooter() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        #expect(app.state.search.isEditing)
        #expect(app.effects.isEmpty)
        app.type("zo")
        let screen = app.screen()
        let footer = screen.trimmedLines()[31]
        #expect(footer.hasPrefix(" / zo "))
        #expect(footer.hasSuffix("  Enter keep · Esc clear"))
        #expect(screen.role(atX: 1, y: 31) == .footerKey)
        #expect(screen.cursor == CursorPosition(x: 5, y: 31))
    }

    @Test func theListIsFilteredAtEachCharacterTyped() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        let expected: [(String, [String])] = [
            ("l", ["Camille Lefèvre", "Hélène Dubois", "Zoé Girard"]),
            ("le", ["Camille Lefèvre", "Hélène Dubois"]),
            ("lef", ["Camille Lefèvre"]),
            ("lefe", ["Camille Lefèvre"]),
            ("lefev", ["Camille Lefèvre"]),
            ("lefevr", ["Camille Lefèvre"]),
            ("lefevre", ["Camille Lefèvre"]),
        ]
        for (typed, names) in expected {
            app.type(String(typed.last ?? " "))
            let searches = app.effects.compactMap { effect -> String? in
                if case let .loadContactsPage(_, filter, _, _) = effect { return filter.search }
                return nil
            }
            #expect(searches == [typed], "one query per character")
            #expect(app.contactNames == names, "after typing \(typed)")
            #expect(app.selectedName == names.first)
            #expect(app.detailName == names.first)
        }
        #expect(app.lines()[2].hasPrefix("Camille Lefèvre "))
        #expect(app.lines()[3].hasPrefix("                                                      │"))
    }

    @Test(arguments: [
        ("LEFEVRE", "Camille Lefèvre"),
        ("Lefèvre", "Camille Lefèvre"),
        ("novak", "Dmitri Novák"),
        ("HELENE", "Hélène Dubois"),
        ("quotidien", "Camille Lefèvre"),
        ("prisme", "Bruno Martin"),
        ("camlef", "Camille Lefèvre"),
        ("zoeg", "Zoé Girard"),
        ("finance", "Bruno Martin"),
        ("energie", "Camille Lefèvre"),
        ("signal", "Zoé Girard"),
        ("heat-pump", "Camille Lefèvre"),
        ("grid report", "Bruno Martin"),
        ("contract", "Dmitri Novák"),
    ])
    func searchMatchesNamesOutletsHandlesTagsNotesAndExchanges(query: String, name: String) throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type(query)
        #expect(app.contactNames == [name])
    }

    @Test func enterKeepsTheFilterAndTheHeaderShowsIt() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("climat")
        app.send(.enter)
        #expect(!app.state.search.isEditing)
        // Words match as prefixes: Zoé's notes mention a climate forum.
        #expect(app.contactNames == ["Camille Lefèvre", "Hélène Dubois", "Zoé Girard"])
        #expect(app.lines()[0].hasSuffix(" sort: name · /climat"))
        #expect(app.lines()[31] == " j move  Enter open  / search  s sort  l log  a add  z snooze  ? help  q quit")
        // The kept filter survives moving, and j moves instead of typing.
        app.send(.char("j"))
        #expect(app.selectedName == "Hélène Dubois")
        #expect(app.state.search.query == "climat")
        app.send(.escape)
        #expect(app.state.search.query.isEmpty)
        #expect(app.contactNames.count == 6)
        #expect(!app.lines()[0].contains("/climat"))
    }

    @Test
    func theHeaderShowsAKeptSearchAt80Columns() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 80, height: 24)
        app.send(.char("f"), .char("4"), .char("/"))
        app.type("grid")
        app.send(.enter)
        #expect(app.contactNames == ["Bruno Martin"])
        let header = app.lines()[0]
        #expect(header.contains("/grid"), "\(header)")
        #expect(header.contains("role: expert"), "\(header)")
    }

    @Test func escWhileTypingClearsTheSearch() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("bruno")
        #expect(app.contactNames == ["Bruno Martin"])
        app.send(.escape)
        #expect(!app.state.search.isEditing)
        #expect(app.state.search.query.isEmpty)
        #expect(app.contactNames.count == 6)
        #expect(app.lines()[31].hasPrefix(" j move"))
    }

    @Test func arrowsLeaveTheFieldAndMoveInTheFilteredList() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("climat")
        app.send(.down, .down)
        #expect(!app.state.search.isEditing)
        #expect(app.selectedName == "Zoé Girard")
        #expect(app.state.search.query == "climat")
    }

    @Test func backspaceWidensTheSearchAgain() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("lex")
        #expect(app.contactNames.isEmpty)
        #expect(app.lines()[2].hasPrefix("No contact matches."))
        #expect(app.screen().role(of: "No contact matches.") == .placeholder)
        app.send(.backspace)
        #expect(app.contactNames == ["Camille Lefèvre", "Hélène Dubois"])
    }

    @Test
    func aSearchWithoutMatchSettles() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("xyz")
        #expect(!app.runaway)
        #expect(app.contactPageRanges.count == 3, "one page per key typed, none after an empty answer")
    }

    @Test func spacesAloneDoNotQueryAgain() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("  ")
        #expect(app.effects.isEmpty)
        #expect(app.contactNames.count == 6)
    }

    @Test func sCyclesNameLastContactWarmthDueSurname() throws {
        let app = AppDriver(try Fixture.pressOffice())
        #expect(app.contactNames == ["Bruno Martin", "Camille Lefèvre", "Dmitri Novák", "Hélène Dubois", "Youssef Haddad", "Zoé Girard"])
        app.send(.char("s"))
        #expect(app.state.sort == .last)
        #expect(app.status == "Sorted by last contact")
        #expect(app.lines()[0].hasSuffix(" sort: last contact"))
        // Newest exchange first; never contacted last.
        #expect(app.contactNames == ["Youssef Haddad", "Bruno Martin", "Camille Lefèvre", "Dmitri Novák", "Zoé Girard", "Hélène Dubois"])
        #expect(app.lines()[2].hasPrefix("Youssef Haddad "))
        app.send(.char("s"))
        #expect(app.lines()[0].hasSuffix(" sort: warmth"))
        #expect(app.contactNames == ["Bruno Martin", "Camille Lefèvre", "Youssef Haddad", "Dmitri Novák", "Hélène Dubois", "Zoé Girard"])
        app.send(.char("s"))
        #expect(app.lines()[0].hasSuffix(" sort: due"))
        #expect(app.contactNames == ["Camille Lefèvre", "Zoé Girard", "Dmitri Novák", "Hélène Dubois", "Bruno Martin", "Youssef Haddad"])
        #expect(app.selectedName == "Camille Lefèvre", "a new order starts at its top")
        #expect(app.detailName == "Camille Lefèvre")
        app.send(.char("s"))
        #expect(app.lines()[0].hasSuffix(" sort: surname"))
        #expect(app.contactNames == ["Hélène Dubois", "Zoé Girard", "Youssef Haddad", "Camille Lefèvre", "Bruno Martin", "Dmitri Novák"])
        app.send(.char("s"))
        #expect(app.state.sort == .name)
        #expect(app.contactNames.first == "Bruno Martin")
    }

    @Test func sortKeepsTheSearch() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("climat")
        app.send(.enter, .char("s"))
        #expect(app.contactNames == ["Camille Lefèvre", "Zoé Girard", "Hélène Dubois"])
        #expect(app.lines()[0].hasSuffix(" sort: last contact · /climat"))
    }

    @Test func fOffersRolesAndTags() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 120, height: 40)
        app.send(.char("f"))
        let picker = try #require(app.picker, "f opens the filter picker")
        #expect(picker.choices.map(\.label) == [
            "All contacts", "Role: journalist", "Role: blogger", "Role: expert", "Role: influencer", "Role: partner",
            "Role: provider", "Role: other", "Archived contacts", "Tag: climat", "Tag: énergie", "Tag: finance",
        ])
        let screen = app.screen()
        #expect(screen.find("│ 1 All contacts") != nil)
        #expect(screen.find("│ 4 Role: expert") != nil)
        #expect(screen.find("│   Tag: finance") != nil, "no digit past 9")
        #expect(screen.role(of: "1 All contacts") == .pickerSelected)
        #expect(screen.role(of: "2 Role: journalist") == .picker)
        #expect(app.lines().last == " j move  Enter open")
    }

    @Test func pickingARoleFiltersTheList() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("f"), .char("4"))
        #expect(app.state.overlay == nil)
        #expect(app.state.filter.role == .expert)
        #expect(app.contactNames == ["Bruno Martin"])
        #expect(app.status == "Showing role: expert")
        #expect(app.lines()[0].hasSuffix(" sort: name · role: expert"))
        app.send(.char("f"))
        let picker = try #require(app.picker, "f opens the filter picker")
        #expect(picker.selected == 3, "the picker opens on the filter in force")
        app.send(.char("1"))
        #expect(app.contactNames.count == 6)
        #expect(app.status == "Showing all contacts")
    }

    @Test func pickingATagFiltersTheList() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 120, height: 40)
        app.send(.char("f"), .char("G"), .char("k"), .char("k"), .enter)
        #expect(app.state.filter.tag == "climat")
        #expect(app.contactNames == ["Camille Lefèvre", "Hélène Dubois"])
        #expect(app.lines()[0].hasSuffix(" sort: name · tag: climat"))
        app.send(.char("f"), .char("G"), .enter)
        #expect(app.state.filter.tag == "finance")
        #expect(app.contactNames == ["Bruno Martin"])
    }

    @Test func escClosesTheFilterPickerAndKeepsTheList() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("f"), .char("j"), .char("j"))
        app.send(.escape)
        #expect(app.state.overlay == nil)
        #expect(app.effects.isEmpty)
        #expect(app.state.filter == ContactFilter())
    }

    @Test func filterAndSearchCombine() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("f"), .char("3"), .char("/"))
        app.type("climat")
        #expect(app.contactNames == ["Hélène Dubois"])
        app.send(.enter)
        #expect(app.lines()[0].hasSuffix(" sort: name · role: blogger · /climat"))
    }
}

/// Whatever is typed in the search is taken as words, never as query syntax.
@Suite struct SearchSyntaxTests {
    @Test(arguments: ["\"", "'", "*", "(", ")", "-", "^", ":", "NOT", "AND", "OR", "NEAR", "lef*", "\"lef", "a OR b", "co-op",
                      "d'auv", "l’", "%", "_", "\\", "{", "}", "+", "lef AND", "NEAR(lef", "*lef"])
    func oddQueriesNeverFail(query: String) throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        for character in query {
            app.send(.char(character))
            #expect(app.messages.allSatisfy { if case .refused = $0 { false } else { true } },
                     "typing \(query.debugDescription): \(app.status ?? "")")
        }
        #expect(app.state.status?.kind != .error, "\(app.status ?? "")")
    }

    @Test func punctuationInsideAQueryIsIgnored() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("veille & co")
        #expect(app.contactNames == ["Dmitri Novák"])
        app.send(.ctrl("u"))
        app.type("camille.lefevre@quotidien")
        #expect(app.contactNames == ["Camille Lefèvre"])
    }
}

@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Moving through the contact list: keys, paging of a long list, the
/// selection staying on screen, and the detail following it.
@Suite struct ListNavigationTests {
    /// At 120×32 the list shows 29 rows (body 30, minus the column header).
    static let visible = 29

    @Test func startLoadsOnePageAroundTheTopAndSelectsTheFirstRow() throws {
        let app = AppDriver(try Fixture.numbered(300))
        #expect(app.state.visibleRows == Self.visible)
        #expect(app.state.contacts.total == 300)
        #expect(app.state.contacts.windowStart == 0)
        #expect(app.state.contacts.rows.count == 87)
        #expect(app.selectedName == "Contact 001")
        #expect(app.detailName == "Contact 001")
        #expect(!app.runaway)
    }

    @Test func jAndDownMoveDownKAndUpMoveUp() throws {
        let app = AppDriver(try Fixture.pressOffice())
        #expect(app.selectedName == "Bruno Martin")
        app.send(.char("j"))
        #expect(app.selectedName == "Camille Lefèvre")
        app.send(.down, .down)
        #expect(app.selectedName == "Hélène Dubois")
        app.send(.char("k"))
        #expect(app.selectedName == "Dmitri Novák")
        app.send(.up)
        #expect(app.selectedName == "Camille Lefèvre")
    }

    @Test func movingStopsAtBothEnds() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("k"), .up)
        #expect(app.state.contacts.selected == 0)
        app.send(Array(repeating: .char("j"), count: 10))
        #expect(app.state.contacts.selected == 5)
        #expect(app.selectedName == "Zoé Girard")
        #expect(app.effects.allSatisfy { if case .loadContactsPage = $0 { false } else { true } })
    }

    @Test func gAndGGoToTheEndsAndLoadTheLastPage() throws {
        let app = AppDriver(try Fixture.numbered(300))
        app.send(.char("G"))
        #expect(app.state.contacts.selected == 299)
        #expect(app.state.contacts.top == 300 - Self.visible)
        // One screen above what is shown, up to the end of the list.
        #expect(app.contactPageRanges == [242..<300])
        #expect(app.selectedName == "Contact 300")
        #expect(app.detailName == "Contact 300")
        let lines = app.lines()
        #expect(lines[2].hasPrefix("Contact 272 "))
        #expect(lines[30].hasPrefix("Contact 300 "))
        #expect(!app.screen().text.contains("…"), "no row is left loading")

        app.send(.char("g"))
        #expect(app.state.contacts.selected == 0)
        #expect(app.contactPageRanges == [0..<87])
        #expect(app.lines()[2].hasPrefix("Contact 001 "))
        app.send(.end)
        #expect(app.selectedName == "Contact 300")
        app.send(.home)
        #expect(app.selectedName == "Contact 001")
    }

    @Test func pageDownMovesByAScreenLessOneAndLoadsRowsBeyondTheFirstPage() throws {
        let app = AppDriver(try Fixture.numbered(300))
        app.send(.pageDown)
        #expect(app.state.contacts.selected == 28)
        #expect(app.state.contacts.top == 0)
        #expect(app.contactPageRanges.isEmpty)
        app.send(.pageDown, .pageDown)
        #expect(app.state.contacts.selected == 84)
        #expect(app.contactPageRanges.isEmpty, "rows up to 86 came with the first page")
        app.send(.pageDown)
        #expect(app.state.contacts.selected == 112)
        #expect(app.state.contacts.top == 84)
        #expect(app.contactPageRanges == [55..<171])
        #expect(app.selectedName == "Contact 113")
        #expect(app.detailName == "Contact 113")
        #expect(app.lines()[30].hasPrefix("Contact 113 "))
    }

    @Test func ctrlDAndCtrlUPageLikePgDnAndPgUp() throws {
        let app = AppDriver(try Fixture.numbered(300))
        app.send(.ctrl("d"), .ctrl("d"), .ctrl("d"), .ctrl("d"))
        #expect(app.state.contacts.selected == 112)
        app.send(.ctrl("u"))
        #expect(app.state.contacts.selected == 84)
        app.send(.pageUp)
        #expect(app.state.contacts.selected == 56)
        app.send(.pageUp, .pageUp, .pageUp)
        #expect(app.state.contacts.selected == 0)
        #expect(app.selectedName == "Contact 001")
    }

    @Test func pagingBackUpReloadsTheRowsAboveTheWindow() throws {
        let app = AppDriver(try Fixture.numbered(300))
        app.send(.char("G"))
        app.send(Array(repeating: .pageUp, count: 4))
        #expect(app.state.contacts.selected == 299 - 4 * 28)
        #expect(app.state.contacts.top == 187)
        #expect(app.contactPageRanges == [186..<300])
        #expect(app.lines()[2].hasPrefix("Contact 188 "))
    }

    @Test func theSelectionStaysOnScreenWhateverTheMoves() throws {
        let app = AppDriver(try Fixture.numbered(300))
        let moves: [Key] = [.pageDown, .char("j"), .pageDown, .pageDown, .pageDown, .ctrl("d"), .char("k"), .pageUp,
                            .char("G"), .char("k"), .ctrl("u"), .ctrl("u"), .char("g"), .down, .pageDown, .end, .home]
        for key in moves {
            app.send(key)
            let screen = app.screen()
            let name = try #require(app.selectedName)
            let rows = screen.rows(containing: name)
            #expect(rows.count == 2, "\(name) in the list and atop the detail after \(key)")
            let listRow = try #require(rows.first { screen.column(of: name, row: $0) == 0 })
            #expect((1..<31).contains(listRow))
            #expect(screen.role(atX: 0, y: listRow) == .listSelected)
            #expect(app.detailName == name)
            #expect(!screen.text.contains("…"), "every shown row is loaded after \(key)")
        }
    }

    @Test func theDetailFollowsTheSelection() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("j"))
        #expect(app.effects.contains(.loadDetail(contactId: try app.contact("Camille Lefèvre").id)))
        let screen = app.screen()
        #expect(screen.column(of: "Camille Lefèvre", row: 1) == 56)
        #expect(screen.find("Pitch on the heat-pump study") != nil)
        #expect(screen.find("Called about the grid report") == nil)
        app.send(.char("j"))
        #expect(app.screen().column(of: "Dmitri Novák  do not contact", row: 1) == 56)
    }

    @Test func theSelectedRowIsHighlightedAcrossTheList() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("j"))
        let screen = app.screen()
        #expect(Set(screen.roles(row: 3)[0..<54]) == [.listSelected])
        #expect(!screen.roles(row: 2)[0..<54].contains(.listSelected))
    }

    @Test func aFocusedDetailDimsTheListSelection() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.tab)
        let screen = app.screen()
        #expect(Set(screen.roles(row: 2)[0..<54]) == [.listDim])
    }

    @Test func theReviewPagesLikeTheContactList() throws {
        let database = try RapportDatabase.inMemory()
        try database.bulkInsert { bulk in
            for index in 1...200 {
                let added = today.adding(days: -(61 + index))
                try bulk.addContact(ContactDraft(name: Fixture.name(index)), created: added, reviewFrom: added)
            }
        }
        let app = AppDriver(database)
        app.send(.char("2"))
        #expect(app.state.review.total == 200)
        #expect(app.effects.contains(.loadReviewPage(generation: app.state.generation, scope: .mine, range: 0..<87)))
        // The longest waiting first: added 261 days ago.
        #expect(app.reviewNames.first == "Contact 200")
        app.send(.char("G"))
        #expect(app.effects.contains(.loadReviewPage(generation: app.state.generation, scope: .mine, range: 142..<200)))
        #expect(app.selectedName == "Contact 001")
        #expect(app.detailName == "Contact 001")
        #expect(app.lines()[30].hasPrefix("Contact 001 "))
        #expect(app.lines()[30].contains("never contacted"))
        app.send(.pageUp)
        #expect(app.selectedName == "Contact 029")
        #expect(!app.lines().contains { $0.hasPrefix("…") }, "no row still loading")
    }
}


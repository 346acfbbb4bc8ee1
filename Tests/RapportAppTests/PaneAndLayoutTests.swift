@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The list and the detail: Tab, Enter and Esc between them, one pane at a
/// time on narrow terminals, the smallest usable size, and resizing.
@Suite struct PaneAndLayoutTests {
    @Test func tabSwitchesTheKeyboardBetweenListAndDetail() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 120, height: 12)
        #expect(app.state.pane == .list)
        app.send(.tab)
        #expect(app.state.pane == .detail)
        // In the detail, j scrolls the detail and leaves the selection alone.
        app.send(.char("j"))
        #expect(app.selectedName == "Bruno Martin")
        #expect(app.state.detail?.scroll == 1)
        #expect(app.lines()[1].hasSuffix("│ Expert · Institut Prisme · Économiste"))
        app.send(.tab)
        #expect(app.state.pane == .list)
        app.send(.char("j"))
        #expect(app.selectedName == "Camille Lefèvre")
    }

    @Test func gAndGScrollTheFocusedDetailToItsEnds() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 120, height: 12)
        app.send(.tab, .char("G"))
        var lines = app.lines()
        #expect(lines[10].hasSuffix("│            ↳ follow-up 2026-11-25: send the grid data"))
        #expect(lines[1].hasSuffix("│             1 exchange in 90 days, last 3 days ago, they"))
        app.send(.char("g"))
        lines = app.lines()
        #expect(lines[1].hasSuffix("│ Bruno Martin"))
        #expect(lines[9].hasSuffix("│ Follow-up   2026-11-25 send the grid data"))
        #expect(lines[10].hasSuffix("│ ↓ more (j/k scroll)"), "the mark has a row of its own")
    }

    @Test
    func upScrollsBackAtOnceAfterTheEndOfTheDetail() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 120, height: 12)
        app.send(.tab, .char("G"))
        let bottom = app.lines()
        app.send(.char("k"))
        let detail = { (line: String) in line.split(separator: "│").last.map(String.init) ?? "" }
        #expect(detail(app.lines()[1]) != detail(bottom[1]), "k after G scrolls up one line")
        #expect(detail(app.lines()[2]) == detail(bottom[1]))
    }

    @Test
    func upScrollsBackAtOnceAfterTheEndOfTheHelp() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("?"), .char("G"))
        let bottom = app.lines()
        app.send(.char("k"))
        #expect(app.lines() != bottom, "k after G scrolls the help up one line")
    }

    @Test
    func theMoreMarkDoesNotRunIntoTheText() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 18)
        app.send(.char("j"))
        let screen = app.screen()
        let mark = try #require(screen.find("↓ more"))
        let before = screen.text(x: mark.x - 1, y: mark.y, count: 1)
        #expect(before == " " || before == "…", "the line ends before the mark: \(screen.trimmedLines()[mark.y])")
    }

    @Test func enterOpensTheDetailAndEscGoesBack() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.enter)
        #expect(app.state.pane == .detail)
        #expect(app.lines().last == " j move  / search  s sort  l log  a add  z snooze  d done  ? help  q quit")
        app.send(.escape)
        #expect(app.state.pane == .list)
        #expect(app.lines().last == " j move  Enter open  / search  s sort  l log  a add  z snooze  ? help  q quit")
    }

    @Test func bothPanesShowSideBySideFrom100Columns() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 20)
        let screen = app.screen()
        #expect(screen.column(of: "Name", row: 1) == 0)
        #expect(screen.column(of: "│ Bruno Martin", row: 1) == 45)
        #expect(screen.role(atX: 45, y: 5) == .border)
    }

    @Test func narrowTerminalsShowOnePaneAtATime() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 99, height: 24)
        var text = app.screen().text
        #expect(text.contains("Name"))
        #expect(!text.contains("Expert · Institut Prisme"))
        #expect(!text.contains("│"))
        app.send(.enter)
        text = app.screen().text
        #expect(!text.contains("Camille Lefèvre"))
        #expect(app.lines()[1] == " Bruno Martin")
        #expect(app.lines()[2] == " Expert · Institut Prisme · Économiste")
        app.send(.escape)
        #expect(app.lines()[1].hasPrefix("Name "))
        app.send(.tab)
        #expect(app.lines()[1] == " Bruno Martin")
        app.send(.tab)
        #expect(app.lines()[2].hasPrefix("Bruno Martin "))
    }

    @Test func theNarrowListShowsOutletAndRoleWhenThereIsRoom() throws {
        let wide = AppDriver(try Fixture.pressOffice(), width: 80, height: 24).lines()
        #expect(wide[1] == "Name                           Outlet                Role        Last Warmth")
        #expect(wide[2] == "Bruno Martin                   Institut Prisme       expert        3d ██▉░░░  48")
        let narrow = AppDriver(try Fixture.pressOffice(), width: 64, height: 24).lines()
        #expect(narrow[1] == "Name                        Outlet               Last Warmth")
        let narrowest = AppDriver(try Fixture.pressOffice(), width: 45, height: 24).lines()
        #expect(narrowest[1] == "Name                             Last Warmth")
    }

    @Test func theSmallestSizeStillWorks() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 40, height: 12)
        #expect(app.lines() == [
            " Rapport  1 6   2 3   3 2    sort: name",
            "Name                        Last Warmth",
            "Bruno Martin                  3d █▌░  48",
            "Camille Lefèvre              45d ▋░░  21",
            "Dmitri Novák ⊘               70d ▍░░  13",
            "Hélène Dubois                  — ░░░   0",
            "Youssef Haddad                2d ▍░░  14",
            "Zoé Girard                     — ░░░   0",
            "", "", "",
            // Help and quit are the last hints to go.
            " j move  Enter open  ? help  q quit",
        ])
        app.send(.char("j"), .enter)
        #expect(app.lines()[1] == " Camille Lefèvre")
        app.send(.escape, .char("l"))
        #expect(app.form?.title == "Log an exchange with Camille Lefèvre")
        #expect(app.screen().find("Summary") != nil)
        app.type("Quick call")
        app.send(.enter)
        #expect(try app.exchanges(of: "Camille Lefèvre").first?.summary == "Quick call")
        app.send(.char("?"))
        #expect(app.screen().find("Keys — Esc, ? or q closes") != nil)
        app.send(.escape, .char("2"))
        #expect(app.lines()[1].hasPrefix("Due"))
        #expect(app.screen().rowsAreWellFormed())
    }

    @Test
    func theHeaderShowsTheThreeCountsAtTheMinimumSize() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 40, height: 12)
        let header = app.lines()[0]
        #expect(header.contains("1 6"))
        #expect(header.contains("2 3"))
        #expect(header.contains("3 2"))
    }

    @Test(arguments: [(39, 12), (40, 11), (20, 5), (1, 1), (0, 0)])
    func smallerTerminalsShowACentredMessage(width: Int, height: Int) throws {
        let app = AppDriver(try Fixture.pressOffice(), width: width, height: height)
        let screen = app.screen()
        guard height >= 3 else {
            #expect(screen.width == width)
            return
        }
        let message = ["Terminal too small", "40×12 needed, now \(width)×\(height)", "q quits"]
        let top = (height - 3) / 2
        for (offset, line) in message.enumerated() {
            let fitted = DisplayWidth.of(line) <= width ? line : String(line.prefix(width - 1)) + "…"
            let x = (width - DisplayWidth.of(fitted)) / 2
            #expect(screen.column(of: fitted, row: top + offset) == x, "\(line) centred")
        }
        #expect(screen.role(atX: (width - 18) / 2, y: top) == .statusWarning)
        #expect(screen.trimmedLines().filter { !$0.isEmpty }.count == 3)
    }

    @Test(arguments: [(39, 12), (40, 11), (12, 4), (1, 1), (0, 0)])
    func noKeyDoesAnythingButQuitWhenTooSmall(width: Int, height: Int) throws {
        let database = try Fixture.pressOffice()
        let before = try database.exchanges(contactId: try database.contactIds(sort: .name, today: today)[0])
        let app = AppDriver(database, width: width, height: height)
        let keys = AppAction.table.flatMap(\.keys).filter { $0 != .char("q") && $0 != .ctrl("c") && $0 != .ctrl("l") }
            + [.left, .right, .backspace, .delete, .insert, .function(1), .alt("x"), .unknown(999), .char("é"), .char("👍🏽")]
        for key in keys {
            let state = app.state
            app.send(key)
            #expect(app.effects.isEmpty, "\(key) does nothing")
            #expect(app.state.overlay == state.overlay && app.state.view == state.view && app.state.pane == state.pane)
            _ = app.screen()
        }
        #expect(try database.exchanges(contactId: try database.contactIds(sort: .name, today: today)[0]) == before)
        app.send(.char("q"))
        #expect(app.loopEffects == [.quit])
        #expect(app.state.quitRequested)
    }

    @Test func anyKeyAtAnySizeNeverCrashes() throws {
        let keys: [Key] = [.char("j"), .char("G"), .tab, .enter, .char("l"), .char("x"), .tab, .char("é"), .escape, .escape,
                           .char("?"), .pageDown, .char("q"), .char("2"), .char("z"), .escape, .char("3"), .char("/"),
                           .char("a"), .escape, .escape, .char("1"), .char("f"), .char("j"), .escape, .char("a"), .enter, .escape]
        for (width, height) in [(40, 12), (41, 13), (45, 12), (60, 15), (99, 30), (100, 12), (160, 50)] {
            let app = AppDriver(try Fixture.pressOffice(), width: width, height: height)
            for key in keys {
                app.send(key)
                let screen = app.screen()
                #expect(screen.rowsAreWellFormed(), "\(width)×\(height) after \(key)")
                #expect(screen.unsafeCells().isEmpty)
            }
        }
    }

    @Test func growingBackRestoresTheScreenAsItWas() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("j"), .char("l"))
        app.type("Half typed")
        let before = app.lines()
        app.resize(width: 30, height: 8)
        #expect(app.screen().find("Terminal too small") != nil)
        app.send(.enter)
        #expect(try app.exchanges(of: "Camille Lefèvre").count == 2, "Enter is ignored while too small")
        app.resize(width: 120, height: 32)
        #expect(app.lines() == before)
        #expect(app.form?.value(.summary) == "Half typed")
    }

    @Test func resizingRelaysOutAndKeepsTheSelectionOnScreen() throws {
        let app = AppDriver(try Fixture.numbered(300), width: 120, height: 60)
        app.send(.pageDown, .pageDown)
        #expect(app.state.contacts.selected == 112)
        #expect(app.state.contacts.top == 56)
        app.resize(width: 80, height: 24)
        #expect(app.state.visibleRows == 21)
        #expect(app.state.contacts.top == 112 - 21 + 1)
        var screen = app.screen()
        #expect(screen.trimmedLines()[22].hasPrefix("Contact 113 "))
        #expect(screen.role(atX: 0, y: 22) == .listSelected)
        #expect(!screen.text.contains("│"), "one pane below 100 columns")
        #expect(screen.find("Outlet") != nil)

        app.resize(width: 140, height: 40)
        screen = app.screen()
        #expect(app.state.layout.isTwoPane)
        #expect(screen.rows(containing: "Contact 113").count == 2, "list row and detail title")
        #expect(screen.column(of: "│ Contact 113", row: 1) == 63)
        #expect(screen.trimmedLines().count == 40)
        #expect(screen.trimmedLines()[39].hasPrefix(" j move"))
    }

    @Test func aResizeLoadsRowsThatComeIntoView() throws {
        let app = AppDriver(try Fixture.numbered(300), width: 120, height: 20)
        #expect(app.state.contacts.rows.count == 3 * 20)
        app.resize(width: 120, height: 100)
        #expect(app.state.visibleRows == 97)
        #expect(app.contactPageRanges == [0..<291])
        #expect(app.screen().trimmedLines()[98].hasPrefix("Contact 097 "))
    }
}

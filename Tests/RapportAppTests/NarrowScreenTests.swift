@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Below 80 columns the header and footer shorten by priority: "? help"
/// and "q quit" are the last hints to go; the help says when more follows.
@Suite struct NarrowScreenTests {
    func app(width: Int, height: Int = 24) throws -> AppDriver {
        AppDriver(try Fixture.pressOffice(), width: width, height: height)
    }

    @Test(arguments: [
        (100, " Rapport · press.sqlite   1 Contacts 6   2 Review 3   3 Follow-ups 2                     sort: name",
         " j move  Enter open  / search  s sort  l log  a add  z snooze  ? help  q quit"),
        (79, " Rapport  1 Contacts 6   2 Review 3   3 Follow-ups 2                sort: name",
         " j move  Enter open  / search  s sort  l log  a add  z snooze  ? help  q quit"),
        (60, " Rapport  1 6   2 3   3 2                        sort: name",
         " j move  Enter open  / search  s sort  l log  ? help  q quit"),
        (40, " Rapport  1 6   2 3   3 2    sort: name",
         " j move  Enter open  ? help  q quit"),
    ])
    func headerAndFooterAtEachWidth(width: Int, header: String, footer: String) throws {
        let app = try app(width: width)
        let lines = app.lines()
        #expect(lines[0] == header)
        #expect(lines[23] == footer)
        let screen = app.screen()
        #expect(screen.roles(of: "?", row: 23) == [.footerKey])
        #expect(screen.roles(of: "q", row: 23) == [.footerKey])
        #expect(screen.roles(of: "help", row: 23) == [.footer])
    }

    @Test func aLongSearchDropsTheAppNameBeforeCuttingTheNotes() throws {
        let app = try app(width: 40)
        app.send(.char("/"))
        app.type("quotidien")
        app.send(.enter)
        #expect(app.lines()[0] == " 1 6   2 3   3 2  sort: name · /quotid…")
        #expect(app.lines()[23] == " j move  Enter open  ? help  q quit")
    }

    @Test func theHintsKeepTheirOrderAndEssentialOnesGoLast() {
        let hints = [KeyHint(keys: "j", label: "move"), KeyHint(keys: "/", label: "search"),
                     KeyHint(keys: "?", label: "help"), KeyHint(keys: "q", label: "quit")]
        let bar = KeyHintsBar(hints, essential: [hints[2], hints[3]])
        #expect(bar.shown(width: 80) == hints)
        #expect(bar.shown(width: 24) == [hints[0], hints[2], hints[3]])
        #expect(bar.shown(width: 17) == [hints[2], hints[3]])
        #expect(bar.shown(width: 9) == [hints[2]])
        #expect(bar.shown(width: 5).isEmpty)
        // Without essentials, the last ones go first, as before.
        #expect(KeyHintsBar(hints).shown(width: 24) == [hints[0], hints[1]])
    }

    @Test func overriddenHelpAndQuitKeysStayEssential() throws {
        let keymap = try AppAction.defaultKeymap().overriding([("help", [.char("h")]), ("quit", [.ctrl("q")])])
        let app = AppDriver(try Fixture.pressOffice(), width: 40, height: 12, keymap: keymap)
        #expect(app.lines()[11] == " j move  Enter open  h help  Ctrl-q quit")
    }

    @Test func theHelpSaysWhenMoreFollowsBelowAndScrolls() throws {
        let app = try app(width: 60, height: 16)
        app.send(.char("?"))
        var lines = app.lines()
        let more = try #require(lines.firstIndex { $0.contains("↓ more below: j/↓, PgDn/Ctrl-d") })
        #expect(more == 13, "the last row inside the box")
        let screen = app.screen()
        let x = try #require(screen.column(of: "↓ more below", row: more))
        #expect(screen.role(atX: x, y: more) == .helpHeading)
        app.send(.char("j"))
        #expect(app.lines()[1...3].joined().contains("Moving") == false, "scrolled by one line")
        app.send(.char("G"))
        lines = app.lines()
        #expect(!lines.contains { $0.contains("more below") }, "at the bottom nothing more follows")
        #expect(lines[13].contains("Quit at once"), "the last binding shows on the last row")
    }

    @Test func aTallEnoughScreenShowsNoMoreBelow() throws {
        let app = try app(width: 100, height: 60)
        app.send(.char("?"))
        #expect(!app.lines().contains { $0.contains("more below") })
    }
}

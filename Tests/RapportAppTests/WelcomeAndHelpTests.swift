@testable import RapportApp
import Foundation
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The first launch on an empty database, and the help screen and footer
/// generated from the key table (overrides included).
@Suite struct WelcomeAndHelpTests {
    @Test func anEmptyDatabaseShowsTheWelcome() throws {
        let app = AppDriver(try RapportDatabase.inMemory(), width: 80, height: 24)
        #expect(App.showsWelcome(app.state))
        #expect(app.lines() == [
            " Rapport · press.sqlite   1 Contacts 0   2 Review 0   3 Follow-ups 0",
            "", "", "", "", "",
            "              ┌ Rapport ─────────────────────────────────────────┐",
            "              │ Welcome to Rapport.                              │",
            "              │                                                  │",
            "              │ Your database is empty. To begin:                │",
            "              │                                                  │",
            "              │   a   add a contact                              │",
            "              │   i   import contacts (vCard or CSV)             │",
            "              │   d   load the demo data (fictional people)      │",
            "              │                                                  │",
            "              │   ?   help      q   quit                         │",
            "              └──────────────────────────────────────────────────┘",
            "", "", "", "", "", "",
            " a add  d demo  i import  ? help  q quit",
        ])
        let screen = app.screen()
        #expect(screen.role(of: "Welcome to Rapport.") == .welcome)
        #expect(screen.role(of: "┌") == .border)
    }

    @Test
    func theWelcomeSettles() throws {
        let app = AppDriver(try RapportDatabase.inMemory())
        #expect(!app.runaway)
    }

    @Test func dLoadsTheDemo() throws {
        let app = AppDriver(try RapportDatabase.inMemory(), width: 80, height: 24)
        app.send(.char("d"))
        #expect(app.effects.first == .loadDemo)
        #expect(app.status == "Loaded the demo: 80 fictional people, 600 exchanges")
        #expect(!App.showsWelcome(app.state))
        #expect(try app.database.contactCount() == 80)
        #expect(app.state.counts.contacts == app.state.contacts.total)
        #expect(app.state.counts.contacts > 70)
        #expect(app.state.counts.review > 0)
        #expect(app.contactNames.count == 3 * 21, "the first page: three screens")
        let lines = app.lines()
        #expect(lines[1] == "Name                           Outlet                Role        Last Warmth")
        #expect(lines[2].hasPrefix(app.contactNames[0]))
        #expect(app.selectedName == app.contactNames[0])
        // The demo holds accented and CJK names; the columns stay in place.
        let screen = app.screen()
        // Columns at 80: Last ends at 68, Warmth starts at 70.
        for y in 2..<23 {
            #expect(screen.isContactRow(y, lastEnd: 68, warmthX: 70), "row \(y): \(screen.trimmedLines()[y])")
        }
        #expect(screen.rowsAreWellFormed())
    }

    @Test func aAddsTheFirstContactAndLeavesTheWelcome() throws {
        let app = AppDriver(try RapportDatabase.inMemory(), width: 80, height: 24)
        app.send(.char("a"))
        #expect(app.form?.title == "Add a contact")
        app.send(.escape)
        #expect(App.showsWelcome(app.state), "cancelling goes back to the welcome")
        app.send(.char("a"))
        app.type("Léa Roux")
        app.send(.enter)
        #expect(!App.showsWelcome(app.state))
        #expect(app.selectedName == "Léa Roux")
        #expect(app.lines()[2].hasPrefix("Léa Roux "))
        #expect(app.status == "Added Léa Roux")
    }

    @Test func iAsksForAFileToImport() throws {
        let app = AppDriver(try RapportDatabase.inMemory(), width: 80, height: 24)
        app.send(.char("i"))
        #expect(app.form?.title == "Import contacts")
        app.send(.enter)
        #expect(app.form?[.path]?.error == "which file?")
        app.type("/nonexistent/contacts.vcf")
        app.send(.enter)
        #expect(app.effects.first == .importFile(path: "/nonexistent/contacts.vcf"))
        // The import runs (RapportTransfer) and says the file is missing.
        #expect(app.status?.hasPrefix("/nonexistent/contacts.vcf") == true, "\(app.status ?? "")")
        #expect(app.state.status?.kind == .error)
    }

    @Test func otherKeysDoNothingOnTheWelcome() throws {
        let app = AppDriver(try RapportDatabase.inMemory(), width: 80, height: 24)
        let before = app.lines()
        for key: Key in [.char("j"), .char("l"), .char("2"), .char("x"), .char("z"), .char("u"), .tab, .enter, .escape, .char("/")] {
            app.send(key)
            #expect(app.effects.isEmpty, "\(key)")
            #expect(app.state.overlay == nil)
            #expect(app.lines() == before)
        }
        app.send(.char("q"))
        #expect(app.loopEffects == [.quit])
    }

    // MARK: Help

    @Test func questionMarkShowsEveryActionOfTheKeyTable() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 120, height: 60)
        app.send(.char("?"))
        #expect(app.state.overlay == .help(scroll: 0))
        let screen = app.screen()
        #expect(screen.find("┌ Keys — Esc, ? or q closes ") != nil)
        for binding in AppAction.table {
            let keys = binding.keys.filter { AZERTY.shown($0) }.map(\.displayName).joined(separator: " ")
            let position = try #require(screen.find(binding.help, fromRow: 1), "\(binding.action) is in the help")
            #expect(screen.column(of: keys, row: position.y) != nil, "\(binding.help) shows \(keys)")
            #expect(screen.role(atX: position.x, y: position.y) == .help)
        }
        for section in ["Moving", "Views", "Contact", "Welcome", "Forms", "General"] {
            let position = try #require(screen.find("│ \(section)  ", fromRow: 1))
            #expect(screen.role(atX: position.x + 2, y: position.y) == .helpHeading)
        }
        #expect(screen.role(of: "PgDn Ctrl-d") == .helpKey)
    }

    @Test func theHelpScrollsOnSmallScreensToShowEveryAction() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 80, height: 24)
        app.send(.char("?"))
        var seen = Set<String>()
        for _ in 0..<60 {
            seen.formUnion(app.lines())
            app.send(.char("j"))
        }
        let text = seen.joined(separator: "\n")
        for binding in AppAction.table {
            #expect(text.contains(binding.help), "\(binding.help)")
        }
        app.send(.char("g"))
        #expect(app.state.overlay == .help(scroll: 0))
        app.send(.pageDown)
        #expect(app.state.overlay == .help(scroll: 20))
        #expect(app.lines()[3].contains("Log an exchange with this contact"), "one row lower since the review-scope key joined the Views section")
    }

    @Test(arguments: [Key.escape, .char("?"), .char("q")])
    func escQuestionMarkAndQCloseTheHelp(key: Key) throws {
        let app = AppDriver(try Fixture.pressOffice())
        let main = app.lines()
        app.send(.char("?"))
        app.send(key)
        #expect(app.state.overlay == nil)
        #expect(!app.state.quitRequested, "q closes the help, it does not quit")
        #expect(app.lines() == main)
    }

    @Test func otherKeysDoNothingInTheHelp() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("?"))
        app.send(.char("l"), .char("x"), .char("a"), .enter, .tab, .char("2"))
        #expect(app.state.overlay == .help(scroll: 0))
        #expect(app.state.view == .contacts)
        #expect(app.effects.isEmpty)
    }

    @Test func theFooterHintsFollowTheFocus() throws {
        let app = AppDriver(try Fixture.pressOffice())
        #expect(app.lines()[31] == " j move  Enter open  / search  s sort  l log  a add  z snooze  ? help  q quit")
        app.send(.char("2"))
        #expect(app.lines()[31] == " j move  Enter open  / search  l log  a add  z snooze  d done  ? help  q quit")
        app.send(.char("l"))
        #expect(app.lines()[31] == " Enter save  Esc cancel  Tab next")
        let screen = app.screen()
        #expect(screen.roles(of: "Enter", row: 31) == [.footerKey])
        #expect(screen.roles(of: "save", row: 31) == [.footer])
    }

    @Test func overriddenKeysShowInHelpAndFooterAndWork() throws {
        let keymap = try AppAction.defaultKeymap().overriding([
            (action: "log", keys: [.char("L")]),
            (action: "search", keys: [.ctrl("f"), .char("/")]),
            (action: "help", keys: [.function(1)]),
        ])
        let app = AppDriver(try Fixture.pressOffice(), width: 120, height: 60, keymap: keymap)
        #expect(app.lines()[59] == " j move  Enter open  Ctrl-f search  s sort  L log  a add  z snooze  F1 help  q quit")
        app.send(.char("l"))
        #expect(app.state.overlay == nil, "l is free now")
        app.send(.char("?"))
        #expect(app.state.overlay == nil)
        app.send(.function(1))
        let screen = app.screen()
        let log = try #require(screen.find("Log an exchange with this contact"))
        #expect(screen.column(of: " L ", row: log.y) != nil)
        let search = try #require(screen.find("Search as you type"))
        #expect(screen.column(of: "Ctrl-f /", row: search.y) != nil, "keys joined by spaces: / is a key")
        let help = try #require(screen.find("This help"))
        #expect(screen.column(of: "F1", row: help.y) != nil)
        app.send(.function(1))
        #expect(app.state.overlay == nil)
        app.send(.char("L"))
        #expect(app.form?.title == "Log an exchange with Bruno Martin")
        app.send(.escape, .ctrl("f"))
        #expect(app.state.search.isEditing)
    }
}

/// Tab in the import prompt completes the file name.
@Suite struct ImportPromptTests {
    @Test func tabCompletesAndListsTheMatches() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("contacts-old"), withIntermediateDirectories: true)
        for name in ["contacts.vcf", "contacts.csv", "notes.txt"] {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("i"))
        app.type(folder.path + "/con")
        app.send(.tab)
        #expect(app.effects == [.completePath(folder.path + "/con")])
        #expect(app.form?.value(.path) == folder.path + "/contacts")
        #expect(app.form?[.path]?.hint == "contacts-old/  contacts.csv  contacts.vcf")
        #expect(app.form?.focus == 0, "Tab completes instead of moving")
        app.type(".v")
        app.send(.tab)
        #expect(app.form?.value(.path) == folder.path + "/contacts.vcf")
        app.send(.ctrl("w"))
        app.type(folder.path + "/contacts-")
        app.send(.tab)
        #expect(app.form?.value(.path) == folder.path + "/contacts-old/")
        app.type("zzz")
        app.send(.tab)
        #expect(app.form?[.path]?.hint == "no match")
        #expect(app.screen().find("no match") != nil)
    }
}

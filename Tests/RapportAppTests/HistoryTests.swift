@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The history in the detail pane: a highlight moved with j/k, an exchange
/// read in full (Enter), corrected in the log form (e), deleted after a
/// question (D), and `u` undoing the edit or the delete.
@Suite struct HistoryTests {
    /// Camille's history, newest first: the pitch (45 days ago), then the lunch (100 days ago).
    static let pitch = "Pitch on the heat-pump study"
    static let lunch = "Lunch at the press club"

    func roleOfHistoryLine(_ app: AppDriver, _ text: String) throws -> StyleRole? {
        let screen = app.screen()
        let at = try #require(screen.find(text), "\(text) is on screen")
        return screen.role(atX: at.x, y: at.y)
    }

    @Test func jAndKMoveAHighlightThroughTheHistoryWhenTheDetailHasTheKeyboard() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        #expect(try roleOfHistoryLine(app, Self.pitch) == .detailValue, "no highlight while the list has the keyboard")
        app.send(.tab)
        #expect(try roleOfHistoryLine(app, Self.pitch) == .listSelected)
        #expect(try roleOfHistoryLine(app, Self.lunch) == .detailValue)
        let screen = app.screen()
        let row = try #require(screen.find(Self.pitch)).y
        let pane = app.state.layout.detail
        #expect((pane.x..<pane.maxX).allSatisfy { screen.role(atX: $0, y: row) == .listSelected }, "the whole row is highlighted")
        app.send(.char("j"))
        #expect(app.state.detail?.highlight == 1)
        #expect(try roleOfHistoryLine(app, Self.pitch) == .detailValue)
        #expect(try roleOfHistoryLine(app, Self.lunch) == .listSelected)
        app.send(.char("j"))
        #expect(app.state.detail?.highlight == 1, "the oldest stays highlighted")
        app.send(.char("k"))
        #expect(try roleOfHistoryLine(app, Self.pitch) == .listSelected)
        #expect(app.selectedName == "Camille Lefèvre", "the list selection did not move")
        app.send(.tab)
        #expect(try roleOfHistoryLine(app, Self.pitch) == .detailValue)
    }

    @Test func theHighlightScrollsTheDetailToStayInView() throws {
        let database = try RapportDatabase.inMemory()
        let busy = try database.add("Busy Person", addedDaysAgo: 700)
        for index in 0..<40 { try database.log(busy, daysAgo: index + 1, "Exchange \(index)") }
        let app = AppDriver(database, width: 120, height: 20)
        app.send(.tab)
        for _ in 0..<25 { app.send(.char("j")) }
        #expect(app.state.detail?.highlight == 25)
        #expect(try roleOfHistoryLine(app, "→ Exchange 25") == .listSelected)
        #expect(app.state.detail?.scroll ?? 0 > 0)
        app.send(.char("G"))
        #expect(app.state.detail?.highlight == 39)
        #expect(try roleOfHistoryLine(app, "→ Exchange 39") == .listSelected)
        app.send(.char("g"))
        #expect(app.state.detail?.highlight == 0)
        #expect(app.state.detail?.scroll == 0)
        #expect(app.screen().find("Busy Person") != nil)
    }

    @Test func enterShowsTheWholeExchange() throws {
        let database = try Fixture.pressOffice()
        let camille = try Fixture.contact(database, "Camille Lefèvre")
        let summary = "Long call about the heat-pump study, the grid report, the regional figures and the embargo on the March numbers"
        try database.logExchange(contactId: camille.id, ExchangeDraft(
            day: today.adding(days: -1), channel: .phone, direction: .inbound, summary: summary,
            notes: "She wants the raw data.\nCall the desk, not her mobile.", rating: 3, intent: .asked,
            followUp: FollowUp(due: today.adding(days: -1), text: "send the regional figures")), today: today)
        let app = AppDriver(database, width: 100, height: 30)
        try app.select("Camille Lefèvre")
        app.send(.tab, .enter)
        guard case .exchange(let reading) = app.state.overlay else {
            Issue.record("Enter opens the exchange")
            return
        }
        #expect(reading.exchange.summary == summary)
        let screen = app.screen()
        let lines = screen.trimmedLines().joined(separator: "\n")
        #expect(screen.find("Exchange with Camille Lefèvre") != nil)
        for text in ["Date        2026-11-25", "Channel     Phone", "Direction   ← they reached out",
                     "Intent      asked (pitch, request)", "Rating      ★★★☆☆",
                     "Follow-up   2026-11-25 · open, due · send the regional figures",
                     "Notes", "She wants the raw data.", "Call the desk, not her mobile.",
                     "e edit · D delete · j/k scroll · Esc close"] {
            #expect(screen.find(text) != nil, "\(text)\n\(lines)")
        }
        // The summary is wrapped, every word shown.
        let first = try #require(screen.find("Summary     Long call about"))
        var shown = ""
        for y in first.y..<(first.y + 4) { shown += " " + screen.text(x: first.x + 12, y: y, count: 60) }
        let words = shown.split(separator: " ").joined(separator: " ")
        #expect(words.contains(summary), "\(words)")
        #expect(screen.roles(of: "2026-11-25 · open, due", row: try #require(screen.find("Follow-up   2026-11-25")).y) == [.statusWarning])
        app.send(.escape)
        #expect(app.state.overlay == nil)
        #expect(app.state.pane == .detail)
    }

    @Test func aLongExchangeScrollsInItsOverlay() throws {
        let database = try Fixture.pressOffice()
        let camille = try Fixture.contact(database, "Camille Lefèvre")
        let notes = (1...30).map { "Note line \($0)" }.joined(separator: "\n")
        try database.logExchange(contactId: camille.id, ExchangeDraft(day: today, summary: "Briefing", notes: notes), today: today)
        let app = AppDriver(database, width: 100, height: 20)
        try app.select("Camille Lefèvre")
        app.send(.tab, .enter)
        #expect(app.screen().find("↓ more · e edit") != nil)
        #expect(app.screen().find("Note line 30") == nil)
        app.send(.char("j"))
        guard case .exchange(let reading) = app.state.overlay else {
            Issue.record("the overlay stays open")
            return
        }
        #expect(reading.scroll == 1)
        #expect(app.screen().find("Date        2026-11-26") == nil, "scrolled past the first line")
        app.send(.char("G"))
        #expect(app.screen().find("Note line 30") != nil)
        #expect(app.screen().find("↓ more") == nil)
        app.send(.char("q"))
        #expect(app.state.overlay == nil)
    }

    @Test func eOpensTheLogFormPrefilledAndSavingUpdatesTheExchange() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let lunch = try #require(try app.exchanges(of: "Camille Lefèvre").last)
        app.send(.tab, .char("j"), .char("e"))
        let form = try #require(app.form)
        #expect(form.title == "Edit the exchange of 2026-08-18 with Camille Lefèvre")
        #expect(form.value(.summary) == Self.lunch)
        #expect(form.value(.channel) == "meeting")
        #expect(form.value(.direction) == "in")
        #expect(form.value(.intent) == "gave")
        #expect(form.value(.rating) == "5")
        #expect(form.value(.date) == "2026-08-18")
        #expect(form.value(.followUpDate) == "")
        #expect(app.screen().find("Summary       Lunch at the press club") != nil)
        app.send(.ctrl("u"))
        app.type("Lunch at the Cercle")
        app.send(.enter)
        #expect(app.form == nil)
        #expect(app.status == "Edited the exchange with Camille Lefèvre — u to undo")
        let exchanges = try app.exchanges(of: "Camille Lefèvre")
        #expect(exchanges.count == 2)
        var expected = lunch
        expected.summary = "Lunch at the Cercle"
        #expect(exchanges.last == expected, "the same exchange (same id), only the summary changed")
        #expect(try roleOfHistoryLine(app, "Lunch at the Cercle") == .listSelected, "the highlight stays on it")
    }

    @Test func eInTheOverlayEditsAndANewDateMovesTheContactsLastExchange() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        #expect(app.lines()[3].hasPrefix("Camille Lefèvre ") && app.lines()[3].contains(" 45d "))
        app.send(.tab, .char("j"), .enter, .char("e"))
        let form = try #require(app.form)
        #expect(form.value(.summary) == Self.lunch)
        app.send(Array(repeating: .tab, count: 5))
        #expect(app.form?.fields[app.form?.focus ?? 0].id == .date)
        app.send(.ctrl("u"))
        app.type("-5d")
        app.send(.enter)
        #expect(try app.exchanges(of: "Camille Lefèvre").map(\.summary) == [Self.lunch, Self.pitch])
        #expect(app.lines()[3].contains(" 5d "), "the list row shows the new last exchange")
        #expect(try app.contact("Camille Lefèvre").lastExchange == today.adding(days: -5))
        #expect(app.state.detail?.highlightedExchange?.summary == Self.lunch, "the highlight followed it to the top")
    }

    @Test func savingWithoutAChangeWritesNothing() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let before = try app.database.exchanges(contactId: try app.contact("Camille Lefèvre").id)
        app.send(.tab, .char("e"), .enter)
        #expect(app.status == "No change")
        #expect(app.form == nil)
        #expect(!app.effects.contains { if case .updateExchange = $0 { return true } else { return false } })
        #expect(try app.exchanges(of: "Camille Lefèvre") == before)
    }

    @Test func escClosesAnUntouchedEditFormAtOnceAndAsksOnceChanged() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.tab, .char("e"), .escape)
        #expect(app.form == nil, "a prefilled form that nobody changed closes without a question")
        app.send(.char("e"))
        app.type("!")
        app.send(.escape)
        #expect(app.form?.confirmingDiscard == true, "a changed one asks first")
    }

    @Test func multiLineNotesSurviveAnEdit() throws {
        let database = try Fixture.pressOffice()
        let camille = try Fixture.contact(database, "Camille Lefèvre")
        try database.logExchange(contactId: camille.id, ExchangeDraft(day: today, summary: "Briefing", notes: "one\ntwo"), today: today)
        let app = AppDriver(database)
        try app.select("Camille Lefèvre")
        app.send(.tab, .char("e"))
        #expect(app.form?.value(.notes) == "one⏎two")
        app.send(.ctrl("u"))
        app.type("Briefing by phone")
        app.send(.enter)
        #expect(try app.exchanges(of: "Camille Lefèvre").first?.notes == "one\ntwo", "untouched notes keep their line break")
        app.send(.char("e"), .up, .up)
        app.type("⏎three")
        app.send(.enter)
        #expect(try app.exchanges(of: "Camille Lefèvre").first?.notes == "one\ntwo\nthree")
    }

    @Test func dDeletesAfterAQuestion() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.tab, .char("D"))
        let confirm = try #require(app.confirm)
        #expect(confirm.question == "Delete the exchange of 2026-10-12 with Camille Lefèvre (“\(Self.pitch)”)? u undoes it. (y/n)")
        #expect(app.screen().find("Delete the exchange of 2026-10-12") != nil)
        app.send(.char("n"))
        #expect(app.confirm == nil)
        #expect(try app.exchanges(of: "Camille Lefèvre").count == 2)
        app.send(.char("D"), .char("y"))
        #expect(try app.exchanges(of: "Camille Lefèvre").map(\.summary) == [Self.lunch])
        #expect(app.status == "Deleted the exchange of 2026-10-12 with Camille Lefèvre — u to undo")
        #expect(app.screen().find("History · 1 exchange") != nil)
        #expect(app.screen().find(Self.pitch) == nil)
        #expect(app.lines()[3].contains(" 100d "), "the last exchange is now the lunch")
        #expect(try roleOfHistoryLine(app, Self.lunch) == .listSelected)
    }

    @Test func dInTheOverlayAsksToo() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.tab, .char("j"), .enter, .char("D"))
        #expect(app.confirm?.question.hasPrefix("Delete the exchange of 2026-08-18 with Camille Lefèvre") == true)
        app.send(.char("y"))
        #expect(try app.exchanges(of: "Camille Lefèvre").map(\.summary) == [Self.pitch])
        #expect(app.state.overlay == nil)
    }

    @Test func uUndoesAnExchangeEdit() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let before = try app.exchanges(of: "Camille Lefèvre")
        app.send(.tab, .char("e"), .ctrl("u"))
        app.type("Pitch, corrected")
        app.send(.enter)
        #expect(try app.exchanges(of: "Camille Lefèvre").first?.summary == "Pitch, corrected")
        app.send(.char("u"))
        #expect(app.status == "Undid the edit of the exchange with Camille Lefèvre")
        #expect(try app.exchanges(of: "Camille Lefèvre") == before)
        #expect(app.screen().find(Self.pitch) != nil)
        app.send(.char("u"))
        #expect(app.status == "Nothing to undo")
    }

    @Test func uUndoesADeleteWithTheSameExchange() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let before = try app.exchanges(of: "Camille Lefèvre")
        app.send(.tab, .char("j"), .char("D"), .char("y"))
        #expect(try app.exchanges(of: "Camille Lefèvre").count == 1)
        app.send(.char("u"))
        #expect(app.status == "Put back the exchange of 2026-08-18 with Camille Lefèvre")
        #expect(try app.exchanges(of: "Camille Lefèvre") == before, "same id, same fields")
        #expect(app.screen().find("History · 2 exchanges") != nil)
    }

    @Test func undoRefusesAnEditChangedSinceByAnotherProgram() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.tab, .char("e"), .ctrl("u"))
        app.type("Pitch, corrected")
        app.send(.enter)
        let edited = try #require(try app.exchanges(of: "Camille Lefèvre").first)
        var draft = ExchangeDraft(edited)
        draft.summary = "Changed on the command line"
        try app.database.updateExchange(id: edited.id, draft, today: today)
        app.send(.char("u"))
        #expect(app.state.status?.kind == .error)
        #expect(try app.exchanges(of: "Camille Lefèvre").first?.summary == "Changed on the command line")
    }

    @Test func historyKeysWaitWhileAnImportRuns() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.tab)
        app.deliver(.importProgress(done: 1, total: nil))
        var state = app.state
        state.importInProgress = true
        let effects = App.update(&state, .key(.char("D")))
        #expect(effects.isEmpty)
        #expect(state.overlay == nil)
        #expect(state.status?.text == "An import is running; this can wait until it ends")
        state.importInProgress = false
        _ = App.update(&state, .key(.enter))
        state.importInProgress = true
        state.status = nil
        for key in [Key.char("e"), .char("D")] {
            #expect(App.update(&state, .key(key)).isEmpty)
            guard case .exchange = state.overlay else {
                Issue.record("\(key) in the open exchange waits for the import")
                return
            }
            #expect(state.status?.text == "An import is running; this can wait until it ends")
        }
    }

    @Test func hostileTextInAnExchangeNeverReachesACell() throws {
        let database = try Fixture.pressOffice()
        let camille = try Fixture.contact(database, "Camille Lefèvre")
        try database.logExchange(contactId: camille.id, ExchangeDraft(
            day: today, summary: "\u{1B}]0;pwned\u{7}Evil \u{202E}summary\u{1B}[2J",
            notes: "\u{1B}[31mred\u{9B}1m\nline \u{2066}two", rating: 1,
            followUp: FollowUp(due: today, text: "\u{1B}[1mbold\u{7}")), today: today)
        let app = AppDriver(database)
        try app.select("Camille Lefèvre")
        app.send(.tab)
        #expect(app.screen().unsafeCells().isEmpty)
        app.send(.enter)
        #expect(app.screen().find("Exchange with Camille Lefèvre") != nil)
        #expect(app.screen().unsafeCells().isEmpty)
        #expect(app.screen().rowsAreWellFormed())
        app.send(.char("D"))
        #expect(app.confirm != nil)
        #expect(app.screen().unsafeCells().isEmpty)
    }

    @Test func theHelpAndTheFooterListTheHistoryKeys() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 120, height: 80)
        try app.select("Camille Lefèvre")
        app.send(.tab)
        let heading = try #require(app.screen().find("History · 2 exchanges  Enter read · e edit · D delete"))
        #expect(app.screen().roles(of: "Enter read · e edit · D delete", row: heading.y) == [.placeholder])
        app.send(.tab)
        #expect(app.screen().find("Enter read") == nil, "only while the detail has the keyboard")
        app.send(.tab)
        app.send(.char("?"))
        let help = app.screen()
        #expect(help.find("Read the highlighted exchange in full") != nil)
        #expect(help.find("Edit the highlighted exchange") != nil)
    }

    @Test func theHistoryKeysCanBeRebound() throws {
        let keymap = try AppAction.defaultKeymap().overriding([(action: "delete-exchange", keys: [.char("X")])])
        let app = AppDriver(try Fixture.pressOffice(), keymap: keymap)
        try app.select("Camille Lefèvre")
        app.send(.tab)
        #expect(app.screen().find("Enter read · e edit · X delete") != nil, "the detail says the keys in force")
        app.send(.char("D"))
        #expect(app.confirm == nil)
        app.send(.char("X"))
        #expect(app.confirm?.question.hasPrefix("Delete the exchange") == true)
    }
}

extension Fixture {
    static func contact(_ database: RapportDatabase, _ name: String) throws -> Contact {
        for id in try database.contactIds(ContactFilter(includeArchived: true), sort: .name, today: today) {
            if let contact = try database.contact(id: id), contact.name == name { return contact }
        }
        throw FixtureError("no contact called \(name)")
    }
}

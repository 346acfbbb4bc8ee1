@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The app's team features, through real keys and rendered screens. A team
/// database is stood in for by `TeamStoreDouble` (a real in-memory SQLite
/// database underneath, with a current member, members and authors); on a
/// plain file every one of these features shows nothing. The same features
/// against a real PostgreSQL are in Tests/e2e/team.sh.
@Suite struct TeamModeTests {
    static let members = [
        TeamMember(login: "alice", name: "Alice Martin", exchanges: 1),
        TeamMember(login: "claire", name: "Claire Dubois", exchanges: 1),
    ]

    /// The press office seen by Alice, with Camille's email of 45 days ago
    /// logged by Claire and the lunch of 100 days ago by Alice herself.
    static func aliceAndClaire() throws -> (RapportDatabase, TeamStoreDouble) {
        let database = try Fixture.pressOffice()
        let store = TeamStoreDouble(database, currentMember: "alice", members: members)
        for exchange in try database.exchanges(contactId: try database.contact(named: "Camille Lefèvre").id) {
            store.setAuthor(exchange.intent == .asked ? "claire" : "alice", of: exchange)
        }
        return (database, store)
    }

    // MARK: Colleagues in the history

    @Test func colleaguesExchangesCarryTheirInitials() throws {
        let (database, store) = try Self.aliceAndClaire()
        let app = AppDriver(database, store: store)
        try app.select("Camille Lefèvre")
        let screen = app.screen()
        let history = try #require(screen.find("History · 2 exchanges"))
        #expect(screen.trimmedLines()[history.y + 1].contains("2026-10-12 CD Email      → Pitch on the heat-pump study"))
        // Alice's own exchange has no mark; the column keeps the rows aligned.
        #expect(screen.trimmedLines()[history.y + 2].contains("2026-08-18    Meeting    ← Lunch at the press club"))
        #expect(screen.roles(of: "CD", row: history.y + 1) == [.detailHeading])
    }

    @Test func anExchangeReadInFullSaysWhichColleagueLoggedIt() throws {
        let (database, store) = try Self.aliceAndClaire()
        let app = AppDriver(database, store: store)
        try app.select("Camille Lefèvre")
        app.send(.tab, .enter)
        #expect(app.screen().find("Logged by   Claire Dubois") != nil)
        app.send(.escape, .char("j"), .enter)
        #expect(app.screen().find("Logged by") == nil, "her own exchange")
    }

    @Test func onAFileTheHistoryHasNoAuthorColumn() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let screen = app.screen()
        let history = try #require(screen.find("History · 2 exchanges"))
        #expect(screen.trimmedLines()[history.y + 1].contains("2026-10-12 Email      → Pitch on the heat-pump study"))
        #expect(app.state.team == TeamState())
    }

    // MARK: The guard names the colleague

    @Test func theGuardNamesTheColleagueWhoAskedHerDateAndSummary() throws {
        let database = try Fixture.pressOffice()
        let ines = try database.add("Inès Faure", addedDaysAgo: 50)
        let ask = try database.log(ines, daysAgo: 2, "Pitched the grid report", intent: .asked)
        let store = TeamStoreDouble(database, currentMember: "alice", members: Self.members)
        store.setAuthor("claire", of: ask)
        let app = AppDriver(database, store: store)
        try app.select("Inès Faure")
        app.send(.char("l"))
        app.type("Asked for an interview")
        app.send(.tab, .tab, .tab, .char("a"))
        let warning = "Claire Dubois already asked Inès Faure something 2 days ago (2026-11-24): “Pitched the grid report”, and nothing was given since."
        #expect(app.form?.warnings == [warning])
        #expect(app.screen().find("⚠ Claire Dubois already asked Inès Faure") != nil)
        // Her own ask, on the other hand, is worded as hers.
        store.setAuthor("alice", of: ask)
        app.send(.escape, .char("y"), .ctrl("l"), .char("l"))
        app.send(.tab, .tab, .tab, .char("a"))
        #expect(app.form?.warnings.first?.hasPrefix("You already asked Inès Faure") == true)
    }

    // MARK: The review: mine or the team's

    @Test func tTogglesTheReviewBetweenMineAndTheTeams() throws {
        let (database, store) = try Self.aliceAndClaire()
        let app = AppDriver(database, store: store)
        app.send(.char("2"))
        #expect(app.lines()[0].hasSuffix("my contacts"))
        #expect(store.reviewOwners.last == "alice", "mine: the user's own contacts")
        app.send(.char("t"))
        #expect(app.state.reviewScope == .team)
        #expect(app.lines()[0].hasSuffix("the team's contacts"))
        #expect(store.reviewOwners.last == .some(nil), "the team's: every owner")
        #expect(app.effects.contains { if case .loadReviewPage(_, .team, _) = $0 { true } else { false } })
        #expect(app.status == "Review: the whole team's contacts — t shows only yours")
        app.send(.char("t"))
        #expect(app.lines()[0].hasSuffix("my contacts"))
        #expect(store.reviewOwners.last == "alice")
    }

    @Test func aRemappedScopeKeyToggles() throws {
        let (database, store) = try Self.aliceAndClaire()
        let keymap = try AppAction.defaultKeymap().overriding([(action: "review-scope", keys: [.char("T")])])
        let app = AppDriver(database, store: store, keymap: keymap)
        app.send(.char("2"), .char("T"))
        #expect(app.state.reviewScope == .team)
        #expect(app.status == "Review: the whole team's contacts — T shows only yours")
    }

    @Test func onAFileTheReviewIsEveryonesAndTSaysSo() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"))
        #expect(!app.lines()[0].contains("my contacts"))
        app.send(.char("t"))
        #expect(app.state.reviewScope == .mine)
        #expect(app.status == "A personal file has no owners: the review shows every contact")
    }

    // MARK: Private notes

    @Test func theLogFormHasAPrivateNotesToggleInTeamMode() throws {
        let (database, store) = try Self.aliceAndClaire()
        let app = AppDriver(database, store: store)
        try app.select("Bruno Martin")
        app.send(.char("l"))
        app.type("Sent the figures")
        app.send(.backTab)
        #expect(app.form?.fields[app.form?.focus ?? 0].id == .notesPrivate)
        #expect(app.screen().find("Private notes") != nil)
        app.send(.char(" "))
        #expect(app.form?.value(.notesPrivate) == "private")
        app.send(.enter)
        guard case let .logExchange(_, _, draft)? = app.effects.first else {
            Issue.record("no log: \(app.effects)")
            return
        }
        #expect(draft.notesPrivate)
    }

    @Test func theContactFormHasAPrivateNotesToggleInTeamMode() throws {
        let (database, store) = try Self.aliceAndClaire()
        let app = AppDriver(database, store: store)
        try app.select("Zoé Girard")
        let zoe = try app.contact("Zoé Girard")
        app.send(.char("e"), .backTab)
        #expect(app.form?.fields[app.form?.focus ?? 0].id == .notesPrivate)
        app.send(.char(" "), .enter)
        var change = ContactChange()
        change.notesPrivate = true
        #expect(app.effects.first == .updateContact(before: zoe, change))
    }

    @Test func onAFileTheFormsHaveNoPrivateToggle() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        #expect(app.form?[.notesPrivate] == nil)
        app.send(.escape, .char("e"))
        #expect(app.form?[.notesPrivate] == nil)
        app.send(.escape, .char("a"))
        #expect(app.form?[.notesPrivate] == nil)
    }

    // MARK: No lost edits

    @Test func aContactChangedSinceTheFormOpenedIsRefusedAndTheFormKeepsTheText() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let camille = try app.contact("Camille Lefèvre")
        app.send(.char("e"), .end)
        app.type(" Bis")
        // Meanwhile someone else changes her outlet.
        var change = ContactChange()
        change.outlet = "Le Monde"
        _ = try app.database.updateContact(id: camille.id, change, today: today)
        app.send(.enter)
        #expect(app.effects.first == .updateContact(before: camille, try #require(app.effects.first.flatMap {
            if case let .updateContact(_, change) = $0 { return change }
            return nil
        })))
        let form = try #require(app.form, "the form stays open")
        #expect(form.value(.name) == "Camille Lefèvre Bis", "with the user's text")
        #expect(form.error == "Camille Lefèvre was changed — reopen to see the change; nothing was overwritten")
        #expect(app.screen().find("✗ Camille Lefèvre was changed") != nil)
        let now = try app.contact("Camille Lefèvre")
        #expect(now.outlet == "Le Monde", "the other change is kept, nothing overwritten")
        #expect(app.state.undo.isEmpty)
    }

    // MARK: The connection lost

    @Test func aWriteThatCannotReachTheDatabaseIsNotSavedAndTheFormKeepsItsText() throws {
        let (database, store) = try Self.aliceAndClaire()
        let app = AppDriver(database, store: store)
        try app.select("Bruno Martin")
        app.send(.char("l"))
        app.type("Sent the figures")
        store.connected = false
        app.send(.enter)
        let form = try #require(app.form, "the form stays open")
        #expect(form.value(.summary) == "Sent the figures")
        #expect(form.error?.hasPrefix("Not saved: the connection to the team database was lost") == true, "\(form.error ?? "")")
        #expect(app.lines()[31] == " connection to the team database lost — retrying")
        #expect(try app.exchanges(of: "Bruno Martin").count == 1)
        #expect(app.status == nil, "nothing says saved")
        // The connection comes back: the loop's retry reads again, the footer clears, saving works.
        store.connected = true
        app.deliver(.retryConnection)
        #expect(!app.state.connectionLost)
        #expect(app.form?.value(.summary) == "Sent the figures", "a reload never touches the form")
        app.send(.enter)
        #expect(app.status == "Logged exchange with Bruno Martin — u to undo")
        #expect(try app.exchanges(of: "Bruno Martin").count == 2)
    }

    @Test func aLostConnectionTakesTheFooterFromAnOlderMessage() throws {
        let (database, store) = try Self.aliceAndClaire()
        let app = AppDriver(database, store: store)
        app.send(.char("z"), .char("1"))
        #expect(app.status == "Snoozed Bruno Martin until 2026-12-03 — u to undo")
        store.connected = false
        app.deliver(.databaseChanged)
        #expect(app.state.connectionLost)
        #expect(app.lines()[31] == " connection to the team database lost — retrying")
        #expect(app.screen().role(atX: 1, y: 31) == .statusError)
    }

    @Test func anUndoThatCannotReachTheDatabaseCanBeTriedAgain() throws {
        let (database, store) = try Self.aliceAndClaire()
        let app = AppDriver(database, store: store)
        app.send(.char("z"), .char("1"))
        #expect(app.state.undo.count == 1)
        store.connected = false
        app.send(.char("u"))
        #expect(app.status == "Not saved: the connection to the team database was lost; nothing was written. Retrying; try again once it is back")
        #expect(app.state.undo.count == 1, "the undo is kept")
        store.connected = true
        app.deliver(.retryConnection)
        app.send(.char("u"))
        #expect(app.status == "Undid the snooze of Bruno Martin")
    }

    @Test func theLoopRetriesALostConnectionWithoutAKeyAndTheFormSurvives() throws {
        let (database, store) = try Self.aliceAndClaire()
        let box = LoopBox()
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Bruno Martin") && box.loop?.isBackgroundBusy == false },
            .key(.char("l")),
            .key(.char("O")), .key(.char("k")),
            .run { store.connected = false },
            .key(.enter),
            .waitUntil("the footer saying the connection is lost") { $0.shows("connection to the team database lost — retrying") },
            .waitUntil("the form saying nothing was saved") { $0.shows("✗ Not saved: the connection to the team database was lost") },
            // Retries go on while the server is away…
            .waitUntil("a retry") { _ in store.refusedCalls > 3 },
            .run { store.connected = true },
            // …and the first one after it is back clears the footer, without a key.
            .waitUntil("the footer back to normal") { !$0.shows("lost — retrying") && box.loop?.isBackgroundBusy == false },
            .key(.enter),
            .waitUntil("the exchange saved") { $0.shows("Logged exchange with Bruno Martin") },
            .key(.char("q")),
        ])
        let runner = EffectRunner(database: store, today: today)
        let state = AppState(width: terminal.width, height: terminal.height, today: today, databaseName: "team")
        let loop = AppLoop(terminal: terminal, runner: runner, theme: .plain, state: state, editor: ["editor"])
        box.loop = loop
        try loop.run()
        #expect(try database.exchanges(contactId: try database.contact(named: "Bruno Martin").id).map(\.summary)
                == ["Ok", "Called about the grid report"], "saved once, after the connection came back")
    }
}

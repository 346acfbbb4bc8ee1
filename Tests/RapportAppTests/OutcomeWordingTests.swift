@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The runner returns what a write did as domain values; `update` words
/// the footer, with the keys of the action table (so `[keys]` overrides show).
@Suite struct OutcomeWordingTests {
    @Test func theRunnerReturnsDomainValuesNotWords() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("Coffee near the ministry")
        app.send(.enter)
        let outcome = app.messages.compactMap { msg -> Outcome? in
            if case .saved(let outcome) = msg { return outcome }
            return nil
        }.first
        guard case let .logged(exchange, contact, warnings) = outcome else {
            Issue.record("no .logged outcome: \(app.messages)")
            return
        }
        #expect(exchange.summary == "Coffee near the ministry")
        #expect(contact.name == "Bruno Martin")
        #expect(warnings.isEmpty)
        #expect(app.status == "Logged exchange with Bruno Martin — u to undo")
    }

    @Test func aRemappedUndoKeyIsTheOneTheFooterNames() throws {
        let keymap = try AppAction.defaultKeymap().overriding([(action: "undo", keys: [.char("U")])])
        let app = AppDriver(try Fixture.pressOffice(), keymap: keymap)
        app.send(.char("l"))
        app.type("Coffee near the ministry")
        app.send(.enter)
        #expect(app.status == "Logged exchange with Bruno Martin — U to undo")
        #expect(app.lines()[31] == " Logged exchange with Bruno Martin — U to undo")
        app.send(.char("z"), .char("1"))
        #expect(app.status == "Snoozed Bruno Martin until 2026-12-03 — U to undo")
        // And it is the key that undoes.
        app.send(.char("U"))
        #expect(app.status == "Undid the snooze of Bruno Martin")
    }

    @Test func aRemappedLogKeyIsTheOneAnEmptyHistoryNames() throws {
        let keymap = try AppAction.defaultKeymap().overriding([(action: "log", keys: [.char("L")])])
        let app = AppDriver(try Fixture.pressOffice(), keymap: keymap)
        try app.select("Zoé Girard")
        app.send(.tab, .char("D"))
        #expect(app.status == "No exchange here yet: L logs one")
    }

    @Test func aRefusedWriteSaysNotSavedAndKeepsTheForm() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("e"))
        // Zoé's Mastodon handle identifies Zoé: the store refuses it for Camille.
        let form = try #require(app.form)
        let handles = try #require(form.fields.firstIndex { $0.id == .handles })
        while app.form?.focus != handles { app.send(.tab) }
        app.send(.end)
        app.type(", @zoeg@social.example")
        app.send(.enter)
        let error = try #require(app.form?.error)
        #expect(error.hasPrefix("Not saved: "), "\(error)")
        #expect(app.form?.value(.handles).hasSuffix("@zoeg@social.example") == true, "the text typed is kept")
    }
}

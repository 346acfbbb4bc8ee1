@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Behaviours a code review asked for.
@Suite struct ReviewFindingsTests {
    @Test func editingAnotherFieldLeavesHandlesWithCommasAlone() throws {
        let database = try Fixture.pressOffice()
        let original = [Handle(kind: .other, value: "Signal, +33 6 12 34 56 78", label: "signal"),
                        Handle(kind: .website, value: "https://example.org/a,b")]
        try database.add("Aaron Comma", handles: original)
        let app = AppDriver(database)
        try app.select("Aaron Comma")
        app.send(.char("e"), .tab, .tab, .tab)
        app.type("Reporter")
        app.send(.enter)
        let saved = try app.contact("Aaron Comma")
        #expect(saved.title == "Reporter")
        #expect(saved.handles == original)
    }

    @Test func removingOneHandleInTheFormKeepsOthersWithTheSameName() throws {
        let database = try Fixture.pressOffice()
        try database.add("Aaron Twin", handles: [Handle(kind: .twitter, value: "@atwin"), Handle(kind: .other, value: "atwin", label: "instagram")])
        let app = AppDriver(database)
        try app.select("Aaron Twin")
        app.send(.char("e"))
        app.send(Array(repeating: .tab, count: 8))
        app.send(.ctrl("u"))
        app.type("other:atwin")
        app.send(.enter)
        #expect(try app.contact("Aaron Twin").handles == [Handle(kind: .other, value: "atwin", label: "instagram")])
    }

    @Test func midnightMovesTodayAndReloads() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.deliver(.dayChanged(today.adding(days: 1)))
        #expect(app.state.today == today.adding(days: 1))
        #expect(app.effects.contains(.loadCounts(review: .mine)))
    }

    @Test func writesWaitWhileAnImportRuns() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.holdBackground = true
        app.send(.char("i"))
        app.type("contacts.vcf")
        app.send(.enter)
        #expect(app.state.importInProgress)
        app.send(.char("l"))
        #expect(app.form == nil)
        #expect(app.status?.hasPrefix("An import is running") == true)
        app.send(.char("q"))
        #expect(app.loopEffects.isEmpty, "q does not cancel an import silently")
        app.deliver(.imported(StatusMessage("Imported 3 contacts", .success)))
        #expect(!app.state.importInProgress)
    }

    @Test func aFailedImportSaysWhyAndEndsTheImport() throws {
        var state = AppState(width: 100, height: 30, today: today, databaseName: "x")
        state.importInProgress = true
        _ = App.update(&state, .imported(StatusMessage("contacts.vcf:3: BEGIN:VCARD inside a card", .error)))
        #expect(!state.importInProgress)
        #expect(state.status == StatusMessage("contacts.vcf:3: BEGIN:VCARD inside a card", .error))
    }
}

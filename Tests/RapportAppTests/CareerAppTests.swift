@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The career timeline and introductions in the app: the edit form records
/// a move, the detail shows the timeline and the introductions, the forms'
/// "Introduced by" field, and the search's "ex-" matches.
@Suite struct CareerAppTests {
    @Test func editingTheOutletInTheFormRecordsAMoveThatTheDetailShows() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("e"), .tab, .tab, .ctrl("u"))
        app.type("Le Monde")
        app.send(.enter)
        #expect(app.status == "Edited Camille Lefèvre — u to undo")
        let camille = try app.contact("Camille Lefèvre")
        let career = try app.database.career(contactId: camille.id)
        #expect(career.positions == [Position(outlet: "Le Quotidien du Soir", title: "Journaliste économie", from: nil, to: today)])
        let screen = app.screen()
        #expect(screen.find("Career      at Le Monde since 11/2026 · before:") != nil, "\(app.lines())")
        #expect(screen.find("before: Le Quotidien du") != nil, "\(app.lines())")
        #expect(screen.find("Soir –2026") != nil, "wrapped to the pane")
        // Undo on the same day takes the move back.
        app.send(.char("u"))
        #expect(try app.database.career(contactId: camille.id) == .empty)
        #expect(app.screen().find("Career") == nil)
    }

    @Test func theFormsIntroducedByFieldResolvesAContactAndTheDetailShowsBothSides() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Hélène Dubois")
        app.send(.char("e"))
        var form = try #require(app.form)
        let index = try #require(form.fields.firstIndex { $0.id == .introducedBy })
        #expect(form.fields[index - 1].id == .doNotContact)
        for _ in 0..<index { app.send(.tab) }
        app.type("lefèvre")
        app.send(.enter)
        #expect(app.state.overlay == nil)
        let helene = try app.contact("Hélène Dubois"), camille = try app.contact("Camille Lefèvre")
        #expect(try app.database.career(contactId: helene.id).introducedBy == ContactReference(id: camille.id, name: "Camille Lefèvre"))
        #expect(app.screen().find("Introduced by Camille Lefèvre") != nil)
        try app.select("Camille Lefèvre")
        #expect(app.screen().find("Introduced  Hélène Dubois") != nil)
        // The edit form opens with the introducer; an unknown one is refused in the form.
        try app.select("Hélène Dubois")
        app.send(.char("e"))
        form = try #require(app.form)
        #expect(form.value(.introducedBy) == "Camille Lefèvre")
        for _ in 0..<index { app.send(.tab) }
        app.send(.ctrl("u"))
        app.type("Nobody at all")
        app.send(.enter)
        form = try #require(app.form)
        #expect(form.error?.contains("Nobody at all") == true)
        #expect(try app.database.career(contactId: helene.id).introducedBy?.id == camille.id)
        // Emptied: the link is cleared.
        app.send(.ctrl("u"), .enter)
        #expect(app.state.overlay == nil)
        #expect(try app.database.career(contactId: helene.id).introducedBy == nil)
    }

    @Test func theAddFormTakesAnIntroducerAndRefusesAnUnknownOneWithoutAdding() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type("Inès Moreau")
        let index = try #require(app.form?.fields.firstIndex { $0.id == .introducedBy })
        for _ in 0..<index { app.send(.tab) }
        app.type("nobody here")
        app.send(.enter)
        #expect(app.form?.error?.contains("nobody here") == true)
        #expect(try app.database.contactCount() == 6)
        app.send(.ctrl("u"))
        app.type("youssef")
        app.send(.enter)
        #expect(app.status == "Added Inès Moreau")
        let ines = try app.contact("Inès Moreau")
        #expect(try app.database.career(contactId: ines.id).introducedBy?.name == "Youssef Haddad")
    }

    @Test func searchFindsAPastOutletAndTheDetailSaysItIsPast() throws {
        let database = try Fixture.pressOffice()
        let app = AppDriver(database)
        let zoe = try app.contact("Zoé Girard")
        var change = ContactChange()
        change.outlet = "Radio Horizon"
        _ = try database.updateContact(id: zoe.id, change, today: today.adding(days: -40))
        app.send(.char("/"))
        app.type("clairvoie")
        #expect(app.contactNames == ["Zoé Girard"])
        #expect(app.screen().find("Matched     ex-Clairvoie") == nil)
        #expect(app.screen().find("ex-Studio Clairvoie (until 2026)") != nil)
    }
}

@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Archive (asks first), the notes editor hand-off, and `u` undoing the
/// last log, edit, snooze, archive, notes edit or follow-up done.
@Suite struct UndoArchiveNotesTests {
    @Test func nothingToUndo() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("u"))
        #expect(app.effects.isEmpty)
        #expect(app.status == "Nothing to undo")
        #expect(app.screen().roles(of: "Nothing to undo", row: 31) == [.statusWarning])
    }

    @Test func undoALog() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("To be undone")
        app.send(.enter)
        #expect(try app.exchanges(of: "Bruno Martin").count == 2)
        #expect(app.lines()[2].contains(" today "))
        app.send(.char("u"))
        #expect(app.status == "Undid the exchange logged with Bruno Martin")
        #expect(try app.exchanges(of: "Bruno Martin").map(\.summary) == ["Called about the grid report"])
        #expect(app.lines()[2].hasPrefix("Bruno Martin            Institut Prisme     3d "))
        #expect(app.screen().find("History · 1 exchange") != nil)
        #expect(app.screen().find("To be undone") == nil)
        app.send(.char("u"))
        #expect(app.status == "Nothing to undo")
    }

    @Test func undoALogFromTheReviewPutsThePersonBack() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"), .char("G"), .char("l"))
        app.type("Hello Zoé")
        app.send(.enter)
        #expect(app.reviewNames == ["Bruno Martin", "Camille Lefèvre"])
        app.send(.char("u"))
        #expect(app.reviewNames == ["Bruno Martin", "Camille Lefèvre", "Zoé Girard"])
        #expect(app.lines()[0].contains(" 2 Review 3 "))
    }

    @Test func undoAnEdit() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let before = try app.contact("Camille Lefèvre")
        app.send(.char("e"), .ctrl("u"))
        app.type("Camille L.")
        app.send(.tab, .char("e"), .tab, .ctrl("u"), .enter)
        #expect(try app.contact("Camille L.").outlet == "")
        #expect(app.selectedName == "Camille L.")
        app.send(.char("u"))
        #expect(app.status == "Undid the edit of Camille Lefèvre")
        let after = try app.contact("Camille Lefèvre")
        #expect(after.name == before.name)
        #expect(after.role == .journalist)
        #expect(after.outlet == "Le Quotidien du Soir")
        #expect(after.handles == before.handles)
        #expect(after.tags == before.tags)
        #expect(app.selectedName == "Camille Lefèvre")
        #expect(app.screen().find("Journalist · Le Quotidien du Soir · Journaliste économie") != nil)
    }

    @Test func undoASnooze() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"), .char("G"), .char("z"), .char("2"))
        #expect(try app.contact("Zoé Girard").snoozedUntil == today.adding(days: 30))
        #expect(app.reviewNames == ["Bruno Martin", "Camille Lefèvre"])
        app.send(.char("u"))
        #expect(app.status == "Undid the snooze of Zoé Girard")
        #expect(try app.contact("Zoé Girard").snoozedUntil == nil)
        #expect(app.reviewNames == ["Bruno Martin", "Camille Lefèvre", "Zoé Girard"])
    }

    @Test func wakingUpASnoozedContactCanBeUndoneToo() throws {
        let database = try Fixture.pressOffice()
        _ = try database.snooze(contactId: try database.contactIds(sort: .name, today: today)[0], until: today.adding(days: 9), today: today)
        let app = AppDriver(database)
        #expect(app.screen().find("Bruno Martin  snoozed until 2026-12-05") != nil)
        app.send(.char("z"), .char("5"))
        #expect(app.status == "Bruno Martin is awake again")
        #expect(try app.contact("Bruno Martin").snoozedUntil == nil)
        app.send(.char("u"))
        #expect(try app.contact("Bruno Martin").snoozedUntil == today.adding(days: 9))
    }

    @Test func xAsksBeforeArchivingAndNCancels() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("x"))
        let confirm = try #require(app.confirm, "x asks first")
        #expect(confirm.question == "Archive Camille Lefèvre? It leaves lists and the review; nothing is deleted. (y/n)")
        let screen = app.screen()
        #expect(screen.find("┌ Confirm ") != nil)
        #expect(screen.find("│ Archive Camille Lefèvre? It leaves lists and the review;     │") != nil)
        #expect(screen.find("│ nothing is deleted. (y/n)                                    │") != nil)
        // Other keys leave the question open.
        app.send(.char("j"), .enter, .char("x"))
        #expect(app.effects.isEmpty)
        #expect(app.state.overlay == .confirm(confirm))
        app.send(.char("n"))
        #expect(app.state.overlay == nil)
        #expect(app.status == "Cancelled")
        #expect(try app.contact("Camille Lefèvre").archived == false)
        app.send(.char("x"), .escape)
        #expect(app.state.overlay == nil)
        #expect(try app.contact("Camille Lefèvre").archived == false)
    }

    @Test func yArchivesAndTheContactLeavesTheLists() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("x"), .char("y"))
        #expect(app.status == "Archived Camille Lefèvre — u to undo")
        #expect(try app.contact("Camille Lefèvre").archived)
        #expect(!app.contactNames.contains("Camille Lefèvre"))
        #expect(app.contactNames.count == 5)
        #expect(app.lines()[0].hasPrefix(" Rapport · press.sqlite   1 Contacts 5   2 Review 2   3 Follow-ups 2 "))
        #expect(app.selectedName == "Dmitri Novák", "the next row takes the selection")
        #expect(app.detailName == "Dmitri Novák")
        #expect(app.lines().dropLast().allSatisfy { !$0.contains("Camille") })
        app.send(.char("2"))
        #expect(app.reviewNames == ["Bruno Martin", "Zoé Girard"])
    }

    @Test
    func theFooterOfTheQuestionShowsItsKeys() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("x"))
        let footer = app.lines()[31]
        #expect(!footer.contains("Enter open"))
        #expect(footer.contains("y"))
        #expect(footer.contains("n"))
    }

    @Test func undoAnArchive() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("x"), .char("y"), .char("u"))
        #expect(app.status == "Undid the archive of Camille Lefèvre")
        #expect(try app.contact("Camille Lefèvre").archived == false)
        #expect(app.contactNames.count == 6)
        #expect(app.contactNames.contains("Camille Lefèvre"))
        #expect(try app.exchanges(of: "Camille Lefèvre").count == 2)
    }

    @Test func undoAFollowUpDone() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("3"), .char("d"))
        #expect(app.followUpNames == ["Youssef Haddad"])
        app.send(.char("u"))
        #expect(app.status == "The follow-up with Bruno Martin is open again")
        #expect(app.followUpNames == ["Bruno Martin", "Youssef Haddad"])
        #expect(try app.exchanges(of: "Bruno Martin").first?.followUp?.done == nil)
        #expect(app.lines()[0].hasSuffix(" 3 Follow-ups 2"))
    }

    @Test func undoGoesBackOneStepAtATime() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("First")
        app.send(.enter, .char("e"), .tab, .tab, .ctrl("u"))
        app.type("Nouvel Institut")
        app.send(.enter, .char("z"), .char("1"))
        #expect(app.state.undo.count == 3)
        app.send(.char("u"))
        #expect(app.status == "Undid the snooze of Bruno Martin")
        #expect(try app.contact("Bruno Martin").snoozedUntil == nil)
        #expect(try app.contact("Bruno Martin").outlet == "Nouvel Institut")
        app.send(.char("u"))
        #expect(app.status == "Undid the edit of Bruno Martin")
        #expect(try app.contact("Bruno Martin").outlet == "Institut Prisme")
        #expect(try app.exchanges(of: "Bruno Martin").count == 2)
        app.send(.char("u"))
        #expect(app.status == "Undid the exchange logged with Bruno Martin")
        #expect(try app.exchanges(of: "Bruno Martin").count == 1)
        let bruno = try app.contact("Bruno Martin")
        #expect(bruno.lastExchange == today.adding(days: -3))
        app.send(.char("u"))
        #expect(app.status == "Nothing to undo")
    }

    @Test func undoingAnEditKeepsExchangesLoggedSince() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Zoé Girard")
        app.send(.char("e"), .tab, .tab, .ctrl("u"))
        app.type("Studio Neuf")
        app.send(.enter)
        // Logged in another way (the command line), so not on this undo stack.
        try app.database.log(try app.contact("Zoé Girard"), daysAgo: 0, "Met at the studio")
        app.send(.char("u"))
        let zoe = try app.contact("Zoé Girard")
        #expect(zoe.outlet == "Studio Clairvoie")
        #expect(zoe.lastExchange == today)
        app.send(.char("2"))
        #expect(!app.reviewNames.contains("Zoé Girard"))
    }

    @Test func nHandsTheNotesToTheEditorAndSavesWhatComesBack() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Zoé Girard")
        let zoe = try app.contact("Zoé Girard")
        app.send(.char("n"))
        #expect(app.loopEffects == [.editNotes(contactId: zoe.id, notes: "Prefers Signal; met at the Lyon climate forum")])
        app.deliver(.notesEdited(contactId: zoe.id, notes: "Prefers Signal.\nAsk about the Lyon forum video."))
        #expect(app.loopEffects.first == .redraw)
        #expect(app.status == "Saved the notes of Zoé Girard — u to undo")
        #expect(try app.contact("Zoé Girard").notes == "Prefers Signal.\nAsk about the Lyon forum video.")
        let screen = app.screen()
        let notes = try #require(screen.find("Notes"))
        #expect(screen.column(of: "  Prefers Signal.", row: notes.y + 1) == 56)
        #expect(screen.column(of: "  Ask about the Lyon forum video.", row: notes.y + 2) == 56)
        app.send(.char("u"))
        #expect(app.status == "Undid the notes edit of Zoé Girard")
        #expect(try app.contact("Zoé Girard").notes == "Prefers Signal; met at the Lyon climate forum")
    }

    @Test func notesLeftAsTheyWereChangeNothing() throws {
        let app = AppDriver(try Fixture.pressOffice())
        let bruno = try app.contact("Bruno Martin")
        app.send(.char("n"))
        #expect(app.loopEffects == [.editNotes(contactId: bruno.id, notes: "")])
        app.deliver(.notesEdited(contactId: bruno.id, notes: nil))
        #expect(app.status == "Notes unchanged")
        #expect(app.effects == [.redraw])
        #expect(app.state.undo.isEmpty)
    }

    @Test func aFailedEffectShowsItsMessageAsAnError() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.deliver(.failed("That contact no longer exists"))
        #expect(app.lines()[31] == " That contact no longer exists")
        #expect(app.screen().role(atX: 1, y: 31) == .statusError)
        // The next key clears the message.
        app.send(.char("j"))
        #expect(app.lines()[31].hasPrefix(" j move"))
    }
}

@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Views 1, 2 and 3, their counts in the header, and acting on the review
/// and the follow-ups: log, snooze, done.
@Suite struct ReviewAndFollowUpTests {
    @Test func theHeaderCountsContactsDuePeopleAndOpenFollowUps() throws {
        let app = AppDriver(try Fixture.pressOffice())
        let header = app.lines()[0]
        #expect(header.hasPrefix(" Rapport · press.sqlite   1 Contacts 6   2 Review 3   3 Follow-ups 2 "))
        #expect(header.hasSuffix(" sort: name"))
        let screen = app.screen()
        #expect(screen.roles(of: " 1 Contacts 6 ", row: 0) == [.headerTabActive])
        #expect(screen.roles(of: " 2 Review 3 ", row: 0) == [.headerTab])
        app.send(.char("2"))
        #expect(app.screen().roles(of: " 2 Review 3 ", row: 0) == [.headerTabActive])
        #expect(app.screen().roles(of: " 1 Contacts 6 ", row: 0) == [.headerTab])
        #expect(!app.lines()[0].contains("sort:"), "the sort belongs to the contact list")
        app.send(.char("3"))
        #expect(app.screen().roles(of: " 3 Follow-ups 2 ", row: 0) == [.headerTabActive])
    }

    @Test func theReviewListsWhoIsDueAndWhy() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 200, height: 20)
        app.send(.char("2"))
        #expect(app.state.view == .review)
        #expect(app.reviewNames == ["Bruno Martin", "Camille Lefèvre", "Zoé Girard"])
        let lines = app.lines()
        #expect(lines[1].hasPrefix("Due                              Tier Why "))
        // The reasons in the words of `rapport review` (ReviewItem.reasonText).
        #expect(lines[2].hasPrefix("Bruno Martin                     B    follow-up due 2026-11-25: send the grid data "))
        #expect(lines[3].hasPrefix("Camille Lefèvre                  A    15 days overdue on a cadence of 30 "))
        #expect(lines[4].hasPrefix("Zoé Girard                       B    never contacted (added 90 days ago) "))
        #expect(lines[5].hasPrefix("                                                                                          │"))
        let screen = app.screen()
        #expect(screen.role(atX: 0, y: 2) == .listSelected)
        #expect(screen.role(atX: 0, y: 3) == .listOverdue)
        #expect(screen.role(atX: 0, y: 4) == .listOverdue)
        app.send(.char("j"))
        #expect(app.screen().roles(of: "follow-up due 2026-11-25: send the grid data", row: 2) == [.statusWarning])
        #expect(app.detailName == "Camille Lefèvre")
        #expect(app.screen().find("Due         45d since last, cadence 30d") != nil)
        #expect(app.screen().role(of: "15 days overdue on a cadence of 30") == .listSelected)
    }

    @Test func theReviewSkipsDoNotContactArchivedAndSnoozedPeople() throws {
        let database = try Fixture.pressOffice()
        let extra = try database.add("Inès Faure", tier: .a, addedDaysAgo: 100)
        _ = try database.setArchived(contactId: extra.id, true, today: today)
        let sleeper = try database.add("Léa Roux", tier: .a, addedDaysAgo: 100)
        _ = try database.snooze(contactId: sleeper.id, until: today.adding(days: 3), today: today)
        let app = AppDriver(database)
        app.send(.char("2"))
        #expect(app.reviewNames == ["Bruno Martin", "Camille Lefèvre", "Zoé Girard"])
        #expect(app.state.counts.review == 3)
    }

    @Test func loggingFromTheReviewTakesThePersonOffIt() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"), .char("j"), .char("l"))
        #expect(app.form?.title == "Log an exchange with Camille Lefèvre")
        app.type("Sent the new figures")
        app.send(.enter)
        #expect(app.state.overlay == nil)
        #expect(app.state.view == .review)
        #expect(app.reviewNames == ["Bruno Martin", "Zoé Girard"])
        #expect(app.state.counts.review == 2)
        #expect(app.lines()[0].contains(" 2 Review 2 "))
        #expect(app.selectedName == "Zoé Girard", "the selection moves to the next person")
        #expect(app.detailName == "Zoé Girard")
        #expect(app.lines().last == " Logged exchange with Camille Lefèvre — u to undo")
        let saved = try #require(try app.exchanges(of: "Camille Lefèvre").first)
        #expect(saved.summary == "Sent the new figures")
        #expect(saved.day == today)
    }

    @Test func snoozingSevenDaysTakesThePersonOffTheReview() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"), .char("G"), .char("z"))
        #expect(app.picker?.title == "Snooze Zoé Girard")
        let screen = app.screen()
        #expect(screen.find("1 7 days") != nil)
        #expect(screen.find("5 Wake up now") != nil)
        app.send(.char("1"))
        #expect(app.state.overlay == nil)
        #expect(app.effects.first == .snooze(contactId: try app.contact("Zoé Girard").id, name: "Zoé Girard", until: today.adding(days: 7)))
        #expect(app.reviewNames == ["Bruno Martin", "Camille Lefèvre"])
        #expect(app.status == "Snoozed Zoé Girard until 2026-12-03 — u to undo")
        #expect(try app.contact("Zoé Girard").snoozedUntil == Day(iso: "2026-12-03"))
    }

    @Test func snoozingUntilADateAsksForTheDateAndChecksIt() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"), .char("G"), .char("z"), .char("4"))
        #expect(app.form?.title == "Snooze Zoé Girard until")
        app.type("yesterday")
        app.send(.enter)
        #expect(app.form?[.snoozeDate]?.error == "a date after today (YYYY-MM-DD, +2w)")
        #expect(app.screen().role(of: "a date after today") == .formError)
        #expect(try app.contact("Zoé Girard").snoozedUntil == nil)
        app.send(.ctrl("u"))
        app.type("+2w")
        app.send(.enter)
        #expect(try app.contact("Zoé Girard").snoozedUntil == today.adding(days: 14))
        #expect(app.reviewNames == ["Bruno Martin", "Camille Lefèvre"])
    }

    @Test func escClosesTheSnoozePickerWithoutWriting() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"))
        app.send(.char("z"), .char("j"), .escape)
        #expect(app.state.overlay == nil)
        #expect(app.effects.isEmpty)
        #expect(app.reviewNames.count == 3)
    }

    @Test func doneInTheReviewClosesTheFollowUp() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"))
        #expect(app.selectedName == "Bruno Martin")
        app.send(.char("d"))
        #expect(app.status == "Follow-up with Bruno Martin done — u to undo")
        #expect(app.reviewNames == ["Camille Lefèvre", "Zoé Girard"])
        #expect(app.state.counts.followUps == 1)
        #expect(try app.exchanges(of: "Bruno Martin").first?.followUp?.done == today)
    }

    @Test func doneOnSomeoneWithoutAFollowUpSaysSo() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"), .char("j"))
        app.send(.char("d"))
        #expect(app.effects.isEmpty)
        #expect(app.status == "No follow-up to mark done here")
        #expect(app.state.status?.kind == .warning)
        #expect(app.screen().role(of: "No follow-up to mark done here") == .statusWarning)
    }

    @Test func theFollowUpViewListsOpenPromisesByDate() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("3"))
        let lines = app.lines()
        #expect(lines[1].hasPrefix("Date       With               Promised                │ Bruno Martin"))
        #expect(lines[2].hasPrefix("2026-11-25 Bruno Martin       send the grid data      │"))
        #expect(lines[3].hasPrefix("2026-12-06 Youssef Haddad     intro to Radio Horizon  │"))
        app.send(.char("j"))
        let screen = app.screen()
        #expect(screen.role(atX: 0, y: 2) == .listOverdue, "a follow-up whose day has come")
        #expect(screen.role(atX: 0, y: 3) == .listSelected)
        #expect(app.detailName == "Youssef Haddad")
    }

    @Test func doneInTheFollowUpViewClosesTheSelectedOne() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("3"), .char("j"), .char("d"))
        #expect(app.followUpNames == ["Bruno Martin"])
        #expect(app.lines()[0].hasSuffix(" 3 Follow-ups 1"))
        #expect(try app.exchanges(of: "Youssef Haddad").first?.followUp?.done == today)
        app.send(.char("d"))
        #expect(app.followUpNames.isEmpty)
        #expect(app.lines()[2].hasPrefix("No open follow-up."))
        #expect(app.screen().role(of: "No open follow-up.") == .placeholder)
        app.send(.char("d"))
        #expect(app.status == "No follow-up to mark done here")
    }

    @Test func doneInTheDetailClosesTheContactsEarliestFollowUp() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.tab, .char("d"))
        #expect(app.status == "Follow-up with Bruno Martin done — u to undo")
        #expect(try app.exchanges(of: "Bruno Martin").first?.followUp?.done == today)
        #expect(app.screen().find("↳ follow-up 2026-11-25: send the grid data ✓ 2026-1…") != nil)
        app.send(.tab)
        #expect(app.screen().role(of: "↳ follow-up 2026-11-25") == .listDim, "(the highlight is gone with the focus)")
    }

    @Test func switchingViewsKeepsTheContactSelection() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("j"), .char("j"), .char("2"), .char("j"), .char("3"), .char("1"))
        #expect(app.selectedName == "Dmitri Novák")
        #expect(app.detailName == "Dmitri Novák")
    }

    @Test func searchingFromAnotherViewGoesBackToTheContacts() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("2"), .char("/"))
        #expect(app.state.view == .contacts)
        #expect(app.state.search.isEditing)
    }

    @Test
    func anEmptyReviewSettles() throws {
        let app = AppDriver(try Fixture.numbered(3))
        app.send(.char("2"))
        #expect(!app.runaway)
        #expect(app.lines()[2].hasPrefix("Nobody is due. Well done."))
    }

    @Test func anEmptyReviewSaysSo() throws {
        let app = AppDriver(try Fixture.numbered(3))
        app.send(.char("2"))
        #expect(app.lines()[2].hasPrefix("Nobody is due. Well done."))
        #expect(app.lines()[0].contains(" 2 Review 0 "))
    }
}

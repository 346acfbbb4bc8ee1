@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// What the detail pane says about a contact, and how it marks it.
@Suite struct DetailPaneTests {
    @Test func aContactNeverReachedSaysSo() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Zoé Girard")
        let screen = app.screen()
        #expect(screen.roles(of: "never contacted", row: try #require(screen.find("Due         never contacted")).y) == [.listOverdue])
        #expect(screen.find("Mastodon    @zoeg@social.example") != nil)
        let notes = try #require(screen.find("Notes"))
        #expect(screen.role(atX: notes.x, y: notes.y) == .detailLabel)
        #expect(screen.column(of: "  Prefers Signal; met at the Lyon climate forum", row: notes.y + 1) == 56)
        let empty = try #require(screen.find("No exchange yet: l logs one."))
        #expect(screen.role(atX: empty.x, y: empty.y) == .placeholder)
        #expect(screen.find("History · 0 exchanges") != nil)
    }

    @Test func doNotContactAndSnoozeAreMarkedInTheTitle() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Dmitri Novák")
        var screen = app.screen()
        #expect(screen.trimmedLines()[1].hasSuffix("│ Dmitri Novák  do not contact"))
        #expect(screen.roles(of: "do not contact", row: 1) == [.statusError])
        #expect(screen.trimmedLines()[4].hasPrefix("Dmitri Novák ⊘ "), "the list marks them too")
        try app.select("Camille Lefèvre")
        app.send(.char("z"), .char("1"))
        screen = app.screen()
        #expect(screen.trimmedLines()[1].hasSuffix("│ Camille Lefèvre  snoozed until 2026-12-03"))
        #expect(screen.roles(of: "snoozed until 2026-12-03", row: 1) == [.statusWarning])
        #expect(app.selectedName == "Camille Lefèvre")
        app.send(.tab)
        #expect(screen.role(atX: 0, y: 3) == .listSelected)
        #expect(app.screen().role(atX: 0, y: 3) == .listDim, "a focused detail dims the selection")
        app.send(.tab, .char("j"))
        #expect(app.screen().role(atX: 0, y: 3) == .listDim, "a snoozed contact is dimmed, not shown overdue")
    }

    @Test func aFollowUpWhoseDayHasComeIsHighlighted() throws {
        let app = AppDriver(try Fixture.pressOffice())
        var screen = app.screen()
        var line = try #require(screen.find("Follow-up   2026-11-25 send the grid data"))
        #expect(screen.roles(of: "2026-11-25 send the grid data", row: line.y) == [.statusWarning])
        try app.select("Youssef Haddad")
        screen = app.screen()
        line = try #require(screen.find("Follow-up   2026-12-06 intro to Radio Horizon"))
        #expect(screen.roles(of: "2026-12-06 intro to Radio Horizon", row: line.y) == [.detailValue])
        let promise = try #require(screen.find("↳ follow-up 2026-12-06: intro to Radio Horizon"))
        #expect(screen.role(atX: promise.x, y: promise.y) == .detailValue)
    }

    @Test func askingMoreThanGivingIsShownGently() throws {
        let database = try Fixture.pressOffice()
        let ines = try database.add("Inès Faure", addedDaysAgo: 50)
        try database.log(ines, daysAgo: 30, "Asked for a quote", intent: .asked)
        try database.log(ines, daysAgo: 20, "Asked for an interview", intent: .asked)
        try database.log(ines, daysAgo: 10, "Sent our data", intent: .gave)
        let app = AppDriver(database)
        try app.select("Inès Faure")
        let screen = app.screen()
        let line = try #require(screen.find("Reciprocity gave 1 / asked 2 in 12 months"))
        #expect(screen.roles(of: "gave 1 / asked 2 in 12 months", row: line.y) == [.intentAsked])
        try app.select("Camille Lefèvre")
        let balanced = app.screen()
        let even = try #require(balanced.find("Reciprocity gave 1 / asked 1 in 12 months"))
        #expect(balanced.roles(of: "gave 1 / asked 1 in 12 months", row: even.y) == [.detailValue])
    }

    @Test func aLongHistoryShowsTheNewestAndSaysHowMany() throws {
        let database = try RapportDatabase.inMemory()
        let busy = try database.add("Busy Person", tier: .a, addedDaysAgo: 700)
        try database.bulkInsert { bulk in
            for index in 0..<520 {
                try bulk.addExchange(contactId: busy.id, ExchangeDraft(day: today.adding(days: -(index + 1)), summary: "Exchange \(index)"))
            }
        }
        let app = AppDriver(database)
        #expect(app.state.detail?.totalExchanges == 520)
        #expect(app.state.detail?.exchanges.count == 500)
        let screen = app.screen()
        #expect(screen.find("History · 520 exchanges (newest 500)") != nil)
        #expect(screen.find("2026-11-25 Email      → Exchange 0") != nil)
        #expect(app.lines()[2].hasPrefix("Busy Person ") && app.lines()[2].contains(" 1d "))
        app.send(.tab, .char("G"))
        #expect(app.screen().find("→ Exchange 499") != nil)
        #expect(app.screen().find("→ Exchange 500") == nil)
    }

    @Test func pageDownScrollsTheFocusedDetail() throws {
        let database = try RapportDatabase.inMemory()
        let busy = try database.add("Busy Person", addedDaysAgo: 700)
        for index in 0..<40 {
            try database.log(busy, daysAgo: index + 1, "Exchange \(index)")
        }
        let app = AppDriver(database, width: 120, height: 20)
        app.send(.tab)
        let top = app.lines()
        app.send(.pageDown)
        #expect(app.state.detail?.scroll == app.state.visibleRows - 1)
        #expect(app.lines() != top)
        app.send(.pageUp)
        #expect(app.lines() == top)
        app.send(.ctrl("d"), .ctrl("u"))
        #expect(app.lines() == top)
    }
}

@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The log form: the shortest path, what it checks before saving, its
/// choices, its warnings, and the line editor behind its text fields.
@Suite struct LogFormTests {
    /// Field order: summary, channel, direction, intent, rating, date, follow-up on, promised, notes.
    static let dateField = 5

    @Test func lSummaryEnterLogsAnExchange() throws {
        let app = AppDriver(try Fixture.pressOffice())
        let bruno = try app.contact("Bruno Martin")
        app.send(.char("l"))
        #expect(app.form?.title == "Log an exchange with Bruno Martin")
        #expect(app.form?.focus == 0, "the cursor starts in the summary")
        app.type("Coffee near the ministry")
        app.send(.enter)
        #expect(app.state.overlay == nil)
        let draft = ExchangeDraft(day: today, channel: .phone, direction: .outbound, summary: "Coffee near the ministry")
        #expect(app.effects.first == .logExchange(contactId: bruno.id, contactName: "Bruno Martin", draft))

        let saved = try app.exchanges(of: "Bruno Martin")
        #expect(saved.count == 2)
        let exchange = try #require(saved.first)
        #expect(exchange.summary == "Coffee near the ministry")
        #expect(exchange.day == today)
        #expect(exchange.channel == .phone)
        #expect(exchange.direction == .outbound)
        #expect(exchange.intent == .chat)
        #expect(exchange.rating == nil)
        #expect(exchange.followUp == nil)

        let screen = app.screen()
        let lines = screen.trimmedLines()
        #expect(lines[2].hasPrefix("Bruno Martin            Institut Prisme  today "))
        let history = try #require(screen.find("History · 2 exchanges"))
        #expect(screen.column(of: "2026-11-26 Phone      → Coffee near the ministry", row: history.y + 1) == 56)
        #expect(screen.column(of: "2026-11-23 Phone      ← Called about the grid report", row: history.y + 2) == 56)
        #expect(screen.role(atX: 56 + 22, y: history.y + 1) == .directionOut)
        #expect(screen.role(atX: 56 + 22, y: history.y + 2) == .directionIn)
        #expect(lines[31] == " Logged exchange with Bruno Martin — u to undo")
        #expect(screen.role(atX: 1, y: 31) == .statusSuccess)
    }

    @Test func escCancelsAndWritesNothing() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("Never mind")
        app.send(.tab, .char("m"))
        app.send(.escape, .char("y"))
        #expect(app.state.overlay == nil)
        #expect(app.effects.isEmpty)
        #expect(try app.exchanges(of: "Bruno Martin").count == 1)
        #expect(app.lines()[31] == " Cancelled; nothing was saved")
    }

    @Test(arguments: ["", "   "])
    func anEmptySummaryIsRefusedNextToTheField(summary: String) throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type(summary)
        app.send(.tab, .tab)
        app.send(.enter)
        #expect(app.effects.isEmpty)
        #expect(try app.exchanges(of: "Bruno Martin").count == 1)
        let form = try #require(app.form, "the form stays open")
        #expect(form[.summary]?.error == "required")
        #expect(form.focus == 0, "the cursor goes back to the field in error")
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "Summary").first)
        #expect(screen.roles(of: "required", row: row) == [.formError])
        #expect(try #require(screen.column(of: "required", row: row)) > (screen.column(of: "Summary", row: row) ?? 0) + 14)
        // Typing clears the error; then Enter saves.
        app.type("Finally")
        #expect(app.form?[.summary]?.error == nil)
        app.send(.enter)
        #expect(try app.exchanges(of: "Bruno Martin").first?.summary == "Finally")
    }

    @Test(arguments: [("31/02/2026", "not a date"), ("2026-02-30", "not a date"), ("soon", "not a date"),
                      ("tomorrow", "after today (2026-11-26)"), ("+3d", "after today (2026-11-26)")])
    func aBadDateIsRefused(date: String, error: String) throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("About the report")
        app.send(Array(repeating: .tab, count: Self.dateField))
        app.send(.ctrl("u"))
        app.type(date)
        app.send(.tab, .tab, .enter)
        #expect(app.effects.isEmpty)
        #expect(try app.exchanges(of: "Bruno Martin").count == 1)
        let form = try #require(app.form)
        #expect(form[.date]?.error?.hasPrefix(error) == true)
        #expect(form.focus == Self.dateField)
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "Date ").first)
        #expect(screen.roles(of: error, row: row) == [.formError])
        #expect(screen.column(of: date, row: row) == 37)
    }

    @Test(arguments: [("yesterday", -1), ("-3d", -3), ("2026-11-01", -25), ("-2w", -14)])
    func datesAreReadAsTyped(date: String, offset: Int) throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("Earlier")
        app.send(Array(repeating: .backTab, count: 10 - Self.dateField))
        #expect(app.form?.focus == Self.dateField)
        app.send(.ctrl("u"))
        app.type(date)
        app.send(.enter)
        #expect(try app.exchanges(of: "Bruno Martin").map(\.day).contains(today.adding(days: offset)))
    }

    @Test func choicesCycleWithArrowsSpaceAndFirstLetters() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("Mixed")
        app.send(.tab)
        #expect(app.form?.value(.channel) == "phone")
        app.send(.right)
        #expect(app.form?.value(.channel) == "meeting")
        app.send(.left, .left)
        #expect(app.form?.value(.channel) == "email")
        app.send(.char("t"))
        #expect(app.form?.value(.channel) == "twitter")
        app.send(.char("t"))
        #expect(app.form?.value(.channel) == "twitter-dm")
        app.send(.char("m"), .char("m"))
        #expect(app.form?.value(.channel) == "meeting")
        app.send(.char("q"))
        #expect(app.form?.value(.channel) == "meeting", "no option starts with q")
        app.send(.char(" "))
        #expect(app.form?.value(.channel) == "event")
        app.send(Array(repeating: .left, count: 8))
        #expect(app.form?.value(.channel) == "other", "← wraps around")

        app.send(.tab, .char("i"))
        #expect(app.form?.value(.direction) == "in")
        app.send(.tab, .char("g"))
        #expect(app.form?.value(.intent) == "gave")
        app.send(.tab, .char("4"))
        #expect(app.form?.value(.rating) == "4")
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "Rating").first)
        #expect(screen.column(of: "‹ ★★★★☆ ›", row: row) == 37)
        #expect(screen.find("←/→ or a letter to choose") != nil, "the focused choice says how to change it")
        #expect(screen.find("Intent        gave (tip, data, intro)") != nil)
        #expect(screen.find("Direction     ← they reached out") != nil)
        app.send(.enter)
        let saved = try #require(try app.exchanges(of: "Bruno Martin").first)
        #expect(saved.channel == .other)
        #expect(saved.direction == .inbound)
        #expect(saved.intent == .gave)
        #expect(saved.rating == 4)
    }

    @Test func tabShiftTabAndArrowsMoveBetweenFields() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.send(.tab)
        #expect(app.form?.focus == 1)
        app.send(.down, .down)
        #expect(app.form?.focus == 3)
        app.send(.backTab)
        #expect(app.form?.focus == 2)
        app.send(.up, .up, .up)
        #expect(app.form?.focus == 9, "Shift-Tab from the first field wraps to the last (the project)")
        app.send(.tab)
        #expect(app.form?.focus == 0)
        app.send(.backTab, .backTab)
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "Notes").first)
        #expect(screen.role(of: "Notes") == .formFieldFocused)
        #expect(screen.cursor == CursorPosition(x: 37, y: row))
        #expect(screen.role(of: "Summary") == .formLabel)
    }

    @Test func theChannelDefaultsToTheLastOneUsedElseEmail() throws {
        let app = AppDriver(try Fixture.pressOffice())
        let expected = ["Bruno Martin": "phone", "Camille Lefèvre": "email", "Hélène Dubois": "email",
                        "Youssef Haddad": "mastodon", "Zoé Girard": "email"]
        for (name, channel) in expected {
            try app.select(name)
            app.send(.char("l"))
            #expect(app.form?.value(.channel) == channel, "\(name)")
            app.send(.escape)
        }
    }

    @Test func theAntiPesteringWarningShowsBeforeSaving() throws {
        let database = try Fixture.pressOffice()
        let ines = try database.add("Inès Faure", addedDaysAgo: 50)
        try database.log(ines, daysAgo: 3, "Asked for a quote on the study", intent: .asked)
        let app = AppDriver(database)
        try app.select("Inès Faure")
        app.send(.char("l"))
        #expect(app.form?.warnings == [])
        app.type("Asked again")
        app.send(.tab, .tab, .tab, .char("a"))
        let warning = "You already asked Inès Faure something 3 days ago (2026-11-23) and have given nothing since."
        #expect(app.form?.warnings == [warning])
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "⚠ You already asked Inès Faure").first)
        #expect(screen.roles(of: "⚠ You already asked Inès Faure", row: row) == [.formWarning])
        #expect((screen.rows(containing: "Summary").first ?? 0) > row, "the warning sits above the fields")
        // Giving instead of asking, or being the one asked, lifts it.
        app.send(.char("g"))
        #expect(app.form?.warnings == [])
        app.send(.char("a"), .backTab, .char("i"))
        #expect(app.form?.warnings == [])
        app.send(.char("o"))
        #expect(app.form?.warnings == [warning])
        // It warns; it does not stop.
        app.send(.enter)
        #expect(try app.exchanges(of: "Inès Faure").first?.summary == "Asked again")
        #expect(app.status == "Logged exchange with Inès Faure — u to undo (\(warning))")
    }

    @Test
    func theAntiPesteringWarningCanBeReadWhole() throws {
        let database = try Fixture.pressOffice()
        let ines = try database.add("Inès Faure", addedDaysAgo: 50)
        try database.log(ines, daysAgo: 3, "Asked for a quote on the study", intent: .asked)
        let app = AppDriver(database)
        try app.select("Inès Faure")
        app.send(.char("l"), .tab, .tab, .tab, .char("a"))
        // Wrapped over several rows of the form, never cut.
        let lines = app.lines()
        let first = try #require(lines.firstIndex { $0.contains("⚠ You already asked") })
        let last = try #require(lines.firstIndex { $0.contains("Summary") })
        let text = lines[first..<last].map { line -> String in
            let inside = line.split(separator: "│", omittingEmptySubsequences: false)
            return inside.count >= 3 ? inside[1].trimmingCharacters(in: .whitespaces) : ""
        }.joined(separator: " ")
        #expect(text.contains("You already asked Inès Faure something 3 days ago (2026-11-23) and have given nothing since."), "\(text)")
    }

    @Test func theDoNotContactWarningShowsWhenTheFormOpens() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Dmitri Novák")
        app.send(.char("l"))
        #expect(app.form?.warnings == ["Dmitri Novák is marked do-not-contact."])
        let screen = app.screen()
        #expect(screen.role(of: "⚠ Dmitri Novák is marked do-not-contact.") == .formWarning)
        // They reached out: nothing to warn about.
        app.send(.tab, .tab, .char("i"))
        #expect(app.form?.warnings == [])
        #expect(!app.screen().text.contains("do-not-contact"))
    }

    @Test func aFollowUpNeedsADateAndAPromise() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("Promised the deck")
        app.send(Array(repeating: .tab, count: 6))
        app.type("+7d")
        app.send(.enter)
        #expect(app.form?[.followUpText]?.error == "say what you promised")
        #expect(app.form?.focus == 7)
        app.type("send the deck")
        app.send(.up, .ctrl("u"), .enter)
        #expect(app.form?[.followUpDate]?.error == "when? (YYYY-MM-DD, yesterday, -3d)")
        #expect(app.form?.focus == 6)
        app.type("2026-12-03")
        app.send(.enter)
        #expect(app.state.overlay == nil)
        let saved = try #require(try app.exchanges(of: "Bruno Martin").first)
        #expect(saved.followUp == FollowUp(due: today.adding(days: 7), text: "send the deck"))
        #expect(app.state.counts.followUps == 3)
    }

    @Test func theLineEditorKeepsExactlyWhatWasEdited() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("Déjeuner avec Zoë 👍🏽 et 👨‍👩‍👧")
        #expect(app.form?.value(.summary) == "Déjeuner avec Zoë 👍🏽 et 👨‍👩‍👧")
        app.send(.backspace)
        #expect(app.form?.value(.summary) == "Déjeuner avec Zoë 👍🏽 et ", "Backspace removes the whole family")
        app.type("王芳")
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "Summary").first)
        #expect(screen.column(of: "Déjeuner avec Zoë 👍🏽 et 王芳", row: row) == 37)
        // 18 columns, 👍🏽 as 4 (as glibc and ncurses count it), " et " 4, 王芳 4.
        #expect(screen.cursor == CursorPosition(x: 37 + 18 + 4 + 4 + 4, y: row))
        app.send(.home, .delete)
        #expect(app.form?.value(.summary) == "éjeuner avec Zoë 👍🏽 et 王芳")
        app.type("D")
        app.send(.end, .ctrl("w"))
        #expect(app.form?.value(.summary) == "Déjeuner avec Zoë 👍🏽 et ")
        app.send(.ctrl("w"))
        #expect(app.form?.value(.summary) == "Déjeuner avec Zoë 👍🏽 ")
        app.type("merci")
        app.send(.left, .left, .left, .left, .left)
        app.type("grand ")
        app.send(.right, .right, .delete)
        #expect(app.form?.value(.summary) == "Déjeuner avec Zoë 👍🏽 grand meci")
        app.type("r")
        #expect(app.form?.value(.summary) == "Déjeuner avec Zoë 👍🏽 grand merci")

        app.send(Array(repeating: .tab, count: 8))
        app.type("oops, wrong field")
        app.send(.ctrl("u"))
        #expect(app.form?.value(.notes) == "")
        app.type("Ask about 🇫🇷 figures")
        app.send(.enter)
        let saved = try #require(try app.exchanges(of: "Bruno Martin").first)
        #expect(saved.summary == "Déjeuner avec Zoë 👍🏽 grand merci")
        #expect(saved.notes == "Ask about 🇫🇷 figures")
        #expect(app.screen().find("→ Déjeuner avec Zoë 👍🏽 grand merci") != nil)
    }

    @Test func controlCharactersTypedOrPastedNeverReachTheSummary() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("a\u{1B}[31mb\u{7}c\td")
        app.send(.enter)
        #expect(try app.exchanges(of: "Bruno Martin").first?.summary == "a[31mbc d")
    }

    @Test func lWithNobodySelectedSaysSo() throws {
        let app = AppDriver(try Fixture.numbered(3))
        app.send(.char("/"))
        app.type("nobody")
        app.send(.enter, .char("l"))
        #expect(app.state.overlay == nil)
        #expect(app.status == "Select a contact first")
    }
}

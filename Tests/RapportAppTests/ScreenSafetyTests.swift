@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// What users type never acts on the terminal nor shifts the columns:
/// escape sequences, control characters, tabs, line breaks and bidi
/// overrides are drawn as harmless symbols; accents, emoji and CJK keep
/// the columns aligned; long text is cut with … at its column's edge.
@Suite struct ScreenSafetyTests {
    static let evilName = "\u{1B}[31mEvil\u{1B}[0m Corp"

    /// Contacts whose every text field carries something hostile; all due,
    /// with an exchange and a follow-up due today.
    static func hostileDatabase() throws -> RapportDatabase {
        let database = try RapportDatabase.inMemory()
        let texts = [
            evilName,
            "\u{202E}Reversed\u{202C} Name",
            "Bell\u{7}Back\u{8}space\tTab",
            "C1 \u{9B}31m control \u{90}dcs",
            "Iso\u{2067}late\u{2069} \u{2066}more\u{2069} \u{202D}ltr",
            "Del\u{7F}ete \u{1}soh",
        ]
        for (index, name) in texts.enumerated() {
            let contact = try database.add(
                name, role: Role.allCases[index % Role.allCases.count],
                outlet: "\u{1B}]0;pwned\u{7}Outlet \(index)\t\u{1B}[2J", title: "Title\u{1B}[1m\(index)",
                tier: .a,
                handles: [Handle(kind: .other, value: "\u{1B}[31mred\u{7}\(index)")],
                tags: ["\u{1B}[1mbold\(index)", "tab\ttag"],
                howMet: "\u{1B}P dcs \u{1B}\\ met \u{202E}here",
                notes: "Line one\nLine two\r\n\u{1B}[2J cleared?\tTabbed\u{2067}iso\u{2069}\u{1B}[?1049h",
                addedDaysAgo: 200)
            try database.log(contact, daysAgo: 40 + index, "Pitch \u{1B}[5mblink\u{1B}[0m \u{202D}ltr\u{7}\t\(index)",
                             intent: .asked,
                             followUp: FollowUp(due: today, text: "Send \u{1B}[7minverse\u{1B}[0m \u{9B}2J \(index)"))
        }
        return database
    }

    func expectSafe(_ app: AppDriver, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = app.screen()
        let unsafe = screen.unsafeCells()
        #expect(unsafe.isEmpty, "\(what): \(unsafe.prefix(3).map { "(\($0.x),\($0.y)) \($0.text.unicodeScalars.map { String($0.value, radix: 16) })" })",
                sourceLocation: sourceLocation)
        #expect(screen.rowsAreWellFormed(), "\(what)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [(120, 32), (80, 24), (40, 12)])
    func noControlCharacterReachesAnyCell(width: Int, height: Int) throws {
        let app = AppDriver(try Self.hostileDatabase(), width: width, height: height)
        let count = app.state.contacts.total
        #expect(count == 6)
        for index in 0..<count {
            app.send(.char("1"), .char("g"))
            app.send(Array(repeating: .char("j"), count: index))
            let name = app.selectedName ?? ""
            expectSafe(app, "list and detail of \(name.debugDescription)")
            app.send(.tab, .char("G"))
            expectSafe(app, "detail end of \(name.debugDescription)")
            app.send(.tab, .char("l"))
            expectSafe(app, "log form of \(name.debugDescription)")
            app.send(.tab, .tab, .tab, .char("a"))
            expectSafe(app, "log form warnings of \(name.debugDescription)")
            app.send(.escape, .char("y"), .char("e"))
            expectSafe(app, "edit form of \(name.debugDescription)")
            app.send(Array(repeating: .tab, count: 9))
            expectSafe(app, "edit form, last field, of \(name.debugDescription)")
            app.send(.escape, .char("x"))
            expectSafe(app, "archive question about \(name.debugDescription)")
            app.send(.char("n"), .char("z"))
            expectSafe(app, "snooze picker of \(name.debugDescription)")
            app.send(.escape, .char("l"))
            app.type("Reply \u{1B}[31m")
            app.send(.enter)
            expectSafe(app, "status after logging with \(name.debugDescription)")
        }
        app.send(.char("2"))
        expectSafe(app, "review")
        app.send(.char("j"), .char("j"), .char("d"))
        expectSafe(app, "review after done")
        app.send(.char("3"), .char("G"))
        expectSafe(app, "follow-ups")
        app.send(.char("1"), .char("f"), .char("G"))
        expectSafe(app, "filter picker with hostile tags")
        app.send(.enter)
        expectSafe(app, "list filtered by a hostile tag")
        app.send(.char("/"))
        app.type("evil\u{1B}[31m")
        expectSafe(app, "search field")
        app.send(.enter)
        expectSafe(app, "header with the search")
        app.send(.char("?"))
        expectSafe(app, "help")
    }

    @Test func hostileTextIsShownAsVisibleSymbols() throws {
        let app = AppDriver(try Self.hostileDatabase())
        let screen = app.screen()
        #expect(app.contactNames.first == Self.evilName)
        #expect(screen.find("␛Evil␛ Corp") != nil)
        #expect(screen.find("Bell␇Back␈space Tab") != nil)
        #expect(screen.find("�Reversed� Name") != nil)
        // The detail: escape sequences as ␛, the notes' own lines kept, tabs as spaces.
        #expect(screen.find("Title␛0") != nil)
        #expect(screen.find("  Line one") != nil)
        #expect(screen.find("  Line two") != nil)
        #expect(screen.find("␛ cleared? Tabbed�iso�␛") != nil)
        // The separator between the panes is intact on every row.
        for y in 1..<31 {
            #expect(screen.text(x: 54, y: y, count: 1) == "│", "row \(y)")
            #expect(screen.role(atX: 54, y: y) == .border)
        }
    }

    @Test func editingAHostileNameSavesItWithoutControls() throws {
        let app = AppDriver(try Self.hostileDatabase())
        #expect(app.selectedName == Self.evilName)
        app.send(.char("e"))
        // The field holds what can be typed: no escape, no control.
        #expect(app.form?.value(.name) == "[31mEvil[0m Corp")
        app.send(.enter)
        #expect(app.status == "Edited [31mEvil[0m Corp — u to undo")
    }

    // MARK: Widths

    static let wideNames = [
        "François Lefèvre", "王芳", "👍🏽 Thumbs Up", "👨‍👩‍👧 Famille Dupont", "Zoë", "e\u{301}mile Combining",
        "Ｆｕｌｌｗｉｄｔｈ Name", "김민준", "Ørsted Søren", "❤️ Heart", "Ŧêšţ Ŵïđţĥ", "日本語の名前です",
    ]

    static func wideDatabase() throws -> RapportDatabase {
        let database = try RapportDatabase.inMemory()
        for (index, name) in wideNames.enumerated() {
            let contact = try database.add(name, outlet: index.isMultiple(of: 2) ? "Le Monde des Cafés ☕" : "北京日报",
                                           tier: [Tier.a, .b, .c][index % 3], addedDaysAgo: 300)
            if index % 4 != 0 {
                try database.log(contact, daysAgo: index * 9, "Échange n°\(index) 👍🏽", channel: .meeting, direction: .inbound, rating: 5)
            }
        }
        return database
    }

    @Test(arguments: [(120, 32, 45, 47), (80, 24, 68, 70), (63, 20, 54, 56)])
    func accentsEmojiAndCJKKeepTheColumnsAligned(width: Int, height: Int, lastEnd: Int, warmthX: Int) throws {
        let app = AppDriver(try Self.wideDatabase(), width: width, height: height)
        let screen = app.screen()
        #expect(screen.column(of: "Last", row: 1) == lastEnd - 3)
        #expect(screen.column(of: "Warmth", row: 1) == warmthX)
        let rows = min(Self.wideNames.count, app.state.visibleRows)
        for y in 2..<(2 + rows) {
            #expect(screen.isContactRow(y, lastEnd: lastEnd, warmthX: warmthX), "row \(y): \(screen.trimmedLines()[y])")
        }
        #expect(screen.rowsAreWellFormed())
        for line in screen.lines() {
            #expect(DisplayWidth.of(line) == width, "\(line)")
        }
        // Every name is there, whole or cut, at the start of its row.
        for name in Self.wideNames {
            let shown = TextSanitizer.singleLine(name)
            let start = String(shown.prefix(3))
            #expect(screen.find(start) != nil, "\(name)")
        }
    }

    @Test func warmthCellsTakeTheirLabelsRole() throws {
        let app = AppDriver(try Self.wideDatabase(), width: 80, height: 24)
        let screen = app.screen()
        for (offset, row) in app.state.contacts.rows.enumerated() where offset > 0 {
            let y = 2 + offset
            let expected: StyleRole
            switch row.warmth.value {
            case ..<20: expected = "warmth.cold"
            case ..<40: expected = "warmth.cooling"
            case ..<70: expected = "warmth.warm"
            default: expected = "warmth.strong"
            }
            #expect(Set((70..<80).compactMap { screen.role(atX: $0, y: y) }) == [expected], "\(row.name) \(row.warmth.value)")
            #expect(screen.role(atX: 0, y: y) == (row.due.isDue ? .listOverdue : .list), "\(row.name)")
        }
        #expect(Set(screen.roles(row: 2)) == [.listSelected], "the selection wins over warmth and overdue")
        let roles = Set(app.state.contacts.rows.dropFirst().map { $0.warmth.label.rawValue })
        #expect(roles.count >= 3, "the fixture spans several warmth labels: \(roles)")
    }

    @Test func longTextIsCutWithAnEllipsisAtTheColumnEdge() throws {
        let database = try RapportDatabase.inMemory()
        try database.add("Marie-Hélène de La Tour d'Auvergne-Lauraguais", outlet: "Les Échos du Climat et de la Transition Énergétique")
        try database.add("王芳王芳王芳王芳王芳王芳王芳王芳王芳", outlet: "北京日报北京日报北京日报北京日报")
        try database.add("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧 Famille", outlet: "Short")
        let app = AppDriver(database, width: 80, height: 24)
        let screen = app.screen()
        // At 80 columns: Name 0–29, Outlet 31–51, Role 53–62, Last 64–68, Warmth 70–79.
        let lines = screen.trimmedLines()
        #expect(lines[2].hasPrefix("Marie-Hélène de La Tour d'Auv… Les Échos du Climat … journalist     — "))
        for y in 2...4 {
            #expect(screen.text(x: 30, y: y, count: 1) == " ", "row \(y): nothing spills past the name column")
            #expect(screen.text(x: 52, y: y, count: 1) == " ", "row \(y): nothing spills past the outlet column")
            #expect(screen.text(x: 53, y: y, count: 10).hasPrefix("journalist"))
            #expect(screen.isContactRow(y, lastEnd: 68, warmthX: 70))
        }
        let wide = try #require(screen.rows(containing: "王芳王芳").first)
        let name = screen.text(x: 0, y: wide, count: 30)
        #expect(name.hasPrefix("王芳王芳王芳王芳王芳王芳王芳"))
        #expect(name.contains("…"))
        #expect(screen.text(x: 31, y: wide, count: 21).contains("…"))
        let family = try #require(screen.rows(containing: "👨👩👧").first)
        #expect(screen.text(x: 0, y: family, count: 30).contains("…"))
    }

    @Test func theDetailCutsLongLinesAtThePaneEdge() throws {
        let database = try RapportDatabase.inMemory()
        let contact = try database.add("Ana " + String(repeating: "Longname", count: 12), outlet: String(repeating: "Outlet ", count: 20))
        try database.log(contact, daysAgo: 1, String(repeating: "A very long summary ", count: 10))
        let app = AppDriver(database)
        let screen = app.screen()
        for y in 1..<31 {
            #expect(screen.text(x: 54, y: y, count: 1) == "│")
        }
        let title = screen.text(x: 56, y: 1, count: 63)
        #expect(title.hasSuffix("…"), "\(title)")
        let history = try #require(screen.find("A very long summary"))
        #expect(screen.text(x: 56, y: history.y, count: 63).hasSuffix("…"))
    }
}

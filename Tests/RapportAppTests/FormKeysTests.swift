@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Keys inside forms never lose text: readline keys edit, Home/End in every
/// encoding move, unknown Alt-keys and escape sequences are ignored, only a
/// lone Esc cancels, and a changed form asks first.
@Suite struct FormKeysTests {
    static let esc = "\u{1B}"

    /// The keys the terminal's bytes decode to, as the app's key reader gives them.
    static func raw(_ bytes: String) -> [Key] {
        KeyStreamDecoder.decodeKeys(Array(bytes.utf8))
    }

    func addForm(typing text: String) throws -> AppDriver {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type(text)
        try #require(app.form?.title == "Add a contact")
        return app
    }

    @Test func altBAndAltFMoveByWordInAField() throws {
        let app = try addForm(typing: "Camille Durand")
        app.send(.alt("b"))
        app.type("X")
        #expect(app.form?.value(.name) == "Camille XDurand")
        app.send(.alt("b"), .alt("b"), .alt("f"))
        app.type("!")
        #expect(app.form?.value(.name) == "Camille! XDurand")
    }

    @Test func altBAsTheTerminalSendsItMovesByWord() throws {
        let app = try addForm(typing: "Camille Durand")
        app.send(Self.raw(Self.esc + "b"))
        app.type("X")
        #expect(app.form?.value(.name) == "Camille XDurand")
        // Ctrl-← as xterm sends it moves by word too.
        app.send(Self.raw(Self.esc + "[1;5D"))
        app.type("Y")
        #expect(app.form?.value(.name) == "Camille YXDurand")
    }

    @Test func altBackspaceAndAltDDeleteWords() throws {
        let app = try addForm(typing: "Camille Durand Lefèvre")
        app.send(Self.raw(Self.esc + "\u{7F}"))
        #expect(app.form?.value(.name) == "Camille Durand ")
        app.send(.home)
        app.send(Self.raw(Self.esc + "d"))
        #expect(app.form?.value(.name) == " Durand ")
    }

    @Test(arguments: [("[1~", "[4~"), ("[H", "[F"), ("OH", "OF"), ("[7~", "[8~")])
    func homeAndEndInEveryEncodingGoToTheEnds(home: String, end: String) throws {
        let app = try addForm(typing: "Durand")
        app.send(Self.raw(Self.esc + home))
        app.type("Camille ")
        app.send(Self.raw(Self.esc + end))
        app.type(" Jr")
        #expect(app.form?.value(.name) == "Camille Durand Jr")
        #expect(app.form?.title == "Add a contact")
    }

    @Test func ctrlAAndCtrlEGoToTheEnds() throws {
        let app = try addForm(typing: "Durand")
        app.send(.ctrl("a"))
        app.type("Camille ")
        app.send(.ctrl("e"))
        app.type("!")
        #expect(app.form?.value(.name) == "Camille Durand!")
    }

    @Test(arguments: ["x", "[", "O", "1", "é"])
    func anotherAltKeyIsIgnored(character: String) throws {
        let app = try addForm(typing: "Camille")
        app.send(.alt(Character(character)))
        let form = try #require(app.form, "Alt-\(character) must not close the form")
        #expect(form.value(.name) == "Camille")
        #expect(!form.confirmingDiscard)
    }

    @Test(arguments: ["[200~", "[99~", "[1;5Q", "[?1049h", "[<0;3;4M", "[I", "Oz", "[24;5~"])
    func unknownEscapeSequencesKeepTheText(sequence: String) throws {
        let app = try addForm(typing: "Camille")
        app.send(Self.raw(Self.esc + sequence))
        app.type(" D")
        let form = try #require(app.form)
        #expect(form.value(.name) == "Camille D")
        #expect(!form.confirmingDiscard)
    }

    @Test func keysOfNoUseInAChoiceFieldChangeNothing() throws {
        let app = try addForm(typing: "Camille")
        app.send(.tab)
        let role = app.form?.value(.role)
        app.send(.alt("b"), .alt("x"), .unknown(999), .home)
        #expect(app.form?.value(.role) == role)
        #expect(app.form?.focus == 1)
    }

    @Test func aLoneEscClosesAnUnchangedFormAtOnce() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"), .escape)
        #expect(app.state.overlay == nil)
        #expect(app.status == "Cancelled; nothing was saved")
        // Moving between fields is not a change.
        app.send(.char("l"), .tab, .tab, .escape)
        #expect(app.state.overlay == nil)
    }

    @Test func aLoneEscOnAChangedFormAsksAndNReturnsWithTheTextIntact() throws {
        let app = try addForm(typing: "Camille Durand")
        app.send(.tab, .char("b"))
        app.send(.escape)
        let asking = try #require(app.form, "the form stays until the answer")
        #expect(asking.confirmingDiscard)
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "Discard changes? y/n").first)
        #expect(screen.roles(of: "Discard changes? y/n", row: row) == [.formWarning])
        // Keys other than y/n wait: nothing is typed, nothing is saved.
        app.send(.char("x"), .enter, .alt("b"))
        #expect(app.effects.isEmpty)
        #expect(app.form?.confirmingDiscard == true)
        app.send(.char("n"))
        let back = try #require(app.form)
        #expect(!back.confirmingDiscard)
        #expect(back.value(.name) == "Camille Durand")
        #expect(back.value(.role) == "blogger")
        #expect(back.focus == 1)
        #expect(!app.screen().trimmedLines().joined().contains("Discard changes"))
        // Esc answers "no" as well.
        app.send(.escape, .escape)
        #expect(app.form?.confirmingDiscard == false)
        #expect(app.form?.value(.name) == "Camille Durand")
    }

    @Test func yDiscardsTheChanges() throws {
        let app = try addForm(typing: "Forgotten")
        app.send(.escape, .char("y"))
        #expect(app.state.overlay == nil)
        #expect(app.status == "Cancelled; nothing was saved")
        #expect(try app.database.contactCount() == 6)
    }

    @Test func aChangeUndoneByHandIsNoChange() throws {
        let app = try addForm(typing: "X")
        app.send(.backspace, .escape)
        #expect(app.state.overlay == nil)
    }

    @Test func typingADateReplacesToday() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Bruno Martin")
        app.send(.char("l"))
        app.type("Earlier")
        app.send(Array(repeating: .tab, count: LogFormTests.dateField))
        #expect(app.form?.value(.date) == "today")
        app.type("-3d")
        #expect(app.form?.value(.date) == "-3d")
        let row = try #require(app.screen().formRow("Date"))
        #expect(app.screen().rowText(row).text.contains("-3d "))
        #expect(!app.screen().rowText(row).text.contains("today"))
        app.send(.enter)
        #expect(try app.exchanges(of: "Bruno Martin").contains { $0.summary == "Earlier" && $0.day == today.adding(days: -3) })
    }

    @Test func movingIntoTheDefaultKeepsItForEditing() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.send(Array(repeating: .tab, count: LogFormTests.dateField))
        app.send(.end, .backspace, .backspace, .backspace, .backspace, .backspace)
        app.type("yesterday")
        #expect(app.form?.value(.date) == "yesterday")
    }

    /// The case: End (as tmux sends it with TERM=xterm-256color)
    /// cancelled the edit form, the next `e` reopened it and the rest of
    /// the typing went into the name.
    @Test func endInAnEditFormMovesAndTheTypingStaysInTheField() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Bruno Martin")
        app.send(.char("e"), .tab, .tab)
        #expect(app.form?.focus == 2)
        let outlet = app.form?.value(.outlet) ?? ""
        app.send(.home)
        app.send(Self.raw(Self.esc + "[4~"))
        app.type("e and partners")
        let form = try #require(app.form)
        #expect(form.title == "Edit Bruno Martin")
        #expect(form.value(.name) == "Bruno Martin")
        #expect(form.value(.outlet) == outlet + "e and partners")
        app.send(.enter)
        #expect(try app.contact("Bruno Martin").outlet == outlet + "e and partners")
    }

    @Test func altBInTheSearchFieldEditsTheQuery() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("Bru Mar")
        app.send(.alt("b"))
        app.type("X")
        #expect(app.state.search.isEditing)
        #expect(app.state.search.query == "Bru XMar")
    }

    @Test func outsideTextFieldsAnUnboundAltKeyIsEscThenTheKey() throws {
        // tmux turns a quick Esc-then-j into Alt-j: the main screen reads both keys.
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("g"))
        let second = app.contactNames.dropFirst().first
        app.send(.alt("j"))
        #expect(app.selectedName == second)
        #expect(app.state.overlay == nil)
    }

    @Test func endOutsideFormsAsTmuxSendsItGoesToTheBottom() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("g"))
        app.send(Self.raw(Self.esc + "[4~"))
        #expect(app.selectedName == app.contactNames.last)
        #expect(app.state.overlay == nil)
        // Unknown sequences give no key at all: the next key is read as it is.
        let keys = Self.raw(Self.esc + "[200~" + Self.esc + "[99;9~" + "k")
        #expect(keys == [.char("k")])
        app.send(keys)
        #expect(app.selectedName == app.contactNames.dropLast().last)
        #expect(app.state.overlay == nil)
    }
}

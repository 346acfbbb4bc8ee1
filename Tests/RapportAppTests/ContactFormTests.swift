@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The add (`a`) and edit (`e`) contact forms.
@Suite struct ContactFormTests {
    /// Field order: name, role, outlet, title, tier, cadence, stage, tags, handles, how we met.
    enum Field {
        static let outlet = 2, cadence = 5, tags = 7, handles = 8, howMet = 9
    }

    static let zoeHandles = "zoe@example.org, @zoe, +33 6 12 34 56 78, @zoe@social.example, zoe.bsky.social"

    @Test func aOpensAnEmptyFormOnTheName() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        let form = try #require(app.form)
        #expect(form.title == "Add a contact")
        #expect(form.focus == 0)
        #expect(form.fields.map(\.label) == ["Name", "Role", "Outlet", "Title", "Tier", "Cadence", "Stage", "Tags", "Handles", "How we met", "Don't contact", "Introduced by"])
        #expect(form.value(.role) == "journalist")
        #expect(form.value(.tier) == "B")
        #expect(form.value(.stage) == "new")
        #expect(app.screen().find("Name          ") != nil)
    }

    @Test func nothingIsSavedWithoutAName() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"), .tab, .tab)
        app.type("Some outlet")
        app.send(.enter)
        #expect(app.effects.isEmpty)
        #expect(try app.database.contactCount() == 6)
        let form = try #require(app.form)
        #expect(form[.name]?.error == "required")
        #expect(form.focus == 0)
        let screen = app.screen()
        let row = try #require(screen.formRow("Name"))
        #expect(screen.roles(of: "required", row: row) == [.formError])
    }

    @Test func everyFieldIsSavedAndHandlesAreRecognisedByTheirShape() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type("Zoë Kowalski")
        app.send(.tab, .char("b"), .tab)
        app.type("Data & Cité")
        app.send(.tab)
        app.type("Autrice de la newsletter")
        app.send(.tab, .char("a"), .tab)
        app.type("21")
        app.send(.tab, .char("t"), .tab)
        app.type("mobilité, IA, Mobilité")
        app.send(.tab)
        app.type(Self.zoeHandles)
        app.send(.tab)
        app.type("Salon VivaTech")
        app.send(.enter)
        #expect(app.state.overlay == nil)
        #expect(app.status == "Added Zoë Kowalski")

        let zoe = try app.contact("Zoë Kowalski")
        #expect(zoe.role == .blogger)
        #expect(zoe.outlet == "Data & Cité")
        #expect(zoe.title == "Autrice de la newsletter")
        #expect(zoe.tier == .a)
        #expect(zoe.cadenceOverride == 21)
        #expect(zoe.stage == .trusted)
        #expect(zoe.howMet == "Salon VivaTech")
        #expect(zoe.created == today)
        #expect(Set(zoe.tags) == ["mobilité", "IA"])
        #expect(zoe.handles.map(\.kind) == [.email, .twitter, .phone, .mastodon, .bluesky])
        #expect(zoe.handles.map(\.value) == ["zoe@example.org", "@zoe", "+33 6 12 34 56 78", "@zoe@social.example", "@zoe.bsky.social"])
    }

    @Test func theNewContactIsSelectedAndShown() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type("Inès Faure")
        app.send(.enter)
        #expect(app.selectedName == "Inès Faure")
        #expect(app.detailName == "Inès Faure")
        #expect(app.state.counts.contacts == 7)
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "Inès Faure").first { screen.column(of: "Inès Faure", row: $0) == 0 })
        #expect(screen.role(atX: 0, y: row) == .listSelected)
        #expect(screen.column(of: "Inès Faure", row: 1) == 56)
        #expect(screen.find("No exchange yet: l logs one.") != nil)
    }

    @Test func aNewContactFarDownALongListIsSelectedAndShown() throws {
        let app = AppDriver(try Fixture.numbered(300))
        app.send(.char("a"))
        app.type("Contact 2000")
        app.send(.enter)
        #expect(app.state.contacts.selected == 200)
        #expect(app.selectedName == "Contact 2000")
        #expect(app.detailName == "Contact 2000")
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "Contact 2000").first { screen.column(of: "Contact 2000", row: $0) == 0 })
        #expect(screen.role(atX: 0, y: row) == .listSelected)
        #expect(!screen.text.contains("…"), "the rows around it are loaded")
    }

    @Test func addingFromTheReviewOrASearchGoesToTheContactList() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("/"))
        app.type("bruno")
        app.send(.enter, .char("2"), .char("a"))
        app.type("Aaron Abadie")
        app.send(.enter)
        #expect(app.state.view == .contacts)
        #expect(app.state.search.query.isEmpty)
        #expect(app.contactNames.count == 7)
        #expect(app.selectedName == "Aaron Abadie")
    }

    @Test
    func aNewContactIsSelectedEvenUnderAFilter() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("f"), .char("4"))
        #expect(app.contactNames == ["Bruno Martin"])
        app.send(.char("a"))
        app.type("Aaron Abadie")
        app.send(.enter)
        #expect(app.selectedName == "Aaron Abadie")
        #expect(app.detailName == "Aaron Abadie")
    }

    @Test(arguments: [
        (Field.cadence, "abc", FieldID.cadence, "a number of days, 1–3650, or empty"),
        (Field.cadence, "0", FieldID.cadence, "a number of days, 1–3650, or empty"),
        (Field.cadence, "3651", FieldID.cadence, "a number of days, 1–3650, or empty"),
        (Field.handles, "zoe@example.org, not a handle", FieldID.handles, "cannot tell what 'not a handle' is"),
        (Field.handles, "@zoe@", FieldID.handles, "'@zoe@' is not a Mastodon address"),
        (Field.tags, String(repeating: "x", count: 61), FieldID.tags, "tag 'xxxxxxxxxxxxxxxxxxxx…' is longer than 60 characters"),
    ])
    func badValuesAreRefusedNextToTheirField(field: Int, text: String, id: FieldID, error: String) throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type("Valid Name")
        app.send(Array(repeating: .tab, count: field))
        app.type(text)
        app.send(.backTab, .backTab, .enter)
        #expect(app.effects.isEmpty)
        #expect(try app.database.contactCount() == 6)
        let form = try #require(app.form)
        #expect(form[id]?.error?.hasPrefix(error) == true, "\(form[id]?.error ?? "no error")")
        #expect(form.focus == field)
        let screen = app.screen()
        let label = try #require(form[id]?.label)
        let row = try #require(screen.formRow(label))
        let shown = String(error.prefix(12))
        #expect(screen.roles(of: shown, row: row) == [.formError])
        // Fixing the field lets the contact be saved.
        app.send(.ctrl("u"), .enter)
        #expect(app.state.overlay == nil)
        #expect(try app.database.contactCount() == 7)
    }

    @Test func escAbandonsTheNewContact() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type("Forgotten")
        app.send(.escape, .char("y"))
        #expect(app.state.overlay == nil)
        #expect(try app.database.contactCount() == 6)
        #expect(app.status == "Cancelled; nothing was saved")
    }

    /// Adds "Camille Bis" with Camille Lefèvre's email, which the store refuses.
    static func addingCamillesEmailToSomeoneElse() throws -> AppDriver {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type("Camille Bis")
        app.send(Array(repeating: .tab, count: Field.handles))
        app.type("camille.lefevre@quotidien.example")
        app.send(.enter)
        return app
    }

    @Test
    func aRefusedSaveKeepsTheForm() throws {
        let app = try Self.addingCamillesEmailToSomeoneElse()
        #expect(try app.database.contactCount() == 6)
        #expect(app.form?.value(.name) == "Camille Bis", "the form is still open")
    }

    @Test func aRefusedSaveSaysWhyInTheForm() throws {
        let app = try Self.addingCamillesEmailToSomeoneElse()
        #expect(try app.database.contactCount() == 6)
        #expect(app.form?.error?.contains("Camille Lefèvre") == true, "\(app.form?.error ?? "")")
        let screen = app.screen()
        let row = try #require(screen.rows(containing: "✗ Not saved: the email").first)
        #expect(screen.roles(of: "✗ Not saved: the email", row: row) == [.formError])
    }

    // MARK: Edit

    @Test func eOpensTheFormFilledWithTheContact() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("e"))
        let form = try #require(app.form)
        #expect(form.title == "Edit Camille Lefèvre")
        #expect(form.value(.name) == "Camille Lefèvre")
        #expect(form.value(.role) == "journalist")
        #expect(form.value(.outlet) == "Le Quotidien du Soir")
        #expect(form.value(.title) == "Journaliste économie")
        #expect(form.value(.tier) == "A")
        #expect(form.value(.cadence) == "")
        #expect(form.value(.stage) == "new")
        #expect(form.value(.tags) == "climat, énergie")
        #expect(form.value(.handles) == "camille.lefevre@quotidien.example, @camlef")
        #expect(form.value(.howMet) == "Press club breakfast")
        let screen = app.screen()
        #expect(screen.find("Outlet        Le Quotidien du Soir") != nil)
        #expect(screen.find("Tier          A (key)") != nil)
    }

    @Test func anEditChangesOnlyWhatWasChanged() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("e"), .tab, .tab, .ctrl("u"))
        app.type("Le Soir Numérique")
        app.send(.tab, .tab, .tab)
        app.type("14")
        app.send(.tab, .char("e"), .tab, .ctrl("w"))
        app.type("santé")
        app.send(.tab, .ctrl("w"))
        app.type("+33 1 23 45 67 89")
        app.send(.enter)
        #expect(app.state.overlay == nil)
        #expect(app.status == "Edited Camille Lefèvre — u to undo")
        let camille = try app.contact("Camille Lefèvre")
        #expect(camille.outlet == "Le Soir Numérique")
        #expect(camille.cadenceOverride == 14)
        #expect(camille.stage == .engaged)
        #expect(camille.tags == ["climat", "santé"])
        #expect(camille.handles.map(\.value) == ["camille.lefevre@quotidien.example", "+33 1 23 45 67 89"])
        #expect(camille.title == "Journaliste économie")
        #expect(camille.howMet == "Press club breakfast")
        #expect(try app.exchanges(of: "Camille Lefèvre").count == 2)
        let screen = app.screen()
        #expect(screen.find("Journalist · Le Soir Numérique · Journaliste économie") != nil)
        #expect(screen.find("Stage       engaged · tier A (key) · every 14d (own)") != nil)
        #expect(screen.find("Phone       +33 1 23 45 67 89") != nil)
    }

    @Test func anEditWithoutChangeWritesNothing() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        let before = try app.contact("Camille Lefèvre")
        app.send(.char("e"), .tab, .tab, .tab, .enter)
        #expect(app.state.overlay == nil)
        #expect(app.effects.isEmpty)
        #expect(app.status == "No change")
        #expect(try app.contact("Camille Lefèvre") == before)
        #expect(app.state.undo.isEmpty)
    }

    @Test func anEditIsCheckedLikeAnAdd() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("e"), .ctrl("u"), .enter)
        #expect(app.form?[.name]?.error == "required")
        #expect(try app.contact("Camille Lefèvre").name == "Camille Lefèvre")
        app.type("Camille Lefèvre-Martin")
        app.send(.enter)
        #expect(app.status == "Edited Camille Lefèvre-Martin — u to undo")
        #expect(app.selectedName == "Camille Lefèvre-Martin")
    }

    @Test func clearingTheCadenceGoesBackToTheTiersDays() throws {
        let database = try Fixture.pressOffice()
        try database.add("Inès Faure", tier: .c, cadence: 10)
        let app = AppDriver(database)
        try app.select("Inès Faure")
        #expect(app.screen().find("every 10d (own)") != nil)
        app.send(.char("e"), .tab, .tab, .tab, .tab, .tab, .ctrl("u"), .enter)
        #expect(try app.contact("Inès Faure").cadenceOverride == nil)
        #expect(app.screen().find("Stage       new · tier C (occasional) · every 120d") != nil)
    }
}

/// Handles typed in the one field, and written back into it by the edit form.
@Suite struct HandleFieldTests {
    @Test(arguments: [
        ("zoe@example.org", HandleKind.email, "zoe@example.org"),
        ("@zoe", .twitter, "@zoe"),
        ("+33 6 12 34 56 78", .phone, "+33 6 12 34 56 78"),
        ("(555) 010 2030", .phone, "(555) 010 2030"),
        ("@zoe@social.example", .mastodon, "@zoe@social.example"),
        ("zoe.bsky.social", .bluesky, "@zoe.bsky.social"),
        ("@zoe.bsky.social", .bluesky, "@zoe.bsky.social"),
        ("https://x.com/zoe", .twitter, "@zoe"),
        ("https://www.linkedin.com/in/zoe", .linkedin, "https://www.linkedin.com/in/zoe"),
        ("zoe.example.org", .website, "https://zoe.example.org"),
        ("other:Signal +33 6 00", .other, "Signal +33 6 00"),
    ])
    func eachShapeBecomesItsKind(typed: String, kind: HandleKind, value: String) throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type("Zoé Test")
        app.send(Array(repeating: .tab, count: ContactFormTests.Field.handles))
        app.type(typed)
        app.send(.enter)
        let handles = try app.contact("Zoé Test").handles
        #expect(handles.map(\.kind) == [kind])
        #expect(handles.map(\.value) == [value])
    }

    @Test func everyKindOfHandleSurvivesAnEditUntouched() throws {
        let database = try Fixture.pressOffice()
        try database.add("Zoé Handles", handles: [
            Handle(kind: .email, value: "zoe@example.org", label: "work"),
            Handle(kind: .phone, value: "+33 6 12 34 56 78", label: "mobile"),
            Handle(kind: .twitter, value: "@zoe"),
            Handle(kind: .mastodon, value: "@zoe@social.example"),
            Handle(kind: .bluesky, value: "@zoe.bsky.social"),
            Handle(kind: .linkedin, value: "https://www.linkedin.com/in/zoe"),
            Handle(kind: .website, value: "https://zoe.example.org"),
            Handle(kind: .other, value: "Signal: +33 6 00 00 00 00"),
        ])
        let app = AppDriver(database)
        try app.select("Zoé Handles")
        let before = try app.contact("Zoé Handles")
        app.send(.char("e"))
        #expect(app.form?.value(.handles) == "zoe@example.org, +33 6 12 34 56 78, @zoe, @zoe@social.example, @zoe.bsky.social, "
            + "https://www.linkedin.com/in/zoe, https://zoe.example.org, other:Signal: +33 6 00 00 00 00")
        app.send(.enter)
        #expect(app.status == "No change")
        #expect(try app.contact("Zoé Handles").handles == before.handles)
        // Adding one keeps the others and their labels.
        app.send(.char("e"), .tab, .tab, .tab, .tab, .tab, .tab, .tab, .tab)
        app.type(", zoe@perso.example")
        app.send(.enter)
        let after = try app.contact("Zoé Handles")
        #expect(after.handles.count == 9)
        #expect(after.handles.first { $0.value == "zoe@example.org" }?.label == "work")
        #expect(after.handles.first { $0.kind == .phone }?.label == "mobile")
    }
}

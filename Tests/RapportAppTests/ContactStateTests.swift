@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Do-not-contact in the add/edit form, the "archived" filter, unarchiving
/// with `x`, and snoozed or do-not-contact rows drawn dim.
@Suite struct ContactStateTests {
    /// The do-not-contact choice: the last field of the add/edit form.
    static let doNotContactField = 10

    @Test func doNotContactIsAFieldOfTheAddForm() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("a"))
        app.type("Iris Morel")
        app.send(Array(repeating: .tab, count: Self.doNotContactField))
        #expect(app.form?.fields[app.form?.focus ?? 0].id == .doNotContact)
        #expect(app.form?.value(.doNotContact) == "no")
        #expect(app.screen().formRow("Don't contact") != nil)
        app.send(.char("y"))
        #expect(app.form?.value(.doNotContact) == "yes")
        app.send(.enter)
        #expect(try app.contact("Iris Morel").doNotContact)
        #expect(app.selectedName == "Iris Morel")
        let row = try #require(app.screen().find("Iris Morel ⊘"))
        #expect(app.screen().role(atX: row.x, y: row.y) == .listSelected)
    }

    @Test func theEditFormShowsAndChangesDoNotContactAndUndoPutsItBack() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Dmitri Novák")
        app.send(.char("e"))
        #expect(app.form?.value(.doNotContact) == "yes")
        app.send(Array(repeating: .tab, count: Self.doNotContactField))
        app.send(.char("n"), .enter)
        #expect(try app.contact("Dmitri Novák").doNotContact == false)
        #expect(app.screen().find("do not contact") == nil)
        app.send(.char("u"))
        #expect(try app.contact("Dmitri Novák").doNotContact == true)
        #expect(app.screen().find("Dmitri Novák  do not contact") != nil)
    }

    @Test func theFilterPickerShowsArchivedContactsAndXUnarchives() throws {
        let database = try Fixture.pressOffice()
        try database.setArchived(contactId: try Fixture.contact(database, "Hélène Dubois").id, true, today: today)
        let app = AppDriver(database)
        #expect(!app.contactNames.contains("Hélène Dubois"))
        app.send(.char("f"))
        let picker = try #require(app.picker)
        #expect(picker.choices.map(\.label)[8] == "Archived contacts", "after the roles, before the tags")
        #expect(app.screen().find("9 Archived contacts") != nil)
        app.send(.char("9"))
        #expect(app.contactNames == ["Hélène Dubois"])
        #expect(app.status == "Showing archived contacts")
        #expect(app.lines()[0].contains("archived"), "the header says which filter is on")
        #expect(app.screen().roles(of: "Hélène Dubois", row: 2) == [.listSelected])
        app.send(.char("f"))
        #expect(app.picker?.selected == 8, "the picker opens on the filter in force")
        app.send(.escape, .char("x"))
        #expect(app.confirm?.question == "Unarchive Hélène Dubois? They come back to lists and the review. (y/n)")
        app.send(.char("y"))
        #expect(try app.contact("Hélène Dubois").archived == false)
        #expect(app.status == "Unarchived Hélène Dubois — u to undo")
        #expect(app.contactNames.isEmpty)
        #expect(app.screen().find("No contact matches.") != nil)
        app.send(.char("u"))
        #expect(app.status == "Undid the unarchive of Hélène Dubois")
        #expect(try app.contact("Hélène Dubois").archived)
        #expect(app.contactNames == ["Hélène Dubois"])
        app.send(.char("f"), .char("1"))
        #expect(!app.contactNames.contains("Hélène Dubois"))
        #expect(app.contactNames.count == 5)
    }

    @Test func xOnAContactNotArchivedStillArchives() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Zoé Girard")
        app.send(.char("x"))
        #expect(app.confirm?.question.hasPrefix("Archive Zoé Girard?") == true)
    }

    /// Every cell of a row, across the list pane.
    func roles(_ app: AppDriver, row name: String) throws -> Set<StyleRole> {
        let screen = app.screen()
        let y = try #require(screen.find(name)).y
        let pane = app.state.layout.list
        return Set((pane.x..<pane.maxX).compactMap { screen.role(atX: $0, y: y) })
    }

    @Test func snoozedAndDoNotContactRowsAreDimEveryCell() throws {
        let database = try Fixture.pressOffice()
        try database.snooze(contactId: try Fixture.contact(database, "Zoé Girard").id, until: today.adding(days: 30), today: today)
        let app = AppDriver(database)
        #expect(app.selectedName == "Bruno Martin")
        #expect(try roles(app, row: "Dmitri Novák ⊘") == [.listDim], "do not contact")
        #expect(try roles(app, row: "Zoé Girard") == [.listDim], "snoozed, although due")
        let camille = try roles(app, row: "Camille Lefèvre")
        #expect(camille.contains(.listOverdue) && !camille.contains(.listDim), "due, not snoozed: overdue as before")
        let helene = try roles(app, row: "Hélène Dubois")
        #expect(!helene.contains(.listDim), "an ordinary row")
        try app.select("Dmitri Novák")
        #expect(try roles(app, row: "Dmitri Novák ⊘") == [.listSelected], "the selection wins")
    }
}

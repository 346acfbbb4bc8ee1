@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The loop runs list queries in the background, so their results can
/// arrive after more keys. Holding them back shows what a slow query does.
@Suite struct LateResultsTests {
    @Test func lateResultsOfAnEarlierSearchAreDropped() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.holdBackground = true
        app.send(.char("/"))
        app.type("l")
        app.type("e")
        app.type("f")
        #expect(app.heldEffects.count == 3)
        app.release()
        #expect(app.contactNames == ["Camille Lefèvre"])
        #expect(app.selectedName == "Camille Lefèvre")
        #expect(app.detailName == "Camille Lefèvre")
    }

    @Test func rowsStillLoadingShowAsPlaceholdersThenArrive() throws {
        let app = AppDriver(try Fixture.numbered(300))
        app.holdBackground = true
        app.send(.char("G"))
        let loading = app.lines()
        #expect(loading[30] == "…                                                     │")
        #expect(app.screen().role(atX: 0, y: 29) == .listDim)
        app.release()
        #expect(app.lines()[30].hasPrefix("Contact 300 "))
        #expect(app.detailName == "Contact 300")
    }

    @Test func aKeyPressedWhileAPageLoadsDoesNotAskTwice() throws {
        let app = AppDriver(try Fixture.numbered(300))
        app.holdBackground = true
        app.send(.char("G"))
        app.send(.char("k"), .char("k"))
        #expect(app.contactPageRanges.isEmpty, "the page asked for already covers the screen")
        app.release()
        #expect(app.selectedName == "Contact 298")
    }

    @Test
    func rowsAskedForBeforeAViewSwitchStillArrive() throws {
        let app = AppDriver(try Fixture.numbered(300))
        app.holdBackground = true
        app.send(.char("G"))
        app.send(.char("2"))
        app.send(.char("1"))
        app.release()
        #expect(!app.screen().text.contains("…"))
        #expect(app.lines()[30].hasPrefix("Contact 300 "))
        #expect(app.detailName == "Contact 300")
    }
}

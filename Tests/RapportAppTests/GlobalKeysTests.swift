@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// Quit, force-quit and redraw, and where letters are text instead of commands.
@Suite struct GlobalKeysTests {
    @Test func qQuitsFromTheMainScreen() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("q"))
        #expect(app.loopEffects == [.quit])
        #expect(app.state.quitRequested)
    }

    @Test func qIsTextInAFormAndInTheSearch() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("q?/2x")
        #expect(app.form?.value(.summary) == "q?/2x")
        #expect(!app.state.quitRequested)
        app.send(.escape, .char("y"), .char("/"))
        app.type("q")
        #expect(app.state.search.editor.text == "q")
        #expect(!app.state.quitRequested)
        #expect(app.loopEffects.isEmpty)
    }

    @Test(arguments: ["main", "form", "search", "help", "picker", "confirm", "too small"])
    func ctrlCQuitsFromAnywhere(place: String) throws {
        let app = AppDriver(try Fixture.pressOffice())
        switch place {
        case "form": app.send(.char("l"))
        case "search": app.send(.char("/"))
        case "help": app.send(.char("?"))
        case "picker": app.send(.char("z"))
        case "confirm": app.send(.char("x"))
        case "too small": app.resize(width: 20, height: 5)
        default: break
        }
        app.send(.ctrl("c"))
        #expect(app.loopEffects == [.quit])
        #expect(app.state.quitRequested)
        #expect(try app.exchanges(of: "Bruno Martin").count == 1, "nothing unsaved is written")
    }

    @Test func ctrlLInAFormRedrawsAndKeepsTheText() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("l"))
        app.type("draft")
        let before = app.lines()
        app.send(.ctrl("l"))
        #expect(app.loopEffects == [.redraw])
        #expect(app.lines() == before)
        #expect(app.form?.value(.summary) == "draft")
    }

    @Test func aResizeKeyIsLeftToTheResizeMessage() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.resize)
        #expect(app.effects.isEmpty)
        #expect(app.state.width == 120)
    }
}

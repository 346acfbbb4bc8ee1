@testable import RapportApp
import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI
import Testing

/// On a French AZERTY keyboard the digit keys type `& é " ' (` without
/// Shift: every digit choice takes them too, and yes/no takes `o` (oui).
/// `é` reaches `update` as one `.char("é")`: the terminal reads wide
/// characters (`get_wch`), so a UTF-8 key is one code point, not two bytes.
@Suite("AZERTY keys")
struct AZERTYKeysTests {
    @Test func theUnshiftedDigitKeysSwitchViews() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("é"))
        #expect(app.state.view == .review)
        app.send(.char("\""))
        #expect(app.state.view == .followUps)
        app.send(.char("&"))
        #expect(app.state.view == .contacts)
    }

    @Test func theSnoozePickerTakesTheAZERTYDigits() throws {
        let app = AppDriver(try Fixture.pressOffice())
        app.send(.char("é"), .char("G"), .char("z"))
        #expect(app.picker?.title == "Snooze Zoé Girard")
        app.send(.char("&"))
        #expect(app.state.overlay == nil)
        #expect(try app.contact("Zoé Girard").snoozedUntil == today.adding(days: 7))
        // `'` is 4 on AZERTY: "until a date".
        app.send(.char("&"), .char("G"), .char("z"), .char("'"))
        #expect(app.form?.title != nil)
    }

    @Test func theRatingTakesTheAZERTYDigits() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Bruno Martin")
        app.send(.char("l"))
        app.type("Café")
        // summary, channel, direction, intent, rating.
        app.send(.tab, .tab, .tab, .tab, .char("é"))
        #expect(app.form?.value(.rating) == "2")
        app.send(.char("("))
        #expect(app.form?.value(.rating) == "5")
        app.send(.enter)
        #expect(try app.exchanges(of: "Bruno Martin").first?.rating == 5)
    }

    @Test func anOptionStartingWithTheCharacterWinsOverItsDigit() {
        let options = [ChoiceOption("email", "e-mail"), ChoiceOption("event", "événement"), ChoiceOption("2", "deux")]
        #expect(App.cycled(options, 0, .char("é")) == 1)
        #expect(App.cycled(options, 1, .char("&")) == 1, "no option starts with & or 1")
    }

    @Test func oAnswersYesToAQuestion() throws {
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("x"), .char("o"))
        #expect(try app.contact("Camille Lefèvre").archived)
        // And to "discard changes?" in a form.
        app.send(.char("l"))
        app.type("brouillon")
        app.send(.escape)
        #expect(app.form?.confirmingDiscard == true)
        app.send(.char("O"))
        #expect(app.state.overlay == nil)
    }

    @Test func theHelpListsTheAZERTYKeysInFrenchOnly() throws {
        let english = AppDriver(try Fixture.pressOffice(), width: 120, height: 60)
        english.send(.char("?"))
        let englishLines = english.lines()
        #expect(!englishLines.contains { $0.contains("1 &") })
        #expect(!englishLines.contains { $0.contains("2 é") })
        try L10n.$override.withValue(.french) {
            let french = AppDriver(try Fixture.pressOffice(), width: 120, height: 60)
            french.send(.char("?"))
            let lines = french.lines()
            #expect(lines.contains { $0.contains("1 &") })
            #expect(lines.contains { $0.contains("2 é") })
            #expect(lines.contains { $0.contains("3 \"") })
        }
    }

    @Test func theYesNoFooterShowsOInFrench() throws {
        try L10n.$override.withValue(.french) {
            let app = AppDriver(try Fixture.pressOffice())
            try app.select("Camille Lefèvre")
            app.send(.char("x"))
            #expect(app.lines().last?.hasPrefix(" o ") == true)
        }
        let app = AppDriver(try Fixture.pressOffice())
        try app.select("Camille Lefèvre")
        app.send(.char("x"))
        #expect(app.lines().last?.hasPrefix(" y ") == true)
    }

    @Test func digitsAreReadFromTheirKeysOnly() {
        #expect(AZERTY.digit("é") == 2)
        #expect(AZERTY.digit("(") == 5)
        #expect(AZERTY.digit("7") == 7)
        #expect(AZERTY.digit("²") == nil, "a superscript is not a digit key")
        #expect(AZERTY.digit("a") == nil)
    }
}

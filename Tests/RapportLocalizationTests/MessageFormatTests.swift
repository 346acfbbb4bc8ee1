import RapportLocalization
import Testing

@Suite("Catalogs: placeholders and numbers")
struct MessageFormatTests {
    func format(_ template: String, _ arguments: [any Sendable], _ language: Language = .english) -> String {
        MessageFormat.format(template, arguments, language: language)
    }

    @Test func placeholdersInOrderAndByPosition() {
        #expect(format("%s met %s", ["Ana", "Léo"]) == "Ana met Léo")
        #expect(format("%2$s a rencontré %1$s", ["Ana", "Léo"]) == "Léo a rencontré Ana")
        #expect(format("%d%% of %@", [12, "them"]) == "12% of them")
        #expect(format("%ld and %i", [3, 4]) == "3 and 4")
        #expect(format("no placeholder", ["x"]) == "no placeholder")
        #expect(format("missing %s and %s", ["one"]) == "missing one and %s")
        #expect(format("odd %q and %", ["x"]) == "odd %q and %")
        #expect(format("%3$s", ["a"]) == "%3$s")
    }

    @Test func groupedNumbersFollowTheLanguage() {
        #expect(format("%'d contacts", [1204], .french) == "1\u{202F}204 contacts")
        #expect(format("%'d contacts", [1204], .english) == "1204 contacts")
        #expect(format("%d", [1204], .french) == "1204")
        #expect(format("%1$'d", [12_345_678], .french) == "12\u{202F}345\u{202F}678")
    }

    @Test func frenchThousands() {
        #expect(NumberDisplay.text(0, in: .french) == "0")
        #expect(NumberDisplay.text(999, in: .french) == "999")
        #expect(NumberDisplay.text(1000, in: .french) == "1\u{202F}000")
        #expect(NumberDisplay.text(-1_234_567, in: .french) == "-1\u{202F}234\u{202F}567")
        #expect(NumberDisplay.text(Int.min, in: .french).hasPrefix("-9\u{202F}223"))
        #expect(NumberDisplay.text(1_234_567, in: .english) == "1234567")
    }
}

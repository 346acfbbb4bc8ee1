import RapportLocalization
import Testing

@Suite("Catalogs: looking messages up")
struct LocalizerTests {
    static let catalog: Catalog = {
        let text = #"""
            msgid ""
            msgstr "Plural-Forms: nplurals=2; plural=(n > 1);\n"

            msgid "Log an exchange"
            msgstr "Consigner un échange"

            msgctxt "warmth"
            msgid "cold"
            msgstr "froide"

            msgid "%'d day"
            msgid_plural "%'d days"
            msgstr[0] "%'d jour"
            msgstr[1] "%'d jours"

            msgid "Last seen %2$s by %1$s"
            msgstr "Vu·e par %1$s le %2$s"

            #, fuzzy
            msgid "Quit"
            msgstr "Quitter"

            msgid "Help"
            msgstr ""
            """#
        // The test catalog is well formed: a failure here is a parser bug the other tests name.
        let file = (try? POFile.parse(text, file: "test.po")) ?? POFile(header: [], entries: [], pluralRule: nil)
        return Catalog(language: .french, file: file)
    }()

    let french = Localizer(language: .french, catalog: LocalizerTests.catalog)

    @Test func translatesByTextAndContext() {
        #expect(LocalizerTests.catalog.count == 4)
        #expect(french.text("Log an exchange") == "Consigner un échange")
        #expect(french.text("cold", context: "warmth") == "froide")
        #expect(french.text("cold") == "cold")
        #expect(french.text("Last seen %2$s by %1$s", "Ana", "hier") == "Vu·e par Ana le hier")
    }

    @Test func fuzzyUntranslatedAndUnknownMessagesStayEnglish() {
        #expect(french.text("Quit") == "Quit")
        #expect(french.text("Help") == "Help")
        #expect(french.text("Never heard of") == "Never heard of")
    }

    @Test func pluralsInBothLanguages() {
        let days = (0...2).map { french.plural("%'d day", "%'d days", $0) }
        #expect(days == ["0 jour", "1 jour", "2 jours"])
        #expect(french.plural("%'d day", "%'d days", 1204) == "1\u{202F}204 jours")
        #expect((0...2).map { Localizer.english.plural("%'d day", "%'d days", $0) } == ["0 days", "1 day", "2 days"])
        #expect(Localizer.english.plural("%'d day", "%'d days", 1204) == "1204 days")
        // A message the catalog lacks follows the English rule, in English.
        #expect(french.plural("%d cat", "%d cats", 0) == "0 cats")
        #expect(french.plural("%d cat in %s", "%d cats in %s", 2, "Paris") == "2 cats in Paris")
    }

    @Test func taskLocalOverrideIsSeenByTheTaskOnly() async {
        #expect(L10n.language == .english)
        L10n.$override.withValue(french) {
            #expect(L10n.text("Log an exchange") == "Consigner un échange")
            #expect(L10n.plural("%'d day", "%'d days", 0) == "0 jour")
            #expect(L10n.number(1204) == "1\u{202F}204")
        }
        #expect(L10n.text("Log an exchange") == "Log an exchange")
    }

    @Test func shippedFrenchLocalizer() {
        #expect(Localizer.for(.french).text("Log an exchange") == "Consigner un échange")
        #expect(Localizer.for(.french).plural("%'d day", "%'d days", 1) == "1 jour")
        #expect(Localizer.for(.english).text("Log an exchange") == "Log an exchange")
    }
}

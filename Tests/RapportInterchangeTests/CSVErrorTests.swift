import RapportInterchange
import Testing

@Suite("CSV: malformed files and overrides")
struct CSVErrorTests {
    @Test(arguments: [
        ("malformed-unclosed-quote.csv", "malformed-unclosed-quote.csv:3: unclosed quote: the quoted field that starts here never ends"),
        ("malformed-no-name.csv", "malformed-no-name.csv:1: no name column (expected Name, Nom, First name/Prénom or Last name/Nom de famille; or use --map COLUMN=name)"),
        ("malformed-extra-fields.csv", "malformed-extra-fields.csv:3: row has 3 fields but the header has 2"),
    ])
    func reportsFileAndLine(file: String, expected: String) throws {
        #expect(try FixtureFiles.csvError(file) == expected)
    }

    @Test func unknownFieldInAMap() throws {
        #expect(try FixtureFiles.csvError("english.csv", overrides: ["Birthday=birthday"])
            == "english.csv:1: unknown field 'birthday' in --map 'Birthday=birthday'; expected one of: name, first-name, "
            + "last-name, outlet, title, role, email, phone, twitter, mastodon, bluesky, linkedin, website, "
            + "other-handles, tags, notes, tier, stage, how-met, cadence, do-not-contact, ignore")
    }

    @Test func mapOfAColumnThatIsNotThere() throws {
        #expect(try FixtureFiles.csvError("english.csv", overrides: ["Fax=phone"])
            == "english.csv:1: --map column 'Fax' is not in the header")
        #expect(try FixtureFiles.csvError("english.csv", overrides: ["Fax"])
            == "english.csv:1: --map 'Fax' is not COLUMN=FIELD")
    }

    @Test func mapCanSupplyTheNameColumn() throws {
        let (contacts, _) = try FixtureFiles.csv("malformed-no-name.csv", overrides: ["Email=name"])
        #expect(contacts.map(\.draft.name) == ["alice@example.org"])
    }
}

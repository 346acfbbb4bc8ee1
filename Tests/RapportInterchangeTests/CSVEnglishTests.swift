import RapportCore
import RapportInterchange
import Testing

@Suite("CSV: English export with ','")
struct CSVEnglishTests {
    @Test func everyColumnKind() throws {
        let (contacts, reader) = try FixtureFiles.csv("english.csv")
        #expect(reader.delimiter == ",")
        #expect(reader.unknownColumns == ["Birthday"])
        #expect(contacts.map(\.line) == [2, 3, 4])
        let jane = try #require(contacts.first).draft
        #expect(jane.name == "Smith, Jane")
        #expect(jane.outlet == "The Daily Example")
        #expect(jane.title == "Editor, Tech")
        #expect(jane.tags == ["AI", "climate", "policy"])
        #expect(jane.notes == "She said \"call me\" anytime, mornings.")
        #expect(jane.tier == .a)
        #expect(jane.stage == .trusted)
        #expect(jane.howMet == "Conference 2023")
        #expect(jane.handles.summary == [
            "email jane@daily.example []", "email jane.smith@gmail.example []", "phone +44 20 7946 0000 []",
            "twitter @janesmith []", "mastodon @jane@mastodon.social []", "bluesky @jane.bsky.social []",
            "linkedin https://www.linkedin.com/in/janesmith []", "website https://janesmith.example []",
        ])
    }

    @Test func invalidHandleKeptAsOtherWithAWarning() throws {
        let tom = try FixtureFiles.csv("english.csv").contacts[1]
        #expect(tom.draft.handles.summary == ["other tom@@broken [email]"])
        #expect(tom.warnings == ["'tom@@broken' is not an email address; kept as other"])
    }

    @Test func rolesTiersStages() throws {
        let ada = try FixtureFiles.csv("english.csv").contacts[2].draft
        #expect(ada.role == .expert)
        #expect(ada.tier == .c)
        #expect(ada.stage == .ally)
    }

    @Test func mapOverrides() throws {
        let (contacts, reader) = try FixtureFiles.csv("english.csv", overrides: ["birthday = notes", "TITLE=ignore"])
        #expect(reader.unknownColumns.isEmpty)
        #expect(contacts[0].draft.notes == "She said \"call me\" anytime, mornings.\n\n1980-01-01")
        #expect(contacts[0].draft.title == "")
    }
}

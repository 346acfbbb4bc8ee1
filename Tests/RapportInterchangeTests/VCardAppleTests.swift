import RapportCore
import RapportInterchange
import Testing

@Suite("vCard: Apple Contacts / iOS export")
struct VCardAppleTests {
    @Test func readsBothCardsWithTheirLines() throws {
        let (contacts, reader) = try FixtureFiles.vcard("apple-ios.vcf")
        #expect(contacts.map(\.draft.name) == ["Camille Lefèvre", "Le Monde Rédaction"])
        #expect(contacts.map(\.line) == [1, 38])
        #expect(reader.skippedWithoutName == 0)
        #expect(reader.cardsRead == 2)
    }

    @Test func mapsFieldsAndGroupedLabels() throws {
        let camille = try #require(try FixtureFiles.vcard("apple-ios.vcf").contacts.first).draft
        #expect(camille.outlet == "Le Monde")
        #expect(camille.title == "Journaliste économie")
        #expect(camille.notes == "Rencontrée au salon VivaTech.\nPréfère les appels le matin.")
        #expect(camille.tags == ["Économie", "Tech"])
        #expect(camille.handles.summary == [
            "email camille.lefevre@lemonde.example [work]",
            "email camille@perso.example [home]",
            "phone +33 6 12 34 56 78 [Ligne directe]",
            "phone +33 7 98 76 54 32 [cell]",
            "twitter @CamilleLfv []",
            "linkedin https://www.linkedin.com/in/camille-lefevre []",
            "mastodon @camille@mastodon.social []",
            "bluesky @camille.bsky.social []",
            "other https://facebook.com/camille.lfv [facebook]",
            "website https://camille.example [homepage]",
            "other skype:camille.lefevre [skype home]",
        ])
    }

    @Test func skipsPhotoAndReportsIgnoredProperties() throws {
        let reader = try FixtureFiles.vcard("apple-ios.vcf").reader
        #expect(reader.ignoredProperties["PHOTO"] == 1)
        #expect(reader.ignoredProperties["X-ABRELATEDNAMES"] == 1)
        #expect(reader.ignoredProperties["X-ABSHOWAS"] == 1)
    }

    @Test func customAppleLabelOnACompanyCard() throws {
        let company = try #require(try FixtureFiles.vcard("apple-ios.vcf").contacts.last).draft
        #expect(company.outlet == "Le Monde")
        #expect(company.handles.summary == ["phone 01 57 28 20 00 [work]", "email redaction@lemonde.example [Bureau Paris]"])
    }
}

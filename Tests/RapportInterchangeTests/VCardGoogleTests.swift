import RapportCore
import RapportInterchange
import Testing

@Suite("vCard: Google Contacts export (BOM, CRLF, folds, escapes)")
struct VCardGoogleTests {
    @Test func unfoldsOnBytesAndUnescapes() throws {
        let (contacts, reader) = try FixtureFiles.vcard("google.vcf")
        #expect(reader.skippedWithoutName == 0)
        let elodie = try #require(contacts.first)
        #expect(elodie.line == 1)
        #expect(elodie.draft.name == "Élodie Marchand-Dupuis")
        #expect(elodie.draft.outlet == "Radio Exemple, Rédaction nationale")
        #expect(elodie.draft.title == "Cheffe de rubrique; sciences")
        #expect(elodie.draft.notes == "Notes de Pierre: abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"
            + "été comme hiver, elle répond vite.\nDeuxième ligne; avec un \\ antislash.\nTroisième ligne, très "
            + "longue, pour que le pliage se répète plusieurs fois sur des caractères accentués éèêëàâäôöûüç.")
    }

    @Test func categoriesWithoutGoogleSystemGroup() throws {
        let elodie = try #require(try FixtureFiles.vcard("google.vcf").contacts.first).draft
        #expect(elodie.tags == ["Sciences santé", "Podcast"])
    }

    @Test func handlesIncludingEscapedColonsInURLs() throws {
        let elodie = try #require(try FixtureFiles.vcard("google.vcf").contacts.first).draft
        #expect(elodie.handles.summary == [
            "email elodie.marchand@radio.example [work]",
            "phone +33 6 11 22 33 44 [cell]",
            "website https://www.radio.example/podcast []",
            "twitter @elodiem [PROFILE]",
        ])
    }

    @Test func nameFromNWhenFNIsEmpty() throws {
        let contacts = try FixtureFiles.vcard("google.vcf").contacts
        #expect(contacts.map(\.draft.name) == ["Élodie Marchand-Dupuis", "Minh Nguyen"])
        #expect(contacts.last?.line == 19)
    }
}

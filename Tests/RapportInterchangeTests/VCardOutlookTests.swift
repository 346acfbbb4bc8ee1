import RapportCore
import RapportInterchange
import Testing

@Suite("vCard 2.1: Outlook / Android export")
struct VCardOutlookTests {
    @Test func quotedPrintableAndCharsets() throws {
        let (contacts, reader) = try FixtureFiles.vcard("outlook-android-21.vcf")
        #expect(reader.skippedWithoutName == 0)
        let francois = try #require(contacts.first).draft
        #expect(francois.name == "François Dupré")
        #expect(francois.outlet == "L'Écho de l'Ouest")
        #expect(francois.title == "Rédacteur en chef adjoint")
        #expect(francois.notes == "Première rencontre au Festival de Cannes, très sympathique.\nA relancer en septembre — sujet : l'énergie.")
    }

    @Test func bareTypesAndInvalidEmailKeptAsOther() throws {
        let francois = try #require(try FixtureFiles.vcard("outlook-android-21.vcf").contacts.first)
        #expect(francois.draft.handles.summary == [
            "phone +33 2 99 00 11 22 [work]",
            "phone 06 98 76 54 32 [cell]",
            "phone 02 99 00 11 23 [home fax]",
            "email francois.dupre@echo.example []",
            "other francois.dupre(at)echo.example [email work]",
        ])
        #expect(francois.warnings == ["'francois.dupre(at)echo.example' is not an email address; kept as other"])
    }

    @Test func base64PhotosIndentedOrNotAreSkipped() throws {
        let (contacts, reader) = try FixtureFiles.vcard("outlook-android-21.vcf")
        #expect(contacts.map(\.line) == [1, 23])
        let sophie = try #require(contacts.last).draft
        #expect(sophie.name == "Sophie Martin")
        #expect(sophie.notes == "Café à 10h")
        #expect(sophie.handles.summary == [
            "phone 01 44 55 66 77 [work]",
            "email sophie@blog.example [home]",
            "bluesky @sophie.bsky.social [work]",
        ])
        #expect(reader.ignoredProperties["PHOTO"] == 2)
        #expect(reader.ignoredProperties["X-ANDROID-CUSTOM"] == 1)
    }
}

import RapportInterchange
import Testing

@Suite("vCard: cards without a usable name")
struct VCardNamelessTests {
    @Test func skipsAndCountsThem() throws {
        let (contacts, reader) = try FixtureFiles.vcard("no-names.vcf")
        #expect(reader.cardsRead == 4)
        #expect(reader.skippedWithoutName == 3)
        #expect(contacts.map(\.draft.name) == ["Paul Marie Durand"])
        #expect(contacts.map(\.line) == [15])
    }
}

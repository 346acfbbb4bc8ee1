import RapportCore
import RapportInterchange
import Testing

@Suite("vCard 4.0")
struct VCardFourTests {
    @Test func uriValuesPrefAndQuotedParameters() throws {
        let (contacts, _) = try FixtureFiles.vcard("vcard4.vcf")
        let hanako = try #require(contacts.first).draft
        #expect(hanako.name == "山田 花子")
        #expect(hanako.outlet == "日本経済新聞")
        #expect(hanako.title == "記者 / Correspondante à Paris")
        #expect(hanako.tags == ["Japon", "Économie", "Énergie"])
        #expect(hanako.notes == "Parle français, anglais et japonais.")
        #expect(hanako.handles.summary == [
            "phone +33-1-42-00-00-00 [work]",
            "phone +81-90-1234-5678 [cell]",
            "email hanako.yamada@nikkei.example [work]",
            "email hanako@example.jp [home]",
            "other xmpp:hanako@jabber.example [xmpp]",
            "website https://hanako.example/blog [home blog]",
            "mastodon @hanako@mastodon.example []",
            "twitter @hanako_y []",
        ])
    }

    @Test func lowerCaseNamesAndRapportRole() throws {
        let (contacts, reader) = try FixtureFiles.vcard("vcard4.vcf")
        #expect(contacts.map(\.line) == [1, 22])
        let ana = try #require(contacts.last).draft
        #expect(ana.name == "Ana Souza")
        #expect(ana.role == .expert)
        #expect(ana.handles.summary == ["twitter @anasouza []", "linkedin https://www.linkedin.com/in/anasouza/ []"])
        #expect(reader.ignoredProperties["ADR"] == 1)
        #expect(reader.ignoredProperties["KIND"] == 1)
    }

    @Test func defaultsApplyWhereTheFileIsSilent() throws {
        let defaults = ImportDefaults(role: .blogger, tier: .c, stage: .acquainted)
        let reader = try VCardReader(path: FixtureFiles.path("vcard4.vcf"), defaults: defaults)
        let contacts = try reader.readAll()
        #expect(contacts.map(\.draft.role) == [.blogger, .expert])
        #expect(contacts.map(\.draft.tier) == [.c, .c])
        #expect(contacts.map(\.draft.stage) == [.acquainted, .acquainted])
    }
}

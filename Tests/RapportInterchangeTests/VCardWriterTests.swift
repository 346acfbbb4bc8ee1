import Foundation
import RapportCore
@testable import RapportInterchange
import Testing

@Suite("vCard 4.0 writer")
struct VCardWriterTests {
    @Test func simpleCardText() throws {
        let contact = Contact(
            id: 9, name: "Ana Souza", outlet: "Folha", title: "Repórter", tier: .a, stage: .engaged,
            notes: "a, b; c\nd", created: SampleContacts.created,
            handles: [SampleContacts.handle(.email, "ana@folha.example", "work"),
                      SampleContacts.handle(.phone, "+55 11 5555 0000"),
                      SampleContacts.handle(.twitter, "@anasouza"),
                      SampleContacts.handle(.mastodon, "ana@mastodon.social", "Conta pessoal")],
            tags: ["Brasil", "política"])
        let text = String(decoding: VCardWriter.card(for: contact), as: UTF8.self)
        #expect(text == [
            "BEGIN:VCARD", "VERSION:4.0", "FN:Ana Souza", "N:Souza;Ana;;;", "ORG:Folha", "TITLE:Repórter",
            "EMAIL;TYPE=work:ana@folha.example", "TEL;VALUE=text:+55 11 5555 0000", "URL:https://x.com/anasouza",
            "item1.URL:https://mastodon.social/@ana", "item1.X-ABLabel:Conta pessoal", "CATEGORIES:Brasil,política",
            "NOTE:a\\, b\\; c\\nd", "X-RAPPORT-ROLE:journalist", "X-RAPPORT-TIER:A", "X-RAPPORT-STAGE:engaged",
            "END:VCARD", "",
        ].joined(separator: "\r\n"))
    }

    @Test func foldsAt75OctetsWithoutSplittingUTF8() throws {
        for contact in SampleContacts.all {
            let bytes = VCardWriter.card(for: contact)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasSuffix("\r\n"))
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            for line in text.components(separatedBy: "\r\n") {
                #expect(line.utf8.count <= 75)
                #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
            }
        }
        let long = String(decoding: VCardWriter.card(for: SampleContacts.all[1]), as: UTF8.self)
        #expect(long.contains("\r\n "))
    }

    @Test func foldingKeepsMultiByteSequencesWhole() {
        let line = "NOTE:x" + String(repeating: "é", count: 100)
        let folded = VCardLineFolding.folded(line)
        let pieces = String(decoding: folded, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(pieces.map(\.utf8.count) == [74, 75, 59, 0])
        #expect(pieces.dropFirst().dropLast().allSatisfy { $0.hasPrefix(" é") })
    }

    @Test func namesSplitBestEffort() {
        #expect(PersonName.split("Jean de La Fontaine") == ("Jean", "de La Fontaine"))
        #expect(PersonName.split("Camille Lefèvre") == ("Camille", "Lefèvre"))
        #expect(PersonName.split("Madonna") == ("Madonna", ""))
        #expect(PersonName.split("Mary Jane Watson") == ("Mary Jane", "Watson"))
    }

    @Test func streamsToAFileHandle() throws {
        let file = try TemporaryFile.written(SampleContacts.all, as: .vcard)
        let text = String(decoding: try file.bytes(), as: UTF8.self)
        #expect(text.components(separatedBy: "BEGIN:VCARD\r\n").count == SampleContacts.all.count + 1)
    }
}

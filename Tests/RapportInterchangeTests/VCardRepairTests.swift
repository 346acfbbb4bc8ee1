import Foundation
@testable import RapportInterchange
import Testing

/// Quirks of real phone and mail exports that must cost no contact: odd line
/// ends, and values that are not valid UTF-8 (imported, with a warning).
@Suite("vCard: line ends and damaged text")
struct VCardRepairTests {
    @Test func iOS5LinesEndingInCRCRLF() throws {
        let (contacts, reader) = try FixtureFiles.vcard("ios5-crcrlf.vcf")
        #expect(contacts.map(\.draft.name) == ["Camille Lefèvre", "Paul Martin"])
        #expect(contacts.map(\.line) == [1, 12])
        #expect(contacts[0].draft.outlet == "Le Monde")
        #expect(contacts[0].draft.notes == "Met at the Cannes festival, talked about data journalism")
        #expect(contacts[0].draft.handles.summary == ["email camille@lemonde.example [work]"])
        #expect(contacts.allSatisfy { $0.warnings.isEmpty })
        #expect(reader.cardsRead == 2)
    }

    @Test func everyMixOfLineEnds() throws {
        let (contacts, _) = try FixtureFiles.vcard("mixed-line-ends.vcf")
        #expect(contacts.map(\.draft.name) == ["Ana Lima", "Bo Diallo"])
        #expect(contacts.map(\.line) == [1, 6])
        #expect(contacts[0].draft.handles.summary == ["email ana@example.org []"])
    }

    @Test(arguments: [
        ("a\nb", ["a", "b"]), ("a\r\nb", ["a", "b"]), ("a\rb", ["a", "b"]), ("a\r\r\nb", ["a", "b"]),
        ("a\r\rb", ["a", "", "b"]), ("a\n\nb\r", ["a", "", "b"]), ("a\r", ["a"]), ("\r\r\r\n", [""]),
        ("a\r\r", ["a", ""]), ("\u{FEFF}a\rb\n", ["a", "b"]),
    ])
    func lineEnds(text: String, expected: [String]) throws {
        for size in [1, 2, 3, 64] {
            #expect(try Self.lines(text, chunkSize: size) == expected, "chunk size \(size)")
        }
    }

    @Test func truncatedCharacterBecomesReplacementAndTheOtherCardsImport() throws {
        let (contacts, _) = try FixtureFiles.vcard("android-truncated-utf8.vcf")
        #expect(contacts.map(\.draft.name) == ["Marie Dupont", "Durand Éloïse", "Hugo Petit"])
        #expect(contacts[1].draft.outlet == String(repeating: "Ñ", count: 10) + "\u{FFFD}")
        #expect(contacts[1].line == 7)
        #expect(contacts[1].warnings == ["line 11: ORG is not valid UTF-8; the bad bytes were replaced by \u{FFFD}"])
        #expect(contacts[0].warnings.isEmpty && contacts[2].warnings.isEmpty)
    }

    @Test func textWithNoUTF8AtAllIsReadAsWindows1252() throws {
        let (contacts, _) = try FixtureFiles.vcard("windows-1252-no-charset.vcf")
        #expect(contacts.map(\.draft.name) == ["Alice", "Renée Martin"])
        #expect(contacts[1].draft.notes == "Budget 5€ l’an dernier")
        #expect(contacts[1].warnings == [
            "line 7: FN is not UTF-8; read as Windows-1252",
            "line 8: NOTE is not UTF-8; read as Windows-1252",
        ])
    }

    @Test(arguments: [
        ([0x41, 0xC3, 0xA9, 0x80], "Aé\u{FFFD}", VCardValueRepair.replacedInvalidBytes),
        ([0xE2, 0x82], "â‚", .readAsWindows1252),
        ([0x63, 0x61, 0x66, 0xE9], "café", .readAsWindows1252),
        ([0xF0, 0x9F, 0x98, 0x80, 0xFF], "😀\u{FFFD}", .replacedInvalidBytes),
    ])
    func repairs(bytes: [UInt8], text: String, repair: VCardValueRepair) {
        let result = VCardValueDecoder.lenientUTF8(bytes[...])
        #expect(result.repair == repair)
        #expect(result.text == text)
    }

    @Test func validUTF8NeedsNoRepair() {
        let result = VCardValueDecoder.lenientUTF8(Array("Éloïse 👍🏽".utf8)[...])
        #expect(result.text == "Éloïse 👍🏽" && result.repair == nil)
    }

    static func lines(_ text: String, chunkSize: Int) throws -> [String] {
        let file = TemporaryFile(".txt")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file.path))
        let handle = try #require(FileHandle(forReadingAtPath: file.path))
        defer { try? handle.close() }
        let reader = PhysicalLineReader(handle: handle, fileName: "t", chunkSize: chunkSize)
        var lines: [String] = []
        while let line = try reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(reader.lineNumber == lines.count)
        return lines
    }
}

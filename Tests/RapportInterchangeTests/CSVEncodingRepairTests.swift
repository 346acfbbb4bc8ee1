import Foundation
@testable import RapportInterchange
import Testing

/// A CSV file with bytes that are not UTF-8 is still read, as vCards are:
/// each such line is repaired (U+FFFD for bad bytes among UTF-8, else read
/// as Windows-1252), its row imported, and a warning names the line.
@Suite("CSV: lines that are not UTF-8")
struct CSVEncodingRepairTests {
    static let replaced = "not valid UTF-8; the bad bytes were replaced by \u{FFFD}"
    static let windows = "not UTF-8; read as Windows-1252"

    @Test func aTruncatedCharacterBecomesTheReplacementSign() throws {
        let (contacts, _) = try FixtureFiles.csv("quirk-truncated-utf8.csv")
        #expect(contacts.map(\.draft.name) == ["Zoë Martin", "Ana Silva"])
        #expect(contacts.map(\.draft.outlet) == ["Libération \u{FFFD}", "El País"])
        #expect(contacts.map(\.line) == [2, 3])
        #expect(contacts.map(\.warnings) == [[Self.replaced], []])
    }

    @Test func aFileWithoutUTF8IsReadAsWindows1252() throws {
        let (contacts, _) = try FixtureFiles.csv("quirk-windows-1252.csv")
        #expect(contacts.map(\.draft.name) == ["René Dupont", "Paul Henry", "Léa Roux"])
        #expect(contacts.map(\.draft.outlet) == ["Le Monde", "Ouest-France", "Sud Ouest"])
        #expect(contacts.first?.draft.notes == "café € 5")
        #expect(contacts.dropFirst().first?.draft.notes.hasSuffix("seconde ligne “citée”") == true)
        #expect(contacts.map(\.line) == [2, 3, 5])
        // The header's line is reported with the first row; a row over two lines names its second.
        #expect(contacts.map(\.warnings) == [
            ["line 1: " + Self.windows, Self.windows],
            [Self.windows, "line 4: " + Self.windows],
            [Self.windows],
        ])
    }

    /// The fixture the reader used to refuse whole ("invalid UTF-8").
    @Test func theOnceRefusedFixtureIsImported() throws {
        let (contacts, _) = try FixtureFiles.csv("malformed-utf8.csv")
        #expect(contacts.map(\.draft.name) == ["Alice", "Bob"])
        #expect(contacts.last?.draft.notes == "line one\nline two café")
        #expect(contacts.last?.warnings == ["line 4: " + Self.windows])
    }

    /// However the file is cut into chunks, the same bytes come out and
    /// the same lines are repaired (line ends of every kind, split anywhere).
    @Test func chunkBoundariesChangeNothing() {
        let bytes: [UInt8] = Array("a,b\r\nc\u{e9},d\r".utf8) + [0x65, 0xE9, 0x0D, 0x0A, 0x0A] + Array("x,\u{fc}".utf8)
            + [0xC3, 0x0A, 0x0D, 0x66, 0x80]
        var whole = CSVTextRepair()
        let expected = whole.feed(bytes, final: true)
        #expect(whole.repairs.map(\.line) == [3, 5, 7])
        #expect(whole.repairs.map(\.kind) == [.readAsWindows1252, .replacedInvalidBytes, .readAsWindows1252])
        #expect(String(validating: expected, as: UTF8.self) != nil)
        for size in 1...7 {
            var repair = CSVTextRepair()
            var output: [UInt8] = []
            var start = 0
            while start < bytes.count {
                output += repair.feed(Array(bytes[start..<min(start + size, bytes.count)]), final: false)
                start += size
            }
            output += repair.feed([], final: true)
            #expect(output == expected, "chunks of \(size)")
            #expect(repair.repairs == whole.repairs, "chunks of \(size)")
        }
    }
}

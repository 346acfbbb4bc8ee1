import Foundation
import Testing
@testable import RapportTransfer

/// The JSON definitions (JSONRecords.swift) against the import's fallback
/// reader (`Decodable`): both read the same keys into the same values.
struct JSONDefinitionTests {
    /// The committed export of the demo data (JSONExportBytesTests writes it).
    static let export = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RapportInterchangeTests/Fixtures/rapport-export-v2.json")

    /// Each contact's bytes, as `JSONElementStream` hands them over.
    static func contacts() throws -> [[UInt8]] {
        let text = try String(contentsOf: export, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().filter { $0.hasPrefix("{") }.map { line in
            Array((line.hasSuffix(",") ? line.dropLast() : line).utf8)
        }
    }

    @Test func theFastReaderReadsEveryContactAsTheDecoderDoes() throws {
        let contacts = try Self.contacts()
        #expect(contacts.count == 41)
        var withPressWork = 0
        for bytes in contacts {
            let fast = try #require(JSONContactParser.parse(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            let decoded = try JSONDecoder().decode(ContactImportJSON.self, from: Data(bytes))
            #expect(fast == decoded)
            if !(fast.coverage ?? []).isEmpty || !(fast.positions ?? []).isEmpty || fast.introducedBy != nil { withPressWork += 1 }
        }
        #expect(withPressWork > 3)
    }

    /// A key the definition reads is one the decoder reads (a value of the
    /// wrong type makes both fail), and a computed key neither reads.
    @Test func bothReadersReadTheSameKeys() throws {
        let base = #"{"name":"A"}"#
        #expect(JSONContactParser.parse(Array(base.utf8)) != nil)
        for field in ContactJSON.json.fields where field.key.description != "name" {
            let key = field.key.description
            let text = #"{"name":"A","\#(key)":{"wrong":[1]}}"#
            let fast = JSONContactParser.parse(Array(text.utf8))
            let decoded = try? JSONDecoder().decode(ContactImportJSON.self, from: Data(text.utf8))
            if field.read == nil {
                #expect(fast != nil && decoded != nil, "\(key) is computed: passed over")
            } else {
                #expect(fast == nil && decoded == nil, "\(key) is read by both")
            }
        }
        // The required keys are those the decoder requires.
        #expect(JSONContactParser.parse(Array(#"{"id":1}"#.utf8)) == nil)
        #expect((try? JSONDecoder().decode(ContactImportJSON.self, from: Data(#"{"id":1}"#.utf8))) == nil)
        for (shape, required) in [(ExchangeJSON.json.fields.filter(\.required).map(\.key.description), ["channel", "date", "direction", "summary"]),
                                  (HandleJSON.json.fields.filter(\.required).map(\.key.description), ["kind", "value"])] {
            #expect(shape == required)
        }
        let missing = #"{"name":"A","exchanges":[{"date":"2026-01-01","channel":"email","direction":"out"}]}"#
        #expect(JSONContactParser.parse(Array(missing.utf8)) == nil)
        #expect((try? JSONDecoder().decode(ContactImportJSON.self, from: Data(missing.utf8))) == nil)
    }

    /// `show --json` (Encodable, through the definition) has every key the
    /// definition names, and the export's line has the same values.
    @Test func theExportWritesEveryKeyOfTheDefinition() throws {
        let line = try #require(try Self.contacts().last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        let written = Set(object.keys)
        let defined = Set(ContactJSON.json.keys)
        // familyName/givenName are left out when the contact has none.
        #expect(written.subtracting(defined).isEmpty)
        #expect(defined.subtracting(written).subtracting(["familyName", "givenName"]).isEmpty, "\(defined.subtracting(written))")
        #expect(ContactJSON.json.keys == ContactJSON.json.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }
}

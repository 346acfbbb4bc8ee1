import Foundation
import RapportCore
import RapportInterchange
import Testing

@Suite("Round trips: write, then read back")
struct RoundTripTests {
    @Test func vCardKeepsEveryField() throws {
        let file = try TemporaryFile.written(SampleContacts.all, as: .vcard)
        let reader = try VCardReader(path: file.path, fileName: "out.vcf", defaults: ImportDefaults(role: .other))
        let read = try reader.readAll()
        #expect(reader.skippedWithoutName == 0)
        #expect(reader.ignoredProperties.isEmpty)
        #expect(read.count == SampleContacts.all.count)
        for (contact, imported) in zip(SampleContacts.all, read) {
            expectSameFields(imported, contact)
            #expect(imported.draft.handles.map(Key.init) == contact.handles.map(Key.init))
            #expect(imported.draft.handles == contact.handles)
        }
    }

    @Test func csvKeepsWhatCSVCanHold() throws {
        let file = try TemporaryFile.written(SampleContacts.all, as: .csv)
        let reader = try CSVContactReader(path: file.path, fileName: "out.csv", defaults: ImportDefaults(role: .other))
        #expect(reader.unknownColumns.isEmpty)
        #expect(reader.columns.filter { $0.field == .ignore }.map(\.header) == ["Created", "Last exchange"])
        let read = try reader.readAll()
        #expect(read.count == SampleContacts.all.count)
        for (contact, imported) in zip(SampleContacts.all, read) {
            expectSameFields(imported, contact)
            let draft = imported.draft
            // CSV has one column per kind and no labels, except for other handles.
            #expect(Set(draft.handles.map(CSVKey.init)) == Set(contact.handles.map(CSVKey.init)))
        }
    }

    @Test func csvWriterOutputShape() throws {
        let file = try TemporaryFile.written([SampleContacts.all[2]], as: .csv)
        let bytes = try file.bytes()
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == [
            "Name,Role,Outlet,Title,Tier,Stage,Cadence,Email,Phone,Twitter,Mastodon,Bluesky,LinkedIn,Website,"
                + "Other handles,Tags,How met,Notes,Do not contact,Created,Last exchange",
            "Zoë O'Brien-Ñúñez 🦄,blogger,,,C,ally,,,,,,,,,,climate policy,,,yes,2024-03-14,", "",
        ].joined(separator: "\r\n"))
    }

    /// Every field but the handles, which each format keeps in its own way.
    func expectSameFields(_ imported: ImportedContact, _ contact: Contact) {
        let draft = imported.draft
        #expect(imported.warnings.isEmpty)
        #expect(draft.name == contact.name)
        #expect(draft.role == contact.role)
        #expect(draft.outlet == contact.outlet)
        #expect(draft.title == contact.title)
        #expect(draft.tier == contact.tier)
        #expect(draft.stage == contact.stage)
        #expect(draft.cadenceOverride == contact.cadenceOverride)
        #expect(draft.howMet == contact.howMet)
        #expect(draft.notes == contact.notes)
        #expect(draft.doNotContact == contact.doNotContact)
        #expect(draft.tags == contact.tags)
    }

    /// What a handle must keep through a vCard round trip.
    struct Key: Hashable, CustomStringConvertible {
        let kind: HandleKind, normalized: String, label: String
        init(_ handle: Handle) { (kind, normalized, label) = (handle.kind, handle.normalized, handle.label) }
        var description: String { "\(kind.rawValue) \(normalized) [\(label)]" }
    }

    /// What a handle must keep through a CSV round trip.
    struct CSVKey: Hashable, CustomStringConvertible {
        let kind: HandleKind, normalized: String, label: String
        init(_ handle: Handle) {
            (kind, normalized) = (handle.kind, handle.normalized)
            label = handle.kind == .other ? handle.label : ""
        }
        var description: String { "\(kind.rawValue) \(normalized) [\(label)]" }
    }
}

import Foundation
import RapportInterchange
import Testing

/// Real exports from other tools, kept outside the project (ez-vcard's test
/// files, see their README): `../shared/fixtures/ez-vcard` beside the
/// package root (or `$RAPPORT_EZVCARD_DIR`). Skipped when that folder is absent.
@Suite("vCard: real exports from other tools", .enabled(if: ExternalExports.folder != nil))
struct ExternalExportTests {}

/// Where the shared exports are, when they are there.
enum ExternalExports {
    static let folder: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = ProcessInfo.processInfo.environment["RAPPORT_EZVCARD_DIR"]
            ?? root.appendingPathComponent("../shared/fixtures/ez-vcard").standardized.path
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? path : nil
    }()
}

extension ExternalExportTests {
    /// Per file: contacts imported, cards read, warnings in all. John_Doe_ANDROID
    /// has two cards without a name, and one ORG cut mid-character (`=80`);
    /// its other warning and Outlook 2003's are handles that are not what
    /// their property says.
    static let expected: [String: (contacts: Int, cards: Int, warnings: Int)] = [
        "John_Doe_ANDROID.vcf": (4, 6, 2),
        "John_Doe_BLACK_BERRY.vcf": (1, 1, 0),
        "John_Doe_EVOLUTION.vcf": (1, 1, 0),
        "John_Doe_GMAIL.vcf": (1, 1, 0),
        "John_Doe_IPHONE.vcf": (1, 1, 0),
        "John_Doe_LOTUS_NOTES.vcf": (1, 1, 0),
        "John_Doe_MAC_ADDRESS_BOOK.vcf": (1, 1, 0),
        "John_Doe_MS_OUTLOOK.vcf": (1, 1, 0),
        "fullcontact.vcf": (1, 1, 0),
        "gmail-list.vcf": (3, 3, 0),
        "gmail-single.vcf": (1, 1, 0),
        "gmail-single2.vcf": (1, 1, 0),
        "issue114.vcf": (1, 1, 0),
        "outlook-2003.vcf": (1, 1, 4),
        "outlook-2007.vcf": (1, 1, 0),
        "rfc2426-example.vcf": (2, 2, 0),
        "rfc6350-example.vcf": (1, 1, 1),
        "thunderbird-MoreFunctionsForAddressBook-extension.vcf": (1, 1, 0),
    ]

    static var files: [String] {
        guard let folder = ExternalExports.folder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".vcf") }.sorted()
    }

    @Test func everyFileHasAnExpectation() {
        #expect(Self.files.sorted() == Self.expected.keys.sorted())
    }

    @Test(arguments: files)
    func imports(_ name: String) throws {
        let folder = try #require(ExternalExports.folder)
        let reader = try VCardReader(path: folder + "/" + name, fileName: name)
        let contacts = try reader.readAll()
        let warnings = contacts.flatMap(\.warnings)
        let expected = try #require(Self.expected[name])
        #expect(contacts.count == expected.contacts)
        #expect(reader.cardsRead == expected.cards)
        #expect(warnings.count == expected.warnings, "\(warnings)")
        #expect(contacts.allSatisfy { !$0.draft.name.isEmpty })
    }

    @Test func theTwoFilesThatWereRefusedWhole() throws {
        let folder = try #require(ExternalExports.folder)
        let iPhone = try VCardReader(path: folder + "/John_Doe_IPHONE.vcf", fileName: "i.vcf").readAll()
        #expect(iPhone.map(\.draft.name) == ["Mr. John Richter James Doe Sr."])
        #expect(iPhone.first?.draft.outlet == "IBM")
        let android = try VCardReader(path: folder + "/John_Doe_ANDROID.vcf", fileName: "a.vcf").readAll()
        let cut = try #require(android.first { $0.warnings.contains { $0.hasPrefix("line 82: ORG") } })
        #expect(cut.draft.outlet == String(repeating: "Ñ", count: 44), "the first ORG is the outlet; the cut one is the second")
        #expect(cut.line == 71)
    }
}

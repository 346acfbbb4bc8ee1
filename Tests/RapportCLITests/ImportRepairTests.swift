import Foundation
import Testing

/// `rapport import` of exports with quirks that must cost no contact: line
/// ends of every kind, and text that is not valid UTF-8 (imported, with a
/// warning that says FILE:LINE).
struct ImportRepairTests {
    let sandbox = Sandbox()

    @Test func aTruncatedCharacterCostsNoContact() throws {
        try sandbox.copyFixture("android-truncated-utf8.vcf")
        let result = try sandbox.rapport("import", "android-truncated-utf8.vcf")
        #expect(result.succeeded, "\(result)")
        #expect(result.stdoutLines == ["imported 3 contacts, merged 0, skipped 0 duplicates, 0 without a name"])
        #expect(result.warnings == [
            "warning: android-truncated-utf8.vcf:7: line 11: ORG is not valid UTF-8; the bad bytes were replaced by \u{FFFD}",
        ])
        let people = try sandbox.people()
        #expect(people.map(\.name).sorted() == ["Durand Éloïse", "Hugo Petit", "Marie Dupont"])
        #expect(people.first { $0.name == "Durand Éloïse" }?.outlet == String(repeating: "Ñ", count: 10) + "\u{FFFD}")
    }

    @Test func windows1252TextIsReadAsSuch() throws {
        try sandbox.copyFixture("windows-1252-no-charset.vcf")
        let result = try sandbox.rapport("import", "windows-1252-no-charset.vcf")
        #expect(result.succeeded, "\(result)")
        #expect(result.warnings.count == 2, "\(result)")
        #expect(result.warnings.first == "warning: windows-1252-no-charset.vcf:5: line 7: FN is not UTF-8; read as Windows-1252")
        #expect(try sandbox.people().map(\.name).sorted() == ["Alice", "Renée Martin"])
    }

    @Test(arguments: ["ios5-crcrlf.vcf", "mixed-line-ends.vcf"])
    func anyLineEnds(_ file: String) throws {
        try sandbox.copyFixture(file)
        let result = try sandbox.rapport("import", file)
        #expect(result.succeeded, "\(result)")
        #expect(result.warnings.isEmpty, "\(result)")
        #expect(try sandbox.people().count == 2)
    }
}

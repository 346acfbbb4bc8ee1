import Foundation
import RapportInterchange
import Testing

@Suite("vCard: malformed files")
struct VCardErrorTests {
    @Test(arguments: [
        ("malformed-unterminated.vcf", "malformed-unterminated.vcf:6: card not closed: BEGIN:VCARD without END:VCARD"),
        ("malformed-nested.vcf", "malformed-nested.vcf:4: BEGIN:VCARD inside a card (the card at line 1 has no END:VCARD)"),
        ("malformed-qp.vcf", "malformed-qp.vcf:4: invalid quoted-printable in NOTE: '=' followed by 'ZZ'"),
        ("malformed-no-colon.vcf", "malformed-no-colon.vcf:4: property line without ':': 'this line has no colon'"),
        ("malformed-outside.vcf", "malformed-outside.vcf:6: content outside a card: 'FN:Stray'"),
    ])
    func reportsFileAndLine(file: String, expected: String) throws {
        #expect(try FixtureFiles.vcardError(file) == expected)
    }

    @Test func yieldsTheCardsBeforeTheProblem() throws {
        let reader = try VCardReader(path: FixtureFiles.path("malformed-unterminated.vcf"), fileName: "x.vcf")
        #expect(try reader.next()?.draft.name == "Alice")
        #expect(throws: InterchangeError(file: "x.vcf", line: 6, message: "card not closed: BEGIN:VCARD without END:VCARD")) {
            try reader.next()
        }
        #expect(throws: InterchangeError.self) { try reader.next() }
    }

    @Test func utf16File() throws {
        let file = TemporaryFile(".vcf")
        try Data([0xFF, 0xFE] + Array("BEGIN:VCARD".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: URL(fileURLWithPath: file.path))
        #expect(throws: InterchangeError(file: "u.vcf", line: 1, message: "the file is UTF-16; save it as UTF-8")) {
            try VCardReader(path: file.path, fileName: "u.vcf").readAll()
        }
    }

    @Test func missingFile() {
        #expect(throws: InterchangeError(file: "nope.vcf", line: nil, message: "no such file")) {
            try VCardReader(path: "/nonexistent/nope.vcf", fileName: "nope.vcf")
        }
    }
}

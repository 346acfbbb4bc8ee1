import Foundation
import RapportCore
import RapportInterchange
import Testing

@Suite("Format detection, factories, error text")
struct ContactFilesTests {
    @Test func formatFromExtensionThenContent() throws {
        #expect(ContactFileFormat.fromExtension(of: "/tmp/a.VCF") == .vcard)
        #expect(ContactFileFormat.fromExtension(of: "export.csv") == .csv)
        #expect(ContactFileFormat.fromExtension(of: "contacts.txt") == nil)
        let card = TemporaryFile(".txt")
        try Data("\u{FEFF}\r\n  begin:vcard\r\nFN:A\r\nEND:VCARD\r\n".utf8).write(to: URL(fileURLWithPath: card.path))
        #expect(try ContactFileFormat.detect(path: card.path) == .vcard)
        let table = TemporaryFile(".txt")
        try Data("Name,Email\n".utf8).write(to: URL(fileURLWithPath: table.path))
        #expect(try ContactFileFormat.detect(path: table.path) == .csv)
    }

    @Test func readerFactory() throws {
        let vcard = try ContactFiles.reader(path: FixtureFiles.path("vcard4.vcf"))
        #expect(vcard is VCardReader)
        #expect(try vcard.readAll().count == 2)
        let csv = try ContactFiles.reader(path: FixtureFiles.path("english.csv"), overrides: ["Birthday=ignore"])
        #expect(try csv.readAll().count == 3)
        #expect(throws: InterchangeError(file: "v.vcf", line: nil, message: "--map applies to CSV files only")) {
            try ContactFiles.reader(path: FixtureFiles.path("vcard4.vcf"), fileName: "v.vcf", overrides: ["A=name"])
        }
    }

    @Test func writerFactory() throws {
        for format in ContactFileFormat.allCases {
            let file = try TemporaryFile.written(SampleContacts.all, as: format)
            let names = try ContactFiles.reader(path: file.path).readAll().map(\.draft.name)
            #expect(names == SampleContacts.all.map(\.name))
        }
    }

    @Test func errorsAreOneLine() {
        let error = InterchangeError(file: "a\nb.vcf", line: 3, message: "bad\r\nthing")
        #expect(error.description == "a b.vcf:3: bad thing")
        #expect(InterchangeError(file: "x.csv", line: nil, message: "no such file").description == "x.csv: no such file")
    }

    @Test func softBreakBeforeTheEndOfACardIsNotAContinuation() throws {
        let file = TemporaryFile(".vcf")
        try Data("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9=\r\nEND:VCARD\r\n".utf8)
            .write(to: URL(fileURLWithPath: file.path))
        let contacts = try VCardReader(path: file.path).readAll()
        #expect(contacts.map(\.draft.notes) == ["café"])
    }
}

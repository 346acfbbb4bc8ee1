import Foundation
import RapportCore
import RapportInterchange
import Testing

@Suite("CSV: ';' for French spreadsheets")
struct CSVDelimiterTests {
    func written(_ contacts: [Contact], delimiter: CSVDelimiter) throws -> TemporaryFile {
        let file = TemporaryFile(".csv")
        let handle = try file.writing()
        let writer = try ContactFiles.writer(handle: handle, fileName: "out", format: .csv, csvDelimiter: delimiter)
        for contact in contacts { try writer.write(contact) }
        try writer.finish()
        try handle.close()
        return file
    }

    @Test func semicolonsWithByteOrderMark() throws {
        let file = try written([SampleContacts.all[0]], delimiter: .semicolon)
        let bytes = try file.bytes()
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Name;Role;Outlet;Title;Tier;Stage;Cadence;Email;Phone;"))
        // A field holding ';' is quoted; a ',' no longer needs quotes.
        #expect(text.contains("\r\nCamille Lefèvre;journalist;\"Le Monde; Économie, Paris\";Rédactrice en chef, numérique;A;"))
    }

    @Test func commasWhenAsked() throws {
        let text = String(decoding: try written([SampleContacts.all[0]], delimiter: .comma).bytes().dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Name,Role,Outlet,Title,"))
        #expect(text.contains("\r\nCamille Lefèvre,journalist,\"Le Monde; Économie, Paris\",\"Rédactrice en chef, numérique\",A,"))
    }

    @Test func semicolonFileReadsBackTheSame() throws {
        let semicolons = try written(SampleContacts.all, delimiter: .semicolon)
        let commas = try written(SampleContacts.all, delimiter: .comma)
        let fromSemicolons = try CSVContactReader(path: semicolons.path)
        #expect(fromSemicolons.delimiter == ";")
        let a = try fromSemicolons.readAll().map(\.draft)
        let b = try CSVContactReader(path: commas.path).readAll().map(\.draft)
        #expect(a.count == SampleContacts.all.count)
        #expect(a == b)
    }
}

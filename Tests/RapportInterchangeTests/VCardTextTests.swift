import Foundation
import RapportCore
@testable import RapportInterchange
import Testing

@Suite("Line breaks and vCard escaping")
struct VCardTextTests {
    @Test func lineBreaksAndOneLine() {
        #expect(NativeText.unixLineBreaks("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(DraftFinisher.oneLine("  Jean \n  Dupont\t ") == "Jean Dupont")
        #expect(DraftFinisher.oneLine("Jean Dupont") == "Jean Dupont")
        #expect(DraftFinisher.oneLine(" \n ") == "")
    }

    @Test func escapingRoundTrips() {
        for text in ["plain", "a, b; c\\d\ne", "trailing\\", "\r\nx", "東京, 🎉"] {
            let escaped = VCardText.escape(text)
            let expected = text.replacingOccurrences(of: "\r\n", with: "\n")
            #expect(VCardText.unescape(escaped) == expected)
            #expect(VCardText.split(escaped, on: ",") == [expected])
            #expect(VCardText.split(escaped + "," + escaped, on: ",") == [expected, expected])
        }
    }
}

@Suite("Spreadsheet formulas in CSV cells")
struct SpreadsheetCellTests {
    @Test func formulaStartsAreProtectedAndReadBack() {
        for text in ["=HYPERLINK(\"http://x.example\")", "+33 6 12 34 56 78", "-5", "@camille", "plain", "", "'quoted"] {
            #expect(SpreadsheetCell.unprotect(SpreadsheetCell.protect(text)) == text)
        }
        #expect(SpreadsheetCell.protect("=1+1") == "'=1+1")
        #expect(SpreadsheetCell.protect("Camille") == "Camille")
        #expect(SpreadsheetCell.unprotect("'plain") == "'plain")
    }
}

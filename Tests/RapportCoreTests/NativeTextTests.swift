import Foundation
@testable import RapportCore
import Testing

/// The standard-library text helpers give the answers Foundation gives.
@Suite("Native text helpers")
struct NativeTextTests {
    static let samples = [
        "", " ", "abc", "  abc  ", "\tabc\n", "\r\nabc\r\n", "\u{00A0}é\u{2009}", "\u{3000}東京\u{3000}",
        "\u{200B}x\u{200B}", " \u{301}abc", "abc \u{301}", "a b", "\u{85}x\u{2028}", "\u{1680}\u{205F}",
        "🎉 ", " 👩🏽‍💻", "\u{B}\u{C}x",
    ]

    @Test(arguments: samples)
    func trimmingMatchesFoundation(_ text: String) {
        #expect(NativeText.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(NativeText.trimmedSpaces(text) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func asciiFoldIsLowerCase() {
        let ascii = String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) })
        #expect(TextKey.fold(ascii) == ascii.lowercased())
    }

    @Test(arguments: ["", "abc", "a\nb", "é\u{85}", "x\u{2028}", "x\u{2029}y", "\u{2027}", "\r\n", "\u{B}", "é\u{301}\u{C}",
                      "東京", "🎉\u{2029}", "\u{0085}"])
    func lineBreaksAsCharactersSeeThem(_ text: String) {
        #expect(NativeText.hasLineBreak(text) == text.contains(where: \.isNewline))
    }

    @Test func prefixesIgnoreTheCaseOfASCIILetters() {
        #expect(NativeText.hasPrefixIgnoringCase("MailTo:a@b.c", "mailto:"))
        #expect(!NativeText.hasPrefixIgnoringCase("mail", "mailto:"))
        #expect(NativeText.suffix(after: "://", in: "https://x.com/a") == "x.com/a")
        #expect(NativeText.suffix(after: "://", in: "x.com") == nil)
    }
}

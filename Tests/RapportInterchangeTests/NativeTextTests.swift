import Foundation
import RapportCore
@testable import RapportInterchange
import Testing

@Suite("Native text and handle helpers agree with Foundation and Core")
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

    static let handleSamples = [
        "camille@lemonde.fr", " Camille@LeMonde.fr ", "mailto:a@b.co", "MAILTO:A@B.CO", "a@b", "a@.b", "a@b.", "@b.c",
        "a@b@c.d", "a b@c.d", "a,b@c.d", "+33 6 12 34 56 78", "tel:+33-1-42", "TEL:0102", "12", "06.12.34.56.78",
        "(555) 010/20", "@CamilleLfv", "CamilleLfv", "https://twitter.com/CamilleLfv", "https://x.com/c_l?lang=fr",
        "http://mobile.twitter.com/abc/status/1", "x.com/abc", "www.x.com/abc", "https://x.com/", "bad name",
        "@camille@mastodon.social", "camille@mastodon.social", "https://mastodon.social/@camille",
        "https://mastodon.social/@camille/123", "https://example.com/@team", "mastodon.social/@x", "@a@b",
        "camille.bsky.social", "@camille.bsky.social", "https://bsky.app/profile/camille.bsky.social",
        "https://bsky.app/profile/did:plc:abc/post/1", "bsky.app/profile/", "camille-lefevre", "in/camille",
        "https://www.linkedin.com/in/camille/", "fr.linkedin.com/in/x", "https://camille.example/blog/",
        "camille.example", "HTTPS://WWW.Example.COM//", "no-dot", "skype:camille", "a\tb", "line\nbreak", "   ",
        "ftp://files.example.com", "https://", "://x.y", "www.", "x.com", "@", "@@", "a@b.c ", "\ta@b.c",
        "mailtO:a@b.co", "mailto\u{1A}a@b.co", "Tel:+33 1", "te\u{0C}:12345",
    ]

    @Test func fastHandleParsingMatchesCore() {
        for kind in HandleKind.allCases {
            for sample in Self.handleSamples {
                let fast = ASCIIHandle.parse(kind, sample, label: "l")
                let core = try? Handle.parse(kind: kind, sample, label: "l")
                if let fast { #expect(fast == core, "\(kind) \(sample)") }
                #expect(ASCIIHandle.normalize(kind, sample) == Handle.normalize(kind: kind, sample), "\(kind) \(sample)")
                #expect((try? HandleParsing.parse(kind, sample, label: "l")) == core, "\(kind) \(sample)")
            }
        }
        for sample in Self.handleSamples {
            #expect(HandleParsing.fromURL(sample, label: "w") == Handle.fromURL(sample, label: "w"), "\(sample)")
        }
    }

    @Test func fastValidationMatchesCore() {
        let drafts = SampleContacts.all.map {
            ContactDraft(name: " \($0.name) ", role: $0.role, outlet: $0.outlet + " ", title: "\t" + $0.title,
                         tier: $0.tier, cadenceOverride: $0.cadenceOverride, stage: $0.stage, howMet: $0.howMet,
                         notes: $0.notes, doNotContact: $0.doNotContact, handles: $0.handles + $0.handles,
                         tags: $0.tags + $0.tags.map { $0.uppercased() } + [" ", "Tech"])
        } + [
            ContactDraft(name: " "), ContactDraft(name: "a\nb"), ContactDraft(name: "x", cadenceOverride: 0),
            ContactDraft(name: "x", tags: ["a,b"]), ContactDraft(name: "x", tags: [String(repeating: "é", count: 61)]),
            ContactDraft(name: "x", tags: ["Œuvre", "oeuvre", "ÉTÉ", "été"]),
        ]
        let validation = DraftValidation()
        for draft in drafts {
            #expect(validation.validated(draft) == (try? draft.validated()), "\(draft.name)")
        }
    }

    @Test(arguments: ["", "abc", "a\nb", "é\u{85}", "x\u{2028}", "x\u{2029}y", "\u{2027}", "\r\n", "\u{B}", "é\u{301}\u{C}",
                      "東京", "🎉\u{2029}", "\u{0085}"])
    func lineBreaksAsCharactersSeeThem(_ text: String) {
        #expect(NativeText.hasLineBreak(text) == text.contains(where: \.isNewline))
    }

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

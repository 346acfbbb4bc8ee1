import Testing
@testable import RapportCore

@Suite("Handles")
struct HandleTests {
    @Test func sameAddressTypedTwoWaysNormalizesTheSame() throws {
        let pairs: [(HandleKind, String, String)] = [
            (.email, "Camille.Lefevre@Example.org", "mailto:camille.lefevre@example.org"),
            (.twitter, "@CamilleLfv", "https://x.com/camillelfv"),
            (.twitter, "camillelfv", "https://twitter.com/CamilleLfv/"),
            (.mastodon, "@camille@social.example", "https://social.example/@Camille"),
            (.bluesky, "@camille.bsky.social", "https://bsky.app/profile/camille.bsky.social"),
            (.phone, "+33 6 12 34 56 78", "+33612345678"),
            (.linkedin, "https://www.linkedin.com/in/camille/", "linkedin.com/in/camille"),
        ]
        for (kind, a, b) in pairs {
            let first = try Handle.parse(kind: kind, a)
            let second = try Handle.parse(kind: kind, b)
            #expect(first.normalized == second.normalized, "\(kind): \(a) vs \(b)")
        }
    }

    @Test func displayForms() throws {
        #expect(try Handle.parse(kind: .twitter, "https://x.com/Camille").value == "@Camille")
        #expect(try Handle.parse(kind: .mastodon, "https://social.example/@cam").value == "@cam@social.example")
        #expect(try Handle.parse(kind: .website, "example.org").value == "https://example.org")
    }

    @Test(arguments: [
        (HandleKind.email, "not-an-email"), (.email, "a@b"), (.email, "two@at@x.org"), (.phone, "call me"),
        (.twitter, "@has space"), (.mastodon, "@justname"), (.website, "nodot"), (.email, ""),
    ])
    func rejectsWhatIsNotThatKind(_ kind: HandleKind, _ value: String) {
        #expect(throws: InputError.self) { try Handle.parse(kind: kind, value) }
    }

    @Test func recognisesSocialURLs() {
        #expect(Handle.fromURL("https://twitter.com/jdoe")?.kind == .twitter)
        #expect(Handle.fromURL("https://bsky.app/profile/jdoe.bsky.social")?.kind == .bluesky)
        #expect(Handle.fromURL("https://www.linkedin.com/in/jdoe")?.kind == .linkedin)
        #expect(Handle.fromURL("https://mastodon.example/@jdoe")?.kind == .mastodon)
        #expect(Handle.fromURL("https://jdoe.example.org/blog")?.kind == .website)
        #expect(Handle.fromURL("not a url") == nil)
    }

    @Test func foldsAccentsAndCase() {
        #expect(TextKey.fold("Lefèvre") == "lefevre")
        #expect(TextKey.fold("ŒUVRE Zoë") == "oeuvre zoe")
        #expect(TextKey.fold("王芳") == "王芳")
    }

    @Test func vocabularyParsesCaseInsensitivelyAndListsValidNames() throws {
        #expect(try Channel.parse("Twitter-DM") == .twitterDM)
        #expect(try Tier.parse("a") == .a)
        do {
            _ = try Role.parse("chef")
            Issue.record("should throw")
        } catch {
            #expect(error.message == "unknown role 'chef'; expected one of: journalist, blogger, expert, influencer, partner, provider, other")
        }
    }

    @Test func draftValidation() throws {
        #expect(throws: InputError.self) { try ContactDraft(name: "  ").validated() }
        #expect(throws: InputError.self) { try ContactDraft(name: "A", cadenceOverride: 0).validated() }
        #expect(throws: InputError.self) { try ContactDraft(name: "A", tags: ["a,b"]).validated() }
        let draft = try ContactDraft(name: " Zoë ", tags: ["Climat", "climat", " énergie ", ""]).validated()
        #expect(draft.name == "Zoë")
        #expect(draft.tags == ["Climat", "énergie"])
    }
}

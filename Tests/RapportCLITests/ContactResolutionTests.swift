import Foundation
import Testing

/// How every command finds "the contact": by id, by exact handle, or by a
/// unique fragment of the name, ignoring accents and case.
struct ContactResolutionTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", "--email", "camille@lemonde.example",
                        "--twitter", "@camillelfv", "--mastodon", "@camille@piaille.example")
        try sandbox.add("Camille Martin", "--outlet", "Libération")
        try sandbox.add("Ana Sousa")
        try sandbox.add("Anabelle Noor", "--outlet", "Arrêt sur images")
        try sandbox.add("Søren Œstergaard", "--phone", "+33 6 12 34 56 78")
        try sandbox.add("Noor")
    }

    /// The id `show` resolves `query` to, or nil when refused.
    private func resolved(_ query: String) throws -> Int64? {
        let result = try sandbox.run(["show", query, "--json", "--db", sandbox.db])
        guard result.succeeded else { return nil }
        return try JSONValue.parse(result.stdout)["id"]?.int
    }

    @Test(arguments: [
        ("1", 1), ("4", 4), ("0003", 3),                                  // numeric id
        ("@camillelfv", 1), ("camillelfv", 1), ("https://x.com/CamilleLfv", 1),  // twitter handle, any spelling
        ("CAMILLE@LeMonde.Example", 1), ("camille@lemonde.example", 1), // email, any case
        ("@camille@piaille.example", 1),                                  // mastodon
        ("+33612345678", 5),                                              // phone, digits only
        ("lefevre", 1), ("LEFÈVRE", 1), ("Lefèvre", 1), ("efèv", 1),      // name fragment, accents and case ignored
        ("martin", 2), ("ana sousa", 3), ("anabelle", 4), ("oestergaard", 5), ("ŒSTER", 5),
        ("noor", 6), ("NOOR", 6),                                         // an exact name wins over longer ones
    ] as [(String, Int64)])
    func findsTheContact(_ query: String, _ id: Int64) throws {
        #expect(try resolved(query) == id, "\(query) should resolve to #\(id)")
    }

    @Test func anAmbiguousFragmentListsTheCandidatesWithIdNameAndOutlet() throws {
        let result = try sandbox.expectRefusedUnchanged("show", "camille", exit: .failure, mentioning: [
            "'camille' matches 2 contacts", "#1 Camille Lefèvre (Le Monde)", "#2 Camille Martin (Libération)",
            "use the id",
        ])
        #expect(!result.stderr.contains("Ana"))
        try sandbox.expectRefusedUnchanged("show", "an", exit: .failure, mentioning: [
            "#3 Ana Sousa", "#4 Anabelle Noor (Arrêt sur images)",
        ])
    }

    @Test func manyCandidatesAreCutShort() throws {
        for index in 1...12 { try sandbox.add("Jean Dupont \(index)") }
        let result = try sandbox.expectRefusedUnchanged("show", "dupont", exit: .failure,
                                                        mentioning: ["matches 12 contacts", "and 4 more"])
        #expect(result.stderr.count < 400, "one readable line\n\(result)")
    }

    @Test func anUnknownContactIsSaidPlainly() throws {
        try sandbox.expectRefusedUnchanged("show", "Nadia", exit: .failure, mentioning: ["no contact matches 'Nadia'"])
        try sandbox.expectRefusedUnchanged("show", "99", exit: .failure, mentioning: ["no contact with id 99"])
        try sandbox.expectRefusedUnchanged("show", "@nobody", exit: .failure, mentioning: ["'@nobody'"])
        try sandbox.expectRefusedUnchanged("show", " ", exit: .failure, mentioning: ["no contact given"])
    }

    @Test func likeWildcardsAreTakenLiterally() throws {
        try sandbox.expectRefusedUnchanged("show", "%", exit: .failure, mentioning: ["no contact matches '%'"])
        try sandbox.expectRefusedUnchanged("show", "_", exit: .failure, mentioning: ["no contact matches '_'"])
    }
}

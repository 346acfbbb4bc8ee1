import Foundation
import Testing

/// `rapport export --format csv`: `;` and a byte order mark for French
/// spreadsheets, by `--delimiter` or when Rapport speaks French.
struct ExportDelimiterTests {
    let sandbox = Sandbox()

    /// The exported file's first bytes and header line.
    func export(_ options: [String], env: [String: String] = [:]) throws -> (bom: Bool, header: String) {
        let output = sandbox.path("out-\(UUID().uuidString).csv")
        let result = try sandbox.run(["export", "--format", "csv", "--output", output] + options + ["--db", sandbox.db], env: env)
        try #require(result.succeeded, "\(result)")
        let bytes = try #require(sandbox.bytes(output))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        return (Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], String(text.prefix { $0 != "\r\n" && $0 != "\n" }))
    }

    static let french = ["LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"]

    @Test func frenchLocaleWritesSemicolonsWithBOM() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde, Paris")
        let (bom, header) = try export([], env: Self.french)
        #expect(bom)
        #expect(header.hasPrefix("Name;Role;Outlet;Title;"))
        #expect(try export([], env: ["LC_ALL": "", "LC_MESSAGES": "fr_CA.UTF-8"]).header.hasPrefix("Name;Role;"))
        #expect(try export([], env: ["RAPPORT_LANG": "fr"]).header.hasPrefix("Name;Role;"))
    }

    @Test func optionWinsOverTheLocale() throws {
        try sandbox.add("Camille Lefèvre")
        let forced = try export(["--delimiter", ","], env: Self.french)
        #expect(forced.bom)
        #expect(forced.header == Self.commaHeader)
        #expect(try export(["--delimiter", ";"]).header.hasPrefix("Name;Role;"))
        #expect(try export([]).header.hasPrefix("Name,Role,"))
        #expect(try export([], env: ["RAPPORT_LANG": "en", "LC_ALL": "fr_FR.UTF-8"]).header.hasPrefix("Name,Role,"))
    }

    @Test func languageSettingChoosesToo() throws {
        try FileManager.default.createDirectory(atPath: sandbox.configHome + "/rapport", withIntermediateDirectories: true)
        try "language = \"fr\"\n".write(toFile: sandbox.configHome + "/rapport/config.toml", atomically: true, encoding: .utf8)
        try sandbox.add("Camille Lefèvre")
        #expect(try export([]).header.hasPrefix("Name;Role;"))
    }

    @Test func refusesOtherDelimitersAndOtherFormats() throws {
        try sandbox.add("Camille Lefèvre")
        expectRefused(try sandbox.rapport("export", "--format", "csv", "--delimiter", "|"), .usage,
                      mentioning: ["--delimiter must be ',' or ';'"])
        expectRefused(try sandbox.rapport("export", "--format", "json", "--delimiter", ";"), .usage,
                      mentioning: ["--delimiter applies to CSV only"])
    }

    static let commaHeader = "Name,Role,Outlet,Title,Tier,Stage,Cadence,Email,Phone,Twitter,Mastodon,Bluesky,LinkedIn,Website,Other handles,Tags,How met,Notes,Do not contact,Created,Last exchange"
}

import Foundation
import Testing

/// The JSON export's exact bytes (format version 2) on the demo data and
/// a contact with every awkward character, compared with a committed
/// file: the writer is driven by the JSON definitions (JSONRecords.swift),
/// and a change there must not change a single byte of an export.
///
/// To write the expected file again after a deliberate, compatible change
/// of the format: `RAPPORT_RECORD_EXPORT=1 swift test --filter JSONExportBytesTests`.
struct JSONExportBytesTests {
    let sandbox = Sandbox()
    static let today = "2026-11-26"
    /// Beside the interchange fixtures (a resource folder already).
    static let expected = InterchangeFixtures.folder.appendingPathComponent("rapport-export-v2.json")

    func run(_ arguments: String...) throws {
        let result = try sandbox.run(arguments + ["--db", sandbox.db], today: Self.today)
        try #require(result.succeeded, "\(result)")
    }

    /// The demo (coverage, positions, introductions, projects, follow-ups)
    /// and one contact with control characters, accents, emoji and a structured name.
    func makeData() throws {
        try run("demo", "--contacts", "40", "--exchanges", "300", "--seed", "7")
        try run("add", "Ødd Pérson 🎙️", "--outlet", "Le \"Canard\" \\ Enchaîné", "--title", "Rédactrice\u{7F} en chef",
                "--note", "a\u{01}b\u{1F}c\u{7F}d\u{85}e\u{200E}f\u{8}g\u{C}h\rz\u{61C}y\u{2066}\"q\"\\/é’ 👩🏽‍💻\ttab",
                "--email", "odd@example.org", "--tag", "énergie", "--tag", "🎧 audio", "--introduced-by", "1")
        try run("log", "Ødd", "--summary", "Tab\there — ok ✅", "--date", "2026-05-02", "--rating", "3", "--channel", "email",
                "--intent", "gave", "--project", "Lancement «Atlas»", "--follow-up-on", "2026-12-24", "--follow-up", "relancer\u{200F}ici")
        try run("coverage", "add", "Ødd", "--title", "Portrait \u{202E}inversé", "--url", "https://example.org/a?b=c&d=é",
                "--date", "2026-06-01", "--exchange", "301", "--note", "«cité»")
        try run("edit", "Ødd", "--outlet", "Libération", "--title", "Cheffe")
    }

    @Test func exportIsByteForByteTheCommittedOne() throws {
        try makeData()
        let result = try sandbox.run(["export", "--format", "json", "--db", sandbox.db], today: Self.today)
        try #require(result.succeeded, "\(result)")
        let bytes = Data(result.stdout.utf8)
        if ProcessInfo.processInfo.environment["RAPPORT_RECORD_EXPORT"] == "1" {
            try bytes.write(to: Self.expected)
        }
        let expected = try Data(contentsOf: Self.expected)
        #expect(bytes.count == expected.count)
        let first = zip(bytes, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(first == nil, "first difference at byte \(first ?? -1): …\(String(decoding: bytes.dropFirst(max(0, (first ?? 0) - 80)).prefix(160), as: UTF8.self))…")
        // Every kind of record is in the file.
        for needle in [#""coverage":[{"#, #""positions":[{"#, #""introducedBy":{"#, #""introduced":[{"#, #""followUp":{"#,
                       #""project":"Lancement «Atlas»""#, #"\u0001b\u001fc\u007Fd\u0085e\u200Ef"#, "👩🏽‍💻", #""reviewFrom":"#] {
            #expect(result.stdout.contains(needle), "\(needle)")
        }
    }

    /// The same file read back gives the same export (ids aside: an import numbers its own).
    @Test func theCommittedExportImportsAndExportsTheSame() throws {
        let imported = try sandbox.run(["import", Self.expected.path, "--db", sandbox.path("copy.sqlite")], today: Self.today)
        try #require(imported.succeeded, "\(imported)")
        let again = try sandbox.run(["export", "--format", "json", "--db", sandbox.path("copy.sqlite")], today: Self.today)
        try #require(again.succeeded, "\(again)")
        func withoutIds(_ text: String) -> String {
            text.replacing(/"(id|contactId|exchangeId)":\d+/, with: "").replacing(/"exported":"[0-9-]+"/, with: "")
        }
        let expected = try String(contentsOf: Self.expected, encoding: .utf8)
        let lines = withoutIds(again.stdout).split(separator: "\n"), expectedLines = withoutIds(expected).split(separator: "\n")
        #expect(lines.count == expectedLines.count)
        for (line, expectedLine) in zip(lines, expectedLines) where line != expectedLine {
            Issue.record("\(line)\n≠\n\(expectedLine)")
            break
        }
    }
}

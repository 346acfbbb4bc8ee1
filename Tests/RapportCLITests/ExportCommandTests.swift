import Foundation
import GRDB
import Testing

/// `rapport export`: formats, round trips through `import`, filters,
/// right of access, and how files are written.
struct ExportCommandTests {
    let sandbox = Sandbox()

    /// People with every kind of field, exchanges with follow-ups, one
    /// archived, one snoozed, one not to be contacted.
    func makeData() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Quotidien du Soir", "--title", "Rédactrice en chef", "--tier", "A",
                        "--stage", "trusted", "--cadence", "21", "--tag", "énergie", "--tag", "Tech",
                        "--email", "camille@quotidien.example", "--twitter", "@CamilleLfv", "--mastodon", "@camille@mastodon.social",
                        "--bluesky", "camille.bsky.social", "--linkedin", "https://www.linkedin.com/in/camille-lefevre",
                        "--website", "https://camille.example", "--phone", "+33 6 12 34 56 78",
                        "--how-met", "Salon VivaTech", "--note", "Prefers Signal.\nNever on Mondays; \"urgent\" means urgent.",
                        today: "2025-03-01")
        try sandbox.add("Paul Durand", "--role", "expert", "--outlet", "Institut, Énergie & Climat", "--tag", "climat",
                        "--email", "paul@institut.example", today: "2025-09-15")
        try sandbox.add("山田 花子", "--role", "blogger", "--tier", "C", "--tag", "tech", "--email", "hanako@example.jp")
        try sandbox.add("Ana Souza", "--role", "partner", "--email", "ana@partner.example")
        try sandbox.add("Léo Quiet", "--email", "leo@quiet.example")
        try sandbox.log("Camille", "Sent the energy study", "--channel", "email", "--intent", "gave", "--rating", "4",
                        "--date", "-40d", "--notes", "She liked the charts.")
        try sandbox.log("Camille", "Coffee at the fair", "--channel", "meeting", "--direction", "in", "--date", "-10d",
                        "--follow-up-on", "+5d", "--follow-up", "Send the regional figures", "--allow-future")
        try sandbox.log("Paul", "Asked for a quote", "--channel", "phone", "--intent", "asked", "--date", "-3d")
        let archive = try sandbox.rapport("archive", "Ana")
        try #require(archive.succeeded, "\(archive)")
        let snooze = try sandbox.rapport("snooze", "Paul", "30")
        try #require(snooze.succeeded, "\(snooze)")
        let quiet = try sandbox.rapport("edit", "Léo", "--do-not-contact", "true")
        try #require(quiet.succeeded, "\(quiet)")
    }

    /// Dates and states that only the JSON export carries.
    func statesAndDates(_ database: String? = nil) throws -> [String] {
        try sandbox.read(database.map(sandbox.path)) { db in
            try Row.fetchAll(db, sql: """
                SELECT name, created_day, updated_day, review_from_day, snoozed_until_day, archived, last_exchange_day, warmth_base
                FROM contact ORDER BY name
                """).map { "\($0)" }
        }
    }

    @Test func vCardRoundTripKeepsContactsHandlesAndTags() throws {
        try makeData()
        let export = try sandbox.rapport("export", "--format", "vcard", "--output", "all.vcf")
        #expect(export.stdout == "Exported 5 contacts to all.vcf\n", "\(export)")
        #expect(try sandbox.importFiles("all.vcf", db: "copy.sqlite") == "imported 5 contacts, merged 0, skipped 0 duplicates, 0 without a name")
        let original = try sandbox.people(), copy = try sandbox.people("copy.sqlite")
        #expect(copy == original, "\n\(original)\n\(copy)")
    }

    @Test func jsonRoundTripKeepsEverythingWithExchanges() throws {
        try makeData()
        let export = try sandbox.rapport("export", "--format", "json", "--output", "all.json")
        #expect(export.succeeded, "\(export)")
        #expect(try sandbox.importFiles("all.json", db: "copy.sqlite")
                == "imported 5 contacts with 3 exchanges, merged 0, skipped 0 duplicates, 0 without a name")
        #expect(try sandbox.people("copy.sqlite") == sandbox.people())
        #expect(try sandbox.exchangeLines("copy.sqlite") == sandbox.exchangeLines())
        #expect(try statesAndDates("copy.sqlite") == statesAndDates())
        // The copy reads the same through the command line.
        let show = try sandbox.run(["show", "camille", "--json", "--db", sandbox.path("copy.sqlite")])
        let original = try sandbox.rapport("show", "camille", "--json")
        func withoutIds(_ text: String) -> String { text.replacing(/"(id|contactId)" : \d+/, with: "") }
        #expect(withoutIds(show.stdout) == withoutIds(original.stdout))
        // Importing the same export again changes nothing (everyone is a duplicate).
        let before = try sandbox.fingerprint(sandbox.path("copy.sqlite"))
        #expect(try sandbox.importFiles("all.json", db: "copy.sqlite") == "imported 0 contacts, merged 0, skipped 5 duplicates, 0 without a name")
        #expect(try sandbox.importFiles("all.json", "--on-duplicate", "merge", db: "copy.sqlite")
                == "imported 0 contacts, merged 5, skipped 0 duplicates, 0 without a name")
        #expect(try sandbox.fingerprint(sandbox.path("copy.sqlite")) == before)
    }

    @Test func jsonIsRecognisedByItsContent() throws {
        try makeData()
        let export = try sandbox.rapport("export", "--format", "json")
        try sandbox.write("backup.txt", export.stdout)
        #expect(try sandbox.importFiles("backup.txt", db: "copy.sqlite").hasPrefix("imported 5 contacts with 3 exchanges"))
        // A bare array of contacts is read too.
        try sandbox.write("people", "[{\"name\": \"Ana\", \"tags\": [\"x\"]}, {\"name\": \" \"}]")
        #expect(try sandbox.importFiles("people", db: "other.sqlite") == "imported 1 contact, merged 0, skipped 0 duplicates, 1 without a name")
    }

    @Test func csvRoundTripKeepsWhatACSVCanHold() throws {
        try makeData()
        let export = try sandbox.rapport("export", "--format", "csv", "--output", "all.csv")
        #expect(export.succeeded, "\(export)")
        let bytes = try #require(sandbox.bytes(sandbox.path("all.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        try sandbox.importFiles("all.csv", db: "copy.sqlite")
        // A CSV cell per kind of handle: labels other than on "other" handles are not kept.
        func unlabelled(_ people: [PersonSummary]) -> [PersonSummary] {
            people.map { person in
                var copy = person
                copy.handles = person.handles.map { $0.replacing(/\s\[.*\]$/, with: "") }.sorted()
                return copy
            }
        }
        #expect(try unlabelled(sandbox.people("copy.sqlite")) == unlabelled(sandbox.people()))
    }

    @Test func filtersByTagAndRole() throws {
        try makeData()
        func cards(_ arguments: String...) throws -> [String] {
            let result = try sandbox.run(["export", "--format", "vcard"] + arguments + ["--db", sandbox.db])
            #expect(result.succeeded, "\(result)")
            return result.stdout.split(separator: "\r\n").filter { $0.hasPrefix("FN:") }.map { String($0.dropFirst(3)) }
        }
        #expect(try cards("--tag", "TECH") == ["Camille Lefèvre", "山田 花子"])
        #expect(try cards("--tag", "energie") == ["Camille Lefèvre"])
        #expect(try cards("--role", "expert") == ["Paul Durand"])
        #expect(try cards("--tag", "tech", "--role", "blogger") == ["山田 花子"])
        #expect(try cards("--tag", "nobody").isEmpty)
        #expect(try cards().count == 5)
    }

    /// The JSON export writes its text itself (not through JSONEncoder):
    /// the same escapes as every other JSON output, keys sorted.
    @Test func jsonExportEscapesLikeEveryJSONOutput() throws {
        try sandbox.add("Odd Person", "--note", "a\u{01}b\u{1F}c\u{7F}d\u{85}e\u{200E}f\u{8}g\u{C}h\rz\u{61C}y\u{2066}\"q\"\\/é’")
        try sandbox.log("Odd", "Tab\there — ok", "--date", "2026-05-02", "--rating", "3")
        let result = try sandbox.rapport("export", "--format", "json")
        #expect(result.succeeded, "\(result)")
        let note = #""notes":"a\u0001b\u001fc\u007Fd\u0085e\u200Ef\bg\fh\rz\u061Cy\u2066\"q\"\\/é’""#
        #expect(result.stdout.contains(note), "\(result.stdout)")
        #expect(result.stdout.contains(#""summary":"Tab\there — ok""#), "\(result.stdout)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("Odd Person") })
        #expect(line.hasPrefix(#"{"archived":false,"cadence":60,"cadenceOverride":null,"coverage":[],"created":""#), "\(line)")
        #expect(line.contains(#""due":{"cadence":60,"daysSince":"#), "\(line)")
        #expect(line.contains(#""rating":3,"summary""#), "\(line)")
        // The same values as `show --json`.
        let show = try JSONValue.parse(try sandbox.rapport("show", "Odd", "--json").stdout)
        let exported = try JSONValue.parse(String(line))
        for key in ["name", "notes", "exchanges", "due", "warmth", "reciprocity", "handles", "tags", "created", "lastExchange",
                    "coverage", "positions", "positionSince", "introducedBy", "introduced"] {
            #expect(exported[key] == show[key], "\(key)")
        }
    }

    @Test func oneContactForARightOfAccessRequest() throws {
        try makeData()
        let result = try sandbox.rapport("export", "--contact", "camille@quotidien.example", "--format", "json")
        #expect(result.succeeded && result.stderr.isEmpty, "\(result)")
        let document = try JSONValue.parse(result.stdout)
        #expect(document["format"]?.string == "rapport-export")
        #expect(document["version"]?.int == 2)
        #expect(document["exported"]?.string == Sandbox.defaultToday)
        let contacts = try #require(document["contacts"]?.array)
        #expect(contacts.count == 1)
        Shapes.expectContact(contacts.first, "contacts[0]")
        let camille = try #require(contacts.first)
        #expect(camille["name"]?.string == "Camille Lefèvre")
        #expect(camille["reviewFrom"]?.string == "2025-03-01")
        #expect(camille["handles"]?.array?.count == 7)
        #expect(camille["exchanges"]?.array?.map { $0["summary"]?.string ?? "" } == ["Coffee at the fair", "Sent the energy study"])
        #expect(camille["exchanges"]?[0]?["followUp"]?["text"]?.string == "Send the regional figures")
        #expect(!result.stdout.contains("Paul"))
    }

    @Test func outputFileIsPrivateAtomicAndNeverOverwrittenSilently() throws {
        try makeData()
        let first = try sandbox.rapport("export", "--format", "json", "--output", "out.json")
        #expect(first.succeeded, "\(first)")
        #expect(try sandbox.permissions(sandbox.path("out.json")) == 0o600)
        let before = sandbox.bytes(sandbox.path("out.json"))
        let again = try sandbox.rapport("export", "--format", "vcard", "--output", "out.json")
        expectRefused(again, .failure, mentioning: ["out.json already exists", "--force"])
        #expect(sandbox.bytes(sandbox.path("out.json")) == before)
        let forced = try sandbox.rapport("export", "--format", "vcard", "--output", "out.json", "--force")
        #expect(forced.succeeded, "\(forced)")
        #expect(sandbox.bytes(sandbox.path("out.json"))?.starts(with: Data("BEGIN:VCARD".utf8)) == true)
        #expect(try sandbox.permissions(sandbox.path("out.json")) == 0o600)
        // The format follows the extension when not given; no scratch file is left behind.
        let inferred = try sandbox.rapport("export", "--output", "people.csv")
        #expect(inferred.succeeded, "\(inferred)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).filter { $0.contains(".rapport-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func standardOutputWhenNotATerminal() throws {
        try makeData()
        let result = try sandbox.rapport("export", "--format", "json")
        #expect(result.succeeded && result.stderr.isEmpty, "\(result)")
        #expect(try JSONValue.parse(result.stdout)["contacts"]?.array?.count == 5)
        let csv = try sandbox.rapport("export", "--format", "csv", "--role", "expert")
        #expect(csv.stdout.split(whereSeparator: \.isNewline).count == 2, "\(csv)")
    }

    @Test func mistakesAreRefused() throws {
        try makeData()
        try sandbox.expectRefusedUnchanged("export", exit: .usage, mentioning: ["--format"])
        try sandbox.expectRefusedUnchanged("export", "--output", "x.txt", exit: .usage, mentioning: ["--format"])
        try sandbox.expectRefusedUnchanged("export", "--format", "xml", exit: .usage, mentioning: ["xml"])
        try sandbox.expectRefusedUnchanged("export", "--format", "json", "--contact", "camille", "--tag", "tech", exit: .usage,
                                           mentioning: ["--contact"])
        try sandbox.expectRefusedUnchanged("export", "--format", "json", "--force", exit: .usage, mentioning: ["--force"])
        try sandbox.expectRefusedUnchanged("export", "--format", "json", "--contact", "nobody", exit: .failure, mentioning: ["nobody"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("x.txt")))
    }
}

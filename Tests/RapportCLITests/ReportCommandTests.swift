import Foundation
import GRDB
import Testing

/// `rapport report` on the real binary: formats, the default period, a
/// project, handles only on request, no notes ever, atomic `--output`, and
/// one-line refusals.
struct ReportCommandTests {
    let sandbox = Sandbox()

    /// Today is 2026-06-01. Camille (notes, email) has an email 40 days ago
    /// (outside the default 30 days) and two exchanges inside, one in the
    /// project "Lancement Atlas" with private-looking notes and a follow-up;
    /// Paul has a call; coverage on Camille with a link.
    @discardableResult
    func makeData() throws -> (project: Int64, call: Int64) {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Quotidien du Soir", "--email", "camille@quotidien.example",
                        "--phone", "+33 6 12 34 56 78", "--note", "CONTACT-NOTE-1 never on Mondays", today: "2026-01-10")
        try sandbox.add("Paul Durand", "--outlet", "Radio Énergie", "--email", "paul@radio.example", today: "2026-01-10")
        try sandbox.log("Camille", "The winter study", "--date", "-40d", "--intent", "gave")
        let call = try sandbox.log("Camille", "Pitched the Atlas launch", "--channel", "phone", "--intent", "asked",
                                   "--date", "-10d", "--rating", "4", "--notes", "EXCHANGE-NOTE-2 do not quote",
                                   "--follow-up-on", "+3d", "--follow-up", "Send the embargoed deck", "--allow-future")
        try sandbox.log("Camille", "She called back", "--channel", "phone", "--direction", "in", "--date", "-8d")
        try sandbox.log("Paul", "Coffee at the fair", "--channel", "meeting", "--date", "-3d", "--notes", "EXCHANGE-NOTE-3")
        let queue = try DatabaseQueue(path: sandbox.db)
        defer { try? queue.close() }
        let project = try queue.write { db -> Int64 in
            try db.execute(sql: "INSERT INTO project(name, key, created_day) VALUES ('Lancement Atlas', 'lancement atlas', 0)")
            let id = db.lastInsertedRowID
            try db.execute(sql: "UPDATE exchange SET project_id = ? WHERE id = ?", arguments: [id, call])
            try db.execute(sql: """
                INSERT INTO coverage(contact_id, day, title, url, outlet, exchange_id, note)
                SELECT contact_id, day + 2, 'Atlas changes the game', 'https://quotidien.example/atlas', 'Le Quotidien du Soir', id,
                  'COVERAGE-NOTE-4' FROM exchange WHERE id = ?
                """, arguments: [call])
            return id
        }
        return (project, call)
    }

    static let secrets = ["NOTE-1", "NOTE-2", "NOTE-3", "NOTE-4"]
    static let handles = ["camille@quotidien.example", "+33 6 12 34 56 78", "paul@radio.example"]

    @Test func markdownOnStandardOutputCoversTheLast30DaysWithoutNotesOrHandles() throws {
        try makeData()
        let result = try sandbox.rapport("report")
        try #require(result.succeeded, "\(result)")
        let text = result.stdout
        #expect(text.hasPrefix("# Pitch report\n\nPeriod: 3 May 2026 – 1 June 2026 · generated 1 June 2026\n"), "\(text)")
        #expect(text.contains("- **People contacted:** 2\n") && text.contains("- **Exchanges:** 3 (Phone 2, Meeting 1)\n"))
        #expect(text.contains("- **Coverage obtained:** 1 piece from 1 person\n"))
        #expect(text.contains("### Camille Lefèvre") && text.contains("### Paul Durand"))
        #expect(text.contains("[Atlas changes the game](https://quotidien.example/atlas)"))
        #expect(text.contains("| 2026-06-04 | Camille Lefèvre | Send the embargoed deck |"), "\(text)")
        #expect(!text.contains("The winter study"))
        for secret in Self.secrets + Self.handles { #expect(!text.contains(secret), "\(secret)") }
        #expect(result.stderr.isEmpty)
    }

    @Test func handlesOnlyWithTheFlag() throws {
        try makeData()
        for format in ["markdown", "html", "csv"] {
            let with = try sandbox.rapport("report", "--format", format, "--with-handles")
            try #require(with.succeeded, "\(with)")
            for handle in Self.handles { #expect(with.stdout.contains(handle), "\(format) \(handle)") }
            let without = try sandbox.rapport("report", "--format", format)
            for handle in Self.handles { #expect(!without.stdout.contains(handle), "\(format) \(handle)") }
            for secret in Self.secrets { #expect(!with.stdout.contains(secret) && !without.stdout.contains(secret)) }
        }
    }

    @Test func htmlToAFileIsAtomicPrivateAndSelfContained() throws {
        try makeData()
        let result = try sandbox.rapport("report", "--output", "report.html", "--since", "2026-01-01")
        try #require(result.succeeded, "\(result)")
        #expect(result.stdout == "Wrote the html report (2 people, 2026-01-01 to 2026-06-01) to report.html\n")
        let path = sandbox.path("report.html")
        #expect(try sandbox.permissions(path) & 0o777 == 0o600)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg class=\"chart\"") && html.contains("The winter study"))
        #expect(!html.lowercased().contains("<script") && !html.contains("src=") && !html.contains("url("))
        // The only address is the coverage link, as a link.
        let before = html.components(separatedBy: "://").dropLast()
        #expect(before.count == 1 && before.allSatisfy { $0.hasSuffix(" href=\"https") }, "\(before.map { $0.suffix(30) })")
        for secret in Self.secrets + Self.handles { #expect(!html.contains(secret), "\(secret)") }
        // No temporary file left; an existing file is kept unless --force.
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).filter { $0.contains(".rapport-") }.isEmpty)
        let again = try sandbox.rapport("report", "--output", "report.html")
        expectRefused(again, .failure, mentioning: ["report.html already exists", "--force"])
        let forced = try sandbox.rapport("report", "--output", "report.html", "--force", "--format", "csv")
        try #require(forced.succeeded, "\(forced)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("type,date,person,"))
    }

    @Test func aProjectNarrowsTheReportToItsWork() throws {
        try makeData()
        let result = try sandbox.rapport("report", "--project", "lancement atlas", "--format", "csv")
        try #require(result.succeeded, "\(result)")
        let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 3, "\(result.stdout)")
        #expect(lines[1].hasPrefix("exchange,2026-05-22,Camille Lefèvre,Le Quotidien du Soir,phone,out,asked,4,Pitched the Atlas launch,,Lancement Atlas,2026-06-04,"))
        #expect(lines[2].hasPrefix("coverage,2026-05-24,Camille Lefèvre,"))
        let markdown = try sandbox.rapport("report", "--project", "Lancement Atlas")
        #expect(markdown.stdout.hasPrefix("# Pitch report: Lancement Atlas\n\nPeriod: 22 May 2026 – 1 June 2026"), "\(markdown)")
    }

    @Test func anEmptyPeriodGivesAReportThatSaysSo() throws {
        try makeData()
        let result = try sandbox.rapport("report", "--since", "2025-01-01", "--until", "2025-01-31")
        try #require(result.succeeded, "\(result)")
        #expect(result.stdout.hasSuffix("\nNo exchanges or coverage in this period.\n"), "\(result)")
    }

    @Test func mistakesAreRefusedInOneLine() throws {
        try makeData()
        try sandbox.expectRefusedUnchanged("report", "--project", "Nope", exit: .failure, mentioning: ["no project named Nope"])
        try sandbox.expectRefusedUnchanged("report", "--since", "2026-05-10", "--until", "2026-05-01", exit: .usage,
                                           mentioning: ["--since 2026-05-10 is after --until 2026-05-01"])
        try sandbox.expectRefusedUnchanged("report", "--since", "someday", exit: .usage, mentioning: ["--since", "someday"])
        try sandbox.expectRefusedUnchanged("report", "--format", "pdf", exit: .usage, mentioning: ["pdf", "markdown, html or csv"])
        try sandbox.expectRefusedUnchanged("report", "--force", exit: .usage, mentioning: ["--force applies to --output only"])
        try sandbox.expectRefusedUnchanged("report", "--output", sandbox.db, "--force", exit: .failure,
                                           mentioning: ["is the database itself"])
        try sandbox.expectRefusedUnchanged("report", "--output", sandbox.db + "-wal", "--force", exit: .failure,
                                           mentioning: ["is the database itself"])
    }

    @Test func aMissingDatabaseIsNotCreated() throws {
        let result = try sandbox.rapport("report")
        #expect(!result.succeeded && !FileManager.default.fileExists(atPath: sandbox.db), "\(result)")
    }
}

import Foundation
import Testing

/// `rapport review`: who is due, why, and in which order. Days are set with
/// `RAPPORT_NOW` (when people were added) and backdated `--date`s.
struct ReviewCommandTests {
    let sandbox = Sandbox()

    /// Review rows as (contact id, reason texts).
    private func review(today: String? = nil) throws -> [(id: Int64, name: String, reasons: [String])] {
        let result = try sandbox.run(["review", "--json", "--db", sandbox.db], today: today)
        expectSuccess(result)
        return try #require(try JSONValue.parse(result.stdout).array).map { entry in
            (entry["contact"]?["id"]?.int ?? -1, entry["contact"]?["name"]?.string ?? "",
             (entry["reasons"]?.array ?? []).compactMap { $0["text"]?.string })
        }
    }

    private func reviewIds(today: String? = nil) throws -> [Int64] {
        try review(today: today).map(\.id)
    }

    @Test func aNeverContactedPersonPastTheirCadenceIsDue() throws {
        try sandbox.add("Ada Blanc", "--outlet", "Les Échos", today: "2026-01-01")   // B: 60 days
        try sandbox.add("Bo Chen", today: "2026-05-01")                              // added 31 days ago
        let result = try sandbox.expectUnchanged { try sandbox.rapport("review") }
        expectSuccess(result)
        #expect(result.stdoutLines.count == 2, "header + Ada only\n\(result)")
        let line = try #require(result.stdoutLines.last)
        #expect(line.contains("Ada Blanc") && line.contains("Les Échos") && line.contains("never contacted"), "\(line)")
        #expect(line.contains("never contacted (added 151 days ago)"), "\(line)")
        #expect(!result.stdout.contains("Bo Chen"))
        // Bo becomes due on the day their cadence is reached, not before.
        #expect(try reviewIds(today: "2026-06-29") == [1])
        #expect(try reviewIds(today: "2026-06-30") == [1, 2])
    }

    @Test func anOverduePersonSaysByHowMuch() throws {
        try sandbox.add("Paul Durand", "--tier", "A", today: "2026-01-01")          // A: 30 days
        try sandbox.log("durand", "Lunch", "--date", "2026-04-20")                  // 42 days before today
        let entries = try review()
        #expect(entries.map(\.id) == [1])
        #expect(entries.first?.reasons == ["12 days overdue on a cadence of 30"])
        let text = try sandbox.rapport("review")
        #expect(text.stdout.contains("12 days overdue on a cadence of 30"), "\(text)")
        // With its own cadence of 60, the same person is not due.
        expectSuccess(try sandbox.rapport("edit", "1", "--cadence", "60"))
        #expect(try reviewIds().isEmpty)
    }

    @Test func aFollowUpWhoseDateHasComeIsListedWithItsText() throws {
        try sandbox.add("Camille Lefèvre", "--tier", "A")
        try sandbox.log("lefevre", "Interview", "--follow-up-on", "2026-06-10", "--follow-up", "send the charts")
        #expect(try reviewIds(today: "2026-06-09").isEmpty, "not yet")
        let entries = try review(today: "2026-06-10")
        #expect(entries.map(\.id) == [1])
        #expect(entries.first?.reasons == ["follow-up due 2026-06-10: send the charts"])
        let text = try sandbox.run(["review", "--db", sandbox.db], today: "2026-06-12")
        #expect(text.stdout.contains("follow-up due 2026-06-10: send the charts"), "\(text)")
    }

    @Test func archivedSnoozedAndDoNotContactPeopleAreLeftOut() throws {
        for name in ["Ada Blanc", "Bo Chen", "Cy Dumas", "Di Evans"] {
            try sandbox.add(name, today: "2026-01-01")
        }
        #expect(try reviewIds() == [1, 2, 3, 4], "all four are due")
        expectSuccess(try sandbox.rapport("archive", "blanc"))
        expectSuccess(try sandbox.rapport("snooze", "chen", "30"))
        expectSuccess(try sandbox.rapport("edit", "dumas", "--do-not-contact", "true"))
        #expect(try reviewIds() == [4])
        // Snoozed people come back when the snooze ends; archived ones when unarchived.
        #expect(try reviewIds(today: "2026-07-01") == [2, 4])
        expectSuccess(try sandbox.rapport("unarchive", "blanc"))
        #expect(try reviewIds() == [1, 4])
    }

    @Test func loggingAnExchangeTakesAPersonOffTheReview() throws {
        try sandbox.add("Ada Blanc", today: "2026-01-01")
        try sandbox.add("Bo Chen", today: "2026-01-01")
        #expect(try reviewIds() == [1, 2])
        try sandbox.log("chen", "Caught up on the phone", "--channel", "phone")
        #expect(try reviewIds() == [1])
    }

    @Test func aKeyContactLateBy1Point5CadencesOutranksAnOccasionalOneLateBy1Point1() throws {
        // Added first, so id order and "days since" order both put them first.
        try sandbox.add("Cléo Occasional", "--tier", "C", today: "2025-01-01")      // C: 120 days
        try sandbox.add("Cyril Occasional", "--tier", "C", today: "2025-01-01")
        try sandbox.add("Alma Key", "--tier", "A", today: "2025-01-01")            // A: 30 days
        try sandbox.log("cleo", "Chat", "--date", "2026-01-20")                    // 132 days: 1.1 cadences
        try sandbox.log("cyril", "Chat", "--date", "2025-11-21")                   // 192 days: 1.6 cadences
        try sandbox.log("alma", "Chat", "--date", "2026-04-17")                    // 45 days: 1.5 cadences
        let entries = try review()
        // Weighted by tier (A 1.5, C 1.0): Alma 2.25, Cyril 1.6, Cléo 1.1.
        #expect(entries.map(\.name) == ["Alma Key", "Cyril Occasional", "Cléo Occasional"])
        #expect(entries.first?.reasons == ["15 days overdue on a cadence of 30"])
        let text = try sandbox.rapport("review")
        let lines = text.stdoutLines
        #expect(lines.count == 4, "\(text)")
        #expect(lines[safe: 1]?.contains("Alma Key") == true && lines[safe: 1]?.hasPrefix("1 ") == true, "\(text)")
        #expect(lines[safe: 3]?.contains("Cléo Occasional") == true, "\(text)")
    }

    @Test func followUpsComeFirst() throws {
        try sandbox.add("Ada Blanc", "--tier", "A", today: "2025-01-01")           // very overdue
        try sandbox.add("Bo Chen", "--tier", "C")
        try sandbox.log("chen", "Met", "--date", "2026-05-01", "--follow-up-on", "2026-05-30", "--follow-up", "send the photos")
        #expect(try reviewIds() == [2, 1])
    }

    @Test func limitsAndSaysWhenNobodyIsDue() throws {
        _ = FileManager.default.createFile(atPath: sandbox.db, contents: Data())
        let empty = try sandbox.rapport("review")
        expectSuccess(empty)
        #expect(empty.stdout == "Nobody is due. Well done.\n")
        for name in ["Ada Blanc", "Bo Chen", "Cy Dumas"] { try sandbox.add(name, today: "2026-01-01") }
        let limited = try sandbox.rapport("review", "--limit", "2", "--json")
        #expect(try JSONValue.parse(limited.stdout).array?.count == 2)
        try sandbox.expectRefusedUnchanged("review", "--limit", "0", exit: .usage, mentioning: ["--limit"])
    }
}

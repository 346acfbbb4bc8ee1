import Foundation
import GRDB
import Testing

/// Dates typed the French way on the command line: `hier`, `26/11/2026`,
/// `24/12` (the last one for `--date`, the next one for follow-ups and
/// snoozes), `-3j`, `+2s`, `+1m`.
struct FrenchDateInputTests {
    let sandbox = Sandbox()
    static let today = "2026-06-01"

    init() throws {
        try sandbox.add("Camille Lefèvre", today: "2025-01-10")
    }

    /// The ISO day and follow-up day of the last exchange logged.
    func lastExchange() throws -> [String] {
        try sandbox.read { db in
            try Row.fetchAll(db, sql: """
                SELECT date(day * 86400, 'unixepoch') AS day, date(follow_up_day * 86400, 'unixepoch') AS due
                FROM exchange ORDER BY id DESC LIMIT 1
                """).map { "\($0["day"] as String? ?? "-") \($0["due"] as String? ?? "-")" }
        }
    }

    @Test(arguments: [
        ("hier", "+2s", "2026-05-31 2026-06-15"),
        ("avant-hier", "demain", "2026-05-30 2026-06-02"),
        ("aujourd’hui", "+1m", "2026-06-01 2026-07-01"),
        ("24/12", "24/12", "2025-12-24 2026-12-24"),
        ("01/06", "01/06", "2026-06-01 2026-06-01"),
        ("15/03/2026", "05/01/2027", "2026-03-15 2027-01-05"),
        ("-3j", "+10j", "2026-05-29 2026-06-11"),
    ])
    func logWithFrenchDates(_ date: String, _ due: String, _ saved: String) throws {
        let result = try sandbox.rapport("log", "Camille", "--summary", "Café", "--date", date, "--follow-up-on", due,
                                         "--follow-up", "envoyer les chiffres", today: Self.today)
        expectSuccess(result)
        #expect(try lastExchange() == [saved])
    }

    @Test func snoozeUntilADayWithoutYear() throws {
        let result = try sandbox.rapport("snooze", "Camille", "15/01", today: Self.today)
        expectSuccess(result)
        #expect(result.stdout == "Snoozed #1 Camille Lefèvre until 2027-01-15\n")
    }

    @Test func impossibleDatesAreRefused() throws {
        for date in ["31/02/2026", "29/02/2026", "32/01", "hier soir"] {
            expectRefused(try sandbox.rapport("log", "Camille", "--summary", "x", "--date", date, today: Self.today), .usage,
                          mentioning: ["--date: cannot read the date '\(date)'", "DD/MM/YYYY"])
        }
    }
}

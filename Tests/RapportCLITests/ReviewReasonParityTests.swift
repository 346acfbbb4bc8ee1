import Foundation
import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// `rapport review` (the real binary) and the app's review give the same
/// reason text for the same database: both come from `ReviewItem.reasonText`.
struct ReviewReasonParityTests {
    let sandbox = Sandbox()

    /// The app's screen on this database, after `keys`, with effects run in order.
    func appScreen(width: Int, keys: [Key]) throws -> ScreenBuffer {
        let today = try #require(Day(year: 2026, month: 6, day: 1))
        let database = try RapportDatabase.open(path: sandbox.db, create: false)
        let runner = EffectRunner(database: database, today: today)
        var state = AppState(width: width, height: 20, today: today, databaseName: "rapport.sqlite")
        func settle(_ effects: [Effect]) {
            var queue = effects
            var steps = 0
            while !queue.isEmpty && steps < 500 {
                steps += 1
                if let message = runner.perform(queue.removeFirst()) { queue += App.update(&state, message) }
            }
        }
        settle(App.start(&state))
        for key in keys { settle(App.update(&state, .key(key))) }
        return Screen.render(state)
    }

    @Test func theAppAndTheCommandLineGiveTheSameReasons() throws {
        try sandbox.add("Ada Blanc", today: "2026-01-01")                                  // never contacted
        try sandbox.add("Paul Durand", "--tier", "A", today: "2026-01-01")
        try sandbox.log("durand", "Lunch", "--date", "2026-04-20")                         // 12 days overdue
        try sandbox.add("Camille Lefèvre", "--tier", "A", today: "2026-05-20")
        try sandbox.log("lefevre", "Interview", "--date", "2026-05-21", "--follow-up-on", "2026-05-30",
                        "--follow-up", "send the charts")
        let result = try sandbox.rapport("review")
        expectSuccess(result)
        let expected = [
            "Camille Lefèvre": "follow-up due 2026-05-30: send the charts",
            "Paul Durand": "12 days overdue on a cadence of 30",
            "Ada Blanc": "never contacted (added 151 days ago)",
        ]
        let rows = result.stdoutLines.dropFirst()
        #expect(rows.count == expected.count, "\(result)")
        let screen = try appScreen(width: 220, keys: [.char("2")])
        let appRows = Array(screen.lines()[2..<(2 + expected.count)])
        for (name, reason) in expected {
            let cli = try #require(rows.first { $0.contains(name) }, "\(result)")
            #expect(cli.trimmingCharacters(in: .whitespaces).hasSuffix(reason), "\(cli)")
            let app = try #require(appRows.first { $0.hasPrefix(name) }, "\(appRows)")
            #expect(app.contains("   " + reason + " "), "\(app)")
        }
        // The order is the same too.
        let cliOrder = rows.compactMap { row in expected.keys.first { row.contains($0) } }
        let appOrder = appRows.compactMap { row in expected.keys.first { row.hasPrefix($0) } }
        #expect(cliOrder == appOrder)
    }
}

import Foundation
import RapportCore
import Testing

extension ReviewReasonParityTests {
    /// A recent move reads the same in `rapport review` and in the app's review.
    @Test func aRecentMoveReadsTheSameInTheAppAndOnTheCommandLine() throws {
        try sandbox.add("Paul Durand", "--tier", "A", "--outlet", "Libération", today: "2026-01-01")
        try sandbox.log("durand", "Lunch", "--date", "2026-04-20")
        expectSuccess(try sandbox.rapport("edit", "durand", "--outlet", "Le Monde", today: "2026-05-20"))
        // The columns cut the end; what shows is the same, move first.
        let reason = "moved to Le Monde 12 days ago, not contacted since; 12 d"
        let result = try sandbox.rapport("review")
        expectSuccess(result)
        let cli = try #require(result.stdoutLines.first { $0.contains("Paul Durand") }, "\(result)")
        #expect(cli.contains("  " + reason), "\(cli)")
        let screen = try appScreen(width: 220, keys: [.char("2")])
        let app = try #require(screen.lines().first { $0.hasPrefix("Paul Durand") }, "\(screen.lines())")
        #expect(app.contains("   " + reason), "\(app)")
    }
}

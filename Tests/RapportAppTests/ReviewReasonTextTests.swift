@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The review in the app gives each person's reason in the words of
/// `rapport review`: one implementation, `ReviewItem.reasonText`.
@Suite struct ReviewReasonTextTests {
    @Test func eachRowAndTheDetailShowTheSharedReasonText() throws {
        let database = try Fixture.pressOffice()
        try database.add("Inès Faure", tier: .c, addedDaysAgo: 153)
        let app = AppDriver(database, width: 220, height: 24)
        app.send(.char("2"))
        let entries = try database.review(today: today)
        #expect(app.reviewNames == entries.map(\.row.name))
        let expected = [
            "Bruno Martin": "follow-up due 2026-11-25: send the grid data",
            "Inès Faure": "never contacted (added 153 days ago)",
            "Camille Lefèvre": "15 days overdue on a cadence of 30",
            "Zoé Girard": "never contacted (added 90 days ago)",
        ]
        for (index, entry) in entries.enumerated() {
            #expect(entry.item.reasonText == expected[entry.row.name])
            let row = app.lines()[2 + index]
            #expect(row.contains("    " + entry.item.reasonText + " "), "\(row)")
            try app.select(entry.row.name)
            let why = try #require(app.screen().find("Why         " + entry.item.reasonText))
            #expect(why.y == 3)
            let x = why.x + 12
            #expect(app.screen().text(x: x, y: 3, count: entry.item.reasonText.count) == entry.item.reasonText)
            #expect(app.screen().role(atX: x, y: 3) == .listOverdue)
        }
    }
}

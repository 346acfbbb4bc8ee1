import RapportCore
import RapportLocalization
import Testing

@Suite("Day display: French and English")
struct DayDisplayTests {
    @Test func frenchTablesAndDetail() throws {
        let day = try #require(Day(iso: "2026-11-26"))
        #expect(day.text(.table, in: .french) == "26/11/2026")
        #expect(day.text(.detail, in: .french) == "26 nov. 2026")
        let first = try #require(Day(iso: "2027-01-01"))
        #expect(first.text(.table, in: .french) == "01/01/2027")
        #expect(first.text(.detail, in: .french) == "1er janv. 2027")
        let august = try #require(Day(iso: "2026-08-09"))
        #expect(august.text(.detail, in: .french) == "9 août 2026")
    }

    @Test func englishKeepsISO() throws {
        let day = try #require(Day(iso: "2026-11-26"))
        #expect(day.text(.table, in: .english) == "2026-11-26")
        #expect(day.text(.detail, in: .english) == "2026-11-26")
    }

    @Test func everyFrenchTableDateReadsBack() throws {
        let start = try #require(Day(iso: "2023-12-25"))
        for offset in 0..<800 {
            let day = start.adding(days: offset)
            #expect(DayInput.parse(day.text(.table, in: .french), today: start) == day)
            #expect(day.text(.table, in: .french).count == 10)
        }
    }
}

import Testing
@testable import RapportCore

@Suite("Day")
struct DayTests {
    @Test func roundTripsEveryDayOverFourCenturies() {
        guard let start = Day(year: 1900, month: 1, day: 1), let end = Day(year: 2300, month: 12, day: 31) else {
            Issue.record("bounds")
            return
        }
        var previous: (Int, Int, Int)?
        for ordinal in start.ordinal...end.ordinal {
            let day = Day(ordinal: ordinal)
            let (y, m, d) = day.components
            #expect(Day(year: y, month: m, day: d) == day)
            if let previous {
                let next = previous.2 + 1 <= Day.daysInMonth(year: previous.0, month: previous.1)
                    ? (previous.0, previous.1, previous.2 + 1)
                    : (previous.1 == 12 ? (previous.0 + 1, 1, 1) : (previous.0, previous.1 + 1, 1))
                #expect(next == (y, m, d))
            }
            previous = (y, m, d)
        }
    }

    @Test func epochAndKnownDates() {
        #expect(Day(year: 1970, month: 1, day: 1)?.ordinal == 0)
        #expect(Day(year: 2000, month: 3, day: 1)?.ordinal == 11017)
        #expect(Day(iso: "2026-11-26")?.iso == "2026-11-26")
        #expect(Day(iso: "2024-02-29") != nil)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "", "yesterday", "2026-01-01x"])
    func rejectsInvalidISO(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func parsesRelativeInput() throws {
        let today = try #require(Day(iso: "2026-11-26"))
        #expect(DayInput.parse("today", today: today) == today)
        #expect(DayInput.parse("yesterday", today: today)?.iso == "2026-11-25")
        #expect(DayInput.parse("-3d", today: today)?.iso == "2026-11-23")
        #expect(DayInput.parse("+2w", today: today)?.iso == "2026-12-10")
        #expect(DayInput.parse(" 2026-01-05 ", today: today)?.iso == "2026-01-05")
        #expect(DayInput.parse("-3", today: today) == nil)
        #expect(DayInput.parse("soon", today: today) == nil)
    }

    @Test func monthArithmetic() throws {
        let day = try #require(Day(iso: "2026-01-31"))
        #expect(day.adding(months: 1).iso == "2026-02-28")
        #expect(day.adding(months: -2).iso == "2025-11-30")
        #expect(day.startOfMonth.iso == "2026-01-01")
    }

    @Test func clockFromEnvironment() throws {
        #expect(try SystemClock.fromEnvironment(["RAPPORT_NOW": "2026-03-04"]).today.iso == "2026-03-04")
        #expect(throws: InputError.self) { try SystemClock.fromEnvironment(["RAPPORT_NOW": "tomorrow"]) }
    }
}

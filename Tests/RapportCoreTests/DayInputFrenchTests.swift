import RapportCore
import Testing

@Suite("Day input: French and English forms")
struct DayInputFrenchTests {
    static let today = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

    func parse(_ text: String, _ direction: DayInput.Direction = .nearest, today: Day = today) -> String? {
        DayInput.parse(text, today: today, toward: direction)?.iso
    }

    @Test func frenchWords() {
        #expect(parse("aujourd'hui") == "2026-11-26")
        #expect(parse("Aujourd’hui") == "2026-11-26")
        #expect(parse("  AUJOURD'HUI ") == "2026-11-26")
        #expect(parse("hier") == "2026-11-25")
        #expect(parse("avant-hier") == "2026-11-24")
        #expect(parse("avant  hier") == "2026-11-24")
        #expect(parse("demain") == "2026-11-27")
        #expect(parse("après-demain") == "2026-11-28")
        #expect(parse("aujourdhui") == nil)
        #expect(parse("hier soir") == nil)
    }

    @Test func englishFormsStillWork() {
        #expect(parse("today") == "2026-11-26")
        #expect(parse("yesterday") == "2026-11-25")
        #expect(parse("tomorrow") == "2026-11-27")
        #expect(parse("-3d") == "2026-11-23")
        #expect(parse("+2w") == "2026-12-10")
        #expect(parse("2026-01-05") == "2026-01-05")
        #expect(DayInput.parse("-3d", today: Self.today)?.iso == "2026-11-23")
    }

    @Test func relativeDaysWeeksAndMonths() {
        #expect(parse("-3j") == "2026-11-23")
        #expect(parse("+3J") == "2026-11-29")
        #expect(parse("+2s") == "2026-12-10")
        #expect(parse("-1s") == "2026-11-19")
        #expect(parse("+1m") == "2026-12-26")
        #expect(parse("-12m") == "2025-11-26")
        #expect(parse("+0j") == "2026-11-26")
        #expect(parse("- 3 j") == "2026-11-23")
        #expect(parse("+2 s") == "2026-12-10")
        for refused in ["3j", "+j", "-3x", "+1.5m", "+-3j", "+3jj", "-１j", "+1201m", "+36501j", "+5216s", "+99999999999999999999d"] {
            #expect(parse(refused) == nil, "\(refused)")
        }
        #expect(parse("+1200m") == "2126-11-26")
    }

    @Test func monthsEndAtTheEndOfShorterMonths() throws {
        let january31 = try #require(Day(iso: "2026-01-31"))
        #expect(parse("+1m", today: january31) == "2026-02-28")
        let leapJanuary = try #require(Day(iso: "2028-01-31"))
        #expect(parse("+1m", today: leapJanuary) == "2028-02-29")
        #expect(parse("+2m", today: leapJanuary) == "2028-03-31")
        #expect(parse("-1m", today: try #require(Day(iso: "2026-03-31"))) == "2026-02-28")
        #expect(parse("+1m", today: try #require(Day(iso: "2026-12-31"))) == "2027-01-31")
        #expect(parse("+12m", today: try #require(Day(iso: "2028-02-29"))) == "2029-02-28")
    }

    @Test func fullFrenchDates() {
        #expect(parse("26/11/2026") == "2026-11-26")
        #expect(parse("1/2/2027") == "2027-02-01")
        #expect(parse("05/01/26") == "2026-01-05")
        #expect(parse("29/02/2028") == "2028-02-29")
        for refused in ["31/02/2026", "29/02/2026", "29/02/2100", "31/04/2026", "00/01/2026", "01/13/2026", "01/00/2026",
                        "1/1/202", "1/1/20260", "/11/2026", "26//2026", "26/11/", "a/11/2026", "26/11/2026/1",
                        "123/1/2026", "26-11-2026", "26/11/0000"] {
            #expect(parse(refused) == nil, "\(refused)")
        }
        #expect(parse("29/02/2000") == "2000-02-29")
    }

    @Test func dayAndMonthPointTheWayAsked() {
        // Today is 26 November 2026.
        #expect(parse("24/12", .future) == "2026-12-24")
        #expect(parse("24/12", .past) == "2025-12-24")
        #expect(parse("24/11", .future) == "2027-11-24")
        #expect(parse("24/11", .past) == "2026-11-24")
        #expect(parse("26/11", .past) == "2026-11-26")
        #expect(parse("26/11", .future) == "2026-11-26")
        #expect(parse("5/1", .future) == "2027-01-05")
        // Nearest: whichever is closer (178 days back, 180 ahead).
        #expect(parse("24/12") == "2026-12-24")
        #expect(parse("24/11") == "2026-11-24")
        #expect(parse("01/06") == "2026-06-01")
        #expect(parse("25/05") == "2027-05-25")
        #expect(parse("31/02", .future) == nil)
        #expect(parse("31/04", .past) == nil)
        #expect(parse("32/01") == nil)
        #expect(parse("10/13") == nil)
    }

    @Test func leapDayWithoutYear() throws {
        #expect(parse("29/02", .past) == "2024-02-29")
        #expect(parse("29/02", .future) == "2028-02-29")
        #expect(parse("29/02") == "2028-02-29")
        let leapDay = try #require(Day(iso: "2028-02-29"))
        #expect(parse("29/02", .past, today: leapDay) == "2028-02-29")
        #expect(parse("29/02", .future, today: try #require(Day(iso: "2028-03-01"))) == "2032-02-29")
        // No 29 February in 2100: the next one is in 2104, eight years after 2096.
        #expect(parse("29/02", .future, today: try #require(Day(iso: "2097-01-01"))) == "2104-02-29")
        #expect(parse("29/02", .past, today: try #require(Day(iso: "2103-12-31"))) == "2096-02-29")
    }

    /// Every typed day of every form is a real day that survives ISO.
    @Test func everyParsedDayIsReal() throws {
        let starts = ["2024-02-29", "2026-01-31", "2026-12-31", "2100-02-28", "0001-01-05", "9999-12-20"]
        for start in starts {
            let today = try #require(Day(iso: start))
            for day in 0...32 {
                for month in 0...13 {
                    for direction in [DayInput.Direction.past, .future, .nearest] {
                        guard let parsed = DayInput.parse("\(day)/\(month)", today: today, toward: direction) else { continue }
                        #expect(Day(iso: parsed.iso) == parsed)
                        #expect(parsed.components.month == month && parsed.components.day == day)
                        if direction == .past { #expect(parsed <= today) }
                        if direction == .future { #expect(parsed >= today) }
                    }
                }
            }
        }
    }
}

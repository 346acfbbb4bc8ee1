import RapportCore
@_exported import PGTestSupport

let testToday = Day(year: 2026, month: 11, day: 20)!

import Foundation
import RapportApp
import RapportCore
import RapportPostgres
import RapportStore
import TerminalUI

/// The full-screen app on a team database (PostgreSQL), in-process, with
/// `AppBench.Driver`: `RAPPORT_BENCH_PG=URL rapport-bench [--runs R]` on a
/// database that already holds data (`rapport demo --db URL …`). It only
/// reads, apart from the log it undoes.
enum TeamBench {
    static func run(url: String, runs: Int, today: Day, report: BenchReport) throws {
        report.section("Full-screen app on PostgreSQL, 120×40, in-process (median of \(runs))")
        try report.median("first frame (connect + first page + detail; counts after)", runs: runs) {
            let store = try PostgresStore.open(conninfo: url, cadence: .standard)
            let driver = AppBench.Driver(database: store, today: today, width: 120, height: 40)
            _ = driver.firstFrameEffects()
            let frame = driver.finishBackground()
            guard frame.lines()[2].contains("│") else { throw BenchFailure("no first frame") }
        }
        let store = try PostgresStore.open(conninfo: url, cadence: .standard)
        let countsDriver = AppBench.Driver(database: store, today: today, width: 120, height: 40)
        report.median("the header's counts", runs: runs) { _ = countsDriver.perform(.loadCounts(review: .mine)) }
        let driver = AppBench.Driver(database: store, today: today, width: 120, height: 40)
        _ = driver.start()
        report.median("move the selection (j), rows loaded", runs: max(runs, 100)) { driver.pressAndSettle(.char("j")) }
        report.median("page down (PgDn), rows loaded", runs: runs) { driver.pressAndSettle(.pageDown) }
        report.median("page up (PgUp), rows loaded", runs: runs) { driver.pressAndSettle(.pageUp) }
        for query in ["lef", "cam", "sent", "a"] {
            driver.pressAndSettle(.char("/"))
            var drawn: [Double] = []
            var filtered: [Double] = []
            for character in query {
                let start = DispatchTime.now().uptimeNanoseconds
                driver.press(.char(character))
                drawn.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                driver.finishBackground()
                filtered.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            let format = { (values: [Double]) in values.map { String(format: "%.1f", $0) }.joined(separator: ", ") + " ms" }
            report.line("live search '\(query)': keystroke drawn", format(drawn))
            report.line("live search '\(query)': list filtered", format(filtered))
            driver.pressAndSettle(.escape)
        }
        driver.pressAndSettle(.char("g"))
        report.median("switch to the review (2) and back (1), loaded", runs: runs) {
            driver.pressAndSettle(.char("2"))
            driver.pressAndSettle(.char("1"))
        }
        if ProcessInfo.processInfo.environment["RAPPORT_BENCH_EFFECTS"] != nil {
            for (name, time) in driver.effectTimes.sorted(by: { $0.value > $1.value }) {
                report.line("  effect \(name)", String(format: "%.1f ms total", time))
            }
        }
    }
}

import Foundation
import RapportCore
import RapportStore

// Rapport's benchmark: builds (or reuses) a large database with the demo
// generator and reports median times of the operations people wait for.
// Run: swift run -c release rapport-bench [--contacts N] [--exchanges M]
//        [--db PATH] [--runs R] [--only store|app|interchange|search]
// Figures go in docs/performance.md.

var options = BenchOptions.parse(CommandLine.arguments.dropFirst())
let report = BenchReport()
let today = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

do {
    if let url = ProcessInfo.processInfo.environment["RAPPORT_BENCH_PG"] {
        // The app on a team database (TeamBench.swift).
        try TeamBench.run(url: url, runs: options.runs, today: today, report: report)
        exit(0)
    }
    let database = try BenchData.prepare(options, today: today, report: report)
    if options.runs(.store) {
        try StoreBench.run(database: database, options: options, today: today, report: report)
        try IdListBench.run(database: database, options: options, today: today, report: report)
        try CommandBench.run(database: database, options: options, today: today, report: report)
    }
    if options.runs(.app) { try AppBench.run(database: database, options: options, today: today, report: report) }
    if options.only == .search { try AppBench.runSearches(database: database, options: options, today: today, report: report) }
    if options.runs(.interchange) { try InterchangeBench.run(options: options, today: today, report: report) }
    report.line("peak memory (max RSS)", String(format: "%.1f MB", BenchMemory.peakMegabytes()))
} catch {
    FileHandle.standardError.write(Data("rapport-bench: \(error)\n".utf8))
    exit(1)
}

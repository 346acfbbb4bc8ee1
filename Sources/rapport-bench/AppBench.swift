import RapportCore
import RapportStore

/// The full-screen app's frames and keystrokes, driven in-process.
enum AppBench {
    static func run(database: RapportDatabase, options: BenchOptions, today: Day, report: BenchReport) throws {
        report.section("Full-screen app")
        report.line("(not built yet)", "")
    }
}

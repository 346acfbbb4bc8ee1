import RapportCore

/// Import and export of many contacts.
enum InterchangeBench {
    static func run(options: BenchOptions, today: Day, report: BenchReport) throws {
        report.section("Import and export")
        report.line("(not built yet)", "")
    }
}

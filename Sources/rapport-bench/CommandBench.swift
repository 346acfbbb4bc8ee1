import Foundation
import RapportCore
import RapportStore

/// The issue-10 targets measured from process start: the release `rapport`
/// binary next to the benchmark, run on the benchmark database, median of
/// `--runs` runs (at most 11; the JSON export once). Skipped when the
/// binary is not built. The import rows are reported by the interchange
/// part (`--only interchange`); the first frame by `scripts/compare-abook.sh`.
enum CommandBench {
    static func run(database: RapportDatabase, options: BenchOptions, today: Day, report: BenchReport) throws {
        report.section("Command line, end to end from process start (median of \(min(options.runs, 11)))")
        guard let binary = ChildRun.rapportBinary(), let path = database.path else {
            report.line("rapport binary next to the benchmark", "not built: command timings skipped")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bench-commands-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let environment = ["RAPPORT_NOW=\(today.iso)", "HOME=\(folder)", "XDG_CONFIG_HOME=\(folder)/config", "PATH=/usr/bin:/bin",
                           "LANG=C.UTF-8"]
        let runs = min(options.runs, 11)
        func median(_ label: String, _ arguments: [String], target: String) {
            var samples: [Double] = []
            for _ in 0..<runs {
                let child = ChildRun.run(binary, arguments, environment: environment)
                guard child.status == 0 else {
                    report.line(label, "failed (status \(child.status))", target: target)
                    return
                }
                samples.append(child.seconds * 1000)
            }
            samples.sort()
            report.line(label, String(format: "%8.1f ms median (min %.1f)", samples[samples.count / 2], samples[0]), target: target)
        }
        median("rapport --version (process start)", ["--version"], target: "as low as it goes")
        for query in ["sent", "a", "le", "press breakfast", "lef"] {
            median("search '\(query)' --limit 50", ["search", query, "--limit", "50", "--db", path], target: "≤ 60 ms")
        }
        median("review --limit 50", ["review", "--limit", "50", "--db", path], target: "≤ 40 ms")
        for sort in ContactSort.allCases {
            median("list --sort \(sort.rawValue) --limit 50", ["list", "--sort", sort.rawValue, "--limit", "50", "--db", path],
                   target: "≤ 40 ms")
        }
        let export = ChildRun.run(binary, ["export", "--format", "json", "--output", folder + "/export.json", "--db", path],
                                  environment: environment)
        report.line("export --format json (whole database)", export.describe(), target: "≤ 4 s")
        let imported = ChildRun.run(binary, ["import", folder + "/export.json", "--db", folder + "/imported.sqlite"],
                                    environment: environment)
        report.line("import of that JSON export", imported.describe(), target: "≤ 8 s, ≤ 200 MB")
    }
}

import Foundation
import RapportCore
import RapportInterchange
import RapportStore

/// One import of one or more files into the database, as a single
/// transaction: what `rapport import` runs, and the full-screen app's
/// import prompt too.
struct ImportJob {
    var paths: [String]
    var format: InterchangeFormat?
    var overrides: [String] = []
    var options = ImportOptions()

    /// At most this many warnings are kept to be shown; the rest are counted.
    static let warningLimit = 20

    /// What the import did, and its one-line summary.
    struct Report {
        var counts: ImportCounts
        var withoutName: Int
        var warnings: [String]
        var moreWarnings: Int
        var dryRun: Bool

        /// `imported 1,204 contacts, merged 12, skipped 3 duplicates, 2 without a name`.
        var summary: String {
            let n = groupedNumber
            let contacts = "\(n(counts.imported)) contact\(counts.imported == 1 ? "" : "s")"
            let exchanges = counts.exchanges > 0 ? " with \(n(counts.exchanges)) exchange\(counts.exchanges == 1 ? "" : "s")" : ""
            let duplicates = "\(n(counts.skippedDuplicates)) duplicate\(counts.skippedDuplicates == 1 ? "" : "s")"
            if dryRun {
                return "dry run: would import \(contacts)\(exchanges), merge \(n(counts.merged)), skip \(duplicates), \(n(withoutName)) without a name; nothing was written"
            }
            return "imported \(contacts)\(exchanges), merged \(n(counts.merged)), skipped \(duplicates), \(n(withoutName)) without a name"
        }
    }

    /// Reads every file and imports it; a malformed file throws its
    /// `InterchangeError` and the database is left as it was. `progress`
    /// gets (records read, about how many in all) now and then.
    func run(database: RapportDatabase, today: Day, progress: ((Int, Int?) -> Void)? = nil) throws -> Report {
        var total: Int?
        if progress != nil {
            total = paths.reduce(Optional(0)) { sum, path in
                guard let sum, let count = ImportSources.estimate(path, format: format) else { return nil }
                return sum + count
            }
        }
        var withoutName = 0
        var warnings: [String] = []
        var moreWarnings = 0
        func warn(_ text: String) {
            if warnings.count < Self.warningLimit { warnings.append(text) } else { moreWarnings += 1 }
        }
        let (_, counts) = try database.importContacts(options, today: today) { importer in
            var done = 0
            for path in paths {
                let source = try ImportSources.open(path, format: format, overrides: overrides)
                for notice in source.notices { warn("\(path): \(notice)") }
                var read = 0
                while let item = try source.next() {
                    for warning in item.warnings { warn("\(path):\(item.line): \(warning)") }
                    try importer.add(item.record)
                    read += 1
                    if read % 250 == 0 { progress?(done + read + source.skippedWithoutName, total) }
                }
                done += read + source.skippedWithoutName
                withoutName += source.skippedWithoutName
                progress?(done, total.map { max($0, done) })
            }
        }
        return Report(counts: counts, withoutName: withoutName, warnings: warnings, moreWarnings: moreWarnings,
                      dryRun: options.dryRun)
    }
}

/// The import behind the full-screen app's prompt: the same import as the
/// command, skipping duplicates, reporting progress.
enum ImportRunner {
    struct Report {
        let summary: String
    }

    static func run(paths: [String], database: RapportDatabase, today: Day,
                    progress: @escaping @Sendable (Int, Int?) -> Void) throws -> Report {
        let job = ImportJob(paths: paths, format: nil, options: ImportOptions(policy: .skip))
        let report = try job.run(database: database, today: today, progress: progress)
        let summary = report.summary
        return Report(summary: summary.prefix(1).uppercased() + summary.dropFirst())
    }
}

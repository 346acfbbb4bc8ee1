import RapportLocalization
import RapportTransfer

/// The last line of `rapport import`: what the import did, in the
/// language of the run (English: exactly `ImportJob.Report.summary`).
enum ImportSummary {
    static func text(_ report: ImportJob.Report) -> String {
        let counts = report.counts
        let contacts = Shown.contacts(counts.imported)
        let exchanges = counts.exchanges > 0
            ? L10n.plural(" with %2$@ exchange", " with %2$@ exchanges", counts.exchanges, Shown.count(counts.exchanges)) : ""
        let duplicates = L10n.plural("%2$@ duplicate", "%2$@ duplicates", counts.skippedDuplicates, Shown.count(counts.skippedDuplicates))
        let merged = Shown.count(counts.merged), unnamed = Shown.count(report.withoutName)
        if report.dryRun {
            return L10n.text("dry run: would import %1$@%2$@, merge %3$@, skip %4$@, %5$@ without a name; nothing was written",
                             contacts, exchanges, merged, duplicates, unnamed)
        }
        return L10n.text("imported %1$@%2$@, merged %3$@, skipped %4$@, %5$@ without a name", contacts, exchanges, merged, duplicates, unnamed)
    }
}

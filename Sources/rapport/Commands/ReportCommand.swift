import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportReport
import RapportStore
import RapportTransfer

/// `rapport report`: the pitch report of a period, and of a project.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: L10n.text("Write the pitch report: who was contacted, how, and what came of it."),
        discussion: L10n.text("""
            A summary (people contacted, exchanges by channel, replies, asks versus gives, outcomes, coverage), \
            a table per person (exchanges with dates and outcomes, coverage with links) and the follow-ups still \
            open, as Markdown, HTML (one self-contained file with a chart, ready to print) or CSV. The period is \
            the 30 days ending --until (default today); with --project and no --since, the whole project up to \
            --until. Notes are never included; handles (emails, phones…) only with --with-handles. Written to \
            standard output, or with --output to a file created atomically with mode 0600. See docs/report.md.
            """))

    @Option(help: ArgumentHelp(L10n.text("Only the exchanges and coverage of this project."), valueName: "name"))
    var project: String?
    @Option(help: ArgumentHelp(L10n.text("The first day (default: 29 days before --until; with --project, the project's first day)."),
                               valueName: "date"))
    var since: String?
    @Option(help: ArgumentHelp(L10n.text("The last day (default: today)."), valueName: "date"))
    var until: String?
    @Option(help: ArgumentHelp(L10n.text("markdown, html or csv (default: from the --output extension, else markdown).")),
            completion: .list(ReportFormat.allCases.map(\.rawValue)), transform: Report.format)
    var format: ReportFormat?
    @Option(help: ArgumentHelp(L10n.text("Write to this file instead of standard output."), valueName: "file"))
    var output: String?
    @Flag(help: ArgumentHelp(L10n.text("Replace the --output file if it exists.")))
    var force = false
    @Flag(help: ArgumentHelp(L10n.text("Include each person's handles (emails, phones, profiles).")))
    var withHandles = false
    @OptionGroup var database: DatabaseOptions

    /// Days in the default period, today included.
    static let defaultDays = 30

    static func format(_ text: String) throws -> ReportFormat {
        guard let format = ReportFormat(rawValue: text.lowercased()) else {
            throw ValidationError(L10n.text("unknown format %@ (expected markdown, html or csv)", Shown.quoted(text)))
        }
        return format
    }

    var chosenFormat: ReportFormat { format ?? output.flatMap(ReportFormat.fromExtension(of:)) ?? .markdown }

    func validate() throws {
        if force && output == nil { throw ValidationError(L10n.text("--force applies to --output only")) }
    }

    func run() throws {
        if let output, !database.isTeam, DatabaseLocation.isDatabaseFile(output, database: database.path) {
            throw CommandFailure(message: L10n.text("%@ is the database itself (or one of its files); give another file", CLIText.clean(output)))
        }
        let context = try database.openForReading()
        let last = try until.map { try context.day($0, option: "--until", toward: .past) } ?? context.today
        var first = try since.map { try context.day($0, option: "--since", toward: .past) }
        if first == nil && project == nil { first = last.adding(days: -(Report.defaultDays - 1)) }
        if let first, first > last {
            throw CommandFailure.usage(L10n.text("--since %1$@ is after --until %2$@", Shown.day(first), Shown.day(last)))
        }
        let data = try context.store.reportData(project: project, since: first, until: last, withHandles: withHandles)
        let text = ReportRenderer.render(data, format: chosenFormat, today: context.today)
        guard let output else {
            try write(text, to: FileHandle.standardOutput, name: L10n.text("standard output"))
            return
        }
        let file = try AtomicFile(destination: output, replace: force)
        try write(text, to: file.handle(), name: output)
        try file.commit()
        let people = data.people.count
        print(L10n.plural("Wrote the %2$@ report (%1$'d person, %3$@ to %4$@) to %5$@",
                          "Wrote the %2$@ report (%1$'d people, %3$@ to %4$@) to %5$@",
                          people, chosenFormat.rawValue, Shown.day(data.since), Shown.day(data.until), CLIText.clean(output)))
    }

    private func write(_ text: String, to handle: FileHandle, name: String) throws {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            let message = L10n.text("%1$@ could not be written (%2$@)", CLIText.clean(name), error.localizedDescription)
            throw CommandFailure(message: WriteFailure.explain(message, descriptor: handle.fileDescriptor))
        }
    }
}

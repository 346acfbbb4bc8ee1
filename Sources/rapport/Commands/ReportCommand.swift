import ArgumentParser
import Foundation
import RapportCore
import RapportReport
import RapportStore
import RapportTransfer

/// `rapport report`: the pitch report of a period, and of a project.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the pitch report: who was contacted, how, and what came of it.",
        discussion: """
            A summary (people contacted, exchanges by channel, replies, asks versus gives, outcomes, coverage), \
            a table per person (exchanges with dates and outcomes, coverage with links) and the follow-ups still \
            open, as Markdown, HTML (one self-contained file with a chart, ready to print) or CSV. The period is \
            the 30 days ending --until (default today); with --project and no --since, the whole project up to \
            --until. Notes are never included; handles (emails, phones…) only with --with-handles. Written to \
            standard output, or with --output to a file created atomically with mode 0600. See docs/report.md.
            """)

    @Option(help: ArgumentHelp("Only the exchanges and coverage of this project.", valueName: "name"))
    var project: String?
    @Option(help: ArgumentHelp("The first day (default: 29 days before --until; with --project, the project's first day).",
                               valueName: "date"))
    var since: String?
    @Option(help: ArgumentHelp("The last day (default: today).", valueName: "date"))
    var until: String?
    @Option(help: "markdown, html or csv (default: from the --output extension, else markdown).",
            completion: .list(ReportFormat.allCases.map(\.rawValue)), transform: Report.format)
    var format: ReportFormat?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Flag(help: "Replace the --output file if it exists.")
    var force = false
    @Flag(help: "Include each person's handles (emails, phones, profiles).")
    var withHandles = false
    @OptionGroup var database: DatabaseOptions

    /// Days in the default period, today included.
    static let defaultDays = 30

    static func format(_ text: String) throws -> ReportFormat {
        guard let format = ReportFormat(rawValue: text.lowercased()) else {
            throw ValidationError("unknown format '\(text)' (expected markdown, html or csv)")
        }
        return format
    }

    var chosenFormat: ReportFormat { format ?? output.flatMap(ReportFormat.fromExtension(of:)) ?? .markdown }

    func validate() throws {
        if force && output == nil { throw ValidationError("--force applies to --output only") }
    }

    func run() throws {
        if let output, !database.isTeam, DatabaseLocation.isDatabaseFile(output, database: database.path) {
            throw CommandFailure(message: "\(CLIText.clean(output)) is the database itself (or one of its files); give another file")
        }
        let context = try database.openForReading()
        let last = try until.map { try context.day($0, option: "--until", toward: .past) } ?? context.today
        var first = try since.map { try context.day($0, option: "--since", toward: .past) }
        if first == nil && project == nil { first = last.adding(days: -(Report.defaultDays - 1)) }
        if let first, first > last {
            throw CommandFailure.usage("--since \(first.iso) is after --until \(last.iso)")
        }
        let data = try context.store.reportData(project: project, since: first, until: last, withHandles: withHandles)
        let text = ReportRenderer.render(data, format: chosenFormat, today: context.today)
        guard let output else {
            try write(text, to: FileHandle.standardOutput, name: "standard output")
            return
        }
        let file = try AtomicFile(destination: output, replace: force)
        try write(text, to: file.handle(), name: output)
        try file.commit()
        let people = data.people.count
        print("Wrote the \(chosenFormat.rawValue) report (\(people) \(people == 1 ? "person" : "people"), "
              + "\(data.since.iso) to \(data.until.iso)) to \(CLIText.clean(output))")
    }

    private func write(_ text: String, to handle: FileHandle, name: String) throws {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            let message = "\(CLIText.clean(name)) could not be written (\(error.localizedDescription))"
            throw CommandFailure(message: WriteFailure.explain(message, descriptor: handle.fileDescriptor))
        }
    }
}

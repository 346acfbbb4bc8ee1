import ArgumentParser
import Foundation
import RapportCore
import RapportInterchange
import RapportLocalization
import RapportSettings
import RapportStore
import RapportTransfer
import TerminalUI

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: L10n.text("Import contacts from vCard, CSV or Rapport JSON files."),
        discussion: L10n.text("""
            The format is guessed from the extension and content. A record whose email or social handle \
            (Twitter/X, Mastodon, Bluesky, LinkedIn) already belongs to a contact, or to a record before \
            it, is a duplicate: skipped by default. All files are imported in one transaction: a malformed \
            file stops with FILE:LINE and nothing is saved.
            """))

    @Argument(help: ArgumentHelp(L10n.text("vCard (.vcf), CSV or JSON (from rapport export) files."), valueName: "file"))
    var files: [String]
    @Option(help: ArgumentHelp(L10n.text("vcard, csv or json (default: guessed from each file).")), completion: InterchangeFormat.completions, transform: InterchangeFormat.argument)
    var format: InterchangeFormat?
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(L10n.text("Say what would be imported; write nothing.")))
    var dryRun = false
    @Option(name: .customLong("on-duplicate"),
            help: ArgumentHelp(L10n.text("skip (leave the existing contact alone), merge (add missing handles, tags and empty fields) or create (add anyway).")),
            completion: DuplicatePolicy.completions, transform: DuplicatePolicy.argument)
    var onDuplicate: DuplicatePolicy = .skip
    @Option(help: ArgumentHelp(L10n.text("A tag for every imported contact; repeat for several.")))
    var tag: [String] = []
    @Option(help: ArgumentHelp(L10n.text("The role of every imported contact (default: from the file, else journalist).")), completion: Role.completions, transform: Role.argument)
    var role: Role?
    @Option(help: ArgumentHelp(L10n.text("Read a CSV column as a field (name, first-name, last-name, outlet, title, role, email, phone, twitter, mastodon, bluesky, linkedin, website, other-handles, tags, notes, tier, stage, how-met, cadence, do-not-contact, ignore); repeat for several."),
                               valueName: "column=field"))
    var map: [String] = []
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        for override in map {
            guard let equals = override.lastIndex(of: "="), !override[..<equals].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError(L10n.text("--map %@ is not COLUMN=FIELD", Shown.quoted(override)))
            }
            let field = String(override[override.index(after: equals)...])
            if CSVField.named(field) == nil {
                throw ValidationError(L10n.text("--map %1$@: unknown field %2$@; expected one of: %3$@", Shown.quoted(override),
                                                Shown.quoted(field.trimmingCharacters(in: .whitespaces)),
                                                CSVField.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        if !map.isEmpty, let format, format != .csv {
            throw ValidationError(L10n.text("--map applies to CSV files only"))
        }
        do { _ = try Tag.clean(tag) } catch { throw ValidationError("--tag: \(error.message)") }
    }

    func run() throws {
        let tags = try Tag.clean(tag)
        let context: CommandContext
        if dryRun && !database.isTeam && !FileManager.default.fileExists(atPath: database.path) {
            // A dry run creates no database file: it counts against an empty one in memory.
            let settings = try SettingsFile.load()
            context = CommandContext(store: try RapportDatabase.inMemory(cadence: settings.cadence),
                                     today: try SystemClock.fromEnvironment().today, settings: settings)
        } else {
            context = try database.open(creating: true)
        }
        let job = ImportJob(paths: files, format: format, overrides: map,
                            options: ImportOptions(policy: onDuplicate, tags: tags, role: role, dryRun: dryRun))
        let bar = ImportProgressBar()
        let report: ImportJob.Report
        do {
            report = try job.run(store: context.store, today: context.today,
                                 progress: bar.map { bar in { done, total in bar.update(done: done, total: total) } })
        } catch let error as InterchangeError {
            bar?.clear()
            throw CommandFailure(message: error.description)
        } catch {
            bar?.clear()
            throw error
        }
        bar?.clear()
        for warning in report.warnings { Terminal.printWarning(warning) }
        if report.moreWarnings > 0 {
            Terminal.printWarning(L10n.plural("and %2$@ more warning", "and %2$@ more warnings", report.moreWarnings,
                                              Shown.count(report.moreWarnings)))
        }
        print(report.summary)
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: L10n.text("Export contacts as vCard, CSV or JSON."),
        discussion: L10n.text("""
            vCard 4.0 and CSV hold one card or row per contact; JSON holds everything, exchanges included, \
            and imports back. Everyone is exported (archived and do-not-contact people too) unless --tag, \
            --role or --contact narrow it. --contact CONTACT --format json is everything held about one \
            person, for a right-of-access request. Written to standard output, or with --output to a file \
            created atomically with mode 0600.
            """))

    @Option(help: ArgumentHelp(L10n.text("vcard, csv or json (default: from the --output extension).")), completion: InterchangeFormat.completions, transform: InterchangeFormat.argument)
    var format: InterchangeFormat?
    @Option(help: ArgumentHelp(L10n.text("Write to this file instead of standard output."), valueName: "file"))
    var output: String?
    @Flag(help: ArgumentHelp(L10n.text("Replace the --output file if it exists.")))
    var force = false
    @Option(help: ArgumentHelp(L10n.text("Only contacts with this tag.")))
    var tag: String?
    @Option(help: ArgumentHelp(L10n.text("Only this role.")), completion: Role.completions, transform: Role.argument)
    var role: Role?
    @Option(help: ArgumentHelp(L10n.text("Only this person: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String?
    @Option(help: ArgumentHelp(L10n.text("CSV field separator: ',' or ';' (default: ';' when Rapport speaks French, for French spreadsheets; else ',')."),
                               valueName: "char"), completion: Completion.delimiter)
    var delimiter: String?
    @OptionGroup var database: DatabaseOptions

    /// Contacts read from the store at a time.
    static let batchSize = 500

    var chosenFormat: InterchangeFormat? { format ?? output.flatMap(InterchangeFormat.fromExtension(of:)) }

    func validate() throws {
        if contact != nil && (tag != nil || role != nil) {
            throw ValidationError(L10n.text("--contact cannot be combined with --tag or --role"))
        }
        if force && output == nil { throw ValidationError(L10n.text("--force applies to --output only")) }
        if chosenFormat == nil { throw ValidationError(L10n.text("give --format vcard, csv or json")) }
        if let delimiter {
            guard CSVDelimiter(rawValue: delimiter) != nil else { throw ValidationError(L10n.text("--delimiter must be ',' or ';'")) }
            if chosenFormat != .csv { throw ValidationError(L10n.text("--delimiter applies to CSV only")) }
        }
    }

    /// `--delimiter`, else `;` when Rapport speaks French (docs/i18n.md).
    var csvDelimiter: CSVDelimiter {
        if let delimiter, let chosen = CSVDelimiter(rawValue: delimiter) { return chosen }
        return L10n.language == .french ? .semicolon : .comma
    }

    func run() throws {
        guard let format = chosenFormat else { throw CommandFailure.usage(L10n.text("give --format vcard, csv or json")) }
        if let output, !database.isTeam, DatabaseLocation.isDatabaseFile(output, database: database.path) {
            throw CommandFailure(message: L10n.text("%@ is the database itself (or one of its files); give another file", output))
        }
        let context = try database.openForReading()
        var filter = ExportFilter(tag: tag, role: role)
        if let contact { filter.contactId = try context.store.resolve(contact).id }
        if let output {
            let file = try AtomicFile(destination: output, replace: force)
            let count = try write(format, filter: filter, context: context, to: file.handle(), name: output)
            try file.commit()
            print(L10n.plural("Exported %2$@ contact to %3$@", "Exported %2$@ contacts to %3$@", count, Shown.count(count),
                              CLIText.clean(output)))
        } else if Terminal.stdoutIsTerminal {
            try showOnTerminal(format, filter: filter, context: context)
        } else {
            _ = try write(format, filter: filter, context: context, to: FileHandle.standardOutput, name: L10n.text("standard output"))
        }
    }

    /// Writes the export to `handle`; returns how many contacts it holds.
    func write(_ format: InterchangeFormat, filter: ExportFilter, context: CommandContext, to handle: FileHandle,
               name: String) throws -> Int {
        var count = 0
        do {
            switch format {
            case .vcard, .csv:
                let writer = try ContactFiles.writer(handle: handle, fileName: name, format: format == .vcard ? .vcard : .csv,
                                                    csvDelimiter: csvDelimiter)
                try context.store.exportContacts(filter, withExchanges: false, batchSize: Export.batchSize) { exported in
                    try writer.write(exported.contact)
                    count += 1
                }
                try writer.finish()
            case .json:
                let writer = try JSONExportWriter(handle: handle, fileName: name, today: context.today,
                                                  cadence: context.store.cadence)
                try context.store.exportContacts(filter, withExchanges: true, batchSize: Export.batchSize) { exported in
                    try writer.write(exported)
                    count += 1
                }
                try writer.finish()
            }
        } catch let error as InterchangeError {
            throw CommandFailure(message: WriteFailure.explain(error.description, descriptor: handle.fileDescriptor))
        }
        return count
    }

    /// On a terminal, the export is written to a private scratch file first
    /// and shown with control characters made visible, so a name cannot
    /// send escape sequences to the terminal.
    func showOnTerminal(_ format: InterchangeFormat, filter: ExportFilter, context: CommandContext) throws {
        let scratch = try AtomicFile(destination: NSTemporaryDirectory() + "rapport-export-\(UUID().uuidString)", replace: true) // l10n-exempt: a file name
        defer { scratch.discard() }
        _ = try write(format, filter: filter, context: context, to: scratch.handle(), name: L10n.text("standard output"))
        scratch.closeDescriptor()
        let text = (try? String(contentsOfFile: scratch.temporaryPath, encoding: .utf8)) ?? ""
        // CR LF is one Character: split on any line break.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        for line in lines { print(TextSanitizer.singleLine(line)) }
    }
}

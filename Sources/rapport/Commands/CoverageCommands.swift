import ArgumentParser
import Foundation
import RapportCore
import RapportStore
import RapportTransfer

/// `rapport coverage add|list|edit|delete`: the articles, posts and
/// broadcasts that came out of a relationship.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Record, list, correct or delete coverage: articles, posts, broadcasts.",
        discussion: "Coverage counts as \"they gave\" in reciprocity and warms the relationship (docs/relationship-model.md).",
        subcommands: [AddCoverage.self, ListCoverage.self, EditCoverage.self, DeleteCoverage.self])
}

/// A coverage id or exchange id as typed: `12` or `#12`.
enum CoverageIds {
    static func parse(_ text: String, what: String) throws -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        guard let value = Int64(digits), value > 0 else {
            throw CommandFailure.usage("'\(CLIText.clean(text))' is not \(what) (a number, as printed by rapport)")
        }
        return value
    }
}

/// The fields of `coverage add` and `coverage edit`.
struct CoverageFields: ParsableArguments {
    @Option(help: "The headline, in one line.")
    var title: String?
    @Option(help: ArgumentHelp("Where it can be read: an http:// or https:// address.", valueName: "url"))
    var url: String?
    @Option(help: "The outlet it came out in (default on add: the contact's outlet).")
    var outlet: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("When it came out: YYYY-MM-DD, today, yesterday or -Nd (default on add: today).", valueName: "date"))
    var date: String?
    @Option(help: ArgumentHelp("The exchange that led to it (one of the contact's); none unlinks on edit.", valueName: "id"))
    var exchange: String?
    @Option(help: ArgumentHelp("The project it belongs to; a new name creates it (\"\" removes it on edit).", valueName: "name"))
    var project: String?
    @Option(help: "A note.")
    var note: String?

    var isEmpty: Bool {
        title == nil && url == nil && outlet == nil && date == nil && exchange == nil && project == nil && note == nil
    }

    /// Applies the options given to `draft`.
    func apply(to draft: inout CoverageDraft, context: CommandContext) throws {
        if let title { draft.title = title }
        if let url { draft.url = url }
        if let outlet { draft.outlet = outlet }
        if let date { draft.day = try context.day(date, option: "--date", toward: .past) }
        if let exchange {
            draft.exchangeId = exchange.trimmingCharacters(in: .whitespaces).lowercased() == "none"
                ? nil : try CoverageIds.parse(exchange, what: "an exchange id")
        }
        if let project { draft.project = project.trimmingCharacters(in: .whitespaces).isEmpty ? nil : project }
        if let note { draft.note = note }
    }
}

extension CommandContext {
    func coverage(_ id: Int64) throws -> Coverage {
        guard let coverage = try store.coverage(id: id) else { throw StoreError.notFound("no coverage with id \(id)") }
        return coverage
    }
}

struct AddCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a piece of coverage from a contact.",
        discussion: """
            The date defaults to today and the outlet to the contact's current outlet. --exchange links it to the \
            exchange that led to it, which must be one of this contact's. The contact's warmth is recomputed in \
            the same transaction.
            """)

    @Argument(help: "The contact: an id, a handle, or a part of the name.", completion: Completion.contacts)
    var contact: String
    @OptionGroup var fields: CoverageFields
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if fields.title == nil { throw ValidationError("give the coverage's --title") }
        if fields.exchange?.trimmingCharacters(in: .whitespaces).lowercased() == "none" {
            throw ValidationError("--exchange none only unlinks on edit; leave it out")
        }
    }

    func run() throws {
        let context = try database.open()
        let target = try context.store.resolve(contact)
        var draft = CoverageDraft(day: context.today, title: "", outlet: target.outlet)
        try fields.apply(to: &draft, context: context)
        let saved = try context.store.addCoverage(contactId: target.id, draft, today: context.today)
        if output.json {
            try JSONOutput.print(CoverageSavedJSON(coverage: CoverageJSON(saved, contactName: target.name),
                                                   contact: try context.contactRow(target.id)))
        } else {
            print("Recorded coverage #\(saved.id) from \(CLIText.clean(target.name)) (\(saved.day.iso): \(CLIText.clean(saved.title)))")
        }
    }
}

struct ListCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List coverage, newest first: one contact's, or everyone's.")

    @Argument(help: "Only this contact's: an id, a handle, or a part of the name.", completion: Completion.contacts)
    var contact: String?
    @Option(help: ArgumentHelp("Only this project's.", valueName: "name"))
    var project: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Only coverage on or after this date.", valueName: "date"))
    var since: String?
    @OptionGroup var limits: LimitOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let context = try database.openForReading()
        let contactId = try contact.map { try context.store.resolve($0).id }
        let since = try since.map { try context.day($0, option: "--since", toward: .past) }
        let entries = try context.store.listCoverage(contactId: contactId, project: project, since: since, limit: limits.limit)
        if output.json {
            try JSONOutput.print(entries.map(CoverageJSON.init))
            return
        }
        guard !entries.isEmpty else {
            print("No coverage yet\(contact == nil && project == nil && since == nil ? ". Record some with: rapport coverage add CONTACT --title …" : " matches.")")
            return
        }
        var table = TextTable([
            .init(title: "ID", alignment: .right), .init(title: "DATE"), .init(title: "CONTACT", maxWidth: 24),
            .init(title: "TITLE", maxWidth: 50), .init(title: "OUTLET", maxWidth: 20), .init(title: "PROJECT", maxWidth: 20),
            .init(title: "EXCHANGE", alignment: .right),
        ])
        for entry in entries {
            let item = entry.coverage
            table.add(["\(item.id)", item.day.iso, entry.contactName, item.title, item.outlet, item.project ?? "",
                       item.exchangeId.map { "#\($0)" } ?? ""])
        }
        print(table.render())
    }
}

struct EditCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a piece of coverage: only the fields given change.",
        discussion: "--exchange none unlinks it; --project \"\", --url \"\" and --note \"\" clear those fields.")

    @Argument(help: ArgumentHelp("The coverage's id, as printed by coverage add and list.", valueName: "id"))
    var id: String
    @OptionGroup var fields: CoverageFields
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let id = try CoverageIds.parse(id, what: "a coverage id")
        guard !fields.isEmpty else { throw CommandFailure.usage("nothing to change: give at least one option (see rapport coverage edit --help)") }
        let context = try database.open()
        let existing = try context.coverage(id)
        var draft = CoverageDraft(existing)
        try fields.apply(to: &draft, context: context)
        let saved = try context.store.updateCoverage(id: id, draft, today: context.today)
        let name = try context.store.contact(id: saved.contactId)?.name ?? "?"
        if output.json {
            try JSONOutput.print(CoverageSavedJSON(coverage: CoverageJSON(saved, contactName: name),
                                                   contact: try context.contactRow(saved.contactId)))
        } else {
            print("Updated coverage #\(saved.id) from \(CLIText.clean(name)) (\(saved.day.iso): \(CLIText.clean(saved.title)))")
        }
    }
}

struct DeleteCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a piece of coverage (asks for --yes).",
        discussion: "Without --yes, nothing is deleted: it says what would be, and exits 64.")

    @Argument(help: ArgumentHelp("The coverage's id, as printed by coverage add and list.", valueName: "id"))
    var id: String
    @Flag(help: "Really delete.")
    var yes = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let id = try CoverageIds.parse(id, what: "a coverage id")
        let context = try database.open()
        let existing = try context.coverage(id)
        let name = try context.store.contact(id: existing.contactId)?.name ?? "?"
        let what = "coverage #\(id) from \(CLIText.clean(name)) (\(existing.day.iso): \(CLIText.clean(existing.title)))"
        guard yes else { throw CommandFailure.usage("this would delete \(what); run again with --yes to delete it") }
        let deleted = try context.store.deleteCoverage(id: id)
        if output.json {
            try JSONOutput.print(CoverageDeletedJSON(deleted: CoverageJSON(deleted, contactName: name),
                                                     contact: try context.contactRow(deleted.contactId)))
        } else {
            print("Deleted \(what)")
        }
    }
}

/// The coverage section of `show`.
enum CoverageText {
    static func section(_ coverage: [CoverageJSON]) -> [String] {
        guard !coverage.isEmpty else { return [] }
        let c = CLIText.clean
        var lines = ["Coverage (\(coverage.count))"]
        for item in coverage {
            var line = "  \(item.date.iso)  \(c(item.title))"
            if !item.outlet.isEmpty { line += "  — \(c(item.outlet))" }
            if let exchange = item.exchangeId { line += "  (exchange #\(exchange))" }
            lines.append(line)
            if !item.url.isEmpty { lines.append("      \(c(item.url))") }
        }
        return lines
    }
}

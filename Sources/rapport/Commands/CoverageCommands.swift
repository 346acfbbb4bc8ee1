import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportStore
import RapportTransfer

/// `rapport coverage add|list|edit|delete`: the articles, posts and
/// broadcasts that came out of a relationship.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: L10n.text("Record, list, correct or delete coverage: articles, posts, broadcasts."),
        discussion: L10n.text("Coverage counts as \"they gave\" in reciprocity and warms the relationship (docs/relationship-model.md)."),
        subcommands: [AddCoverage.self, ListCoverage.self, EditCoverage.self, DeleteCoverage.self])
}

/// A coverage id or exchange id as typed: `12` or `#12`.
enum CoverageIds {
    static func parse(_ text: String, what: String) throws -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        guard let value = Int64(digits), value > 0 else {
            throw CommandFailure.usage(L10n.text("%1$@ is not %2$@ (a number, as printed by rapport)", Shown.quoted(text), what))
        }
        return value
    }
}

/// The fields of `coverage add` and `coverage edit`.
struct CoverageFields: ParsableArguments {
    @Option(help: ArgumentHelp(L10n.text("The headline, in one line.")))
    var title: String?
    @Option(help: ArgumentHelp(L10n.text("Where it can be read: an http:// or https:// address."), valueName: "url"))
    var url: String?
    @Option(help: ArgumentHelp(L10n.text("The outlet it came out in (default on add: the contact's outlet).")))
    var outlet: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L10n.text("When it came out: YYYY-MM-DD, today, yesterday or -Nd (default on add: today)."), valueName: "date"))
    var date: String?
    @Option(help: ArgumentHelp(L10n.text("The exchange that led to it (one of the contact's); none unlinks on edit."), valueName: "id"))
    var exchange: String?
    @Option(help: ArgumentHelp(L10n.text("The project it belongs to; a new name creates it (\"\" removes it on edit)."), valueName: "name"))
    var project: String?
    @Option(help: ArgumentHelp(L10n.text("A note.")))
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
                ? nil : try CoverageIds.parse(exchange, what: L10n.text("an exchange id"))
        }
        if let project { draft.project = project.trimmingCharacters(in: .whitespaces).isEmpty ? nil : project }
        if let note { draft.note = note }
    }
}

extension CommandContext {
    func coverage(_ id: Int64) throws -> Coverage {
        guard let coverage = try store.coverage(id: id) else { throw StoreError.notFound(L10n.text("no coverage with id %d", id)) }
        return coverage
    }
}

struct AddCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: L10n.text("Record a piece of coverage from a contact."),
        discussion: L10n.text("""
            The date defaults to today and the outlet to the contact's current outlet. --exchange links it to the \
            exchange that led to it, which must be one of this contact's. The contact's warmth is recomputed in \
            the same transaction.
            """))

    @Argument(help: ArgumentHelp(L10n.text("The contact: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String
    @OptionGroup var fields: CoverageFields
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if fields.title == nil { throw ValidationError(L10n.text("give the coverage's --title")) }
        if fields.exchange?.trimmingCharacters(in: .whitespaces).lowercased() == "none" {
            throw ValidationError(L10n.text("--exchange none only unlinks on edit; leave it out"))
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
            print(L10n.text("Recorded coverage #%1$d from %2$@ (%3$@: %4$@)", saved.id, CLIText.clean(target.name),
                            Shown.day(saved.day), CLIText.clean(saved.title)))
        }
    }
}

struct ListCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: L10n.text("List coverage, newest first: one contact's, or everyone's."))

    @Argument(help: ArgumentHelp(L10n.text("Only this contact's: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String?
    @Option(help: ArgumentHelp(L10n.text("Only this project's."), valueName: "name"))
    var project: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L10n.text("Only coverage on or after this date."), valueName: "date"))
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
            print(contact == nil && project == nil && since == nil
                ? L10n.text("No coverage yet. Record some with: rapport coverage add CONTACT --title …")
                : L10n.text("No coverage yet matches."))
            return
        }
        var table = TextTable([
            .init(title: L10n.text("ID", context: "cli column"), alignment: .right), .init(title: L10n.text("DATE", context: "cli column")),
            .init(title: L10n.text("CONTACT", context: "cli column"), maxWidth: 24), .init(title: L10n.text("TITLE", context: "cli column"), maxWidth: 50),
            .init(title: L10n.text("OUTLET", context: "cli column"), maxWidth: 20), .init(title: L10n.text("PROJECT", context: "cli column"), maxWidth: 20),
            .init(title: L10n.text("EXCHANGE", context: "cli column"), alignment: .right),
        ])
        for entry in entries {
            let item = entry.coverage
            table.add(["\(item.id)", Shown.day(item.day), entry.contactName, item.title, item.outlet, item.project ?? "",
                       item.exchangeId.map { "#\($0)" } ?? ""])
        }
        print(table.render())
    }
}

struct EditCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: L10n.text("Correct a piece of coverage: only the fields given change."),
        discussion: L10n.text("--exchange none unlinks it; --project \"\", --url \"\" and --note \"\" clear those fields."))

    @Argument(help: ArgumentHelp(L10n.text("The coverage's id, as printed by coverage add and list."), valueName: "id"))
    var id: String
    @OptionGroup var fields: CoverageFields
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let id = try CoverageIds.parse(id, what: L10n.text("a coverage id"))
        guard !fields.isEmpty else { throw CommandFailure.usage(L10n.text("nothing to change: give at least one option (see rapport coverage edit --help)")) }
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
            print(L10n.text("Updated coverage #%1$d from %2$@ (%3$@: %4$@)", saved.id, CLIText.clean(name),
                            Shown.day(saved.day), CLIText.clean(saved.title)))
        }
    }
}

struct DeleteCoverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: L10n.text("Delete a piece of coverage (asks for --yes)."),
        discussion: L10n.text("Without --yes, nothing is deleted: it says what would be, and exits 64."))

    @Argument(help: ArgumentHelp(L10n.text("The coverage's id, as printed by coverage add and list."), valueName: "id"))
    var id: String
    @Flag(help: ArgumentHelp(L10n.text("Really delete.")))
    var yes = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let id = try CoverageIds.parse(id, what: L10n.text("a coverage id"))
        let context = try database.open()
        let existing = try context.coverage(id)
        let name = try context.store.contact(id: existing.contactId)?.name ?? "?"
        let what = L10n.text("coverage #%1$d from %2$@ (%3$@: %4$@)", id, CLIText.clean(name), Shown.day(existing.day),
                             CLIText.clean(existing.title))
        guard yes else { throw CommandFailure.usage(L10n.text("this would delete %@; run again with --yes to delete it", what)) }
        let deleted = try context.store.deleteCoverage(id: id)
        if output.json {
            try JSONOutput.print(CoverageDeletedJSON(deleted: CoverageJSON(deleted, contactName: name),
                                                     contact: try context.contactRow(deleted.contactId)))
        } else {
            print(L10n.text("Deleted %@", what))
        }
    }
}

/// The coverage section of `show`.
enum CoverageText {
    static func section(_ coverage: [CoverageJSON]) -> [String] {
        guard !coverage.isEmpty else { return [] }
        let c = CLIText.clean
        var lines = [L10n.text("Coverage (%'d)", coverage.count)]
        for item in coverage {
            var line = "  \(Shown.day(item.date))  \(c(item.title))"
            if !item.outlet.isEmpty { line += "  — \(c(item.outlet))" }
            if let exchange = item.exchangeId { line += "  " + L10n.text("(exchange #%d)", exchange) }
            lines.append(line)
            if !item.url.isEmpty { lines.append("      \(c(item.url))") }
        }
        return lines
    }
}

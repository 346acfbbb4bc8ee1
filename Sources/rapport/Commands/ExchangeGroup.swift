import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportStore
import RapportTransfer

/// `rapport exchange show|edit|delete ID`: one logged exchange, read,
/// corrected or removed.
struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: L10n.text("Show, correct or delete a logged exchange."),
        discussion: L10n.text("ID is the exchange's number, as printed by log and show (#345 or 345)."),
        subcommands: [ShowExchange.self, EditExchange.self, DeleteExchange.self])
}

/// The exchange id argument: `345` or `#345`.
struct ExchangeIdArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(L10n.text("The exchange's id, as printed by log and show."), valueName: "id"))
    var id: String

    func value() throws -> Int64 {
        let text = id.trimmingCharacters(in: .whitespaces)
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let value = Int64(digits), value > 0 else {
            throw CommandFailure.usage(L10n.text("%@ is not an exchange id (a number, as printed by log and show)", Shown.quoted(id)))
        }
        return value
    }
}

extension CommandContext {
    /// The exchange with this id, or the one-line "no exchange" failure.
    func exchange(_ id: Int64) throws -> Exchange {
        guard let exchange = try store.exchange(id: id) else { throw StoreError.notFound(L10n.text("no exchange with id %d", id)) }
        return exchange
    }

    /// The list row of an exchange's contact, for JSON.
    func contactRow(_ contactId: Int64) throws -> ContactRowJSON {
        guard let row = try store.contactRows(ids: [contactId], today: today).first else {
            throw StoreError.notFound(L10n.text("no contact with id %d", contactId))
        }
        return ContactRowJSON(row)
    }
}

struct ShowExchange: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: L10n.text("Show every field of an exchange: the notes and the follow-up too."))

    @OptionGroup var exchangeId: ExchangeIdArgument
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let id = try exchangeId.value()
        let context = try database.open()
        let exchange = try context.exchange(id)
        let contact = try context.store.contact(id: exchange.contactId)
        if output.json {
            try JSONOutput.print(ExchangeDetailJSON(exchange: ExchangeJSON(exchange), contact: try context.contactRow(exchange.contactId)))
        } else {
            print(ExchangeText.render(exchange, contactName: contact?.name ?? "?"))
        }
    }
}

struct EditExchange: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: L10n.text("Correct an exchange: only the fields given change."),
        discussion: L10n.text("""
            The contact's last exchange, warmth, review position and search index are recomputed in the same \
            transaction. --rating none, --follow-up-on none and --project none clear them. A follow-up keeps its done state.
            """))

    @OptionGroup var exchangeId: ExchangeIdArgument
    @Option(help: ArgumentHelp(L10n.text("What was said, in one line.")))
    var summary: String?
    @Option(help: ArgumentHelp(L10n.text("twitter, twitter-dm, mastodon, bluesky, email, phone, meeting, event or other.")), completion: Channel.completions, transform: Channel.argument)
    var channel: Channel?
    @Option(help: ArgumentHelp(L10n.text("out (I reached out) or in (they did).")), completion: Direction.completions, transform: Direction.argument)
    var direction: Direction?
    @Option(help: ArgumentHelp(L10n.text("gave, asked or chat.")), completion: Intent.completions, transform: Intent.argument)
    var intent: Intent?
    @Option(help: ArgumentHelp(L10n.text("How it went, 1–5, or none."), valueName: "n|none"), completion: Completion.ratingOrNone)
    var rating: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L10n.text("YYYY-MM-DD, today, yesterday or -Nd."), valueName: "date"))
    var date: String?
    @Option(help: ArgumentHelp(L10n.text("Longer notes (replace the notes; \"\" clears them).")))
    var notes: String?
    @Option(name: .customLong("follow-up-on"), parsing: .unconditional,
            help: ArgumentHelp(L10n.text("When the promised follow-up is due, or none to remove the follow-up."), valueName: "date|none"))
    var followUpOn: String?
    @Option(name: .customLong("follow-up"), help: ArgumentHelp(L10n.text("What was promised."), valueName: "text"))
    var followUp: String?
    @Flag(name: .customLong("allow-future"), help: ArgumentHelp(L10n.text("Accept a date after today.")))
    var allowFuture = false
    @Option(help: ArgumentHelp(L10n.text("The project it was for (a new name creates it), or none."), valueName: "name|none"))
    var project: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    /// The rating given: nil when not given, `.some(nil)` for none.
    func ratingChange() throws -> Int?? {
        guard let rating else { return nil }
        let text = rating.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "none" || text == "0" { return .some(nil) }
        guard let value = Int(text), (1...5).contains(value) else {
            throw CommandFailure.usage(L10n.text("--rating %@ is not 1–5 or none", Shown.quoted(rating)))
        }
        return .some(value)
    }

    var isEmpty: Bool {
        summary == nil && channel == nil && direction == nil && intent == nil && rating == nil && date == nil
            && notes == nil && followUpOn == nil && followUp == nil && project == nil
    }

    func run() throws {
        let id = try exchangeId.value()
        let rating = try ratingChange()
        guard !isEmpty else { throw CommandFailure.usage(L10n.text("nothing to change: give at least one option (see rapport exchange edit --help)")) }
        let removesFollowUp = followUpOn?.trimmingCharacters(in: .whitespaces).lowercased() == "none"
        if removesFollowUp && followUp != nil {
            throw CommandFailure.usage(L10n.text("--follow-up-on none removes the follow-up; --follow-up cannot go with it"))
        }
        let context = try database.open()
        let existing = try context.exchange(id)
        var draft = ExchangeDraft(existing)
        if let summary { draft.summary = summary }
        if let channel { draft.channel = channel }
        if let direction { draft.direction = direction }
        if let intent { draft.intent = intent }
        if let rating { draft.rating = rating }
        if let date { draft.day = try context.day(date, option: "--date", toward: .past) }
        if let notes { draft.notes = notes }
        if let project {
            let name = project.trimmingCharacters(in: .whitespaces)
            draft.project = name.isEmpty || name.lowercased() == "none" ? nil : name
        }
        if removesFollowUp {
            draft.followUp = nil
        } else if let followUpOn {
            let due = try context.day(followUpOn, option: "--follow-up-on", toward: .future)
            guard let text = followUp ?? existing.followUp?.text else {
                throw CommandFailure.usage(L10n.text("exchange #%d has no follow-up: give --follow-up TEXT with --follow-up-on", id))
            }
            draft.followUp = FollowUp(due: due, text: text, done: existing.followUp?.done)
        } else if let followUp {
            guard var promise = existing.followUp else {
                throw CommandFailure.usage(L10n.text("exchange #%d has no follow-up: give --follow-up-on DATE with --follow-up", id))
            }
            promise.text = followUp
            draft.followUp = promise
        }
        let edit = try context.store.updateExchange(id: id, draft, today: context.today, allowFuture: allowFuture,
                                                       expecting: existing)
        if output.json {
            try JSONOutput.print(LogJSON(exchange: ExchangeJSON(edit.after), contact: try context.contactRow(edit.after.contactId), warnings: []))
        } else {
            let after = edit.after
            let how = "\(Shown.day(after.day)), \(Shown.channel(after.channel)) \(after.direction.arrow)"
            print(L10n.text("Updated exchange #%1$d with %2$@ (%3$@)", after.id, CLIText.clean(edit.contact.name), how))
        }
    }
}

struct DeleteExchange: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: L10n.text("Delete an exchange (asks for --yes)."),
        discussion: L10n.text("Without --yes, nothing is deleted: it says what would be, and exits 64."))

    @OptionGroup var exchangeId: ExchangeIdArgument
    @Flag(help: ArgumentHelp(L10n.text("Really delete.")))
    var yes = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let id = try exchangeId.value()
        let context = try database.open()
        let exchange = try context.exchange(id)
        let name = try context.store.contact(id: exchange.contactId)?.name ?? "?"
        let what = L10n.text("exchange #%1$d with %2$@ (%3$@: %4$@)", id, CLIText.clean(name), Shown.day(exchange.day),
                             CLIText.clean(exchange.summary))
        guard yes else {
            throw CommandFailure.usage(L10n.text("this would delete %@; run again with --yes to delete it", what))
        }
        let deleted = try context.store.deleteExchange(exchange)
        if output.json {
            try JSONOutput.print(DeletedExchangeJSON(deleted: ExchangeJSON(deleted), contact: try context.contactRow(deleted.contactId)))
        } else {
            print(L10n.text("Deleted %@", what))
        }
    }
}

/// The human form of `exchange show`.
enum ExchangeText {
    static func render(_ exchange: Exchange, contactName: String) -> String {
        let c = CLIText.clean
        var lines = [L10n.text("Exchange #%1$d with %2$@ (#%3$d)", exchange.id, c(contactName), exchange.contactId)]
        func field(_ label: String, _ value: String) {
            let padding = String(repeating: " ", count: max(1, 11 - CLIText.width(label)))
            lines.append("  " + label + padding + value)
        }
        let none = L10n.text("none", context: "cli field")
        field(L10n.text("Date", context: "cli exchange field"), Shown.detailDay(exchange.day))
        field(L10n.text("Channel", context: "cli exchange field"), Shown.channel(exchange.channel))
        field(L10n.text("Direction", context: "cli exchange field"), exchange.direction == .inbound ? L10n.text("in ← (they reached out)") : L10n.text("out → (I reached out)"))
        field(L10n.text("Intent", context: "cli exchange field"), Shown.intent(exchange.intent))
        field(L10n.text("Rating", context: "cli exchange field"), exchange.rating.map { "\($0)/5" } ?? none)
        field(L10n.text("Summary", context: "cli exchange field"), c(exchange.summary))
        if let project = exchange.project { field(L10n.text("Project", context: "cli exchange field"), c(project)) }
        if let followUp = exchange.followUp {
            field(L10n.text("Follow-up", context: "cli exchange field"), followUp.done.map {
                L10n.text("%1$@: %2$@ (done %3$@)", Shown.detailDay(followUp.due), c(followUp.text), Shown.detailDay($0))
            } ?? L10n.text("%1$@: %2$@ (open)", Shown.detailDay(followUp.due), c(followUp.text)))
        } else {
            field(L10n.text("Follow-up", context: "cli exchange field"), none)
        }
        if exchange.notes.isEmpty {
            field(L10n.text("Notes", context: "cli exchange field"), none)
        } else {
            lines.append(L10n.text("Notes", context: "cli heading"))
            for line in exchange.notes.split(separator: "\n", omittingEmptySubsequences: false) { lines.append("  " + c(String(line))) }
        }
        return lines.joined(separator: "\n")
    }
}

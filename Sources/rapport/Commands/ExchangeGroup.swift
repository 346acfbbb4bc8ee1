import ArgumentParser
import Foundation
import RapportCore
import RapportStore
import RapportTransfer

/// `rapport exchange show|edit|delete ID`: one logged exchange, read,
/// corrected or removed.
struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: "Show, correct or delete a logged exchange.",
        discussion: "ID is the exchange's number, as printed by log and show (#345 or 345).",
        subcommands: [ShowExchange.self, EditExchange.self, DeleteExchange.self])
}

/// The exchange id argument: `345` or `#345`.
struct ExchangeIdArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The exchange's id, as printed by log and show.", valueName: "id"))
    var id: String

    func value() throws -> Int64 {
        let text = id.trimmingCharacters(in: .whitespaces)
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let value = Int64(digits), value > 0 else {
            throw CommandFailure.usage("'\(CLIText.clean(id))' is not an exchange id (a number, as printed by log and show)")
        }
        return value
    }
}

extension CommandContext {
    /// The exchange with this id, or the one-line "no exchange" failure.
    func exchange(_ id: Int64) throws -> Exchange {
        guard let exchange = try store.exchange(id: id) else { throw StoreError.notFound("no exchange with id \(id)") }
        return exchange
    }

    /// The list row of an exchange's contact, for JSON.
    func contactRow(_ contactId: Int64) throws -> ContactRowJSON {
        guard let row = try store.contactRows(ids: [contactId], today: today).first else {
            throw StoreError.notFound("no contact with id \(contactId)")
        }
        return ContactRowJSON(row)
    }
}

struct ShowExchange: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show every field of an exchange: the notes and the follow-up too.")

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
        commandName: "edit", abstract: "Correct an exchange: only the fields given change.",
        discussion: """
            The contact's last exchange, warmth, review position and search index are recomputed in the same \
            transaction. --rating none, --follow-up-on none and --project none clear them. A follow-up keeps its done state.
            """)

    @OptionGroup var exchangeId: ExchangeIdArgument
    @Option(help: "What was said, in one line.")
    var summary: String?
    @Option(help: "twitter, twitter-dm, mastodon, bluesky, email, phone, meeting, event or other.", completion: Channel.completions, transform: Channel.argument)
    var channel: Channel?
    @Option(help: "out (I reached out) or in (they did).", completion: Direction.completions, transform: Direction.argument)
    var direction: Direction?
    @Option(help: "gave, asked or chat.", completion: Intent.completions, transform: Intent.argument)
    var intent: Intent?
    @Option(help: ArgumentHelp("How it went, 1–5, or none.", valueName: "n|none"), completion: Completion.ratingOrNone)
    var rating: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("YYYY-MM-DD, today, yesterday or -Nd.", valueName: "date"))
    var date: String?
    @Option(help: "Longer notes (replace the notes; \"\" clears them).")
    var notes: String?
    @Option(name: .customLong("follow-up-on"), parsing: .unconditional,
            help: ArgumentHelp("When the promised follow-up is due, or none to remove the follow-up.", valueName: "date|none"))
    var followUpOn: String?
    @Option(name: .customLong("follow-up"), help: ArgumentHelp("What was promised.", valueName: "text"))
    var followUp: String?
    @Flag(name: .customLong("allow-future"), help: "Accept a date after today.")
    var allowFuture = false
    @Option(help: ArgumentHelp("The project it was for (a new name creates it), or none.", valueName: "name|none"))
    var project: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    /// The rating given: nil when not given, `.some(nil)` for none.
    func ratingChange() throws -> Int?? {
        guard let rating else { return nil }
        let text = rating.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "none" || text == "0" { return .some(nil) }
        guard let value = Int(text), (1...5).contains(value) else {
            throw CommandFailure.usage("--rating '\(CLIText.clean(rating))' is not 1–5 or none")
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
        guard !isEmpty else { throw CommandFailure.usage("nothing to change: give at least one option (see rapport exchange edit --help)") }
        let removesFollowUp = followUpOn?.trimmingCharacters(in: .whitespaces).lowercased() == "none"
        if removesFollowUp && followUp != nil {
            throw CommandFailure.usage("--follow-up-on none removes the follow-up; --follow-up cannot go with it")
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
                throw CommandFailure.usage("exchange #\(id) has no follow-up: give --follow-up TEXT with --follow-up-on")
            }
            draft.followUp = FollowUp(due: due, text: text, done: existing.followUp?.done)
        } else if let followUp {
            guard var promise = existing.followUp else {
                throw CommandFailure.usage("exchange #\(id) has no follow-up: give --follow-up-on DATE with --follow-up")
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
            print("Updated exchange #\(after.id) with \(CLIText.clean(edit.contact.name)) (\(after.day.iso), \(after.channel.rawValue) \(after.direction.arrow))")
        }
    }
}

struct DeleteExchange: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete an exchange (asks for --yes).",
        discussion: "Without --yes, nothing is deleted: it says what would be, and exits 64.")

    @OptionGroup var exchangeId: ExchangeIdArgument
    @Flag(help: "Really delete.")
    var yes = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let id = try exchangeId.value()
        let context = try database.open()
        let exchange = try context.exchange(id)
        let name = try context.store.contact(id: exchange.contactId)?.name ?? "?"
        let what = "exchange #\(id) with \(CLIText.clean(name)) (\(exchange.day.iso): \(CLIText.clean(exchange.summary)))"
        guard yes else {
            throw CommandFailure.usage("this would delete \(what); run again with --yes to delete it")
        }
        let deleted = try context.store.deleteExchange(exchange)
        if output.json {
            try JSONOutput.print(DeletedExchangeJSON(deleted: ExchangeJSON(deleted), contact: try context.contactRow(deleted.contactId)))
        } else {
            print("Deleted \(what)")
        }
    }
}

/// The human form of `exchange show`.
enum ExchangeText {
    static func render(_ exchange: Exchange, contactName: String) -> String {
        let c = CLIText.clean
        var lines = ["Exchange #\(exchange.id) with \(c(contactName)) (#\(exchange.contactId))"]
        func field(_ label: String, _ value: String) {
            lines.append("  " + label.padding(toLength: 11, withPad: " ", startingAt: 0) + value)
        }
        field("Date", exchange.day.iso)
        field("Channel", exchange.channel.rawValue)
        field("Direction", exchange.direction == .inbound ? "in ← (they reached out)" : "out → (I reached out)")
        field("Intent", exchange.intent.rawValue)
        field("Rating", exchange.rating.map { "\($0)/5" } ?? "none")
        field("Summary", c(exchange.summary))
        if let project = exchange.project { field("Project", c(project)) }
        if let followUp = exchange.followUp {
            let state = followUp.done.map { "done \($0.iso)" } ?? "open"
            field("Follow-up", "\(followUp.due.iso): \(c(followUp.text)) (\(state))")
        } else {
            field("Follow-up", "none")
        }
        if exchange.notes.isEmpty {
            field("Notes", "none")
        } else {
            lines.append("Notes")
            for line in exchange.notes.split(separator: "\n", omittingEmptySubsequences: false) { lines.append("  " + c(String(line))) }
        }
        return lines.joined(separator: "\n")
    }
}

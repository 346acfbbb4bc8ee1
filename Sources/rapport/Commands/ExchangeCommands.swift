import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportStore
import RapportTransfer

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: L10n.text("Log an exchange with a contact."),
        discussion: L10n.text("""
            The channel defaults to the channel of the last exchange with this contact, else email. \
            Asking again within 14 days of an ask with nothing given since, or writing to a do-not-contact \
            person, saves anyway and prints a warning.
            """))

    @Argument(help: ArgumentHelp(L10n.text("The contact: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String
    @Option(help: ArgumentHelp(L10n.text("What was said, in one line.")))
    var summary: String
    @Option(help: ArgumentHelp(L10n.text("twitter, twitter-dm, mastodon, bluesky, email, phone, meeting, event or other.")), completion: Channel.completions, transform: Channel.argument)
    var channel: Channel?
    @Option(help: ArgumentHelp(L10n.text("out (I reached out) or in (they did).")), completion: Direction.completions, transform: Direction.argument)
    var direction: Direction = .outbound
    @Option(help: ArgumentHelp(L10n.text("How it went, 1–5.")), completion: Completion.rating)
    var rating: Int?
    @Option(help: ArgumentHelp(L10n.text("gave, asked or chat.")), completion: Intent.completions, transform: Intent.argument)
    var intent: Intent = .chat
    @Option(parsing: .unconditional, help: ArgumentHelp(L10n.text("YYYY-MM-DD, today, yesterday or -Nd."), valueName: "date"))
    var date: String = "today"
    @Option(help: ArgumentHelp(L10n.text("Longer notes.")))
    var notes: String?
    @Flag(name: .customLong("private"), help: ArgumentHelp(L10n.text("Only you can read the notes (team database; a personal file is yours alone anyway).")))
    var notesPrivate = false
    @Option(name: .customLong("follow-up-on"), parsing: .unconditional,
            help: ArgumentHelp(L10n.text("When the promised follow-up is due."), valueName: "date"))
    var followUpOn: String?
    @Option(name: .customLong("follow-up"), help: ArgumentHelp(L10n.text("What was promised."), valueName: "text"))
    var followUp: String?
    @Flag(name: .customLong("allow-future"), help: ArgumentHelp(L10n.text("Accept a date after today.")))
    var allowFuture = false
    @Option(help: ArgumentHelp(L10n.text("The project (client, launch) it was for; a new name creates the project."), valueName: "name"))
    var project: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let rating, !(1...5).contains(rating) {
            throw ValidationError(L10n.text("--rating %d is out of range (1–5)", rating))
        }
        if (followUpOn == nil) != (followUp == nil) {
            throw ValidationError(L10n.text("give both --follow-up-on DATE and --follow-up TEXT"))
        }
        if notesPrivate && notes == nil {
            throw ValidationError(L10n.text("--private applies to --notes: give the notes with it"))
        }
    }

    func run() throws {
        let context = try database.open()
        let day = try context.day(date, option: "--date", toward: .past)
        var promise: FollowUp?
        if let followUpOn, let followUp {
            promise = FollowUp(due: try context.day(followUpOn, option: "--follow-up-on", toward: .future), text: followUp)
        }
        let target = try context.store.resolve(contact)
        let lastChannel = try context.store.exchanges(contactId: target.id, limit: 1).first?.channel
        let draft = ExchangeDraft(
            day: day, channel: channel ?? lastChannel ?? .email, direction: direction, summary: summary,
            notes: notes ?? "", rating: rating, intent: intent, followUp: promise,
            notesPrivate: notesPrivate, project: project)
        let result = try context.store.logExchange(contactId: target.id, draft, today: context.today, allowFuture: allowFuture)
        for warning in result.warnings { Terminal.printWarning(warning) }
        if output.json {
            guard let row = try context.store.contactRows(ids: [target.id], today: context.today).first else { return }
            try JSONOutput.print(LogJSON(exchange: ExchangeJSON(result.exchange), contact: ContactRowJSON(row), warnings: result.warnings))
        } else {
            let exchange = result.exchange
            let name = CLIText.clean(result.contact.name)
            let how = "\(Shown.day(exchange.day)), \(Shown.channel(exchange.channel)) \(exchange.direction.arrow)"
            if let project = exchange.project {
                print(L10n.text("Logged exchange #%1$d with %2$@ (%3$@) for %4$@", exchange.id, name, how, CLIText.clean(project)))
            } else {
                print(L10n.text("Logged exchange #%1$d with %2$@ (%3$@)", exchange.id, name, how))
            }
        }
    }
}

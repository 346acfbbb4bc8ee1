import ArgumentParser
import Foundation
import RapportCore
import RapportStore
import RapportTransfer

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Log an exchange with a contact.",
        discussion: """
            The channel defaults to the channel of the last exchange with this contact, else email. \
            Asking again within 14 days of an ask with nothing given since, or writing to a do-not-contact \
            person, saves anyway and prints a warning.
            """)

    @Argument(help: "The contact: an id, a handle, or a part of the name.", completion: Completion.contacts)
    var contact: String
    @Option(help: "What was said, in one line.")
    var summary: String
    @Option(help: "twitter, twitter-dm, mastodon, bluesky, email, phone, meeting, event or other.", completion: Channel.completions, transform: Channel.argument)
    var channel: Channel?
    @Option(help: "out (I reached out) or in (they did).", completion: Direction.completions, transform: Direction.argument)
    var direction: Direction = .outbound
    @Option(help: "How it went, 1–5.", completion: Completion.rating)
    var rating: Int?
    @Option(help: "gave, asked or chat.", completion: Intent.completions, transform: Intent.argument)
    var intent: Intent = .chat
    @Option(parsing: .unconditional, help: ArgumentHelp("YYYY-MM-DD, today, yesterday or -Nd.", valueName: "date"))
    var date: String = "today"
    @Option(help: "Longer notes.")
    var notes: String?
    @Flag(name: .customLong("private"), help: "Only you can read the notes (team database; a personal file is yours alone anyway).")
    var notesPrivate = false
    @Option(name: .customLong("follow-up-on"), parsing: .unconditional,
            help: ArgumentHelp("When the promised follow-up is due.", valueName: "date"))
    var followUpOn: String?
    @Option(name: .customLong("follow-up"), help: ArgumentHelp("What was promised.", valueName: "text"))
    var followUp: String?
    @Flag(name: .customLong("allow-future"), help: "Accept a date after today.")
    var allowFuture = false
    @Option(help: ArgumentHelp("The project (client, launch) it was for; a new name creates the project.", valueName: "name"))
    var project: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let rating, !(1...5).contains(rating) {
            throw ValidationError("--rating \(rating) is out of range (1–5)")
        }
        if (followUpOn == nil) != (followUp == nil) {
            throw ValidationError("give both --follow-up-on DATE and --follow-up TEXT")
        }
        if notesPrivate && notes == nil {
            throw ValidationError("--private applies to --notes: give the notes with it")
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
            let forProject = exchange.project.map { " for \(CLIText.clean($0))" } ?? ""
            print("Logged exchange #\(exchange.id) with \(CLIText.clean(result.contact.name)) (\(exchange.day.iso), \(exchange.channel.rawValue) \(exchange.direction.arrow))\(forProject)")
        }
    }
}

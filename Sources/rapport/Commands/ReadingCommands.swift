import ArgumentParser
import Foundation
import RapportApp
import RapportCore
import RapportLocalization
import RapportSettings
import RapportStore
import RapportTransfer

/// Builds what `show`, `add` and `edit` print for one contact.
enum ContactPresenter {
    static func json(_ contact: Contact, store: any Store, today: Day, withExchanges: Bool) throws -> ContactJSON {
        let exchanges = try store.exchanges(contactId: contact.id, limit: nil)
        let coverage = try store.listCoverage(contactId: contact.id, project: nil, since: nil, limit: nil)
        let cadence = store.cadence.days(for: contact)
        let summary = RelationshipSummary(exchanges: exchanges.map(\.facts), coverage: coverage.map(\.coverage.day),
                                          reviewFrom: contact.reviewFrom, cadence: cadence, today: today)
        var json = ContactJSON(contact, summary: summary, cadence: cadence, exchanges: withExchanges ? exchanges : nil)
        if withExchanges { json.coverage = coverage.map(CoverageJSON.init) }
        return json.with(try store.career(contactId: contact.id))
    }
}

/// "12d", "today", or "—" when never.
func daysText(_ days: Int?) -> String {
    guard let days else { return "—" }
    return days == 0 ? L10n.text("today", context: "days since") : L10n.text("%'dd", context: "days, short", days)
}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: L10n.text("List contacts."))

    @Option(help: ArgumentHelp(L10n.text("Only this role.")), completion: Role.completions, transform: Role.argument)
    var role: Role?
    @Option(help: ArgumentHelp(L10n.text("Only contacts with this tag.")))
    var tag: String?
    @Option(help: ArgumentHelp(L10n.text("Only this tier (A, B or C).")), completion: Tier.completions, transform: Tier.argument)
    var tier: Tier?
    @Option(help: ArgumentHelp(L10n.text("name, surname (family name first), last (most recent exchange first), warmth or due (most overdue first); default: sort in config.toml, else surname in French, name in English.")), completion: ContactSort.completions, transform: ContactSort.argument)
    var sort: ContactSort?
    @OptionGroup var limits: LimitOptions
    @Flag(name: .customLong("include-archived"), help: ArgumentHelp(L10n.text("Include archived contacts.")))
    var includeArchived = false
    @Option(help: ArgumentHelp(L10n.text("Only contacts whose relationship lead is this member, or me (team database only)."), valueName: "login|me"))
    var owner: String?
    @Option(help: ArgumentHelp(L10n.text("Only contacts with an exchange or coverage in this project."), valueName: "name"))
    var project: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let owner, owner.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(L10n.text("--owner needs a login, or me")) }
    }

    func run() throws {
        if owner != nil { try database.requireTeam("--owner") }
        let context = try database.openForReading()
        var filter = ContactFilter(role: role, tag: tag, tier: tier, includeArchived: includeArchived)
        if let owner {
            let login = owner.trimmingCharacters(in: .whitespaces)
            filter.owner = login.lowercased() == "me" ? context.store.currentMember : login
        }
        if let project { filter.project = try ProjectFilter.resolve(project, option: "--project", store: context.store) }
        // JSON keeps one order whatever the language, so scripts never depend on the locale.
        let order = sort ?? ContactSort.preferred(context.settings, language: output.json ? .english : L10n.language)
        let rows = try context.store.listContacts(filter, sort: order, today: context.today, limit: limits.limit, offset: 0)
        if output.json {
            try JSONOutput.print(rows.map(ContactRowJSON.init))
            return
        }
        guard !rows.isEmpty else {
            print(try context.store.contactCount() == 0 && filter.owner == nil && filter.project == nil
                ? L10n.text("No contacts yet. Add one with: rapport add NAME (or try: rapport demo --db /tmp/demo.sqlite)")
                : L10n.text("No contact matches."))
            return
        }
        var table = TextTable([
            .init(title: L10n.text("ID", context: "cli column"), alignment: .right), .init(title: L10n.text("NAME", context: "cli column"), maxWidth: 30),
            .init(title: L10n.text("OUTLET", context: "cli column"), maxWidth: 28), .init(title: L10n.text("ROLE", context: "cli column")), .init(title: L10n.text("TIER", context: "cli column")),
            .init(title: L10n.text("LAST", context: "cli column"), alignment: .right), .init(title: L10n.text("WARMTH", context: "cli column"), alignment: .right), .init(title: ""),
        ])
        for row in rows {
            table.add([
                "\(row.id)", row.archived ? L10n.text("%@ (archived)", row.name) : row.name, row.outlet, Shown.role(row.role),
                row.tier.rawValue, daysText(row.daysSinceLast), "\(row.warmth.value)",
                row.due.isDue ? L10n.text("%@, due", Shown.warmth(row.warmth.label)) : Shown.warmth(row.warmth.label),
            ])
        }
        print(table.render())
    }
}

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: L10n.text("Show everything about a contact, with the exchange history."))

    @Argument(help: ArgumentHelp(L10n.text("The contact: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let context = try database.openForReading()
        let target = try context.store.resolve(contact)
        let json = try ContactPresenter.json(target, store: context.store, today: context.today, withExchanges: true)
        if output.json {
            try JSONOutput.print(json)
        } else {
            print(ShowText.render(target, json))
        }
    }
}

/// The human form of `show`.
enum ShowText {
    static func render(_ contact: Contact, _ json: ContactJSON) -> String {
        var lines: [String] = []
        let c = CLIText.clean
        var head = "#\(contact.id) \(c(contact.name))"
        if contact.archived { head += "  " + L10n.text("[archived]") }
        if contact.doNotContact { head += "  " + L10n.text("[do not contact]") }
        lines.append(head)
        let work = [contact.title, contact.outlet].filter { !$0.isEmpty }.map(c).joined(separator: ", ")
        lines.append("  \(Shown.roleLabel(contact.role))\(work.isEmpty ? "" : " — \(work)")")
        lines += CareerLines.show(contact, json)
        let cadence = L10n.plural("%'d day", "%'d days", json.cadence)
        lines.append("  " + (contact.cadenceOverride == nil
            ? L10n.text("Stage %1$@, tier %2$@, cadence %3$@", Shown.stage(contact.stage), contact.tier.rawValue, cadence)
            : L10n.text("Stage %1$@, tier %2$@, cadence %3$@ (own)", Shown.stage(contact.stage), contact.tier.rawValue, cadence)))
        if let until = contact.snoozedUntil { lines.append("  " + L10n.text("Snoozed until %@", Shown.detailDay(until))) }
        lines.append("  " + L10n.text("Warmth %1$d (%2$@): %3$@", json.warmth.value, Shown.warmth(raw: json.warmth.label),
                                      json.warmth.shownExplanation ?? ""))
        let reciprocity = Reciprocity(gave: json.reciprocity.gave, asked: json.reciprocity.asked, theyGave: json.reciprocity.theyGave)
        lines.append("  " + L10n.text("Reciprocity: %@", reciprocity.summary))
        if json.due.isDue {
            lines.append("  " + (json.due.neverContacted
                ? L10n.text("Due: never contacted")
                : L10n.plural("Due: %'d day since last, cadence %'d", "Due: %'d days since last, cadence %'d",
                              json.due.daysSince, json.due.cadence)))
        }
        if !contact.handles.isEmpty {
            lines.append(L10n.text("Handles", context: "cli heading"))
            for handle in contact.handles {
                let value = c(handle.value) + (handle.label.isEmpty ? "" : " (\(c(handle.label)))")
                lines.append("  " + L10n.text("%1$@: %2$@", context: "cli label", Shown.handleKind(handle.kind), value))
            }
        }
        if !contact.tags.isEmpty { lines.append(L10n.text("Tags: %@", contact.tags.map(c).joined(separator: ", "))) }
        if !contact.howMet.isEmpty { lines.append(L10n.text("How we met: %@", c(contact.howMet))) }
        if !contact.notes.isEmpty {
            lines.append(L10n.text("Notes", context: "cli heading"))
            for line in contact.notes.split(separator: "\n", omittingEmptySubsequences: false) { lines.append("  " + c(String(line))) }
        }
        let exchanges = json.exchanges ?? []
        lines.append(L10n.text("Exchanges (%'d)", exchanges.count))
        for exchange in exchanges {
            var line = "  \(Shown.day(exchange.date))  \(Shown.channel(raw: exchange.channel)) \(exchange.direction == "in" ? "←" : "→")  \(c(exchange.summary))"
            if let rating = exchange.rating { line += "  ★\(rating)" }
            if exchange.intent != "chat" { line += "  [\(Shown.intent(raw: exchange.intent))]" }
            lines.append(line)
            if let followUp = exchange.followUp {
                let promise = followUp.done.map {
                    L10n.text("follow-up %1$@: %2$@ (done %3$@)", Shown.day(followUp.date), c(followUp.text), Shown.day($0))
                } ?? L10n.text("follow-up %1$@: %2$@", Shown.day(followUp.date), c(followUp.text))
                lines.append("      " + promise)
            }
        }
        lines.append(contentsOf: CoverageText.section(json.coverage ?? []))
        return lines.joined(separator: "\n")
    }
}

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: L10n.text("Search contacts and exchange summaries."),
        discussion: L10n.text("Accents and case are ignored and words match as prefixes: 'lef' finds Lefèvre."))

    @Argument(help: ArgumentHelp(L10n.text("Words to look for.")))
    var query: String
    @Option(help: ArgumentHelp(L10n.text("At most this many hits.")))
    var limit: Int = 20
    @Option(help: ArgumentHelp(L10n.text("Only hits on contacts with an exchange or coverage in this project."), valueName: "name"))
    var project: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if limit < 1 { throw ValidationError(L10n.text("--limit must be at least 1")) }
    }

    func run() throws {
        let context = try database.openForReading()
        let hits: [SearchHit]
        if let project {
            var filter = ContactFilter(includeArchived: true)
            filter.project = try ProjectFilter.resolve(project, option: "--project", store: context.store)
            let members = Set(try context.store.contactIds(filter, sort: .name, today: context.today))
            // Searched deep enough that the cut to --limit comes after the project's filter.
            hits = Array(try context.store.search(query, limit: max(limit, 2000), includeArchived: true)
                .filter { members.contains($0.contact.id) }.prefix(limit))
        } else {
            hits = try context.store.search(query, limit: limit, includeArchived: true)
        }
        if output.json {
            try JSONOutput.print(hits.map(SearchHitJSON.init))
            return
        }
        guard !hits.isEmpty else {
            print(L10n.text("Nothing matches %@.", Shown.quoted(query)))
            return
        }
        var table = TextTable([
            .init(title: L10n.text("ID", context: "cli column"), alignment: .right), .init(title: L10n.text("NAME", context: "cli column"), maxWidth: 30), .init(title: L10n.text("MATCHED", context: "cli column")),
            .init(title: "", maxWidth: 90),
        ])
        for hit in hits {
            let field = hit.field == .exchange ? L10n.text("exchange %@", hit.day.map(Shown.day) ?? "") : Shown.searchField(hit.field)
            table.add(["\(hit.contact.id)", hit.contact.name, field, hit.snippet])
        }
        print(table.render(header: false))
    }
}

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: L10n.text("Who is due for a conversation, and why."),
        discussion: L10n.text("""
            Follow-ups whose date has come first, then contacts past their cadence, weighted by tier. Archived, \
            snoozed and do-not-contact people are left out. On a team database, only the contacts you lead, \
            unless --team.
            """))

    @OptionGroup var limits: LimitOptions
    @Flag(help: ArgumentHelp(L10n.text("Everyone's contacts, not only those you lead (team database only).")))
    var team = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        if team { try database.requireTeam("--team") }
        let context = try database.openForReading()
        let owner = team ? nil : context.store.currentMember
        let entries = try context.store.review(today: context.today, owner: owner, limit: limits.limit, offset: 0)
        if output.json {
            try JSONOutput.print(entries.enumerated().map { ReviewJSON(rank: $0.offset + 1, $0.element) })
            return
        }
        guard !entries.isEmpty else {
            print(L10n.text("Nobody is due. Well done."))
            return
        }
        var table = TextTable([
            .init(title: "#", alignment: .right), .init(title: L10n.text("ID", context: "cli column"), alignment: .right),
            .init(title: L10n.text("NAME", context: "cli column"), maxWidth: 30), .init(title: L10n.text("OUTLET", context: "cli column"), maxWidth: 24),
            .init(title: L10n.text("TIER", context: "cli column")), .init(title: L10n.text("WHY", context: "cli column"), maxWidth: 80),
        ])
        for (index, entry) in entries.enumerated() {
            table.add([
                "\(index + 1)", "\(entry.row.id)", entry.row.name, entry.row.outlet, entry.row.tier.rawValue,
                entry.item.reasonText,
            ])
        }
        print(table.render())
    }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: L10n.text("Fill an empty database with fictional demo data."),
        discussion: L10n.text("About 80 people and 600 exchanges over 18 months by default. Large numbers make a benchmark dataset. Refuses a database that already holds contacts."))

    @Option(help: ArgumentHelp(L10n.text("How many contacts.")))
    var contacts: Int = DemoOptions.standard.contacts
    @Option(help: ArgumentHelp(L10n.text("How many exchanges in all.")))
    var exchanges: Int = DemoOptions.standard.exchanges
    @Option(help: ArgumentHelp(L10n.text("Random seed: the same seed gives the same data.")))
    var seed: UInt64 = DemoOptions.standard.seed
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if contacts < 1 || contacts > 10_000_000 { throw ValidationError(L10n.text("--contacts must be between 1 and 10,000,000")) }
        if exchanges < 0 || exchanges > 100_000_000 { throw ValidationError(L10n.text("--exchanges must be between 0 and 100,000,000")) }
    }

    func run() throws {
        let context = try database.open(creating: true)
        let started = Date()
        let report = try context.store.loadDemo(DemoOptions(contacts: contacts, exchanges: exchanges, seed: seed), today: context.today)
        let seconds = Date().timeIntervalSince(started)
        let duration = String(format: "%.1f", seconds)
        print(L10n.text("Loaded demo data: %1$'d contacts and %2$'d exchanges into %3$@ in %4$@ s", report.contacts, report.exchanges,
                        CLIText.clean(database.display), L10n.language == .french ? duration.replacingOccurrences(of: ".", with: ",") : duration))
    }
}


import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportStore
import RapportTransfer

/// The contact fields `add` and `edit` share.
struct ContactFieldOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L10n.text("journalist, blogger, expert, influencer, partner, provider or other.")), completion: Role.completions, transform: Role.argument)
    var role: Role?
    @Option(help: ArgumentHelp(L10n.text("Outlet or organisation.")))
    var outlet: String?
    @Option(help: ArgumentHelp(L10n.text("Job title.")))
    var title: String?
    @Option(help: ArgumentHelp(L10n.text("A (key), B (regular) or C (occasional).")), completion: Tier.completions, transform: Tier.argument)
    var tier: Tier?
    @Option(help: ArgumentHelp(L10n.text("Days between conversations, overriding the tier default ('default' clears it)."), valueName: "days"))
    var cadence: String?
    @Option(help: ArgumentHelp(L10n.text("new, acquainted, engaged, trusted or ally.")), completion: Stage.completions, transform: Stage.argument)
    var stage: Stage?
    @Option(help: ArgumentHelp(L10n.text("A tag (beat, topic); repeat for several.")))
    var tag: [String] = []
    @Option(help: ArgumentHelp(L10n.text("An email address; repeat for several.")))
    var email: [String] = []
    @Option(help: ArgumentHelp(L10n.text("A phone number; repeat for several.")))
    var phone: [String] = []
    @Option(help: ArgumentHelp(L10n.text("A Twitter/X handle (@name).")))
    var twitter: [String] = []
    @Option(help: ArgumentHelp(L10n.text("A Mastodon address (@name@server).")))
    var mastodon: [String] = []
    @Option(help: ArgumentHelp(L10n.text("A Bluesky handle (name.bsky.social).")))
    var bluesky: [String] = []
    @Option(help: ArgumentHelp(L10n.text("A LinkedIn profile URL.")))
    var linkedin: [String] = []
    @Option(help: ArgumentHelp(L10n.text("A website URL.")))
    var website: [String] = []
    @Option(name: .customLong("how-met"), help: ArgumentHelp(L10n.text("How we met.")))
    var howMet: String?
    @Option(help: ArgumentHelp(L10n.text("Notes about the person (replaces the notes on edit).")))
    var note: String?
    @Flag(name: .customLong("allow-duplicate"), help: ArgumentHelp(L10n.text("Accept a handle that already belongs to another contact.")))
    var allowDuplicate = false
    @Option(name: .customLong("introduced-by"), help: ArgumentHelp(L10n.text("The contact who introduced this one: an id, a handle, or a part of the name.")),
            completion: Completion.contacts)
    var introducedBy: String?

    /// The handles given, parsed; the first bad one throws a one-line message.
    func handles() throws -> [Handle] {
        let given: [(HandleKind, [String])] = [
            (.email, email), (.phone, phone), (.twitter, twitter), (.mastodon, mastodon),
            (.bluesky, bluesky), (.linkedin, linkedin), (.website, website),
        ]
        var result: [Handle] = []
        for (kind, values) in given {
            for value in values {
                do { result.append(try Handle.parse(kind: kind, value)) } catch { throw CommandFailure.usage("--\(kind.rawValue): \(error.message)") }
            }
        }
        return result
    }

    /// The cadence override: nil when not given, `.some(nil)` to clear.
    func cadenceOverride() throws -> Int?? {
        guard let cadence else { return nil }
        let text = cadence.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "default" || text == "tier" || text == "none" { return .some(nil) }
        guard let days = Int(text), Cadence.allowed.contains(days) else {
            throw CommandFailure.usage(L10n.text("--cadence: %1$@ is not a number of days between %2$d and %3$d (or 'default')",
                                                  Shown.quoted(cadence), Cadence.allowed.lowerBound, Cadence.allowed.upperBound))
        }
        return .some(days)
    }
}

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: L10n.text("Add a contact."))

    @Argument(help: ArgumentHelp(L10n.text("The person's name.")))
    var name: String
    @OptionGroup var fields: ContactFieldOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let handles = try fields.handles()
        let cadence = try fields.cadenceOverride()
        let context = try database.open(creating: true)
        let introducer = try Introducer.resolve(fields.introducedBy, in: context.store)
        let draft = ContactDraft(
            name: name, role: fields.role ?? .journalist, outlet: fields.outlet ?? "", title: fields.title ?? "",
            tier: fields.tier ?? .b, cadenceOverride: cadence ?? nil, stage: fields.stage ?? .new,
            howMet: fields.howMet ?? "", notes: fields.note ?? "", handles: handles, tags: fields.tag)
        let contact = try context.store.addContact(draft, today: context.today, reviewFrom: nil,
                                                   allowSharedHandles: fields.allowDuplicate, introducerId: introducer?.id)
        if output.json {
            try JSONOutput.print(ContactPresenter.json(contact, store: context.store, today: context.today, withExchanges: false))
        } else {
            let name = CLIText.clean(contact.name) + (contact.outlet.isEmpty ? "" : " (\(CLIText.clean(contact.outlet)))")
            print(L10n.text("Added #%1$d %2$@", contact.id, name))
        }
    }
}

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: L10n.text("Change a contact's fields, handles or tags."))

    @Argument(help: ArgumentHelp(L10n.text("The contact: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String
    @Option(help: ArgumentHelp(L10n.text("A new name.")))
    var name: String?
    @OptionGroup var fields: ContactFieldOptions
    @Option(name: .customLong("remove-tag"), help: ArgumentHelp(L10n.text("A tag to remove; repeat for several.")))
    var removeTag: [String] = []
    @Option(name: .customLong("remove-handle"), help: ArgumentHelp(L10n.text("A handle to remove (its value); repeat for several.")))
    var removeHandle: [String] = []
    @Option(name: .customLong("do-not-contact"), help: ArgumentHelp(L10n.text("true or false."), valueName: "true|false"),
            completion: Completion.boolean)
    var doNotContact: Bool?
    @Flag(name: .customLong("private"), help: ArgumentHelp(L10n.text("With --note: only you can read these notes (team database; a personal file is yours alone anyway).")))
    var makePrivate = false
    @Flag(name: .customLong("shared"), help: ArgumentHelp(L10n.text("With or without --note: the notes are readable by the whole team again.")))
    var makeShared = false
    @Option(help: ArgumentHelp(L10n.text("The contact's relationship lead: a member's login (team database only)."), valueName: "login"))
    var owner: String?
    @Flag(name: .customLong("no-introducer"), help: ArgumentHelp(L10n.text("Clear who introduced this contact.")))
    var noIntroducer = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if noIntroducer && fields.introducedBy != nil { throw ValidationError(L10n.text("--introduced-by and --no-introducer cannot go together")) }
        if makePrivate && makeShared { throw ValidationError(L10n.text("--private and --shared cannot go together")) }
        if makePrivate && fields.note == nil { throw ValidationError(L10n.text("--private applies to --note: give the notes with it")) }
        if let owner, owner.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError(L10n.text("--owner needs a login")) }
    }

    func run() throws {
        var change = ContactChange()
        change.name = name
        change.role = fields.role
        change.outlet = fields.outlet
        change.title = fields.title
        change.tier = fields.tier
        change.cadenceOverride = try fields.cadenceOverride()
        change.stage = fields.stage
        change.howMet = fields.howMet
        change.notes = fields.note
        change.doNotContact = doNotContact
        change.addTags = fields.tag
        change.removeTags = removeTag
        change.addHandles = try fields.handles()
        change.removeHandles = removeHandle
        if makePrivate { change.notesPrivate = true } else if makeShared { change.notesPrivate = false }
        change.owner = owner?.trimmingCharacters(in: .whitespaces)
        let introduction = fields.introducedBy != nil || noIntroducer
        guard !change.isEmpty || introduction else { throw CommandFailure.usage(L10n.text("nothing to change: give at least one option (see rapport edit --help)")) }
        if owner != nil { try database.requireTeam("--owner") }
        let context = try database.open()
        let target = try context.store.resolve(contact)
        if introduction {  // checked (self, two-way) in the edit's one transaction, before the other fields
            change.introducer = .some(try Introducer.resolve(fields.introducedBy, in: context.store)?.id)
        }
        let after = try context.store.updateContact(id: target.id, change, today: context.today,
                                                    allowSharedHandles: fields.allowDuplicate, expecting: nil).after
        if output.json {
            try JSONOutput.print(ContactPresenter.json(after, store: context.store, today: context.today, withExchanges: false))
        } else {
            print(L10n.text("Updated #%1$d %2$@", after.id, CLIText.clean(after.name)))
        }
    }
}

struct Snooze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: L10n.text("Leave a contact out of the review for a while."),
        discussion: L10n.text("WHEN is a number of days (30), a date (2026-12-24, +2w), or 'off' to wake the contact now."))

    @Argument(help: ArgumentHelp(L10n.text("The contact: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String
    @Argument(help: ArgumentHelp(L10n.text("Days, a date, or 'off'."), valueName: "days|date"))
    var when: String
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let context = try database.open()
        let text = when.trimmingCharacters(in: .whitespaces).lowercased()
        let until: Day?
        if text == "off" || text == "0" {
            until = nil
        } else if let days = Int(text) {
            guard days > 0, days <= 3650 else { throw CommandFailure.usage(L10n.text("snooze: %'d days is out of range (1–3650)", days)) }
            until = context.today.adding(days: days)
        } else {
            let day = try context.day(when, option: "snooze", toward: .future)
            guard day > context.today else { throw CommandFailure.usage(L10n.text("snooze: %1$@ is not in the future (today is %2$@)", Shown.day(day), Shown.day(context.today))) }
            until = day
        }
        let target = try context.store.resolve(contact)
        _ = try context.store.snooze(contactId: target.id, until: until, today: context.today)
        if let until {
            print(L10n.text("Snoozed #%1$d %2$@ until %3$@", target.id, CLIText.clean(target.name), Shown.day(until)))
        } else {
            print(L10n.text("#%1$d %2$@ is no longer snoozed", target.id, CLIText.clean(target.name)))
        }
    }
}

struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "archive", abstract: L10n.text("Archive a contact (hidden from lists and the review; nothing is deleted)."))

    @Argument(help: ArgumentHelp(L10n.text("The contact: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try setArchived(contact, true, database: database)
    }
}

/// Archives or unarchives the contact the user named, and says so.
private func setArchived(_ contact: String, _ archived: Bool, database: DatabaseOptions) throws {
    let context = try database.open()
    let target = try context.store.resolve(contact)
    _ = try context.store.setArchived(contactId: target.id, archived, today: context.today)
    print(archived ? L10n.text("Archived #%1$d %2$@", target.id, CLIText.clean(target.name))
                   : L10n.text("Unarchived #%1$d %2$@", target.id, CLIText.clean(target.name)))
}

struct Unarchive: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unarchive", abstract: L10n.text("Bring an archived contact back."))

    @Argument(help: ArgumentHelp(L10n.text("The contact: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try setArchived(contact, false, database: database)
    }
}

struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: L10n.text("Erase a person and everything about them (right to erasure)."),
        discussion: L10n.text("Deletes the contact, their handles, tag links and every exchange, and scrubs them from the search index and the file's free space. Without --yes, only says what it would erase."))

    @Argument(help: ArgumentHelp(L10n.text("The contact: an id, a handle, or a part of the name.")), completion: Completion.contacts)
    var contact: String
    @Flag(help: ArgumentHelp(L10n.text("Really erase.")))
    var yes = false
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let context = try database.open()
        let target = try context.store.resolve(contact)
        guard yes else {
            let preview = try context.store.forgetPreview(contactId: target.id)
            let links = CareerLines.forgetNote(try context.store.career(contactId: target.id))
            throw CommandFailure(message: L10n.text("this would erase %1$@%2$@ for good; run again with --yes to erase",
                                                    CLIText.clean(preview.summary), links))
        }
        let report = try context.store.forget(contactId: target.id)
        print(L10n.text("Erased %@.", CLIText.clean(report.summary)))
        if !report.logEmptied {
            Terminal.printWarning(L10n.text("another Rapport has the database open; traces may remain in the write-ahead log until it closes"))
        }
    }
}

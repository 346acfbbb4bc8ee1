import Foundation
import RapportCore
import RapportStore

/// Reading text columns as Swift values, by position.
struct PGRecord {
    let values: [String?]

    subscript(_ index: Int) -> String? { values[index] }
    func text(_ index: Int) -> String { values[index] ?? "" }
    func int(_ index: Int) -> Int? { values[index].flatMap { Int($0) } }
    func int64(_ index: Int) -> Int64 { values[index].flatMap { Int64($0) } ?? 0 }
    func bool(_ index: Int) -> Bool { values[index] == "t" || values[index] == "true" }
    func double(_ index: Int) -> Double { values[index].flatMap { Double($0) } ?? 0 }
    func day(_ index: Int) -> Day? { int(index).map(Day.init(ordinal:)) }
}

extension PGRows {
    var records: [PGRecord] { rows.map(PGRecord.init(values:)) }
    var first: PGRecord? { rows.first.map(PGRecord.init(values:)) }
}

/// Parameters, numbered as they are added (`$1`, `$2`…), sent as text.
struct PGParams {
    private(set) var values: [String?] = []

    /// Adds a value; returns its placeholder.
    mutating func add(_ value: String?) -> String {
        values.append(value)
        return "$\(values.count)"
    }

    mutating func add(_ value: Int?) -> String { add(value.map(String.init)) }
    mutating func add(_ value: Int64) -> String { add(String(value)) }
    mutating func add(_ value: Bool) -> String { add(value ? "true" : "false") }
}

/// Text forms of values for parameters and array literals.
enum PGText {
    static func bool(_ value: Bool) -> String { value ? "true" : "false" }
    static func int(_ value: Int?) -> String? { value.map(String.init) }
    static func double(_ value: Double?) -> String? {
        guard let value, value.isFinite else { return nil }
        return "\(value)"
    }

    /// An array literal of numbers (`{1,2,NULL}`), for `= ANY($1::bigint[])`.
    static func array<T: CustomStringConvertible>(_ values: [T?]) -> String {
        "{" + values.map { $0.map { "\($0)" } ?? "NULL" }.joined(separator: ",") + "}"
    }

    static func ids(_ ids: [Int64]) -> String { array(ids.map { Optional($0) }) }
}

/// The column lists and decoding of contacts, exchanges and list rows:
/// each record's result columns named once (`PGRecordColumns`), read by
/// position in the order they are selected.
enum PGColumns {
    /// A contact's columns (after its id): its fields, then the shared or
    /// own private notes and the owner.
    nonisolated(unsafe) static let contactFields = PGRecordColumns<Contact>([
        .init("c.name", \.name), .init("c.role", \.role), .init("c.outlet", \.outlet), .init("c.title", \.title),
        .init("c.tier", \.tier), .init("c.cadence_override", \.cadenceOverride), .init("c.stage", \.stage),
        .init("c.how_met", \.howMet), .init("coalesce(n.notes, '')", \.notes), .init("c.snoozed_until_day", \.snoozedUntil),
        .init("c.do_not_contact", \.doNotContact), .init("c.archived", \.archived), .init("c.created_day", \.created),
        .init("c.updated_day", \.updated), .init("c.review_from_day", \.reviewFrom),
        .init("c.last_exchange_day", \.lastExchange), .init("c.owner", \.owner),
        .init("coalesce(n.private, false)", \.notesPrivate), .init("c.family_name", \.familyName), // l10n-exempt: SQL
        .init("c.given_name", \.givenName),
    ])

    /// Read by `contact(_:handles:tags:)`: the id, the fields, then the row version.
    static let contact = "c.id, " + contactFields.list + ", c.version" // l10n-exempt: SQL
    static let contactFrom = "contact c LEFT JOIN contact_note n ON n.contact_id = c.id"
    /// The position of the row version in `contact`.
    static let contactVersion = contactFields.count + 1

    static func contact(_ row: PGRecord, handles: [Handle], tags: [String]) -> Contact {
        var contact = Contact(id: row.int64(0), draft: ContactDraft(name: "", handles: handles, tags: tags), created: Day(ordinal: 0))
        contactFields.read(row, from: 1, into: &contact)
        return contact
    }

    /// An exchange's columns (after its id): the fields, the note, its
    /// author; a follow-up is three columns, all NULL when there is none.
    nonisolated(unsafe) static let exchangeFields = PGRecordColumns<Exchange>([
        .init("e.contact_id", \.contactId), .init("e.day", \.day), .init("e.channel", \.channel),
        .init("e.direction", \.direction), .init("e.summary", \.summary), .init("coalesce(n.notes, '')", \.notes),
        .init("e.rating", \.rating), .init("e.intent", \.intent),
        .init("e.follow_up_day", set: { (exchange: inout Exchange, due: Day?) in
            exchange.followUp = due.map { FollowUp(due: $0, text: "") }
        }),
        .init("e.follow_up", set: { (exchange: inout Exchange, text: String?) in exchange.followUp?.text = text ?? "" }),
        .init("e.follow_up_done_day", set: { (exchange: inout Exchange, done: Day?) in exchange.followUp?.done = done }),
        .init("e.author", \.author), .init("coalesce(n.private, false)", \.notesPrivate), .init("pr.name", \.project), // l10n-exempt: SQL
    ])

    /// Read by `exchange(_:)`: the id, the fields, then the row version.
    static let exchange = "e.id, " + exchangeFields.list + ", e.version" // l10n-exempt: SQL
    static let exchangeFrom = "exchange e LEFT JOIN exchange_note n ON n.exchange_id = e.id LEFT JOIN project pr ON pr.id = e.project_id"
    /// The position of the row version in `exchange`.
    static let exchangeVersion = exchangeFields.count + 1

    static func exchange(_ row: PGRecord) -> Exchange {
        var exchange = Exchange(id: row.int64(0), contactId: 0, day: Day(ordinal: 0), summary: "")
        exchangeFields.read(row, from: 1, into: &exchange)
        return exchange
    }

    /// What a list row reads, before the figures of the day are derived.
    struct ListedContact {
        var id: Int64 = 0
        var name = ""
        var outlet = ""
        var title = ""
        var role = Role.other
        var tier = Tier.b
        var cadenceOverride: Int?
        var lastExchange: Day?
        var reviewFrom = Day(ordinal: 0)
        var warmthBase = 0.0
        var doNotContact = false
        var archived = false
        var snoozedUntil: Day?
    }

    nonisolated(unsafe) static let rowFields = PGRecordColumns<ListedContact>([
        .init("contact.id", \.id), .init("contact.name", \.name), .init("contact.outlet", \.outlet),
        .init("contact.title", \.title), .init("contact.role", \.role), .init("contact.tier", \.tier),
        .init("contact.cadence_override", \.cadenceOverride), .init("contact.last_exchange_day", \.lastExchange),
        .init("contact.review_from_day", \.reviewFrom), .init("contact.warmth_base", \.warmthBase),
        .init("contact.do_not_contact", \.doNotContact), .init("contact.archived", \.archived),
        .init("contact.snoozed_until_day", \.snoozedUntil),
    ])

    /// Read by `ContactRow`.
    static let row = rowFields.list

    static func row(_ row: PGRecord, cadence: Cadence, today: Day) -> ContactRow {
        var listed = ListedContact()
        rowFields.read(row, into: &listed)
        return ContactRow(id: listed.id, name: listed.name, outlet: listed.outlet, title: listed.title, role: listed.role,
                          tier: listed.tier, cadenceOverride: listed.cadenceOverride, lastExchange: listed.lastExchange,
                          reviewFrom: listed.reviewFrom, warmthBase: listed.warmthBase, doNotContact: listed.doNotContact,
                          archived: listed.archived, snoozedUntil: listed.snoozedUntil, cadence: cadence, today: today)
    }
}

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

/// The column lists and decoding of contacts and exchanges.
enum PGColumns {
    /// Read by `contact(_:handles:tags:)`.
    static let contact = /* l10n-exempt: SQL */ """
        c.id, c.name, c.role, c.outlet, c.title, c.tier, c.cadence_override, c.stage, c.how_met, coalesce(n.notes, ''),
        c.snoozed_until_day, c.do_not_contact, c.archived, c.created_day, c.updated_day, c.review_from_day,
        c.last_exchange_day, c.owner, coalesce(n.private, false), c.version, c.family_name, c.given_name
        """
    static let contactFrom = "contact c LEFT JOIN contact_note n ON n.contact_id = c.id"

    static func contact(_ row: PGRecord, handles: [Handle], tags: [String]) -> Contact {
        var contact = Contact(
            id: row.int64(0), name: row.text(1), role: Role(rawValue: row.text(2)) ?? .other, outlet: row.text(3),
            title: row.text(4), tier: Tier(rawValue: row.text(5)) ?? .b, cadenceOverride: row.int(6),
            stage: Stage(rawValue: row.text(7)) ?? .new, howMet: row.text(8), notes: row.text(9),
            snoozedUntil: row.day(10), doNotContact: row.bool(11), archived: row.bool(12),
            created: row.day(13) ?? Day(ordinal: 0), updated: row.day(14), reviewFrom: row.day(15),
            lastExchange: row.day(16), handles: handles, tags: tags, owner: row[17], notesPrivate: row.bool(18))
        contact.familyName = row[20]
        contact.givenName = row[21]
        return contact
    }

    /// Read by `exchange(_:)`.
    static let exchange = /* l10n-exempt: SQL */ """
        e.id, e.contact_id, e.day, e.channel, e.direction, e.summary, coalesce(n.notes, ''), e.rating, e.intent,
        e.follow_up_day, e.follow_up, e.follow_up_done_day, e.author, coalesce(n.private, false), e.version, pr.name
        """
    static let exchangeFrom = "exchange e LEFT JOIN exchange_note n ON n.exchange_id = e.id LEFT JOIN project pr ON pr.id = e.project_id"

    static func exchange(_ row: PGRecord) -> Exchange {
        Exchange(
            id: row.int64(0), contactId: row.int64(1), day: row.day(2) ?? Day(ordinal: 0),
            channel: Channel(rawValue: row.text(3)) ?? .other, direction: Direction(rawValue: row.text(4)) ?? .outbound,
            summary: row.text(5), notes: row.text(6), rating: row.int(7), intent: Intent(rawValue: row.text(8)) ?? .chat,
            followUp: row.day(9).map { FollowUp(due: $0, text: row.text(10), done: row.day(11)) },
            author: row[12], notesPrivate: row.bool(13), project: row[15])
    }

    /// Read by `ContactRow`.
    static let row = /* l10n-exempt: SQL */ """
        contact.id, contact.name, contact.outlet, contact.title, contact.role, contact.tier, contact.cadence_override,
        contact.last_exchange_day, contact.review_from_day, contact.warmth_base, contact.do_not_contact,
        contact.archived, contact.snoozed_until_day
        """

    static func row(_ row: PGRecord, cadence: Cadence, today: Day) -> ContactRow {
        ContactRow(id: row.int64(0), name: row.text(1), outlet: row.text(2), title: row.text(3),
                   role: Role(rawValue: row.text(4)) ?? .other, tier: Tier(rawValue: row.text(5)) ?? .b,
                   cadenceOverride: row.int(6), lastExchange: row.day(7), reviewFrom: row.day(8) ?? Day(ordinal: 0),
                   warmthBase: row.double(9), doNotContact: row.bool(10), archived: row.bool(11),
                   snoozedUntil: row.day(12), cadence: cadence, today: today)
    }
}

import Foundation
import RapportCore
import RapportStore

// The JSON the command line prints. Keys are camelCase, dates `YYYY-MM-DD`,
// absent values `null` (never omitted), so scripts can rely on every key.
// docs/cli.md documents each shape; change them only compatibly.

/// Encodes nil as `null` instead of leaving the key out.
@propertyWrapper
struct Nullable<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Prints a value as JSON on stdout.
    static func print<T: Encodable>(_ value: T) throws {
        let data = try encoder().encode(value)
        FileHandle.standardOutput.write(escapingInvisibleControls(data))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// JSON text with DEL, the C1 controls (U+0080–U+009F) and the bidi
    /// controls written as `\uXXXX`: JSONEncoder escapes only C0, and the
    /// others can drive a terminal or reorder what it shows. Decoders read
    /// them back unchanged. They only occur inside strings, where `\u` is valid.
    static func escapingInvisibleControls(_ data: Data) -> Data {
        guard data.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xD8 }) else { return data }
        let text = String(decoding: data, as: UTF8.self)
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isInvisibleControl(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return Data(String(result).utf8)
    }

    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

struct WarmthJSON: Encodable {
    let value: Int
    let label: String
    @Nullable var explanation: String?

    init(_ warmth: Warmth, explanation: String? = nil) {
        value = warmth.value
        label = warmth.label.rawValue
        self.explanation = explanation
    }
}

struct DueJSON: Encodable {
    let isDue: Bool
    let daysSince: Int
    let cadence: Int
    let overdueRatio: Double
    let neverContacted: Bool

    init(_ due: DueStatus) {
        isDue = due.isDue
        daysSince = due.daysSince
        cadence = due.cadence
        overdueRatio = (due.overdueRatio * 100).rounded() / 100
        neverContacted = due.neverContacted
    }
}

struct HandleJSON: Encodable {
    let kind: String
    let value: String
    let label: String

    init(_ handle: Handle) {
        kind = handle.kind.rawValue
        value = handle.value
        label = handle.label
    }
}

struct FollowUpJSON: Encodable {
    let date: Day
    let text: String
    @Nullable var done: Day?

    init(_ followUp: FollowUp) {
        date = followUp.due
        text = followUp.text
        done = followUp.done
    }
}

struct ExchangeJSON: Encodable {
    let id: Int64
    let contactId: Int64
    let date: Day
    let channel: String
    let direction: String
    let summary: String
    let notes: String
    @Nullable var rating: Int?
    let intent: String
    @Nullable var followUp: FollowUpJSON?

    init(_ exchange: Exchange) {
        id = exchange.id
        contactId = exchange.contactId
        date = exchange.day
        channel = exchange.channel.rawValue
        direction = exchange.direction.rawValue
        summary = exchange.summary
        notes = exchange.notes
        rating = exchange.rating
        intent = exchange.intent.rawValue
        followUp = exchange.followUp.map(FollowUpJSON.init)
    }
}

struct ReciprocityJSON: Encodable {
    let gave: Int
    let asked: Int
    let asksMoreThanGives: Bool

    init(_ reciprocity: Reciprocity) {
        gave = reciprocity.gave
        asked = reciprocity.asked
        asksMoreThanGives = reciprocity.asksMoreThanGives
    }
}

/// A contact with every field; `exchanges` only in `show`.
struct ContactJSON: Encodable {
    let id: Int64
    let name: String
    let role: String
    let outlet: String
    let title: String
    let tier: String
    let cadence: Int
    @Nullable var cadenceOverride: Int?
    let stage: String
    let howMet: String
    let notes: String
    let handles: [HandleJSON]
    let tags: [String]
    @Nullable var snoozedUntil: Day?
    let doNotContact: Bool
    let archived: Bool
    let created: Day
    let updated: Day
    @Nullable var lastExchange: Day?
    @Nullable var daysSinceLast: Int?
    let warmth: WarmthJSON
    let reciprocity: ReciprocityJSON
    let due: DueJSON
    @Nullable var exchanges: [ExchangeJSON]?

    init(_ contact: Contact, summary: RelationshipSummary, cadence: Int, exchanges: [Exchange]?) {
        id = contact.id
        name = contact.name
        role = contact.role.rawValue
        outlet = contact.outlet
        title = contact.title
        tier = contact.tier.rawValue
        self.cadence = cadence
        cadenceOverride = contact.cadenceOverride
        stage = contact.stage.rawValue
        howMet = contact.howMet
        notes = contact.notes
        handles = contact.handles.map(HandleJSON.init)
        tags = contact.tags
        snoozedUntil = contact.snoozedUntil
        doNotContact = contact.doNotContact
        archived = contact.archived
        created = contact.created
        updated = contact.updated
        lastExchange = summary.lastExchange
        daysSinceLast = summary.lastExchange == nil ? nil : summary.due.daysSince
        warmth = WarmthJSON(summary.warmth, explanation: summary.explanation)
        reciprocity = ReciprocityJSON(summary.reciprocity)
        due = DueJSON(summary.due)
        self.exchanges = exchanges?.map(ExchangeJSON.init)
    }
}

/// One row of `list`.
struct ContactRowJSON: Encodable {
    let id: Int64
    let name: String
    let outlet: String
    let role: String
    let tier: String
    @Nullable var lastExchange: Day?
    @Nullable var daysSinceLast: Int?
    let warmth: WarmthJSON
    let due: DueJSON
    let archived: Bool

    init(_ row: ContactRow) {
        id = row.id
        name = row.name
        outlet = row.outlet
        role = row.role.rawValue
        tier = row.tier.rawValue
        lastExchange = row.lastExchange
        daysSinceLast = row.daysSinceLast
        warmth = WarmthJSON(row.warmth)
        due = DueJSON(row.due)
        archived = row.archived
    }
}

struct ContactRefJSON: Encodable {
    let id: Int64
    let name: String
    let outlet: String

    init(_ label: ContactLabel) {
        id = label.id
        name = label.name
        outlet = label.outlet
    }
}

/// One reason in `review`.
struct ReviewReasonJSON: Encodable {
    let kind: String
    let text: String
    @Nullable var daysSince: Int?
    @Nullable var cadence: Int?
    @Nullable var exchangeId: Int64?
    @Nullable var date: Day?

    init(_ reason: ReviewReason) {
        text = reason.sentence
        switch reason {
        case let .neverContacted(days, cadence):
            kind = "neverContacted"
            daysSince = days
            self.cadence = cadence
        case let .overdue(days, cadence):
            kind = "overdue"
            daysSince = days
            self.cadence = cadence
        case let .followUpDue(exchangeId, due, _):
            kind = "followUpDue"
            self.exchangeId = exchangeId
            date = due
        }
    }
}

/// One entry of `review`.
struct ReviewJSON: Encodable {
    let rank: Int
    let contact: ContactRowJSON
    let reasons: [ReviewReasonJSON]
    let score: Double

    init(rank: Int, _ entry: ReviewEntry) {
        self.rank = rank
        contact = ContactRowJSON(entry.row)
        reasons = entry.item.reasons.map(ReviewReasonJSON.init)
        score = (entry.item.score * 1000).rounded() / 1000
    }
}

/// One hit of `search`.
struct SearchHitJSON: Encodable {
    let contact: ContactRefJSON
    let field: String
    let snippet: String
    @Nullable var exchangeId: Int64?
    @Nullable var date: Day?

    init(_ hit: SearchHit) {
        contact = ContactRefJSON(hit.contact)
        field = hit.field.rawValue
        snippet = hit.snippet
        exchangeId = hit.exchangeId
        date = hit.day
    }
}

/// What `log` prints.
struct LogJSON: Encodable {
    let exchange: ExchangeJSON
    let contact: ContactRowJSON
    let warnings: [String]
}

/// What `exchange show` prints.
struct ExchangeDetailJSON: Encodable {
    let exchange: ExchangeJSON
    let contact: ContactRowJSON
}

/// What `exchange delete --yes` prints: the exchange as it was.
struct DeletedExchangeJSON: Encodable {
    let deleted: ExchangeJSON
    let contact: ContactRowJSON
}

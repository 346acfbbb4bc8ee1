import Foundation
import RapportCore
import RapportStore
import RapportLocalization

// The JSON the command line prints. Keys are camelCase, dates `YYYY-MM-DD`,
// absent values `null` (never omitted), so scripts can rely on every key.
// docs/cli.md documents each shape; change them only compatibly. The
// records the export writes and the import reads back (contact, exchange,
// handle…) are encoded through their JSON definition (JSONRecords.swift).

/// Encodes nil as `null` instead of leaving the key out.
@propertyWrapper
public struct Nullable<Value: Encodable>: Encodable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

public enum JSONOutput {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Prints a value as JSON on stdout.
    public static func print<T: Encodable>(_ value: T) throws {
        let data = try encoder().encode(value)
        FileHandle.standardOutput.write(escapingInvisibleControls(data))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// JSON text with DEL, the C1 controls (U+0080–U+009F) and the bidi
    /// controls written as `\uXXXX`: JSONEncoder escapes only C0, and the
    /// others can drive a terminal or reorder what it shows. Decoders read
    /// them back unchanged. They only occur inside strings, where `\u` is valid.
    public static func escapingInvisibleControls(_ data: Data) -> Data {
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

    public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

public struct WarmthJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let value: Int
    public let label: String
    @Nullable public var explanation: String?
    /// The explanation in the interface's language, for text output; never in JSON.
    public var shownExplanation: String?

    public init(_ warmth: Warmth, explanation: String? = nil, shownExplanation: String? = nil) {
        value = warmth.value
        label = warmth.label.rawValue
        self.explanation = explanation
        self.shownExplanation = shownExplanation ?? explanation
    }
}

public struct DueJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let isDue: Bool
    public let daysSince: Int
    public let cadence: Int
    public let overdueRatio: Double
    public let neverContacted: Bool

    public init(_ due: DueStatus) {
        isDue = due.isDue
        daysSince = due.daysSince
        cadence = due.cadence
        overdueRatio = (due.overdueRatio * 100).rounded() / 100
        neverContacted = due.neverContacted
    }
}

public struct HandleJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let kind: String
    public let value: String
    public let label: String

    public init(_ handle: Handle) {
        kind = handle.kind.rawValue
        value = handle.value
        label = handle.label
    }
}

public struct FollowUpJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let date: Day
    public let text: String
    @Nullable public var done: Day?

    public init(_ followUp: FollowUp) {
        date = followUp.due
        text = followUp.text
        done = followUp.done
    }
}

public struct ExchangeJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let id: Int64
    /// The member who logged it (team database); null on a personal file.
    @Nullable public var author: String?
    public let contactId: Int64
    public let date: Day
    public let channel: String
    public let direction: String
    public let summary: String
    public let notes: String
    @Nullable public var rating: Int?
    public let intent: String
    @Nullable public var followUp: FollowUpJSON?
    /// The project's name; null when it belongs to none.
    @Nullable public var project: String?

    public init(_ exchange: Exchange) {
        id = exchange.id
        author = exchange.author
        contactId = exchange.contactId
        date = exchange.day
        channel = exchange.channel.rawValue
        direction = exchange.direction.rawValue
        summary = exchange.summary
        notes = exchange.notes
        rating = exchange.rating
        intent = exchange.intent.rawValue
        followUp = exchange.followUp.map(FollowUpJSON.init)
        project = exchange.project
    }
}

public struct ReciprocityJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let gave: Int
    public let asked: Int
    public let asksMoreThanGives: Bool
    /// Coverage in the same 12 months ("they gave").
    public let theyGave: Int

    public init(_ reciprocity: Reciprocity) {
        gave = reciprocity.gave
        asked = reciprocity.asked
        asksMoreThanGives = reciprocity.asksMoreThanGives
        theyGave = reciprocity.theyGave
    }
}

/// A contact with every field; `exchanges` only in `show`.
public struct ContactJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let id: Int64
    public let name: String
    public let role: String
    public let outlet: String
    public let title: String
    public let tier: String
    public let cadence: Int
    @Nullable public var cadenceOverride: Int?
    public let stage: String
    public let howMet: String
    public let notes: String
    /// The structured name (vCard `N`, CSV "Nom"/"Prénom"); the keys are
    /// left out when the contact has none.
    public var familyName: String?
    public var givenName: String?
    /// The relationship lead's login (team database); null on a personal file.
    @Nullable public var owner: String?
    public let handles: [HandleJSON]
    public let tags: [String]
    @Nullable public var snoozedUntil: Day?
    public let doNotContact: Bool
    public let archived: Bool
    public let created: Day
    public let updated: Day
    @Nullable public var lastExchange: Day?
    @Nullable public var daysSinceLast: Int?
    public let warmth: WarmthJSON
    public let reciprocity: ReciprocityJSON
    public let due: DueJSON
    @Nullable public var exchanges: [ExchangeJSON]?
    /// The contact's coverage, newest first: only in `show` (left out elsewhere).
    public var coverage: [CoverageJSON]?
    /// Career timeline (CareerJSON.swift): when the current position
    /// began (null: unknown), previous positions newest first, introductions.
    @Nullable public var positionSince: Day? = nil
    public var positions: [PositionJSON] = []
    @Nullable public var introducedBy: ContactReferenceJSON? = nil
    public var introduced: [ContactReferenceJSON] = []
    /// The export only (left out elsewhere): the day the cadence counts
    /// from when there is no exchange.
    public var reviewFrom: Day? = nil

    /// `explanation`: the summary's English explanation when the caller
    /// has it already (the export keeps those it made); no text output
    /// shows it in the interface's language then, so that is not made.
    public init(_ contact: Contact, summary: RelationshipSummary, cadence: Int, exchanges: [Exchange]?, explanation: String? = nil) {
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
        familyName = contact.familyName
        givenName = contact.givenName
        owner = contact.owner
        handles = contact.handles.map(HandleJSON.init)
        tags = contact.tags
        snoozedUntil = contact.snoozedUntil
        doNotContact = contact.doNotContact
        archived = contact.archived
        created = contact.created
        updated = contact.updated
        lastExchange = summary.lastExchange
        daysSinceLast = summary.lastExchange == nil ? nil : summary.due.daysSince
        let english = explanation ?? summary.englishExplanation
        warmth = WarmthJSON(summary.warmth, explanation: english,
                            shownExplanation: explanation == nil && L10n.language != .english ? summary.explanation : english)
        reciprocity = ReciprocityJSON(summary.reciprocity)
        due = DueJSON(summary.due)
        self.exchanges = exchanges?.map(ExchangeJSON.init)
    }
}

/// One row of `list`.
public struct ContactRowJSON: Encodable {
    public let id: Int64
    public let name: String
    public let outlet: String
    public let role: String
    public let tier: String
    @Nullable public var lastExchange: Day?
    @Nullable public var daysSinceLast: Int?
    public let warmth: WarmthJSON
    public let due: DueJSON
    public let archived: Bool

    public init(_ row: ContactRow) {
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

public struct ContactRefJSON: Encodable {
    public let id: Int64
    public let name: String
    public let outlet: String

    public init(_ label: ContactLabel) {
        id = label.id
        name = label.name
        outlet = label.outlet
    }
}

/// One reason in `review`.
public struct ReviewReasonJSON: Encodable {
    public let kind: String
    public let text: String
    @Nullable public var daysSince: Int?
    @Nullable public var cadence: Int?
    @Nullable public var exchangeId: Int64?
    @Nullable public var date: Day?

    public init(_ reason: ReviewReason) {
        text = reason.englishSentence
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
        case let .recentMove(_, days):
            kind = "recentMove"
            daysSince = days
        }
    }
}

/// One entry of `review`.
public struct ReviewJSON: Encodable {
    public let rank: Int
    public let contact: ContactRowJSON
    public let reasons: [ReviewReasonJSON]
    public let score: Double

    public init(rank: Int, _ entry: ReviewEntry) {
        self.rank = rank
        contact = ContactRowJSON(entry.row)
        reasons = entry.item.reasons.map(ReviewReasonJSON.init)
        score = (entry.item.score * 1000).rounded() / 1000
    }
}

/// One hit of `search`.
public struct SearchHitJSON: Encodable {
    public let contact: ContactRefJSON
    public let field: String
    public let snippet: String
    @Nullable public var exchangeId: Int64?
    @Nullable public var date: Day?

    public init(_ hit: SearchHit) {
        contact = ContactRefJSON(hit.contact)
        field = hit.field.rawValue
        snippet = hit.snippet
        exchangeId = hit.exchangeId
        date = hit.day
    }
}

/// What `log` prints.
public struct LogJSON: Encodable {
    public let exchange: ExchangeJSON
    public let contact: ContactRowJSON
    public let warnings: [String]

    public init(exchange: ExchangeJSON, contact: ContactRowJSON, warnings: [String]) {
        self.exchange = exchange
        self.contact = contact
        self.warnings = warnings
    }
}

/// What `exchange show` prints.
public struct ExchangeDetailJSON: Encodable {
    public let exchange: ExchangeJSON
    public let contact: ContactRowJSON

    public init(exchange: ExchangeJSON, contact: ContactRowJSON) {
        self.exchange = exchange
        self.contact = contact
    }
}

/// What `exchange delete --yes` prints: the exchange as it was.
public struct DeletedExchangeJSON: Encodable {
    public let deleted: ExchangeJSON
    public let contact: ContactRowJSON

    public init(deleted: ExchangeJSON, contact: ContactRowJSON) {
        self.deleted = deleted
        self.contact = contact
    }
}

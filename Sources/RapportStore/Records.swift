import GRDB
import RapportCore

/// A row of `contact`. Days are stored as integers (days since 1970-01-01).
struct ContactRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "contact"

    var id: Int64?
    var name: String
    var nameKey: String
    var role: String
    var outlet: String
    var title: String
    var tier: String
    var cadenceOverride: Int?
    var stage: String
    var howMet: String
    var notes: String
    var snoozedUntilDay: Int?
    var doNotContact: Bool
    var archived: Bool
    var createdDay: Int
    var updatedDay: Int
    var reviewFromDay: Int
    var lastExchangeDay: Int?
    var warmthBase: Double
    var warmthKey: Double?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let nameKey = Column(CodingKeys.nameKey)
        static let role = Column(CodingKeys.role)
        static let tier = Column(CodingKeys.tier)
        static let archived = Column(CodingKeys.archived)
        static let lastExchangeDay = Column(CodingKeys.lastExchangeDay)
    }

    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    init(draft: ContactDraft, today: Day, reviewFrom: Day) {
        id = nil
        name = draft.name
        nameKey = TextKey.fold(draft.name)
        role = draft.role.rawValue
        outlet = draft.outlet
        title = draft.title
        tier = draft.tier.rawValue
        cadenceOverride = draft.cadenceOverride
        stage = draft.stage.rawValue
        howMet = draft.howMet
        notes = draft.notes
        snoozedUntilDay = nil
        doNotContact = draft.doNotContact
        archived = false
        createdDay = today.ordinal
        updatedDay = today.ordinal
        reviewFromDay = reviewFrom.ordinal
        lastExchangeDay = nil
        warmthBase = 0
        warmthKey = nil
    }

    /// The domain value, with the given handles and tags.
    func contact(handles: [Handle], tags: [String]) -> Contact {
        Contact(
            id: id ?? 0, name: name, role: Role(rawValue: role) ?? .other, outlet: outlet, title: title,
            tier: Tier(rawValue: tier) ?? .b, cadenceOverride: cadenceOverride, stage: Stage(rawValue: stage) ?? .new,
            howMet: howMet, notes: notes, snoozedUntil: snoozedUntilDay.map(Day.init(ordinal:)),
            doNotContact: doNotContact, archived: archived, created: Day(ordinal: createdDay),
            updated: Day(ordinal: updatedDay), reviewFrom: Day(ordinal: reviewFromDay),
            lastExchange: lastExchangeDay.map(Day.init(ordinal:)), handles: handles, tags: tags)
    }

    /// Copies the editable fields of `contact` into the record.
    mutating func apply(_ contact: Contact) {
        name = contact.name
        nameKey = TextKey.fold(contact.name)
        role = contact.role.rawValue
        outlet = contact.outlet
        title = contact.title
        tier = contact.tier.rawValue
        cadenceOverride = contact.cadenceOverride
        stage = contact.stage.rawValue
        howMet = contact.howMet
        notes = contact.notes
        snoozedUntilDay = contact.snoozedUntil?.ordinal
        doNotContact = contact.doNotContact
        archived = contact.archived
        reviewFromDay = contact.reviewFrom.ordinal
    }
}

/// A row of `exchange`.
struct ExchangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "exchange"

    var id: Int64?
    var contactId: Int64
    var day: Int
    var channel: String
    var direction: String
    var summary: String
    var notes: String
    var rating: Int?
    var intent: String
    var followUpDay: Int?
    var followUp: String?
    var followUpDoneDay: Int?
    /// The project's id (issue 11); set by the write from the draft's name.
    var projectId: Int64?

    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    init(contactId: Int64, draft: ExchangeDraft) {
        id = nil
        self.contactId = contactId
        day = draft.day.ordinal
        channel = draft.channel.rawValue
        direction = draft.direction.rawValue
        summary = draft.summary
        notes = draft.notes
        rating = draft.rating
        intent = draft.intent.rawValue
        followUpDay = draft.followUp?.due.ordinal
        followUp = draft.followUp?.text
        followUpDoneDay = draft.followUp?.done?.ordinal
        projectId = nil
    }

    init(_ exchange: Exchange) {
        self.init(contactId: exchange.contactId, draft: ExchangeDraft(
            day: exchange.day, channel: exchange.channel, direction: exchange.direction, summary: exchange.summary,
            notes: exchange.notes, rating: exchange.rating, intent: exchange.intent, followUp: exchange.followUp))
        id = exchange.id
    }

    var exchange: Exchange {
        Exchange(
            id: id ?? 0, contactId: contactId, day: Day(ordinal: day), channel: Channel(rawValue: channel) ?? .other,
            direction: Direction(rawValue: direction) ?? .outbound, summary: summary, notes: notes, rating: rating,
            intent: Intent(rawValue: intent) ?? .chat,
            followUp: followUpDay.map { FollowUp(due: Day(ordinal: $0), text: followUp ?? "", done: followUpDoneDay.map(Day.init(ordinal:))) })
    }

    /// The exchange with its project's name read from `db`.
    func exchangeWithProject(_ db: Database) throws -> Exchange {
        var result = exchange
        if let projectId { result.project = try ProjectKeys.name(db, id: projectId) }
        return result
    }

    /// The exchange with its project's name taken from `projects` (id → name).
    func exchange(projects: [Int64: String]) -> Exchange {
        var result = exchange
        result.project = projectId.flatMap { projects[$0] }
        return result
    }
}

extension ExchangeFacts {
    /// Reads the columns `day, channel, direction, rating, intent`.
    init(row: Row) {
        self.init(
            day: Day(ordinal: row["day"]),
            channel: Channel(rawValue: row["channel"]) ?? .other,
            direction: Direction(rawValue: row["direction"]) ?? .outbound,
            rating: row["rating"],
            intent: Intent(rawValue: row["intent"]) ?? .chat)
    }

    static let columns = "day, channel, direction, rating, intent"
}

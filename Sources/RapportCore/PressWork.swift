/// A client or a launch that exchanges and coverage are done for (issue 11).
public struct Project: Hashable, Sendable {
    public var id: Int64
    public var name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// A piece of coverage: an article, post or broadcast that came out of a
/// relationship. It counts as "they gave" in reciprocity.
public struct Coverage: Hashable, Sendable {
    public var id: Int64
    public var contactId: Int64
    public var day: Day
    public var title: String
    public var url: String
    public var outlet: String
    /// The exchange that led to it, if any.
    public var exchangeId: Int64?
    /// The project's name, if it belongs to one.
    public var project: String?
    public var note: String
    /// Who recorded it (team mode); nil on a personal file.
    public var author: String?

    public init(id: Int64, contactId: Int64, day: Day, title: String, url: String = "", outlet: String = "",
                exchangeId: Int64? = nil, project: String? = nil, note: String = "", author: String? = nil) {
        self.id = id
        self.contactId = contactId
        self.day = day
        self.title = title
        self.url = url
        self.outlet = outlet
        self.exchangeId = exchangeId
        self.project = project
        self.note = note
        self.author = author
    }
}

/// One of a contact's previous positions: where they worked and as what,
/// from when (nil: before Rapport knew) until when.
public struct Position: Hashable, Sendable {
    public var outlet: String
    public var title: String
    public var from: Day?
    public var to: Day

    public init(outlet: String, title: String, from: Day?, to: Day) {
        self.outlet = outlet
        self.title = title
        self.from = from
        self.to = to
    }
}

/// Another contact, named: the two ends of an introduction.
public struct ContactReference: Hashable, Sendable {
    public var id: Int64
    public var name: String

    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

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
/// relationship. It counts as "they gave" in reciprocity. Its fields are
/// the draft's (one definition, `CoverageDraft`), read and written through
/// `coverage.title` etc.; the coverage adds its identity and author.
@dynamicMemberLookup
public struct Coverage: Hashable, Sendable {
    public var id: Int64
    public var contactId: Int64
    /// Who recorded it (team mode); nil on a personal file.
    public var author: String?
    /// What it says: day, title, link, outlet, exchange, project, note.
    public var draft: CoverageDraft

    public init(id: Int64, contactId: Int64, author: String? = nil, draft: CoverageDraft) {
        self.id = id
        self.contactId = contactId
        self.author = author
        self.draft = draft
    }

    /// Field by field (tests, readers of rows).
    public init(id: Int64, contactId: Int64, day: Day, title: String, url: String = "", outlet: String = "",
                exchangeId: Int64? = nil, project: String? = nil, note: String = "", author: String? = nil) {
        self.init(id: id, contactId: contactId, author: author,
                  draft: CoverageDraft(day: day, title: title, url: url, outlet: outlet, exchangeId: exchangeId,
                                       project: project, note: note))
    }

    public subscript<T>(dynamicMember keyPath: WritableKeyPath<CoverageDraft, T>) -> T {
        get { draft[keyPath: keyPath] }
        set { draft[keyPath: keyPath] = newValue }
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

import RapportCore
import RapportStore

/// A piece of coverage in `--json` output (`coverage list`, `show`).
public struct CoverageJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let id: Int64
    /// The member who recorded it (team database); null on a personal file.
    @Nullable public var author: String?
    public let contactId: Int64
    public let contactName: String
    public let date: Day
    public let title: String
    public let url: String
    public let outlet: String
    /// The exchange that led to it.
    @Nullable public var exchangeId: Int64?
    @Nullable public var project: String?
    public let note: String

    public init(_ coverage: Coverage, contactName: String) {
        id = coverage.id
        author = coverage.author
        contactId = coverage.contactId
        self.contactName = contactName
        date = coverage.day
        title = coverage.title
        url = coverage.url
        outlet = coverage.outlet
        exchangeId = coverage.exchangeId
        project = coverage.project
        note = coverage.note
    }

    public init(_ entry: CoverageEntry) {
        self.init(entry.coverage, contactName: entry.contactName)
    }
}

/// What `coverage add` and `coverage edit` print with `--json`: the
/// coverage as saved and its contact's row (warmth included).
public struct CoverageSavedJSON: Encodable {
    public let coverage: CoverageJSON
    public let contact: ContactRowJSON

    public init(coverage: CoverageJSON, contact: ContactRowJSON) {
        self.coverage = coverage
        self.contact = contact
    }
}

/// What `coverage delete --json` prints.
public struct CoverageDeletedJSON: Encodable {
    public let deleted: CoverageJSON
    public let contact: ContactRowJSON

    public init(deleted: CoverageJSON, contact: ContactRowJSON) {
        self.deleted = deleted
        self.contact = contact
    }
}

import Foundation
import RapportCore

/// Which engine holds the data.
public enum StoreEngine: Sendable, Equatable {
    /// The embedded SQLite file (nil path: in memory). One person.
    case sqlite(path: String?)
    /// A shared PostgreSQL database (team mode). `display` is the
    /// connection target with any password removed.
    case postgres(display: String)

    public var isTeam: Bool {
        if case .postgres = self { return true }
        return false
    }
}

/// Notices other programs' and colleagues' commits: SQLite's
/// `data_version`, PostgreSQL's LISTEN/NOTIFY. Polled by the app's loop.
public protocol ChangeWatching: AnyObject, Sendable {
    /// True when someone else committed since the last call. Never blocks
    /// for long; a moment when the database cannot be reached counts as no
    /// change.
    func changed() -> Bool
    /// Like `changed`, and also says when the watch has just lost the
    /// database (team mode: its listening connection broke while the app
    /// was idle). A lost watch keeps retrying; once back it says
    /// `.changed` (what happened meanwhile is unknown).
    func look() -> WatchReport
}

/// What a `ChangeWatching` saw since the last look.
public enum WatchReport: Sendable, Equatable {
    case quiet
    /// Someone else committed (or the watch is back after a loss).
    case changed
    /// The connection to the database was just lost (said once per loss).
    case lost
}

extension ChangeWatching {
    /// A watch that cannot lose its database (a SQLite file).
    public func look() -> WatchReport { changed() ? .changed : .quiet }
}

/// Receives an import's records one by one (`Store.importContacts`).
public protocol ImportSink: AnyObject {
    /// Checks one record, matches it against existing contacts and earlier
    /// records of the same import, and keeps it for the final copy.
    func add(_ record: ImportRecord) throws -> ImportOutcome
}

/// A member of a team database: a PostgreSQL login with the
/// `rapport_member` role.
public struct TeamMember: Hashable, Sendable {
    public let login: String
    /// The display name given with `team add --name`, or the login.
    public let name: String
    public let exchanges: Int

    public init(login: String, name: String, exchanges: Int) {
        self.login = login
        self.name = name
        self.exchanges = exchanges
    }

    /// Initials for narrow columns: "Claire Dubois" → "CD".
    public var initials: String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        let letters = words.prefix(3).compactMap(\.first).map { String($0).uppercased() }
        return letters.isEmpty ? String(login.prefix(2)).uppercased() : letters.joined()
    }
}

/// The one interface of Rapport's data, whatever the engine: the app's
/// effects runner and every command use only this. `RapportDatabase` is
/// the SQLite engine; `PostgresStore` (target RapportPostgres) the team
/// engine. The contract suite (Tests/RapportContractTests) runs the same
/// tests against both.
///
/// Every write is one transaction. Errors are `StoreError`, worded for the
/// user. Requirements take every parameter explicitly (no defaults), so
/// calls through `any Store` say what they mean.
public protocol Store: AnyObject, Sendable, CoverageStore, ProjectStore, CareerStore, ReportStore {
    // MARK: the database itself

    var engine: StoreEngine { get }
    /// A name for the database in the header and messages: the file name,
    /// "memory", or the PostgreSQL database name (never a password).
    var displayName: String { get }
    /// Tier cadences in force; caches follow them.
    var cadence: Cadence { get }
    /// Whether writes are accepted now.
    var writeAccess: WriteAccess { get }
    /// Waits for another program's write lock (SQLite); the app shows it
    /// and can give up. A team database reports no wait.
    var writeWait: WriteWait { get }
    /// Runs a deferred integrity check (SQLite); nothing on PostgreSQL.
    func finishIntegrityCheck() throws(StoreError)
    /// A watch for others' commits, on a connection of its own; nil when
    /// no one else can write (in memory).
    func changeWatch() -> (any ChangeWatching)?

    // MARK: team (nil / empty on SQLite)

    /// The caller's login in team mode; nil on SQLite.
    var currentMember: String? { get }
    /// The team's members with their exchange counts; empty on SQLite.
    func teamMembers() throws(StoreError) -> [TeamMember]

    // MARK: contacts

    /// Adds a contact, and with `introducerId` who introduced them, in one
    /// transaction: a refused introduction adds nothing.
    func addContact(_ draft: ContactDraft, today: Day, reviewFrom: Day?, allowSharedHandles: Bool,
                    introducerId: Int64?) throws(StoreError) -> Contact
    func contact(id: Int64) throws(StoreError) -> Contact?
    /// Applies `change`. With `expecting`, refuses (`.changedSince`) when
    /// the contact is no longer as it was read, and overwrites nothing.
    func updateContact(id: Int64, _ change: ContactChange, today: Day, allowSharedHandles: Bool,
                       expecting: Contact?) throws(StoreError) -> (before: Contact, after: Contact)
    func snooze(contactId: Int64, until: Day?, today: Day) throws(StoreError) -> Contact
    func setArchived(contactId: Int64, _ archived: Bool, today: Day) throws(StoreError) -> Contact
    func contactCount() throws(StoreError) -> Int
    func isEmpty() throws(StoreError) -> Bool
    func tagNames() throws(StoreError) -> [String]
    /// A contact by id, exact name, handle or unique part of a name.
    func resolve(_ query: String) throws(StoreError) -> Contact
    func emailAddresses(matching query: String, limit: Int) throws(StoreError) -> (matches: [AddressMatch], more: Bool)

    // MARK: exchanges and follow-ups

    func logExchange(contactId: Int64, _ draft: ExchangeDraft, today: Day, allowFuture: Bool) throws(StoreError) -> LogResult
    func exchange(id: Int64) throws(StoreError) -> Exchange?
    func updateExchange(id: Int64, _ draft: ExchangeDraft, today: Day, allowFuture: Bool,
                        expecting: Exchange?) throws(StoreError) -> ExchangeEdit
    /// Puts back an exchange deleted or edited by this session (undo).
    func restoreExchange(_ exchange: Exchange) throws(StoreError) -> Exchange
    func deleteExchange(id: Int64) throws(StoreError) -> Exchange
    /// Deletes `exchange` only if it is still exactly as given.
    func deleteExchange(_ exchange: Exchange) throws(StoreError) -> Exchange
    func exchanges(contactId: Int64, limit: Int?) throws(StoreError) -> [Exchange]
    func exchangeCount(contactId: Int64) throws(StoreError) -> Int
    func setFollowUpDone(exchangeId: Int64, on day: Day?) throws(StoreError)
    func openFollowUps(dueBy: Day?, includeInactive: Bool, limit: Int?) throws(StoreError) -> [FollowUpEntry]
    func openFollowUpCount() throws(StoreError) -> Int

    // MARK: lists, ranking, search, review

    func listContacts(_ filter: ContactFilter, sort: ContactSort, today: Day, limit: Int?, offset: Int) throws(StoreError) -> [ContactRow]
    func contactIds(_ filter: ContactFilter, sort: ContactSort, today: Day) throws(StoreError) -> [Int64]
    /// One page of a broadly searched list, read only as far as the page
    /// needs; nil when the list should be read whole with `contactIds`
    /// (a narrow query, or an engine that does not page searches).
    func searchedPage(_ filter: ContactFilter, sort: ContactSort, today: Day, limit: Int, offset: Int) throws(StoreError) -> [ContactRow]?
    func contactRows(ids: [Int64], today: Day) throws(StoreError) -> [ContactRow]
    func countContacts(_ filter: ContactFilter) throws(StoreError) -> Int
    func search(_ text: String, limit: Int, includeArchived: Bool) throws(StoreError) -> [SearchHit]
    /// The review; `owner` keeps only that login's contacts (team mode:
    /// the caller's own by default, nil for everyone's with `--team`).
    func review(today: Day, owner: String?, limit: Int?, offset: Int) throws(StoreError) -> [ReviewEntry]
    func reviewIds(today: Day, owner: String?) throws(StoreError) -> [Int64]
    func reviewCount(today: Day, owner: String?) throws(StoreError) -> Int

    // MARK: import, export, backup, forget, demo

    /// Runs an import: all records or none (see `ImportSink`).
    func importContacts<T>(_ options: ImportOptions, today: Day,
                           _ body: (any ImportSink) throws -> T) throws -> (result: T, counts: ImportCounts)
    func exportContacts(_ filter: ExportFilter, withExchanges: Bool, batchSize: Int,
                        _ body: (ExportedContact) throws -> Void) throws
    /// Copies the whole database into a new SQLite file at `path` (which
    /// must not exist yet): a backup anyone can open with `--db`.
    func backup(intoEmptyFile path: String) throws(StoreError)
    func forgetPreview(contactId: Int64) throws(StoreError) -> ForgetReport
    func forget(contactId: Int64) throws(StoreError) -> ForgetReport
    func loadDemo(_ options: DemoOptions, today: Day) throws(StoreError) -> DemoReport
}

extension Store {
    /// Adds a contact nobody introduced.
    public func addContact(_ draft: ContactDraft, today: Day, reviewFrom: Day?,
                           allowSharedHandles: Bool) throws(StoreError) -> Contact {
        try addContact(draft, today: today, reviewFrom: reviewFrom, allowSharedHandles: allowSharedHandles, introducerId: nil)
    }

    /// Engines without a paged search read searched lists whole.
    public func searchedPage(_ filter: ContactFilter, sort: ContactSort, today: Day,
                             limit: Int, offset: Int) throws(StoreError) -> [ContactRow]? {
        nil
    }
}

import Foundation
import RapportCore
import RapportStore

/// A stand-in for a team database, for the app's team features without a
/// PostgreSQL server: every call goes to a real in-memory `RapportDatabase`,
/// and the double adds only what a team database has and a file has not —
/// a current member, the team's members, authors on exchanges read back —
/// and can lose its connection (`connected = false`: every call throws
/// `.connectionLost`, as PostgreSQL's store does while the server restarts).
/// The real end-to-end on PostgreSQL is Tests/e2e/team.sh.
final class TeamStoreDouble: Store, @unchecked Sendable {
    let base: RapportDatabase
    let currentMember: String?
    private let members: [TeamMember]
    private let team: Bool
    private let lock = NSLock()
    private var authorsById: [Int64: String] = [:]
    private var isConnected = true
    private var failedCalls = 0

    init(_ base: RapportDatabase, currentMember: String? = "alice", members: [TeamMember] = [], team: Bool = true) {
        self.base = base
        self.currentMember = currentMember
        self.members = members
        self.team = team
    }

    /// Whether the server answers.
    var connected: Bool {
        get { lock.withLock { isConnected } }
        set { lock.withLock { isConnected = newValue } }
    }

    /// Calls refused while the connection was down.
    var refusedCalls: Int { lock.withLock { failedCalls } }

    /// Marks an exchange as logged by `login` (the database would set it).
    func setAuthor(_ login: String, of exchange: Exchange) {
        lock.withLock { authorsById[exchange.id] = login }
    }

    private func check() throws(StoreError) {
        let up = lock.withLock {
            if !isConnected { failedCalls += 1 }
            return isConnected
        }
        if !up { throw .connectionLost("server closed the connection unexpectedly") }
    }

    private func authored(_ exchange: Exchange) -> Exchange {
        var copy = exchange
        copy.author = lock.withLock { authorsById[exchange.id] }
        return copy
    }

    // MARK: the database itself

    var engine: StoreEngine { team ? .postgres(display: "team@test") : base.engine }
    var displayName: String { team ? "team" : base.displayName }
    var cadence: Cadence { base.cadence }
    var writeAccess: WriteAccess { base.writeAccess }
    var writeWait: WriteWait { base.writeWait }
    func finishIntegrityCheck() throws(StoreError) { try base.finishIntegrityCheck() }
    func changeWatch() -> (any ChangeWatching)? { nil }
    func teamMembers() throws(StoreError) -> [TeamMember] {
        try check()
        return members
    }

    // MARK: contacts

    func addContact(_ draft: ContactDraft, today: Day, reviewFrom: Day?, allowSharedHandles: Bool,
                    introducerId: Int64?) throws(StoreError) -> Contact {
        try check()
        return try base.addContact(draft, today: today, reviewFrom: reviewFrom, allowSharedHandles: allowSharedHandles,
                                   introducerId: introducerId)
    }

    func contact(id: Int64) throws(StoreError) -> Contact? {
        try check()
        return try base.contact(id: id)
    }

    func updateContact(id: Int64, _ change: ContactChange, today: Day, allowSharedHandles: Bool,
                       expecting: Contact?) throws(StoreError) -> (before: Contact, after: Contact) {
        try check()
        return try base.updateContact(id: id, change, today: today, allowSharedHandles: allowSharedHandles, expecting: expecting)
    }

    func snooze(contactId: Int64, until: Day?, today: Day) throws(StoreError) -> Contact {
        try check()
        return try base.snooze(contactId: contactId, until: until, today: today)
    }

    func setArchived(contactId: Int64, _ archived: Bool, today: Day) throws(StoreError) -> Contact {
        try check()
        return try base.setArchived(contactId: contactId, archived, today: today)
    }

    func contactCount() throws(StoreError) -> Int {
        try check()
        return try base.contactCount()
    }

    func isEmpty() throws(StoreError) -> Bool {
        try check()
        return try base.isEmpty()
    }

    func tagNames() throws(StoreError) -> [String] {
        try check()
        return try base.tagNames()
    }

    func resolve(_ query: String) throws(StoreError) -> Contact {
        try check()
        return try base.resolve(query)
    }

    func emailAddresses(matching query: String, limit: Int) throws(StoreError) -> (matches: [AddressMatch], more: Bool) {
        try check()
        return try base.emailAddresses(matching: query, limit: limit)
    }

    // MARK: exchanges and follow-ups

    func logExchange(contactId: Int64, _ draft: ExchangeDraft, today: Day, allowFuture: Bool) throws(StoreError) -> LogResult {
        try check()
        return try base.logExchange(contactId: contactId, draft, today: today, allowFuture: allowFuture)
    }

    func exchange(id: Int64) throws(StoreError) -> Exchange? {
        try check()
        return try base.exchange(id: id).map(authored)
    }

    func updateExchange(id: Int64, _ draft: ExchangeDraft, today: Day, allowFuture: Bool,
                        expecting: Exchange?) throws(StoreError) -> ExchangeEdit {
        try check()
        var plain = expecting
        plain?.author = nil
        return try base.updateExchange(id: id, draft, today: today, allowFuture: allowFuture, expecting: plain)
    }

    func restoreExchange(_ exchange: Exchange) throws(StoreError) -> Exchange {
        try check()
        return try base.restoreExchange(exchange)
    }

    func deleteExchange(id: Int64) throws(StoreError) -> Exchange {
        try check()
        return try base.deleteExchange(id: id)
    }

    func deleteExchange(_ exchange: Exchange) throws(StoreError) -> Exchange {
        try check()
        var plain = exchange
        plain.author = nil
        return try base.deleteExchange(plain)
    }

    func exchanges(contactId: Int64, limit: Int?) throws(StoreError) -> [Exchange] {
        try check()
        return try base.exchanges(contactId: contactId, limit: limit).map(authored)
    }

    func exchangeCount(contactId: Int64) throws(StoreError) -> Int {
        try check()
        return try base.exchangeCount(contactId: contactId)
    }

    func setFollowUpDone(exchangeId: Int64, on day: Day?) throws(StoreError) {
        try check()
        try base.setFollowUpDone(exchangeId: exchangeId, on: day)
    }

    func openFollowUps(dueBy: Day?, includeInactive: Bool, limit: Int?) throws(StoreError) -> [FollowUpEntry] {
        try check()
        return try base.openFollowUps(dueBy: dueBy, includeInactive: includeInactive, limit: limit)
    }

    func openFollowUpCount() throws(StoreError) -> Int {
        try check()
        return try base.openFollowUpCount()
    }

    // MARK: lists, ranking, search, review

    func listContacts(_ filter: ContactFilter, sort: ContactSort, today: Day, limit: Int?, offset: Int) throws(StoreError) -> [ContactRow] {
        try check()
        return try base.listContacts(filter, sort: sort, today: today, limit: limit, offset: offset)
    }

    func contactIds(_ filter: ContactFilter, sort: ContactSort, today: Day) throws(StoreError) -> [Int64] {
        try check()
        return try base.contactIds(filter, sort: sort, today: today)
    }

    func contactRows(ids: [Int64], today: Day) throws(StoreError) -> [ContactRow] {
        try check()
        return try base.contactRows(ids: ids, today: today)
    }

    func countContacts(_ filter: ContactFilter) throws(StoreError) -> Int {
        try check()
        return try base.countContacts(filter)
    }

    func search(_ text: String, limit: Int, includeArchived: Bool) throws(StoreError) -> [SearchHit] {
        try check()
        return try base.search(text, limit: limit, includeArchived: includeArchived)
    }

    /// The owner filter is what a team database does; a file has no owners,
    /// so the double records what was asked and answers everyone's review.
    private(set) var reviewOwners: [String?] = []

    func review(today: Day, owner: String?, limit: Int?, offset: Int) throws(StoreError) -> [ReviewEntry] {
        try check()
        lock.withLock { reviewOwners.append(owner) }
        return try base.review(today: today, owner: owner, limit: limit, offset: offset)
    }

    func reviewIds(today: Day, owner: String?) throws(StoreError) -> [Int64] {
        try check()
        lock.withLock { reviewOwners.append(owner) }
        return try base.reviewIds(today: today, owner: owner)
    }

    func reviewCount(today: Day, owner: String?) throws(StoreError) -> Int {
        try check()
        lock.withLock { reviewOwners.append(owner) }
        return try base.reviewCount(today: today, owner: owner)
    }

    // MARK: import, export, backup, forget, demo

    func importContacts<T>(_ options: ImportOptions, today: Day,
                           _ body: (any ImportSink) throws -> T) throws -> (result: T, counts: ImportCounts) {
        try check()
        return try base.importContacts(options, today: today, body)
    }

    func exportContacts(_ filter: ExportFilter, withExchanges: Bool, batchSize: Int,
                        _ body: (ExportedContact) throws -> Void) throws {
        try check()
        try base.exportContacts(filter, withExchanges: withExchanges, batchSize: batchSize, body)
    }

    func backup(intoEmptyFile path: String) throws(StoreError) {
        try check()
        try base.backup(intoEmptyFile: path)
    }

    func forgetPreview(contactId: Int64) throws(StoreError) -> ForgetReport {
        try check()
        return try base.forgetPreview(contactId: contactId)
    }

    func forget(contactId: Int64) throws(StoreError) -> ForgetReport {
        try check()
        return try base.forget(contactId: contactId)
    }

    func loadDemo(_ options: DemoOptions, today: Day) throws(StoreError) -> DemoReport {
        try check()
        return try base.loadDemo(options, today: today)
    }
}

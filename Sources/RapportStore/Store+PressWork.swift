import RapportCore
import RapportLocalization

// The press-work operations of issue 11, one protocol per feature so that
// each has its own file; `Store` requires them all (Store.swift). Each is
// implemented by both engines: `RapportDatabase` (Store+Coverage.swift…)
// and `PostgresStore` (PostgresStore+Coverage.swift…), and tested once in
// the contract suite.

/// Coverage: articles, posts and broadcasts that came out of a relationship.
/// Every write refreshes the contact's caches (coverage counts in warmth)
/// in the same transaction.
public protocol CoverageStore: AnyObject {
    /// Records a piece of coverage for a contact. A linked exchange must be
    /// one of the same contact's; a new project name creates the project.
    func addCoverage(contactId: Int64, _ draft: CoverageDraft, today: Day) throws(StoreError) -> Coverage
    /// One piece of coverage by id; nil when there is none.
    func coverage(id: Int64) throws(StoreError) -> Coverage?
    /// Coverage newest first (day, then id), of one contact or everyone's,
    /// optionally of one project (by name; none when it does not exist)
    /// and on or after a day.
    func listCoverage(contactId: Int64?, project: String?, since: Day?, limit: Int?) throws(StoreError) -> [CoverageEntry]
    /// Replaces a piece of coverage's fields (its contact stays).
    func updateCoverage(id: Int64, _ draft: CoverageDraft, today: Day) throws(StoreError) -> Coverage
    /// Deletes a piece of coverage; returns it.
    func deleteCoverage(id: Int64) throws(StoreError) -> Coverage
}

/// Projects: the clients and launches exchanges and coverage belong to.
public protocol ProjectStore: AnyObject {
    /// Project names, most recently used first (the latest exchange or
    /// coverage day, then the newest project), at most `limit`: the log
    /// form's picker.
    func recentProjectNames(limit: Int) throws(StoreError) -> [String]
    /// Every project with its counts and dates, most recently used first.
    func projectSummaries() throws(StoreError) -> [ProjectSummary]
    /// The project of that name (case and accents folded); nil when none.
    func project(named name: String) throws(StoreError) -> Project?
}

/// Career timeline and introductions. Moves are recorded by
/// `updateContact` itself (same transaction, `CareerMove`'s rules).
public protocol CareerStore: AnyObject {
    /// A contact's career: since when the current position holds, the
    /// previous positions newest first, who introduced them and whom they
    /// introduced (by folded name, then id).
    func career(contactId: Int64) throws(StoreError) -> Career
    /// Sets who introduced a contact, or clears it (nil). Refuses the
    /// contact itself and the contact it introduced (A by B while B is by A).
    func setIntroducer(contactId: Int64, introducerId: Int64?, today: Day) throws(StoreError) -> Career
    /// Contacts whose previous outlet holds every word of `text` (as a
    /// prefix, accents and case ignored), one hit per contact, most recent
    /// move first: `search` adds them after its contact hits, marked "ex-".
    func pastOutletHits(_ text: String, limit: Int, includeArchived: Bool) throws(StoreError) -> [SearchHit]
    /// How much press-work data the database holds (coverage, career moves,
    /// introductions); `copy` and a team database's `backup` carry it all.
    func pressWorkInventory() throws(StoreError) -> PressWorkInventory
}

/// Counts of the press-work rows that moving a database must not drop.
public struct PressWorkInventory: Hashable, Sendable {
    public var coverage: Int
    public var moves: Int
    public var introductions: Int

    public init(coverage: Int, moves: Int, introductions: Int) {
        self.coverage = coverage
        self.moves = moves
        self.introductions = introductions
    }

    /// SQL that reads the three counts, the same on both engines.
    public static let countsSQL = """
        SELECT (SELECT count(*) FROM coverage), (SELECT count(*) FROM position),
               (SELECT count(*) FROM contact WHERE introduced_by IS NOT NULL)
        """

    public var isEmpty: Bool { coverage == 0 && moves == 0 && introductions == 0 }

    /// "3 pieces of coverage, 2 career moves and 1 introduction".
    public var described: String {
        var parts: [String] = []
        if coverage > 0 { parts.append(L10n.plural("%'d piece of coverage", "%'d pieces of coverage", coverage)) }
        if moves > 0 { parts.append(L10n.plural("%'d career move", "%'d career moves", moves)) }
        if introductions > 0 { parts.append(L10n.plural("%'d introduction", "%'d introductions", introductions)) }
        if parts.count <= 1 { return parts.first ?? L10n.text("nothing", context: "press work") }
        return L10n.text("%1$@ and %2$@", context: "list", parts.dropLast().joined(separator: ", "), parts[parts.count - 1])
    }
}

/// The pitch report's data.
public protocol ReportStore: AnyObject {
    /// Everyone with an exchange or coverage from `since` (nil: from the
    /// first one) to `until`, both included, narrowed to the project named
    /// `project` when given (an unknown name is `.notFound`), with their
    /// exchanges and coverage in that period, in one read. Never reads any
    /// notes; reads handles only when `withHandles`.
    func reportData(project: String?, since: Day?, until: Day, withHandles: Bool) throws(StoreError) -> ReportData
}

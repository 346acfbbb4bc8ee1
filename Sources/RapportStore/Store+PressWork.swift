import RapportCore

// The press-work operations of issue 11, one protocol per feature so that
// each has its own file; `Store` requires them all (Store.swift). Each is
// implemented by both engines: `RapportDatabase` (Store+Coverage.swift…)
// and `PostgresStore` (PostgresStore+Coverage.swift…), and tested once in
// the contract suite.

/// Coverage: articles, posts and broadcasts that came out of a relationship.
public protocol CoverageStore: AnyObject {}

/// Projects: the clients and launches exchanges and coverage belong to.
public protocol ProjectStore: AnyObject {}

/// Career timeline and introductions.
public protocol CareerStore: AnyObject {}

/// The pitch report's data.
public protocol ReportStore: AnyObject {
    /// Everyone with an exchange or coverage from `since` (nil: from the
    /// first one) to `until`, both included, narrowed to the project named
    /// `project` when given (an unknown name is `.notFound`), with their
    /// exchanges and coverage in that period, in one read. Never reads any
    /// notes; reads handles only when `withHandles`.
    func reportData(project: String?, since: Day?, until: Day, withHandles: Bool) throws(StoreError) -> ReportData
}

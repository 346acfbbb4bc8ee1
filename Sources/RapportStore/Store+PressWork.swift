import RapportCore

// The press-work operations of issue 11, one protocol per feature so that
// each has its own file; `Store` requires them all (Store.swift). Each is
// implemented by both engines: `RapportDatabase` (Store+Coverage.swift…)
// and `PostgresStore` (PostgresStore+Coverage.swift…), and tested once in
// the contract suite.

/// Coverage: articles, posts and broadcasts that came out of a relationship.
public protocol CoverageStore: AnyObject {}

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

/// Career timeline and introductions.
public protocol CareerStore: AnyObject {}

/// The pitch report's data.
public protocol ReportStore: AnyObject {}

import RapportCore
import RapportStore

// The double's projects: straight to the in-memory database.
extension TeamStoreDouble {
    func recentProjectNames(limit: Int) throws(StoreError) -> [String] { try base.recentProjectNames(limit: limit) }
    func projectSummaries() throws(StoreError) -> [ProjectSummary] { try base.projectSummaries() }
    func project(named name: String) throws(StoreError) -> Project? { try base.project(named: name) }
}

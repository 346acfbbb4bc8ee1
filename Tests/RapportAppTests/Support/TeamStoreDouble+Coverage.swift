import RapportCore
import RapportStore

/// Coverage on the team double: forwarded to the in-memory database, and
/// refused like every call while the connection is down.
extension TeamStoreDouble {
    private func reachable() throws(StoreError) {
        if !connected { throw .connectionLost("server closed the connection unexpectedly") }
    }

    func addCoverage(contactId: Int64, _ draft: CoverageDraft, today: Day) throws(StoreError) -> Coverage {
        try reachable()
        return try base.addCoverage(contactId: contactId, draft, today: today)
    }

    func coverage(id: Int64) throws(StoreError) -> Coverage? {
        try reachable()
        return try base.coverage(id: id)
    }

    func listCoverage(contactId: Int64?, project: String?, since: Day?, limit: Int?) throws(StoreError) -> [CoverageEntry] {
        try reachable()
        return try base.listCoverage(contactId: contactId, project: project, since: since, limit: limit)
    }

    func updateCoverage(id: Int64, _ draft: CoverageDraft, today: Day) throws(StoreError) -> Coverage {
        try reachable()
        return try base.updateCoverage(id: id, draft, today: today)
    }

    func deleteCoverage(id: Int64) throws(StoreError) -> Coverage {
        try reachable()
        return try base.deleteCoverage(id: id)
    }
}

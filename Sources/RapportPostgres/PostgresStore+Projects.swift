import RapportCore
import RapportStore

extension PostgresStore {
    public func recentProjectNames(limit: Int) throws(StoreError) -> [String] {
        try query(ProjectSQL.recentNames(limit: "$1"), [String(max(0, limit))]).map { $0.text(0) }
    }

    public func projectSummaries() throws(StoreError) -> [ProjectSummary] {
        try query(ProjectSQL.summaries).map { row in
            ProjectSummary(id: row.int64(0), name: row.text(1), exchanges: row.int(2) ?? 0, people: row.int(3) ?? 0,
                           coverage: row.int(4) ?? 0, first: row.day(5), last: row.day(6))
        }
    }

    public func project(named name: String) throws(StoreError) -> Project? {
        try query("SELECT id, name FROM project WHERE key = $1", [TextKey.fold(NativeText.trimmed(name))]).first.map {
            Project(id: $0.int64(0), name: $0.text(1))
        }
    }
}

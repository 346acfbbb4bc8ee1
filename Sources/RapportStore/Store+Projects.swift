import GRDB
import RapportCore

/// The SQL both engines use to sum up projects: each project's exchanges
/// and coverage, with the distinct people and the first and last days,
/// most recently used first (a project with nothing yet: by newest).
/// Plain SQL that SQLite and PostgreSQL read alike.
public enum ProjectSQL {
    /// Columns: id, name, exchanges, people, coverage, first day, last day.
    public static let summaries = """
        WITH activity AS (
          SELECT project_id, contact_id, day, 1 AS exchanges, 0 AS coverage FROM exchange WHERE project_id IS NOT NULL
          UNION ALL
          SELECT project_id, contact_id, day, 0, 1 FROM coverage WHERE project_id IS NOT NULL
        )
        SELECT p.id, p.name, coalesce(sum(a.exchanges), 0), count(DISTINCT a.contact_id), coalesce(sum(a.coverage), 0),
          min(a.day), max(a.day)
        FROM project p LEFT JOIN activity a ON a.project_id = p.id
        GROUP BY p.id, p.name, p.created_day
        ORDER BY (max(a.day) IS NULL), max(a.day) DESC, p.created_day DESC, p.id DESC
        """

    /// Names only, in the same order, with a LIMIT parameter (`?` or `$1`).
    public static func recentNames(limit parameter: String) -> String {
        """
        SELECT p.name FROM project p
        LEFT JOIN (SELECT project_id, max(day) AS day FROM exchange WHERE project_id IS NOT NULL GROUP BY project_id
                   UNION ALL
                   SELECT project_id, max(day) FROM coverage WHERE project_id IS NOT NULL GROUP BY project_id) a
          ON a.project_id = p.id
        GROUP BY p.id, p.name, p.created_day
        ORDER BY (max(a.day) IS NULL), max(a.day) DESC, p.created_day DESC, p.id DESC
        LIMIT \(parameter)
        """
    }
}

extension RapportDatabase {
    public func recentProjectNames(limit: Int) throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: ProjectSQL.recentNames(limit: "?"), arguments: [max(0, limit)]) }
    }

    public func projectSummaries() throws(StoreError) -> [ProjectSummary] {
        try read { db in
            try Row.fetchAll(db, sql: ProjectSQL.summaries).map { row in
                ProjectSummary(id: row[0], name: row[1], exchanges: row[2], people: row[3], coverage: row[4],
                               first: (row[5] as Int?).map(Day.init(ordinal:)), last: (row[6] as Int?).map(Day.init(ordinal:)))
            }
        }
    }

    public func project(named name: String) throws(StoreError) -> Project? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT id, name FROM project WHERE key = ?",
                             arguments: [TextKey.fold(NativeText.trimmed(name))]).map { Project(id: $0[0], name: $0[1]) }
        }
    }
}

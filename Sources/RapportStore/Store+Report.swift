import GRDB
import RapportCore
import RapportLocalization

/// The pitch report's one read on the SQLite engine: exchanges and
/// coverage of the period (and project), then their contacts and, when
/// asked, handles. No notes column is ever selected.
extension RapportDatabase {
    public func reportData(project: String?, since: Day?, until: Day, withHandles: Bool) throws(StoreError) -> ReportData {
        let result: Result<ReportData, StoreError> = try read { db in
            var projectId: Int64?
            var projectName: String?
            if let project {
                guard let id = try ProjectKeys.find(db, named: project) else {
                    return .failure(.notFound(L10n.text("no project named %@", NativeText.trimmed(project))))
                }
                projectId = id
                projectName = try String.fetchOne(db, sql: "SELECT name FROM project WHERE id = ?", arguments: [id])
            }
            var rows = ReportRows()
            rows.exchanges = try Self.reportExchanges(db, projectId: projectId, since: since, until: until)
            rows.coverage = try Self.reportCoverage(db, projectId: projectId, since: since, until: until)
            let ids = rows.contactIds.map(String.init).joined(separator: ",")
            if !ids.isEmpty {
                rows.contacts = try Row.fetchAll(db, sql: "SELECT id, name, outlet, title, role FROM contact WHERE id IN (\(ids))")
                    .map { row in
                        ReportRows.ContactRow(id: row["id"], name: row["name"], outlet: row["outlet"], title: row["title"],
                                              role: Role(rawValue: row["role"]) ?? .other)
                    }
                if withHandles {
                    for row in try Row.fetchAll(db, sql: """
                        SELECT contact_id, kind, value, label FROM handle WHERE contact_id IN (\(ids)) ORDER BY contact_id, position, id
                        """) {
                        let handle = Handle(kind: HandleKind(rawValue: row["kind"]) ?? .other, value: row["value"], label: row["label"])
                        rows.handles[row["contact_id"], default: []].append(handle)
                    }
                }
            }
            return .success(rows.assemble(project: projectName, since: since, until: until))
        }
        return try result.get()
    }

    private static func reportExchanges(_ db: Database, projectId: Int64?, since: Day?, until: Day) throws -> [ReportRows.ExchangeRow] {
        var conditions = ["e.day <= ?"]
        var arguments: [DatabaseValueConvertible] = [until.ordinal]
        if let since { conditions.append("e.day >= ?"); arguments.append(since.ordinal) }
        if let projectId { conditions.append("e.project_id = ?"); arguments.append(projectId) }
        return try Row.fetchAll(db, sql: """
            SELECT e.id, e.contact_id, e.day, e.channel, e.direction, e.intent, e.rating, e.summary,
              e.follow_up_day, e.follow_up, e.follow_up_done_day, p.name AS project
            FROM exchange e LEFT JOIN project p ON p.id = e.project_id
            WHERE \(conditions.joined(separator: " AND "))
            """, arguments: StatementArguments(arguments)).map { row in
            let due: Int? = row["follow_up_day"]
            let done: Int? = row["follow_up_done_day"]
            let followUp = due.map { FollowUp(due: Day(ordinal: $0), text: row["follow_up"] ?? "", done: done.map(Day.init(ordinal:))) }
            return ReportRows.ExchangeRow(contactId: row["contact_id"], exchange: ReportExchange(
                id: row["id"], day: Day(ordinal: row["day"]), channel: Channel(rawValue: row["channel"]) ?? .other,
                direction: Direction(rawValue: row["direction"]) ?? .outbound, intent: Intent(rawValue: row["intent"]) ?? .chat,
                rating: row["rating"], summary: row["summary"], project: row["project"], followUp: followUp))
        }
    }

    /// Coverage of the period; with a project, the coverage of that project,
    /// and coverage of no project linked to one of its exchanges.
    private static func reportCoverage(_ db: Database, projectId: Int64?, since: Day?, until: Day) throws -> [ReportRows.CoverageRow] {
        var conditions = ["c.day <= ?"]
        var arguments: [DatabaseValueConvertible] = [until.ordinal]
        if let since { conditions.append("c.day >= ?"); arguments.append(since.ordinal) }
        if let projectId {
            conditions.append("""
                (c.project_id = ? OR (c.project_id IS NULL AND c.exchange_id IN (SELECT id FROM exchange WHERE project_id = ?)))
                """)
            arguments += [projectId, projectId]
        }
        return try Row.fetchAll(db, sql: """
            SELECT c.id, c.contact_id, c.day, c.title, c.url, c.outlet, c.exchange_id,
              coalesce(p.name, ep.name) AS project
            FROM coverage c LEFT JOIN project p ON p.id = c.project_id
              LEFT JOIN exchange e ON e.id = c.exchange_id LEFT JOIN project ep ON ep.id = e.project_id
            WHERE \(conditions.joined(separator: " AND "))
            """, arguments: StatementArguments(arguments)).map { row in
            ReportRows.CoverageRow(contactId: row["contact_id"], coverage: ReportCoverage(
                id: row["id"], day: Day(ordinal: row["day"]), title: row["title"], url: row["url"], outlet: row["outlet"],
                exchangeId: row["exchange_id"], project: row["project"]))
        }
    }
}

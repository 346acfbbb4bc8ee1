import RapportCore
import RapportStore
import RapportLocalization

/// The pitch report's one read on the PostgreSQL engine, from one
/// snapshot. It selects from `exchange`, `coverage`, `project`, `contact`
/// and (with handles) `handle` only: never `contact_note` or
/// `exchange_note`, so no note, private or shared, can reach a report.
extension PostgresStore {
    public func reportData(project: String?, since: Day?, until: Day, withHandles: Bool) throws(StoreError) -> ReportData {
        let result: Result<ReportData, StoreError> = try read { db in
            var projectId: Int64?
            var projectName: String?
            if let project {
                guard let id = try PGProjectKeys.find(db, named: project) else {
                    return .failure(.notFound(L10n.text("no project named %@", NativeText.trimmed(project))))
                }
                projectId = id
                projectName = try db.execute("SELECT name FROM project WHERE id = $1", [String(id)]).scalar
            }
            var rows = ReportRows()
            rows.exchanges = try reportExchanges(db, projectId: projectId, since: since, until: until)
            rows.coverage = try reportCoverage(db, projectId: projectId, since: since, until: until)
            let ids = rows.contactIds
            if !ids.isEmpty {
                rows.contacts = try db.execute("""
                    SELECT id, name, outlet, title, role FROM contact WHERE id = ANY($1::bigint[])
                    """, [PGText.ids(ids)]).records.map { row in
                    ReportRows.ContactRow(id: row.int64(0), name: row.text(1), outlet: row.text(2), title: row.text(3),
                                          role: Role(rawValue: row.text(4)) ?? .other)
                }
                if withHandles {
                    for row in try db.execute("""
                        SELECT contact_id, kind, value, label FROM handle WHERE contact_id = ANY($1::bigint[])
                        ORDER BY contact_id, position, id
                        """, [PGText.ids(ids)]).records {
                        let handle = Handle(kind: HandleKind(rawValue: row.text(1)) ?? .other, value: row.text(2), label: row.text(3))
                        rows.handles[row.int64(0), default: []].append(handle)
                    }
                }
            }
            return .success(rows.assemble(project: projectName, since: since, until: until))
        }
        return try result.get()
    }

    private func reportExchanges(_ db: PGConnection, projectId: Int64?, since: Day?, until: Day) throws -> [ReportRows.ExchangeRow] {
        var params = PGParams()
        var conditions = ["e.day <= \(params.add(until.ordinal))"]
        if let since { conditions.append("e.day >= \(params.add(since.ordinal))") }
        if let projectId { conditions.append("e.project_id = \(params.add(projectId))") }
        return try db.execute("""
            SELECT e.id, e.contact_id, e.day, e.channel, e.direction, e.intent, e.rating, e.summary,
              e.follow_up_day, e.follow_up, e.follow_up_done_day, p.name
            FROM exchange e LEFT JOIN project p ON p.id = e.project_id
            WHERE \(conditions.joined(separator: " AND "))
            """, params.values).records.map { row in
            let followUp = row.day(8).map { FollowUp(due: $0, text: row.text(9), done: row.day(10)) }
            return ReportRows.ExchangeRow(contactId: row.int64(1), exchange: ReportExchange(
                id: row.int64(0), day: row.day(2) ?? until, channel: Channel(rawValue: row.text(3)) ?? .other,
                direction: Direction(rawValue: row.text(4)) ?? .outbound, intent: Intent(rawValue: row.text(5)) ?? .chat,
                rating: row.int(6), summary: row.text(7), project: row[11], followUp: followUp))
        }
    }

    /// Coverage of the period; with a project, the coverage of that project,
    /// and coverage of no project linked to one of its exchanges.
    private func reportCoverage(_ db: PGConnection, projectId: Int64?, since: Day?, until: Day) throws -> [ReportRows.CoverageRow] {
        var params = PGParams()
        var conditions = ["c.day <= \(params.add(until.ordinal))"]
        if let since { conditions.append("c.day >= \(params.add(since.ordinal))") }
        if let projectId {
            let id = params.add(projectId)
            conditions.append("""
                (c.project_id = \(id) OR (c.project_id IS NULL AND c.exchange_id IN (SELECT id FROM exchange WHERE project_id = \(id))))
                """)
        }
        return try db.execute("""
            SELECT c.id, c.contact_id, c.day, c.title, c.url, c.outlet, c.exchange_id, coalesce(p.name, ep.name)
            FROM coverage c LEFT JOIN project p ON p.id = c.project_id
              LEFT JOIN exchange e ON e.id = c.exchange_id LEFT JOIN project ep ON ep.id = e.project_id
            WHERE \(conditions.joined(separator: " AND "))
            """, params.values).records.map { row in
            ReportRows.CoverageRow(contactId: row.int64(1), coverage: ReportCoverage(
                id: row.int64(0), day: row.day(2) ?? until, title: row.text(3), url: row.text(4), outlet: row.text(5),
                exchangeId: row[6].flatMap { Int64($0) }, project: row[7]))
        }
    }
}

import RapportCore
import RapportStore

/// Press work written by an import on PostgreSQL, in the import's
/// transaction, after its contacts and exchanges are in (`PressWorkPlan`).
/// Coverage gets the importing member as author, as copied exchanges do.
struct PGPressWork: PressWorkWriter {
    let store: PostgresStore
    let db: PGConnection

    func careerLinks(contactId: Int64) throws -> (since: Day?, introducer: Int64?)? {
        try db.execute("SELECT position_since_day, introduced_by FROM contact WHERE id = $1", [String(contactId)])
            .records.first.map { row in (row.day(0), row.values[1].flatMap { Int64($0) }) }
    }

    func positions(contactId: Int64) throws -> [Position] {
        try db.execute("SELECT outlet, title, from_day, to_day FROM position WHERE contact_id = $1", [String(contactId)])
            .records.map { Position(outlet: $0.text(0), title: $0.text(1), from: $0.day(2), to: $0.day(3) ?? Day(ordinal: 0)) }
    }

    func insertPosition(contactId: Int64, _ position: Position) throws {
        try db.execute("INSERT INTO position(contact_id, outlet, title, from_day, to_day) VALUES ($1, $2, $3, $4, $5)",
                       [String(contactId), position.outlet, position.title, PGText.int(position.from?.ordinal),
                        String(position.to.ordinal)])
    }

    func setPositionSince(contactId: Int64, _ day: Day) throws {
        try db.execute("UPDATE contact SET position_since_day = $2 WHERE id = $1", [String(contactId), String(day.ordinal)])
    }

    func setIntroducer(contactId: Int64, _ introducer: Int64) throws {
        try db.execute("UPDATE contact SET introduced_by = $2 WHERE id = $1", [String(contactId), String(introducer)])
    }

    func exchangeId(contactId: Int64, like exchange: ExchangeDraft) throws -> Int64? {
        try db.execute("""
            SELECT id FROM exchange WHERE contact_id = $1 AND day = $2 AND channel = $3 AND direction = $4 AND summary = $5
            ORDER BY id LIMIT 1
            """, [String(contactId), String(exchange.day.ordinal), exchange.channel.rawValue, exchange.direction.rawValue,
                  exchange.summary]).scalar.flatMap { Int64($0) }
    }

    func coverageKeys(contactId: Int64) throws -> [(day: Day, title: String)] {
        try db.execute("SELECT day, title FROM coverage WHERE contact_id = $1", [String(contactId)])
            .records.map { ($0.day(0) ?? Day(ordinal: 0), $0.text(1)) }
    }

    func insertCoverage(contactId: Int64, _ draft: CoverageDraft, today: Day) throws {
        let projectId = try draft.project.map { try PGProjectKeys.findOrCreate(db, named: $0, today: today) }
        try db.execute("""
            INSERT INTO coverage(contact_id, day, title, url, outlet, exchange_id, project_id, note)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, [String(contactId), String(draft.day.ordinal), draft.title, draft.url, draft.outlet,
                  draft.exchangeId.map(String.init), projectId.map(String.init), draft.note])
    }

    func refreshCaches(_ ids: [Int64]) throws {
        try store.refreshCaches(db, ids: ids)
    }

    /// The live contact an outcome of `PGImporter` stands for: a live id
    /// as it is, a provisional one (-n) as the n-th new contact.
    func liveId(_ outcome: ImportOutcome, assigned: [Int64]) throws -> Int64? {
        let id: Int64
        switch outcome {
        case let .imported(contactId), let .merged(contactId), let .skipped(contactId): id = contactId
        }
        if id > 0 { return id }
        let index = Int(-id) - 1
        return assigned.indices.contains(index) ? assigned[index] : nil
    }
}

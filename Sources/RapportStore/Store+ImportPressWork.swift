import GRDB
import RapportCore

/// Press work written by an import on the SQLite engine, in the import's
/// transaction, after its contacts and exchanges are in (`PressWorkPlan`).
struct SQLitePressWork: PressWorkWriter {
    let db: Database
    let cadence: Cadence

    func careerLinks(contactId: Int64) throws -> (since: Day?, introducer: Int64?)? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT position_since_day, introduced_by FROM main.contact WHERE id = ?"), arguments: [contactId])
            .map { row in ((row["position_since_day"] as Int?).map(Day.init(ordinal:)), row["introduced_by"]) }
    }

    func positions(contactId: Int64) throws -> [Position] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT outlet, title, from_day, to_day FROM main.position WHERE contact_id = ?"),
                         arguments: [contactId]).map { row in
            Position(outlet: row["outlet"], title: row["title"], from: (row["from_day"] as Int?).map(Day.init(ordinal:)),
                     to: Day(ordinal: row["to_day"]))
        }
    }

    func insertPosition(contactId: Int64, _ position: Position) throws {
        try db.cachedStatement(sql: "INSERT INTO main.position(contact_id, outlet, title, from_day, to_day) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [contactId, position.outlet, position.title, position.from?.ordinal, position.to.ordinal])
    }

    func setPositionSince(contactId: Int64, _ day: Day) throws {
        try db.cachedStatement(sql: "UPDATE main.contact SET position_since_day = ? WHERE id = ?").execute(arguments: [day.ordinal, contactId])
    }

    func setIntroducer(contactId: Int64, _ introducer: Int64) throws {
        try db.cachedStatement(sql: "UPDATE main.contact SET introduced_by = ? WHERE id = ?").execute(arguments: [introducer, contactId])
    }

    func exchangeId(contactId: Int64, like exchange: ExchangeDraft) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM main.exchange WHERE contact_id = ? AND day = ? AND channel = ? AND direction = ? AND summary = ?
            ORDER BY id LIMIT 1
            """), arguments: [contactId, exchange.day.ordinal, exchange.channel.rawValue, exchange.direction.rawValue, exchange.summary])
    }

    func coverageKeys(contactId: Int64) throws -> [(day: Day, title: String)] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT day, title FROM main.coverage WHERE contact_id = ?"), arguments: [contactId])
            .map { (Day(ordinal: $0["day"]), $0["title"]) }
    }

    func insertCoverage(contactId: Int64, _ draft: CoverageDraft, today: Day) throws {
        let projectId = try draft.project.map { try ProjectKeys.findOrCreate(db, named: $0, today: today) }
        try db.cachedStatement(sql: """
            INSERT INTO main.coverage(contact_id, day, title, url, outlet, exchange_id, project_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [contactId, draft.day.ordinal, draft.title, draft.url, draft.outlet, draft.exchangeId, projectId, draft.note])
    }

    func refreshCaches(_ ids: [Int64]) throws {
        for id in ids { try Caches.refresh(db, contactId: id, cadence: cadence) }
    }

    /// The live contact an outcome of `ContactImporter` stands for, once
    /// `ImportStaging.copy` ran: a live id as it is (if it still exists),
    /// a staged row (negative) as the contact it became: its merge target,
    /// or the new contact numbered `seq + base`, `base` being the largest
    /// contact id before the copy.
    func liveId(_ outcome: ImportOutcome, base: Int64) throws -> Int64? {
        let id: Int64
        switch outcome {
        case let .imported(contactId), let .merged(contactId), let .skipped(contactId): id = contactId
        }
        if id > 0 { return try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM main.contact WHERE id = ?"), arguments: [id]) }
        return try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(target, seq + ?) FROM staging.staged_contact WHERE id = ?"),
                                  arguments: [base, -id])
    }
}

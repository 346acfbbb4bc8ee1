import GRDB
import GRDBSQLite
import RapportCore

/// Orders contacts by a score computed on today's date (warmth, overdue
/// ratio) without scoring every contact: within one tier the score follows
/// an indexed column (`warmth_key`, or the day the cadence counts from), so
/// each tier is read in index order and the tiers are merged, best first.
/// Contacts with their own cadence, and other rows the indexes cannot order,
/// are few and scored one by one.
struct Ranking {
    /// One ordered source of candidates.
    struct Stream {
        var cursor: RowCursor?
        /// The cursor's statement, whose current row is read column by column.
        var statement: Statement?
        var sorted: [(score: Double, id: Int64)] = []
        var position = 0
        let score: (Candidate) -> Double
    }

    /// The columns of one streamed row, read straight from SQLite (no
    /// generic decoding: thousands of rows are scored per list).
    struct Candidate {
        let id: Int64
        let tier: Tier
        let cadenceOverride: Int?
        let lastExchange: Int?
        let reviewFrom: Int
        let warmthBase: Double

        /// The current row of `statement`, in the order of `Ranking.columns`.
        init(_ statement: SQLiteStatement) {
            id = sqlite3_column_int64(statement, 0)
            switch sqlite3_column_text(statement, 1)?.pointee {
            case UInt8(ascii: "A"): tier = .a
            case UInt8(ascii: "C"): tier = .c
            default: tier = .b
            }
            cadenceOverride = sqlite3_column_type(statement, 2) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(statement, 2))
            lastExchange = sqlite3_column_type(statement, 3) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(statement, 3))
            reviewFrom = Int(sqlite3_column_int64(statement, 4))
            warmthBase = sqlite3_column_double(statement, 5)
        }
    }

    let cadence: Cadence
    let today: Day

    /// The columns every stream selects, read by position (fast) below:
    /// id, tier, own cadence, last exchange, review from, warmth base.
    static let columns = "contact.id, contact.tier, contact.cadence_override, contact.last_exchange_day, contact.review_from_day, contact.warmth_base" // l10n-exempt: SQL
    /// The same positions, from `contact_by_warmth` alone (no own cadence; review-from unused).
    static let warmthColumns = "contact.id, contact.tier, NULL, contact.last_exchange_day, 0, contact.warmth_base" // l10n-exempt: SQL
    /// The same positions, from `contact_by_due_anchor` alone (no own cadence; warmth base unused).
    static let dueColumns = "contact.id, contact.tier, NULL, contact.last_exchange_day, contact.review_from_day, 0.0" // l10n-exempt: SQL

    func days(_ row: Candidate) -> Int {
        cadence.days(tier: row.tier, override: row.cadenceOverride)
    }

    func warmthScore(_ row: Candidate) -> Double {
        WarmthModel.warmth(baseScore: row.warmthBase, last: row.lastExchange.map(Day.init(ordinal:)), cadence: days(row), today: today).score
    }

    func dueScore(_ row: Candidate) -> Double {
        let status = DueStatus(lastExchange: row.lastExchange.map(Day.init(ordinal:)),
                               reviewFrom: Day(ordinal: row.reviewFrom), cadence: days(row), today: today)
        return Review.score(status: status, tier: row.tier)
    }

    /// A stream read in index order, row by row.
    private func indexed(_ db: Database, sql: String, arguments: StatementArguments, score: @escaping (Candidate) -> Double) throws -> Stream {
        let statement = try db.makeStatement(sql: sql)
        return Stream(cursor: try Row.fetchCursor(statement, arguments: arguments), statement: statement, score: score)
    }

    /// Ids ordered by warmth (warmest first, then by id), among contacts
    /// matching `filterSQL`.
    func byWarmth(_ db: Database, filterSQL: String, arguments: StatementArguments, tiers: [Tier], take: Int?) throws -> [Int64] {
        var streams: [Stream] = []
        for tier in tiers {
            streams.append(try indexed(db, sql: """
                SELECT \(Ranking.warmthColumns) FROM contact INDEXED BY contact_by_warmth
                WHERE contact.tier = ? AND contact.cadence_override IS NULL AND contact.warmth_key IS NOT NULL
                  AND contact.last_exchange_day <= ? AND \(filterSQL)
                ORDER BY contact.warmth_key DESC, contact.id
                """, arguments: [tier.rawValue, today.ordinal] + arguments, score: warmthScore))
        }
        // Own cadences, and exchanges dated after today, are scored one by one.
        streams.append(try scoredInSwift(db, sql: """
            SELECT \(Ranking.columns) FROM contact INDEXED BY contact_with_cadence_override
            WHERE contact.cadence_override IS NOT NULL AND contact.last_exchange_day IS NOT NULL
              AND \(tierSQL(tiers)) AND \(filterSQL)
            """, arguments: arguments, score: warmthScore))
        streams.append(try scoredInSwift(db, sql: """
            SELECT \(Ranking.columns) FROM contact
            WHERE contact.last_exchange_day > ? AND contact.cadence_override IS NULL AND \(tierSQL(tiers)) AND \(filterSQL)
            """, arguments: [today.ordinal] + arguments, score: warmthScore))
        var ids = try merge(&streams, take: take)
        if let take, ids.count >= take { return ids }
        // Never contacted: warmth 0, by id.
        let remaining = take.map { $0 - ids.count } ?? -1
        ids += try Int64.fetchAll(db, sql: """
            SELECT contact.id FROM contact WHERE contact.last_exchange_day IS NULL AND \(tierSQL(tiers)) AND \(filterSQL)
            ORDER BY contact.id LIMIT ?
            """, arguments: arguments + [remaining])
        return ids
    }

    /// Ids ordered by overdue ratio × tier weight (most overdue first, then
    /// by id). With `dueOnly`, only contacts at or past their cadence.
    func byDue(_ db: Database, filterSQL: String, arguments: StatementArguments, tiers: [Tier], dueOnly: Bool,
               take: Int?) throws -> [Int64] {
        let anchor = "coalesce(contact.last_exchange_day, contact.review_from_day)" // l10n-exempt: SQL
        var streams: [Stream] = []
        for tier in tiers {
            let limit = dueOnly ? "AND \(anchor) <= \(today.ordinal - cadence.days(for: tier))" : ""
            streams.append(try indexed(db, sql: """
                SELECT \(Ranking.dueColumns) FROM contact INDEXED BY contact_by_due_anchor
                WHERE contact.tier = ? AND contact.cadence_override IS NULL \(limit) AND \(filterSQL)
                ORDER BY \(anchor), contact.id
                """, arguments: [tier.rawValue] + arguments, score: dueScore))
        }
        streams.append(try scoredInSwift(db, sql: """
            SELECT \(Ranking.columns) FROM contact INDEXED BY contact_with_cadence_override
            WHERE contact.cadence_override IS NOT NULL
              \(dueOnly ? "AND \(anchor) <= \(today.ordinal) - contact.cadence_override" : "")
              AND \(tierSQL(tiers)) AND \(filterSQL)
            """, arguments: arguments, score: dueScore))
        return try merge(&streams, take: take)
    }

    private func tierSQL(_ tiers: [Tier]) -> String {
        tiers.count == Tier.allCases.count ? "1" : "contact.tier IN (\(tiers.map { "'\($0.rawValue)'" }.joined(separator: ",")))" // l10n-exempt: SQL
    }

    /// A stream of rows the indexes cannot order: fetched whole, scored, sorted.
    private func scoredInSwift(_ db: Database, sql: String, arguments: StatementArguments,
                               score: @escaping (Candidate) -> Double) throws -> Stream {
        let statement = try db.makeStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var scored: [(score: Double, id: Int64)] = []
        while try cursor.next() != nil {
            let candidate = Candidate(statement.sqliteStatement)
            scored.append((score(candidate), candidate.id))
        }
        return Stream(cursor: nil, sorted: scored.sorted(by: Ranking.before), score: score)
    }

    static func before(_ a: (score: Double, id: Int64), _ b: (score: Double, id: Int64)) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    /// Merges ordered streams: repeatedly takes the best head.
    private func merge(_ streams: inout [Stream], take: Int?) throws -> [Int64] {
        var heads: [(score: Double, id: Int64)?] = []
        for index in streams.indices { heads.append(try next(&streams[index])) }
        var result: [Int64] = []
        while take.map({ result.count < $0 }) ?? true {
            var best: Int?
            for index in heads.indices {
                guard let head = heads[index] else { continue }
                if let current = best, let bestHead = heads[current], !Ranking.before(head, bestHead) { continue }
                best = index
            }
            guard let chosen = best, let head = heads[chosen] else { break }
            result.append(head.id)
            heads[chosen] = try next(&streams[chosen])
        }
        return result
    }

    private func next(_ stream: inout Stream) throws -> (score: Double, id: Int64)? {
        if let cursor = stream.cursor, let statement = stream.statement {
            guard try cursor.next() != nil else { return nil }
            let candidate = Candidate(statement.sqliteStatement)
            return (stream.score(candidate), candidate.id)
        }
        guard stream.position < stream.sorted.count else { return nil }
        defer { stream.position += 1 }
        return stream.sorted[stream.position]
    }
}

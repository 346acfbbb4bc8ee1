import RapportCore
import RapportStore

/// The SQLite engine's `Ranking`, on PostgreSQL: within one tier (no own
/// cadence) the warmth and due scores follow an indexed order
/// (`warmth_key`, the day the cadence counts from), so each tier is read in
/// index order, at most as many rows as the page needs; contacts with their
/// own cadence, and other rows the indexes cannot order, are scored in
/// Swift; the streams are merged best first. Same streams, same scores,
/// same merge: the same order as SQLite, ties included.
struct PGRanking {
    struct Candidate {
        let id: Int64
        let tier: Tier
        let override: Int?
        let last: Int?
        let reviewFrom: Int
        let base: Double
    }

    typealias Scored = (score: Double, id: Int64)

    let cadence: Cadence
    let today: Day

    static let columns = "contact.id, contact.tier, contact.cadence_override, contact.last_exchange_day, contact.review_from_day, contact.warmth_base" // l10n-exempt: SQL
    static let anchor = "coalesce(contact.last_exchange_day, contact.review_from_day)" // l10n-exempt: SQL

    static func candidate(_ row: PGRecord) -> Candidate {
        Candidate(id: row.int64(0), tier: Tier(rawValue: row.text(1)) ?? .b, override: row.int(2), last: row.int(3),
                  reviewFrom: row.int(4) ?? 0, base: row.double(5))
    }

    func days(_ c: Candidate) -> Int { cadence.days(tier: c.tier, override: c.override) }

    func warmthScore(_ c: Candidate) -> Double {
        WarmthModel.warmth(baseScore: c.base, last: c.last.map(Day.init(ordinal:)), cadence: days(c), today: today).score
    }

    func dueScore(_ c: Candidate) -> Double {
        let status = DueStatus(lastExchange: c.last.map(Day.init(ordinal:)), reviewFrom: Day(ordinal: c.reviewFrom),
                               cadence: days(c), today: today)
        return Review.score(status: status, tier: c.tier)
    }

    /// A filter as SQL, with its own parameters for each query.
    typealias Filter = (inout PGParams) -> String

    private func fetch(_ db: PGConnection, _ filter: Filter, _ build: (inout PGParams, String) -> String) throws -> [Candidate] {
        var params = PGParams()
        let condition = filter(&params)
        let sql = build(&params, condition)
        return try db.execute(sql, params.values).records.map(Self.candidate)
    }

    private func tierSQL(_ tiers: [Tier]) -> String {
        tiers.count == Tier.allCases.count ? "true" : "contact.tier IN (\(tiers.map { "'\($0.rawValue)'" }.joined(separator: ",")))" // l10n-exempt: SQL
    }

    /// Ids by warmth (warmest first, then by id); never contacted last, by id.
    func byWarmth(_ db: PGConnection, filter: Filter, tiers: [Tier], take: Int?) throws -> [Int64] {
        var streams: [[Scored]] = []
        for tier in tiers {
            let rows = try fetch(db, filter) { params, condition in
                """
                SELECT \(Self.columns) FROM contact
                WHERE contact.tier = \(params.add(tier.rawValue)) AND contact.cadence_override IS NULL
                  AND contact.warmth_key IS NOT NULL AND contact.last_exchange_day <= \(params.add(today.ordinal)) AND \(condition)
                ORDER BY contact.warmth_key DESC, contact.id LIMIT \(params.add(take))
                """
            }
            streams.append(rows.map { (warmthScore($0), $0.id) })
        }
        streams.append(try fetch(db, filter) { params, condition in
            """
            SELECT \(Self.columns) FROM contact
            WHERE contact.cadence_override IS NOT NULL AND contact.last_exchange_day IS NOT NULL
              AND \(tierSQL(tiers)) AND \(condition)
            """
        }.map { (warmthScore($0), $0.id) }.sorted(by: Self.before))
        streams.append(try fetch(db, filter) { params, condition in
            """
            SELECT \(Self.columns) FROM contact
            WHERE contact.last_exchange_day > \(params.add(today.ordinal)) AND contact.cadence_override IS NULL
              AND \(tierSQL(tiers)) AND \(condition)
            """
        }.map { (warmthScore($0), $0.id) }.sorted(by: Self.before))
        var ids = Self.merge(streams, take: take)
        if let take, ids.count >= take { return ids }
        let remaining = take.map { $0 - ids.count }
        ids += try fetch(db, filter) { params, condition in
            """
            SELECT \(Self.columns) FROM contact
            WHERE contact.last_exchange_day IS NULL AND \(tierSQL(tiers)) AND \(condition)
            ORDER BY contact.id LIMIT \(params.add(remaining))
            """
        }.map(\.id)
        return ids
    }

    /// Ids by overdue ratio × tier weight (most overdue first, then by
    /// id). With `dueOnly`, only contacts at or past their cadence.
    func byDue(_ db: PGConnection, filter: Filter, tiers: [Tier], dueOnly: Bool, take: Int?) throws -> [Int64] {
        var streams: [[Scored]] = []
        for tier in tiers {
            let rows = try fetch(db, filter) { params, condition in
                let limit = dueOnly ? "AND \(Self.anchor) <= \(params.add(today.ordinal - cadence.days(for: tier)))" : ""
                return """
                    SELECT \(Self.columns) FROM contact
                    WHERE contact.tier = \(params.add(tier.rawValue)) AND contact.cadence_override IS NULL \(limit) AND \(condition)
                    ORDER BY \(Self.anchor), contact.id LIMIT \(params.add(take))
                    """
            }
            streams.append(rows.map { (dueScore($0), $0.id) })
        }
        streams.append(try fetch(db, filter) { params, condition in
            let limit = dueOnly ? "AND \(Self.anchor) <= \(params.add(today.ordinal)) - contact.cadence_override" : ""
            return """
                SELECT \(Self.columns) FROM contact
                WHERE contact.cadence_override IS NOT NULL \(limit) AND \(tierSQL(tiers)) AND \(condition)
                """
        }.map { (dueScore($0), $0.id) }.sorted(by: Self.before))
        return Self.merge(streams, take: take)
    }

    static func before(_ a: Scored, _ b: Scored) -> Bool {
        a.score != b.score ? a.score > b.score : a.id < b.id
    }

    /// Repeatedly takes the best head among the ordered streams.
    static func merge(_ streams: [[Scored]], take: Int?) -> [Int64] {
        var positions = Array(repeating: 0, count: streams.count)
        var result: [Int64] = []
        while take.map({ result.count < $0 }) ?? true {
            var best: Int?
            for index in streams.indices where positions[index] < streams[index].count {
                let head = streams[index][positions[index]]
                if let current = best, !before(head, streams[current][positions[current]]) { continue }
                best = index
            }
            guard let chosen = best else { break }
            result.append(streams[chosen][positions[chosen]].id)
            positions[chosen] += 1
        }
        return result
    }
}

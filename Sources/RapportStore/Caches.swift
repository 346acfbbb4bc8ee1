import Foundation
import GRDB
import RapportCore

/// The two values kept on each contact so lists and the review never read
/// every exchange: the day of the last exchange and the warmth score on that
/// day (`WarmthModel.baseScore`). Refreshed in the same transaction as every
/// write that can change them.
public enum Caches {
    static let cadenceSettingKey = "warmth_cadence"

    /// Recomputes one contact's caches from its exchanges and coverage. The tables can
    /// be named: an import computes them in its staging tables, which have
    /// the same columns.
    static func refresh(_ db: Database, contactId: Int64, cadence: Cadence,
                        contactTable: String = "contact", exchangeTable: String = "exchange") throws {
        // Cached statements: imports refresh thousands of contacts in a row
        // (under the write lock for their press work), and every `log` one.
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT tier, cadence_override FROM \(contactTable) WHERE id = ?"),
                                         arguments: [contactId]) else { return }
        let days = cadence.days(tier: row["tier"], override: row["cadence_override"])
        let facts = try Row.fetchAll(db.cachedStatement(sql: "SELECT \(ExchangeFacts.columns) FROM \(exchangeTable) WHERE contact_id = ?"),
                                     arguments: [contactId]).map(ExchangeFacts.init(row:))
        // Coverage counts as "they gave" (docs/relationship-model.md); an
        // import's staging tables hold none.
        let coverage = contactTable == "contact"
            ? try Int.fetchAll(db.cachedStatement(sql: "SELECT day FROM coverage WHERE contact_id = ? ORDER BY day, id"),
                               arguments: [contactId]).map(Day.init(ordinal:))
            : []
        let base = WarmthModel.baseScore(facts, coverage: coverage, cadence: days)
        try db.cachedStatement(sql: "UPDATE \(contactTable) SET last_exchange_day = ?, warmth_base = ?, warmth_key = ? WHERE id = ?")
            .execute(arguments: [base?.last.ordinal, base?.score ?? 0,
                                 base.flatMap { warmthKey(base: $0.score, last: $0.last, cadence: days) }, contactId])
    }

    /// A number that orders contacts sharing a cadence by warmth, whatever
    /// the day: warmth = base × 2^(−(today − last)/cadence), so
    /// ln(warmth) = ln(base) + ln 2 × last/cadence − ln 2 × today/cadence,
    /// and only the first two terms differ between contacts. Nil when there
    /// is no exchange (warmth 0).
    static func warmthKey(base: Double, last: Day, cadence: Int) -> Double? {
        guard base > 0 else { return nil }
        return log(base) + 0.6931471805599453 * Double(last.ordinal) / Double(max(1, cadence))
    }

    /// The cadences written by `fingerprint`.
    public static func cadence(fromFingerprint text: String) -> Cadence {
        var days: [Tier: Int] = [:]
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=")
            if pair.count == 2, let tier = Tier(rawValue: String(pair[0])), let value = Int(pair[1]) { days[tier] = value }
        }
        return Cadence(tierDays: days)
    }

    /// The cadences a database's caches were computed with, as stored.
    public static func fingerprint(_ cadence: Cadence) -> String {
        Tier.allCases.map { "\($0.rawValue)=\(cadence.days(for: $0))" }.joined(separator: ",")
    }

    /// When the configured tier cadences differ from those the caches were
    /// computed with, recomputes the warmth of the contacts concerned.
    static func ensureCadence(_ db: Database, cadence: Cadence) throws {
        let wanted = fingerprint(cadence)
        let stored = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [cadenceSettingKey])
        if stored == wanted { return }
        if let stored {
            let previous = Caches.cadence(fromFingerprint: stored)
            let changed = Tier.allCases.filter { previous.tierDays[$0] != cadence.days(for: $0) }.map(\.rawValue)
            let ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM contact WHERE cadence_override IS NULL AND last_exchange_day IS NOT NULL
                AND tier IN (\(changed.map { _ in "?" }.joined(separator: ",")))
                """, arguments: StatementArguments(changed))
            for id in ids { try refresh(db, contactId: id, cadence: cadence) }
        }
        try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", arguments: [cadenceSettingKey, wanted])
    }

    /// SQL for a contact's cadence in days, given the tier defaults.
    static func cadenceSQL(_ cadence: Cadence, table: String = "contact") -> String {
        "coalesce(\(table).cadence_override, CASE \(table).tier WHEN 'A' THEN \(cadence.days(for: .a)) WHEN 'B' THEN \(cadence.days(for: .b)) ELSE \(cadence.days(for: .c)) END)" // l10n-exempt: SQL
    }

    /// SQL for the warmth score on `today` (see `WarmthModel.warmth(baseScore:…)`).
    static func warmthScoreSQL(_ cadence: Cadence, today: Day, table: String = "contact") -> String {
        "(CASE WHEN \(table).last_exchange_day IS NULL THEN 0.0 ELSE \(table).warmth_base * exp(-0.6931471805599453 * max(0, \(today.ordinal) - \(table).last_exchange_day) / \(cadenceSQL(cadence, table: table))) END)" // l10n-exempt: SQL
    }

    /// SQL for the review score on `today`: days since / cadence × tier weight.
    static func dueScoreSQL(_ cadence: Cadence, today: Day, table: String = "contact") -> String {
        let weight = "(CASE \(table).tier WHEN 'A' THEN \(Cadence.reviewWeight(.a)) WHEN 'B' THEN \(Cadence.reviewWeight(.b)) ELSE \(Cadence.reviewWeight(.c)) END)" // l10n-exempt: SQL
        return "(max(0, \(today.ordinal) - coalesce(\(table).last_exchange_day, \(table).review_from_day)) * 1.0 / \(cadenceSQL(cadence, table: table)) * \(weight))"
    }
}

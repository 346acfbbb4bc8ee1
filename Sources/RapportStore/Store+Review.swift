import GRDB
import RapportCore

/// One line of the review: the contact and why it is due.
public struct ReviewEntry: Hashable, Sendable {
    public let row: ContactRow
    public let item: ReviewItem
}

extension RapportDatabase {
    /// Who is due, most urgent first: contacts with a follow-up whose date
    /// has come, then contacts past their cadence by overdue ratio × tier
    /// weight. Archived, snoozed and do-not-contact people are left out.
    /// The ranking is `Review.rank`'s, computed in SQL so it stays fast.
    public func review(today: Day, limit: Int? = nil, offset: Int = 0) throws(StoreError) -> [ReviewEntry] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: reviewSQL(today: today, select: ContactRow.columns) + " LIMIT ? OFFSET ?",
                                        arguments: [limit ?? -1, offset])
            return try entries(db, rows: rows, today: today)
        }
    }

    /// The ids of the review in order.
    public func reviewIds(today: Day) throws(StoreError) -> [Int64] {
        try read { db in try Int64.fetchAll(db, sql: reviewSQL(today: today, select: "contact.id")) }
    }

    /// Review entries for the given ids, in the given order; ids no longer due are skipped.
    public func reviewEntries(ids: [Int64], today: Day) throws(StoreError) -> [ReviewEntry] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT \(ContactRow.columns) FROM contact WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                        arguments: StatementArguments(ids))
            let entries = try entries(db, rows: rows, today: today)
            let byId = Dictionary(entries.map { ($0.row.id, $0) }, uniquingKeysWith: { first, _ in first })
            return ids.compactMap { byId[$0] }
        }
    }

    /// How many contacts are due.
    public func reviewCount(today: Day) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(reviewSQL(today: today, select: "contact.id", ordered: false)))") ?? 0
        }
    }

    private func entries(_ db: Database, rows: [Row], today: Day) throws -> [ReviewEntry] {
        let contactRows = rows.map { ContactRow(row: $0, cadence: cadence, today: today) }
        guard !contactRows.isEmpty else { return [] }
        var followUps: [Int64: [(exchangeId: Int64, due: Day, text: String)]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, contact_id, follow_up_day, follow_up FROM exchange
            WHERE follow_up_day IS NOT NULL AND follow_up_done_day IS NULL AND follow_up_day <= ?
              AND contact_id IN (\(contactRows.map { _ in "?" }.joined(separator: ",")))
            """, arguments: [today.ordinal] + StatementArguments(contactRows.map(\.id))) {
            followUps[row["contact_id"], default: []].append((row["id"], Day(ordinal: row["follow_up_day"]), row["follow_up"]))
        }
        let rowsById = Dictionary(contactRows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let candidates = contactRows.map { row in
            ReviewCandidate(contactId: row.id, tier: row.tier, cadence: row.cadence, lastExchange: row.lastExchange,
                            reviewFrom: row.reviewFrom,
                            snoozedUntil: row.snoozedUntil, doNotContact: row.doNotContact, archived: row.archived,
                            openFollowUps: followUps[row.id] ?? [])
        }
        let order = Dictionary(contactRows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Review.rank(candidates, today: today)
            .sorted { (order[$0.contactId] ?? 0) < (order[$1.contactId] ?? 0) }
            .compactMap { item in rowsById[item.contactId].map { ReviewEntry(row: $0, item: item) } }
    }

    private func reviewSQL(today: Day, select: String, ordered: Bool = true) -> String {
        let t = today.ordinal
        return """
            WITH fu AS (
              SELECT contact_id, min(follow_up_day) AS fu_day FROM exchange
              WHERE follow_up_day IS NOT NULL AND follow_up_done_day IS NULL AND follow_up_day <= \(t)
              GROUP BY contact_id)
            SELECT \(select) FROM contact LEFT JOIN fu ON fu.contact_id = contact.id
            WHERE contact.archived = 0 AND contact.do_not_contact = 0
              AND (contact.snoozed_until_day IS NULL OR contact.snoozed_until_day <= \(t))
              AND (fu.fu_day IS NOT NULL OR \(t) - coalesce(contact.last_exchange_day, contact.review_from_day) >= \(Caches.cadenceSQL(cadence)))
            \(ordered ? "ORDER BY fu.fu_day IS NULL, fu.fu_day, \(Caches.dueScoreSQL(cadence, today: today)) DESC, contact.id" : "")
            """
    }
}

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
            let ids = try reviewOrder(db, today: today, take: limit.map { $0 + offset })
            let rows = try Self.rows(db, ids: Array(ids.dropFirst(offset)), cadence: cadence, today: today)
            return try entries(db, rows: rows, today: today)
        }
    }

    /// The ids of the review in order.
    public func reviewIds(today: Day) throws(StoreError) -> [Int64] {
        try read { db in try reviewOrder(db, today: today, take: nil) }
    }

    /// How many contacts are due.
    public func reviewCount(today: Day) throws(StoreError) -> Int {
        try read { db in
            var count = 0
            for tier in Tier.allCases {
                count += try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM contact INDEXED BY contact_by_due_anchor
                    WHERE contact.tier = ? AND contact.cadence_override IS NULL
                      AND coalesce(contact.last_exchange_day, contact.review_from_day) <= ? AND \(eligibleSQL(today))
                    """, arguments: [tier.rawValue, today.ordinal - cadence.days(for: tier)]) ?? 0
            }
            count += try Int.fetchOne(db, sql: """
                SELECT count(*) FROM contact INDEXED BY contact_with_cadence_override WHERE contact.cadence_override IS NOT NULL
                  AND coalesce(contact.last_exchange_day, contact.review_from_day) <= ? - contact.cadence_override AND \(eligibleSQL(today))
                """, arguments: [today.ordinal]) ?? 0
            // Contacts with a follow-up due, less those already counted as past their cadence.
            count += try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT contact.id) FROM exchange e INDEXED BY exchange_open_follow_up
                CROSS JOIN contact ON contact.id = e.contact_id
                WHERE \(Self.followUpDueSQL(today)) AND \(eligibleSQL(today))
                  AND coalesce(contact.last_exchange_day, contact.review_from_day) > ? - \(Caches.cadenceSQL(cadence))
                """, arguments: [today.ordinal]) ?? 0
            return count
        }
    }

    /// Review order: contacts with a follow-up due first (earliest promise
    /// first), then contacts past their cadence by overdue ratio × tier weight.
    func reviewOrder(_ db: Database, today: Day, take: Int?) throws -> [Int64] {
        let followUps = try followUpsDue(db, today: today, take: take)
        if let take, followUps.count >= take { return Array(followUps.prefix(take)) }
        let listed = Set(followUps)
        let ranking = Ranking(cadence: cadence, today: today)
        var result = followUps
        let due = try ranking.byDue(db, filterSQL: eligibleSQL(today), arguments: [], tiers: Tier.allCases, dueOnly: true,
                                    take: take.map { $0 - followUps.count + listed.count })
        for id in due where !listed.contains(id) {
            if let take, result.count >= take { break }
            result.append(id)
        }
        return result
    }

    /// Eligible contacts with a follow-up due (see `Review.followUpIsDue`),
    /// earliest first; the first `take` of them when given.
    ///
    /// The open follow-ups are walked in the order of their index (day,
    /// then contact), so a contact's first row is its earliest due
    /// follow-up and contacts due the same day come by id: the order of
    /// `GROUP BY contact ORDER BY min(day), id`, without grouping every
    /// follow-up first. The walk stops at `take` contacts, so a page of the
    /// review looks up about `take` contacts instead of every open
    /// follow-up's (thousands of random reads at 100,000 contacts).
    func followUpsDue(_ db: Database, today: Day, take: Int? = nil) throws -> [Int64] {
        if let take, take <= 0 { return [] }
        let cursor = try Int64.fetchCursor(db, sql: """
            SELECT contact.id FROM exchange e INDEXED BY exchange_open_follow_up
            CROSS JOIN contact ON contact.id = e.contact_id
            WHERE \(Self.followUpDueSQL(today)) AND \(eligibleSQL(today))
            ORDER BY e.follow_up_day, e.contact_id
            """)
        var ids: [Int64] = []
        var seen = Set<Int64>()
        while let id = try cursor.next() {
            guard seen.insert(id).inserted else { continue }
            ids.append(id)
            if let take, ids.count >= take { break }
        }
        return ids
    }

    /// `e` is an open follow-up whose date has come, with no exchange logged since that date.
    static func followUpDueSQL(_ today: Day) -> String {
        /* l10n-exempt: SQL */ """
        e.follow_up_day IS NOT NULL AND e.follow_up_done_day IS NULL AND e.follow_up_day <= \(today.ordinal)
        AND (contact.last_exchange_day IS NULL OR contact.last_exchange_day < e.follow_up_day)
        """
    }

    /// Archived, do-not-contact and snoozed people are not in the review.
    func eligibleSQL(_ today: Day) -> String {
        "contact.archived = 0 AND contact.do_not_contact = 0 AND (contact.snoozed_until_day IS NULL OR contact.snoozed_until_day <= \(today.ordinal))" // l10n-exempt: SQL
    }

    private func entries(_ db: Database, rows contactRows: [ContactRow], today: Day) throws -> [ReviewEntry] {
        guard !contactRows.isEmpty else { return [] }
        var followUps: [Int64: [(exchangeId: Int64, due: Day, text: String)]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, contact_id, follow_up_day, follow_up FROM exchange INDEXED BY exchange_open_follow_up
            WHERE follow_up_day IS NOT NULL AND follow_up_done_day IS NULL AND follow_up_day <= ?
              AND contact_id IN (\(contactRows.map { _ in "?" }.joined(separator: ",")))
            """, arguments: [today.ordinal] + StatementArguments(contactRows.map(\.id))) {
            followUps[row["contact_id"], default: []].append((row["id"], row["follow_up_day"], row["follow_up"]))
        }
        let rowsById = Dictionary(contactRows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let candidates = contactRows.map { row in
            ReviewCandidate(contactId: row.id, tier: row.tier, cadence: row.cadence, lastExchange: row.lastExchange,
                            reviewFrom: row.reviewFrom,
                            snoozedUntil: row.snoozedUntil, doNotContact: row.doNotContact, archived: row.archived,
                            openFollowUps: followUps[row.id] ?? [])
        }
        let order = Dictionary(contactRows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ranked = Review.rank(candidates, today: today)
            .sorted { (order[$0.contactId] ?? 0) < (order[$1.contactId] ?? 0) }
            .compactMap { item in rowsById[item.contactId].map { ReviewEntry(row: $0, item: item) } }
        return CareerOrder.addingMoves(ranked, moves: try Self.moves(db, ids: contactRows.map(\.id)), today: today)
    }
}

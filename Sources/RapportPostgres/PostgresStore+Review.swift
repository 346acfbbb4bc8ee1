import RapportCore
import RapportStore

extension PostgresStore {
    public func review(today: Day, owner: String?, limit: Int?, offset: Int) throws(StoreError) -> [ReviewEntry] {
        try read { db in
            let ids = try reviewOrder(db, today: today, owner: owner, take: limit.map { $0 + offset })
            let contactRows = try rows(db, ids: Array(ids.dropFirst(offset)), today: today)
            return try entries(db, rows: contactRows, today: today)
        }
    }

    public func reviewIds(today: Day, owner: String?) throws(StoreError) -> [Int64] {
        try read { db in try reviewOrder(db, today: today, owner: owner, take: nil) }
    }

    public func reviewCount(today: Day, owner: String?) throws(StoreError) -> Int {
        var params = PGParams()
        let eligible = eligibleSQL(today, owner: owner, &params)
        return try query("""
            SELECT count(*) FROM contact WHERE \(eligible) AND (
              coalesce(contact.last_exchange_day, contact.review_from_day) <= \(today.ordinal) - \(Self.cadenceSQL(cadence))
              OR contact.id IN (SELECT e.contact_id FROM exchange e JOIN contact ON contact.id = e.contact_id
                                WHERE \(Self.followUpDueSQL(today))))
            """, params.values).first?.int(0) ?? 0
    }

    /// Contacts with a follow-up due first (earliest promise first), then
    /// contacts past their cadence by overdue ratio × tier weight.
    func reviewOrder(_ db: PGConnection, today: Day, owner: String?, take: Int?) throws -> [Int64] {
        var params = PGParams()
        let eligible = eligibleSQL(today, owner: owner, &params)
        let followUps = try db.execute("""
            SELECT contact.id FROM exchange e JOIN contact ON contact.id = e.contact_id
            WHERE \(Self.followUpDueSQL(today)) AND \(eligible)
            GROUP BY contact.id ORDER BY min(e.follow_up_day), contact.id
            """, params.values).records.map { $0.int64(0) }
        if let take, followUps.count >= take { return Array(followUps.prefix(take)) }
        let listed = Set(followUps)
        var result = followUps
        let ranking = PGRanking(cadence: cadence, today: today)
        let due = try ranking.byDue(db, filter: { params in self.eligibleSQL(today, owner: owner, &params) },
                                    tiers: Tier.allCases, dueOnly: true,
                                    take: take.map { $0 - followUps.count + listed.count })
        for id in due where !listed.contains(id) {
            if let take, result.count >= take { break }
            result.append(id)
        }
        return result
    }

    /// `e` is an open follow-up whose date has come, with no exchange since.
    static func followUpDueSQL(_ today: Day) -> String {
        /* l10n-exempt: SQL */ """
        e.follow_up_day IS NOT NULL AND e.follow_up_done_day IS NULL AND e.follow_up_day <= \(today.ordinal)
        AND (contact.last_exchange_day IS NULL OR contact.last_exchange_day < e.follow_up_day)
        """
    }

    /// Archived, do-not-contact and snoozed people are not in the review;
    /// with `owner`, only that login's contacts are.
    func eligibleSQL(_ today: Day, owner: String?, _ params: inout PGParams) -> String {
        var sql = "NOT contact.archived AND NOT contact.do_not_contact AND (contact.snoozed_until_day IS NULL OR contact.snoozed_until_day <= \(today.ordinal))" // l10n-exempt: SQL
        if let owner { sql += " AND contact.owner = \(params.add(owner))" } // l10n-exempt: SQL
        return sql
    }

    /// Review entries for a page of rows, ranked by `Review.rank` and kept
    /// in the page's order.
    private func entries(_ db: PGConnection, rows contactRows: [ContactRow], today: Day) throws -> [ReviewEntry] {
        guard !contactRows.isEmpty else { return [] }
        var followUps: [Int64: [(exchangeId: Int64, due: Day, text: String)]] = [:]
        for row in try db.execute("""
            SELECT id, contact_id, follow_up_day, follow_up FROM exchange
            WHERE follow_up_day IS NOT NULL AND follow_up_done_day IS NULL AND follow_up_day <= $1
              AND contact_id = ANY($2::bigint[])
            """, [String(today.ordinal), PGText.ids(contactRows.map(\.id))]).records {
            followUps[row.int64(1), default: []].append((row.int64(0), row.day(2) ?? today, row.text(3)))
        }
        let rowsById = Dictionary(contactRows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let candidates = contactRows.map { row in
            ReviewCandidate(contactId: row.id, tier: row.tier, cadence: row.cadence, lastExchange: row.lastExchange,
                            reviewFrom: row.reviewFrom, snoozedUntil: row.snoozedUntil, doNotContact: row.doNotContact,
                            archived: row.archived, openFollowUps: followUps[row.id] ?? [])
        }
        let order = Dictionary(contactRows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ranked = Review.rank(candidates, today: today)
            .sorted { (order[$0.contactId] ?? 0) < (order[$1.contactId] ?? 0) }
            .compactMap { item in rowsById[item.contactId].map { ReviewEntry.make(row: $0, item: item) } }
        return CareerOrder.addingMoves(ranked, moves: try moves(db, ids: contactRows.map(\.id)), today: today)
    }
}

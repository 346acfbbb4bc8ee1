import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// The review's first page stops reading at its limit: the follow-ups due
/// are walked in index order until enough contacts are found, instead of
/// grouping every open follow-up first. Counted in pages read, never timed.
@Suite struct ReviewPagingTests {
    /// 300 contacts with open follow-ups: most due (on 17 different days,
    /// so several contacts share a day), some twice, some answered by a
    /// later exchange, some not due yet, some archived.
    static func database() throws -> RapportDatabase {
        let database = try memoryDatabase()
        for index in 0..<300 {
            let contact = try database.add("Contact \(index)", tier: [Tier.a, .b, .c][index % 3], addedDaysAgo: 60)
            let due = index % 13 == 0 ? today.adding(days: 3) : today.adding(days: -(index * 7 % 17))
            try database.log(contact, daysAgo: 40, followUp: FollowUp(due: due, text: "send the study \(index)"))
            if index % 5 == 0 {
                try database.log(contact, daysAgo: 30, followUp: FollowUp(due: today.adding(days: -(index % 4)), text: "call back"))
            }
            if index % 7 == 0 { try database.log(contact, daysAgo: 0) }
            if index % 11 == 0 { _ = try database.setArchived(contactId: contact.id, true, today: today) }
        }
        return database
    }

    /// The order the review had when every follow-up was grouped in SQL.
    static func groupedOrder(_ database: RapportDatabase, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT contact.id FROM exchange e CROSS JOIN contact ON contact.id = e.contact_id
            WHERE \(RapportDatabase.followUpDueSQL(today)) AND \(database.eligibleSQL(today))
            GROUP BY contact.id ORDER BY min(e.follow_up_day), contact.id
            """)
    }

    @Test func followUpsDueKeepTheGroupedOrder() throws {
        let database = try Self.database()
        try database.read { db in
            let grouped = try Self.groupedOrder(database, db)
            #expect(grouped.count > 150, "enough follow-ups due to page through")
            #expect(try database.followUpsDue(db, today: today) == grouped)
            for take in [0, 1, 5, 17, grouped.count, grouped.count + 3] {
                #expect(try database.followUpsDue(db, today: today, take: take) == Array(grouped.prefix(take)), "take \(take)")
            }
        }
        let whole = try database.reviewIds(today: today)
        let page = try database.review(today: today, limit: 10).map(\.row.id)
        #expect(page == Array(whole.prefix(10)))
        let later = try database.review(today: today, limit: 10, offset: 10).map(\.row.id)
        #expect(later == Array(whole.dropFirst(10).prefix(10)))
    }

    @Test func aReviewPageReadsAboutItsLimitNotEveryFollowUp() throws {
        let database = try Self.database()
        let (page, pagedReads) = try database.read { db in
            try PagesRead.during(db) { try database.followUpsDue(db, today: today, take: 5) }
        }
        #expect(page.count == 5)
        let (whole, wholeReads) = try database.read { db in
            try PagesRead.during(db) { try database.followUpsDue(db, today: today) }
        }
        #expect(whole.count > 150)
        #expect(pagedReads * 5 < wholeReads, "page of 5: \(pagedReads) pages, every follow-up: \(wholeReads)")
    }
}

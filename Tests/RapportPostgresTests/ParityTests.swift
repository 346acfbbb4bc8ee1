import Foundation
import RapportCore
import RapportPostgres
import RapportStore
import Testing

/// The same data in SQLite and in PostgreSQL gives the same lists (every
/// sort, several filters, pages), counts, review and search results.
@Suite("PostgreSQL parity with SQLite", .enabled(if: PGTestCluster.available), .serialized)
struct ParityTests {
    static let options = DemoOptions(contacts: 90, exchanges: 700, seed: 11)

    @Test func demoDataGivesTheSameAnswers() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        let sqlite = try RapportDatabase.inMemory()
        _ = try sqlite.loadDemo(Self.options, today: testToday)
        _ = try store.loadDemo(Self.options, today: testToday)
        try Self.compare(sqlite, store, snippets: true)
    }

    @Test func importedRecordsGiveTheSameAnswers() throws {
        let source = try RapportDatabase.inMemory()
        _ = try source.loadDemo(Self.options, today: testToday.adding(days: -200))
        var records: [ImportRecord] = []
        try source.exportContacts(ExportFilter(), withExchanges: true, batchSize: 50) { item in
            let c = item.contact
            let draft = ContactDraft(name: c.name, role: c.role, outlet: c.outlet, title: c.title, tier: c.tier,
                                     cadenceOverride: c.cadenceOverride, stage: c.stage, howMet: c.howMet, notes: c.notes,
                                     doNotContact: c.doNotContact, handles: c.handles, tags: c.tags)
            // Every other record without its review day: both engines spread it the same way.
            records.append(ImportRecord(draft: draft, exchanges: item.exchanges.map { ExchangeDraft($0) },
                                        created: c.created, updated: c.updated, reviewFrom: c.id % 2 == 0 ? c.reviewFrom : nil,
                                        snoozedUntil: c.snoozedUntil, archived: c.archived))
        }
        // The same people twice: the second half are duplicates, skipped by both.
        let all = records + records.prefix(10)
        let sqlite = try RapportDatabase.inMemory()
        let database = try PGTestDatabase()
        let store = try database.open()
        let local = try sqlite.importContacts(ImportOptions(policy: .skip, tags: ["Imported"]), today: testToday) { sink in
            for record in all { _ = try sink.add(record) }
        }
        let team = try store.importContacts(ImportOptions(policy: .skip, tags: ["Imported"]), today: testToday) { sink in
            for record in all { _ = try sink.add(record) }
        }
        #expect(local.counts == team.counts)
        // SQLite's own import indexes handles and tags in the file's order,
        // its other writers in index order: snippets can list them differently.
        try Self.compare(sqlite, store, snippets: false)
    }

    static func compare(_ sqlite: RapportDatabase, _ store: PostgresStore, snippets: Bool) throws {
        #expect(try sqlite.contactCount() == store.contactCount())
        #expect(try sqlite.tagNames() == store.tagNames())
        let tag = try #require(try sqlite.tagNames().first)
        var archivedOnly = ContactFilter()
        archivedOnly.archivedOnly = true
        let filters = [
            ContactFilter(), ContactFilter(includeArchived: true), ContactFilter(tier: .a), ContactFilter(role: .journalist),
            ContactFilter(tag: tag), ContactFilter(search: "ma"), ContactFilter(tier: .c, search: "le"), archivedOnly,
        ]
        for today in [testToday, testToday.adding(days: 45), testToday.adding(days: -100)] {
            for filter in filters {
                #expect(try sqlite.countContacts(filter) == store.countContacts(filter), "count \(filter)")
                for sort in ContactSort.allCases {
                    let expected = try sqlite.contactIds(filter, sort: sort, today: today)
                    #expect(try store.contactIds(filter, sort: sort, today: today) == expected, "\(sort) \(filter) \(today.iso)")
                    #expect(try store.listContacts(filter, sort: sort, today: today, limit: 7, offset: 3)
                        == sqlite.listContacts(filter, sort: sort, today: today, limit: 7, offset: 3), "page \(sort) \(filter)")
                }
            }
            #expect(try store.reviewIds(today: today, owner: nil) == sqlite.reviewIds(today: today), "review \(today.iso)")
            #expect(try store.review(today: today, owner: nil, limit: 10, offset: 2)
                == sqlite.review(today: today, limit: 10, offset: 2), "review page \(today.iso)")
            #expect(try store.reviewCount(today: today, owner: nil) == sqlite.reviewCount(today: today))
            #expect(try store.openFollowUps(dueBy: today, includeInactive: false, limit: nil)
                == sqlite.openFollowUps(dueBy: today))
        }
        for query in ["ma", "le monde", "lunch", "data", "é", "camille", "tech", "Müller", "launch embargo", "zzzz"] {
            for includeArchived in [true, false] {
                let expected = try sqlite.search(query, limit: 15, includeArchived: includeArchived)
                let found = try store.search(query, limit: 15, includeArchived: includeArchived)
                #expect(found.map(\.contact.id) == expected.map(\.contact.id), "search ids \(query)")
                #expect(found.map(\.exchangeId) == expected.map(\.exchangeId), "search exchanges \(query)")
                #expect(found.map(\.field) == expected.map(\.field), "search fields \(query)")
                if snippets {
                    #expect(found.map(\.snippet) == expected.map(\.snippet), "search snippets \(query)")
                }
            }
        }
        // Career timeline (issue 11): the same careers and past-outlet hits.
        for id in try sqlite.contactIds(ContactFilter(includeArchived: true), sort: .name, today: testToday) {
            #expect(try store.career(contactId: id) == sqlite.career(contactId: id), "career \(id)")
        }
        for query in ["gazette", "radio horizon", "quotidien soir", "echos"] {
            let expected = try sqlite.search(query, limit: 40, includeArchived: true)
            let found = try store.search(query, limit: 40, includeArchived: true)
            #expect(found.map(\.contact.id) == expected.map(\.contact.id), "career search \(query)")
            #expect(found.map(\.field) == expected.map(\.field), "career search fields \(query)")
        }
        var sqliteExport: [String] = [], teamExport: [String] = []
        try sqlite.exportContacts(ExportFilter(), withExchanges: true, batchSize: 40) { sqliteExport.append(PostgresStoreTests.fingerprint($0)) }
        try store.exportContacts(ExportFilter(), withExchanges: true, batchSize: 40) { teamExport.append(PostgresStoreTests.fingerprint($0)) }
        #expect(sqliteExport == teamExport)
    }
}

import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// Editing and deleting exchanges: whatever the sequence of logs, edits and
/// deletes, the database ends exactly as if the surviving exchanges had been
/// logged as they now are: the same cached columns, list orders, review,
/// follow-ups and search results, and a search index that matches its table.
@Suite("Exchange edits and deletes")
struct ExchangeEditTests {
    /// SplitMix64: the same sequence on every run of a seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
        mutating func pick<T>(_ values: [T]) -> T { values[int(0..<values.count)] }
    }

    static let words = ["grid", "heat", "pump", "study", "lunch", "embargo", "report", "charts", "Lefèvre", "café"]

    /// The people every history is about: each tier, one with its own cadence.
    static let people: [(name: String, tier: Tier, cadence: Int?)] = [
        ("Ana", .a, nil), ("Bruno", .b, nil), ("Chloé", .c, nil), ("Dmitri", .b, 10), ("Eve", .a, 90), ("Farid", .c, nil),
    ]

    static func addPeople(_ database: RapportDatabase) throws -> [Int64] {
        try people.map { person in
            try database.addContact(ContactDraft(name: person.name, tier: person.tier, cadenceOverride: person.cadence),
                                    today: today.adding(days: -400)).id
        }
    }

    static func summary(_ random: inout Random) -> String {
        (0..<random.int(1..<4)).map { _ in random.pick(words) }.joined(separator: " ")
    }

    static func followUp(_ random: inout Random) -> FollowUp? {
        guard random.chance(40) else { return nil }
        return FollowUp(due: today.adding(days: random.int(-60..<60)), text: summary(&random),
                        done: random.chance(30) ? today.adding(days: -random.int(0..<30)) : nil)
    }

    static func draft(_ random: inout Random) -> ExchangeDraft {
        ExchangeDraft(
            day: today.adding(days: -random.int(0..<400)), channel: random.pick(Channel.allCases),
            direction: random.pick(Direction.allCases), summary: summary(&random),
            notes: random.chance(30) ? summary(&random) : "", rating: random.chance(50) ? random.int(1..<6) : nil,
            intent: random.pick(Intent.allCases), followUp: followUp(&random))
    }

    /// Changes a random subset of the draft's fields.
    static func edited(_ draft: ExchangeDraft, _ random: inout Random) -> ExchangeDraft {
        var draft = draft
        repeat {
            switch random.int(0..<8) {
            case 0: draft.day = today.adding(days: -random.int(0..<400))
            case 1: draft.channel = random.pick(Channel.allCases)
            case 2: draft.direction = random.pick(Direction.allCases)
            case 3: draft.summary = summary(&random)
            case 4: draft.rating = random.chance(30) ? nil : random.int(1..<6)
            case 5: draft.intent = random.pick(Intent.allCases)
            case 6: draft.followUp = followUp(&random)
            default: draft.notes = random.chance(50) ? "" : summary(&random)
            }
        } while random.chance(40)
        return draft
    }

    @Test(arguments: 1...10 as ClosedRange<UInt64>)
    func editsAndDeletesEndAsIfTheHistoryHadBeenLoggedThatWay(seed: UInt64) throws {
        var random = Random(state: seed)
        let live = try memoryDatabase()
        let ids = try Self.addPeople(live)
        /// What survives: exchange id → (contact, draft as it now is).
        var surviving: [Int64: (contactId: Int64, draft: ExchangeDraft)] = [:]
        for _ in 0..<80 {
            let roll = random.int(0..<100)
            if surviving.isEmpty || roll < 45 {
                let contactId = random.pick(ids)
                let draft = Self.draft(&random)
                let result = try live.logExchange(contactId: contactId, draft, today: today)
                surviving[result.exchange.id] = (contactId, ExchangeDraft(result.exchange))
            } else if roll < 80 {
                let id = random.pick(surviving.keys.sorted())
                let entry = try #require(surviving[id])
                let edit = try live.updateExchange(id: id, Self.edited(entry.draft, &random), today: today)
                #expect(edit.before.id == id && edit.after.id == id && edit.after.contactId == entry.contactId)
                surviving[id] = (entry.contactId, ExchangeDraft(edit.after))
            } else {
                let id = random.pick(surviving.keys.sorted())
                try live.deleteExchange(id: id)
                surviving[id] = nil
            }
        }
        // The same people, and the surviving exchanges logged once, as they are now.
        let fresh = try memoryDatabase()
        #expect(try Self.addPeople(fresh) == ids)
        var idMap: [Int64: Int64] = [:]
        for (id, entry) in surviving.sorted(by: { $0.key < $1.key }) {
            idMap[id] = try fresh.logExchange(contactId: entry.contactId, entry.draft, today: today).exchange.id
        }
        try Self.expectSame(live, fresh, idMap: idMap)
    }

    /// Everything a cache, a list, the review, the follow-ups or the search can show.
    static func expectSame(_ live: RapportDatabase, _ fresh: RapportDatabase, idMap: [Int64: Int64],
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let contactColumns = "SELECT id, last_exchange_day, warmth_base, warmth_key, review_from_day FROM contact ORDER BY id"
        let exchangeColumns = """
            SELECT contact_id, day, channel, direction, summary, notes, rating, intent, follow_up_day, follow_up, follow_up_done_day
            FROM exchange ORDER BY id
            """
        for sql in [contactColumns, exchangeColumns] {
            let a = try live.writer.read { db in try Row.fetchAll(db, sql: sql) }
            let b = try fresh.writer.read { db in try Row.fetchAll(db, sql: sql) }
            #expect(a == b, "\(sql)", sourceLocation: sourceLocation)
        }
        for day in [today, today.adding(days: 45), today.adding(days: 200)] {
            for sort in ContactSort.allCases {
                #expect(try live.listContacts(sort: sort, today: day) == fresh.listContacts(sort: sort, today: day),
                        "sorted by \(sort) on \(day.iso)", sourceLocation: sourceLocation)
            }
            let describe = { (entries: [ReviewEntry]) in
                entries.map { "\($0.row.id) \($0.item.score) \($0.item.reasons.map(\.sentence))" }
            }
            #expect(describe(try live.review(today: day)) == describe(try fresh.review(today: day)), sourceLocation: sourceLocation)
            #expect(try live.reviewCount(today: day) == fresh.reviewCount(today: day), sourceLocation: sourceLocation)
        }
        let followUps = { (entries: [FollowUpEntry]) in entries.map { "\($0.contact.id) \($0.due.iso) \($0.text) \($0.madeOn.iso)" } }
        #expect(followUps(try live.openFollowUps()) == followUps(try fresh.openFollowUps()), sourceLocation: sourceLocation)
        for query in words + ["lef", "ca", "nothing"] {
            let a = try live.search(query, limit: 500).map { hit in
                "\(hit.contact.id) \(hit.field) \(hit.snippet) \(hit.day?.iso ?? "") \(hit.exchangeId.flatMap { idMap[$0] } ?? 0)"
            }
            let b = try fresh.search(query, limit: 500).map { hit in
                "\(hit.contact.id) \(hit.field) \(hit.snippet) \(hit.day?.iso ?? "") \(hit.exchangeId ?? 0)"
            }
            #expect(a == b, "search '\(query)'", sourceLocation: sourceLocation)
            let filter = ContactFilter(search: query)
            #expect(try live.contactIds(filter, sort: .warmth, today: today) == fresh.contactIds(filter, sort: .warmth, today: today),
                    sourceLocation: sourceLocation)
        }
        // The index matches the exchange table, term for term.
        try live.writer.write { db in
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts) VALUES ('integrity-check')")
            #expect(try ExchangeIndexCheck.mismatches(db) == [], sourceLocation: sourceLocation)
        }
    }

    @Test func anEditIsOneTransactionAndKeepsTheIdAndContact() throws {
        let database = try memoryDatabase()
        let ana = try database.add("Ana", tier: .a, addedDaysAgo: 100)
        let first = try database.log(ana, daysAgo: 40, summary: "Old lunch").exchange
        try database.log(ana, daysAgo: 10, summary: "Recent call")
        #expect(try database.contact(id: ana.id)?.lastExchange == today.adding(days: -10))
        var draft = ExchangeDraft(first)
        draft.day = today.adding(days: -2)
        draft.summary = "Moved lunch"
        let edit = try database.updateExchange(id: first.id, draft, today: today)
        #expect(edit.before == first)
        #expect(edit.after.id == first.id && edit.after.contactId == ana.id)
        #expect(edit.contact.lastExchange == today.adding(days: -2))
        #expect(try database.exchange(id: first.id) == edit.after)
    }

    @Test func anEditRefusedLeavesEverythingAsItWas() throws {
        let database = try memoryDatabase()
        let ana = try database.add("Ana", addedDaysAgo: 100)
        let logged = try database.log(ana, daysAgo: 5, summary: "Lunch").exchange
        let before = try database.fingerprint()
        var future = ExchangeDraft(logged)
        future.day = today.adding(days: 3)
        #expect(throws: StoreError.self) { try database.updateExchange(id: logged.id, future, today: today) }
        var empty = ExchangeDraft(logged)
        empty.summary = "   "
        #expect(throws: StoreError.self) { try database.updateExchange(id: logged.id, empty, today: today) }
        var stale = logged
        stale.summary = "Something else"
        #expect(throws: StoreError.changedSince(what: "exchange #\(logged.id)", by: nil, at: nil)) {
            try database.updateExchange(id: logged.id, ExchangeDraft(logged), today: today, expecting: stale)
        }
        #expect(throws: StoreError.notFound("no exchange with id 999")) {
            try database.updateExchange(id: 999, ExchangeDraft(logged), today: today)
        }
        #expect(try database.fingerprint() == before)
    }

    @Test func aDateAlreadyInTheFutureCanStayWhenOtherFieldsChange() throws {
        let database = try memoryDatabase()
        let ana = try database.add("Ana", addedDaysAgo: 100)
        let planned = try database.logExchange(contactId: ana.id, ExchangeDraft(day: today.adding(days: 4), summary: "Planned"),
                                               today: today, allowFuture: true).exchange
        var draft = ExchangeDraft(planned)
        draft.summary = "Planned meeting"
        #expect(try database.updateExchange(id: planned.id, draft, today: today).after.summary == "Planned meeting")
    }

    @Test func restoringADeletedExchangePutsEverythingBack() throws {
        let database = try memoryDatabase()
        let ids = try Self.addPeople(database)
        var random = Random(state: 99)
        for _ in 0..<20 {
            try database.logExchange(contactId: random.pick(ids), Self.draft(&random), today: today)
        }
        let reference = try memoryDatabase()
        _ = try Self.addPeople(reference)
        var random2 = Random(state: 99)
        for _ in 0..<20 {
            try reference.logExchange(contactId: random2.pick(ids), Self.draft(&random2), today: today)
        }
        let identity = Dictionary(uniqueKeysWithValues: (1...20).map { (Int64($0), Int64($0)) })
        // A middle one (its id stays free) and the last one (a newer log takes its id).
        let middle = try database.deleteExchange(id: 7)
        #expect(try database.restoreExchange(middle) == middle)
        try Self.expectSame(database, reference, idMap: identity)
        let last = try database.deleteExchange(id: 20)
        let restored = try database.restoreExchange(last)
        #expect(restored == last, "the id was free again")
        let taken = try database.deleteExchange(id: 20)
        let newer = try database.logExchange(contactId: ids[0], ExchangeDraft(day: today, summary: "Newer"), today: today).exchange
        #expect(newer.id == 20, "SQLite gives the largest id + 1")
        let moved = try database.restoreExchange(taken)
        #expect(moved.id == 21)
        var expected = taken
        expected.id = 21
        #expect(moved == expected)
    }
}

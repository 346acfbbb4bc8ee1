import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// An import builds its new contacts' search index in the staging
/// database and moves it into the live one under the lock without
/// tokenizing anything (`SearchIndexTransfer`): the result must be the
/// index SQLite would have built, by FTS5's own integrity check and by
/// every search.
@Suite("Search index transfer")
struct SearchIndexTransferTests {
    static let definition = "USING fts5(name, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    static let words = ["press", "breakfast", "énergie", "climat", "study", "café", "Zoë", "sent", "lunch", "a", "le"]

    func document(_ id: Int) -> (String, String) {
        let word = { (n: Int) in Self.words[(id * 7 + n * 3) % Self.words.count] }
        return ("\(word(1)) person\(id)", "\(word(2)) \(word(3)) \(id % 5 == 0 ? "" : word(4))")
    }

    @Test func varintsAreSQLites() {
        #expect(FTSVarint.encode([0, 127, 128, 300]) == [0x00, 0x7F, 0x81, 0x00, 0x82, 0x2C])
        for value: UInt64 in [0, 1, 127, 128, 16_383, 16_384, 1 << 35, (1 << 56) - 1, 1 << 56, UInt64.max] {
            var reader = FTSVarint.Reader(FTSVarint.encode([value, 7]))
            #expect(reader.next() == value)
            #expect(reader.next() == 7)
            #expect(reader.atEnd)
        }
        #expect(FTSVarint.encode([UInt64.max]).count == 9)
        #expect(FTSStructure([0, 0, 0, 0, 0xFF, 0, 0, 1, 0, 0, 0]) == nil)
        #expect(FTSStructure([0, 0, 0, 0, 1, 1]) == nil)
    }

    @Test func structureRecordsReadBackAsWritten() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in try db.execute(sql: "CREATE VIRTUAL TABLE t \(Self.definition)") }
        for batch in 0..<12 {
            try queue.write { db in
                for id in (batch * 20 + 1)...(batch * 20 + 20) {
                    let (name, notes) = document(id)
                    try db.execute(sql: "INSERT INTO t(rowid, name, notes) VALUES (?, ?, ?)", arguments: [id, name, notes])
                }
            }
            let blob = try queue.read { db in try Data.fetchOne(db, sql: "SELECT block FROM t_data WHERE id = 10") }
            let bytes = Array(try #require(blob))
            let structure = try #require(FTSStructure(bytes))
            #expect(structure.encoded() == bytes)
            #expect(!structure.levels.flatMap(\.segments).isEmpty)
        }
    }

    /// Live rows 1…60 with 20, 59 and 60 deleted (60 was the last id, so
    /// the staged rows reuse it: the delete must not hide the new row 60),
    /// staged rows 60…260; against the same rows inserted the usual way.
    /// The live rows are written in one go, then optimized or not, or one
    /// write each (level 0 fills up and FTS5 merges it, as beside `log`).
    @Test(arguments: [(false, false), (true, false), (false, true)])
    func aStagedIndexJoinsTheLiveOneAsIfTokenizedThere(optimizedLive: Bool, oneWriteEach: Bool) throws {
        let folder = try TemporaryFolder()
        let live = try DatabaseQueue(path: folder.path("live.sqlite"))
        let reference = try DatabaseQueue(path: folder.path("reference.sqlite"))
        for queue in [live, reference] {
            try queue.write { db in try db.execute(sql: "CREATE VIRTUAL TABLE t \(Self.definition)") }
            for batch in oneWriteEach ? (1...60).map { $0...$0 } : [1...60] {
                try queue.write { db in
                    for id in batch {
                        let (name, notes) = document(id)
                        try db.execute(sql: "INSERT INTO t(rowid, name, notes) VALUES (?, ?, ?)", arguments: [id, name, notes])
                    }
                }
            }
            try queue.write { db in try db.execute(sql: "DELETE FROM t WHERE rowid IN (20, 59, 60)") }
            if optimizedLive { try queue.write { db in try db.execute(sql: "INSERT INTO t(t) VALUES ('optimize')") } }
        }
        try reference.write { db in
            for id in 60...260 {
                let (name, notes) = document(id)
                try db.execute(sql: "INSERT INTO t(rowid, name, notes) VALUES (?, ?, ?)", arguments: [id, name, notes])
            }
        }
        let transferred = try live.writeWithoutTransaction { db -> Bool in
            try db.execute(sql: "ATTACH DATABASE ? AS staging", arguments: [folder.path("staging.sqlite")])
            try db.execute(sql: "CREATE VIRTUAL TABLE staging.t \(Self.definition)")
            try db.inTransaction {
                for id in 60...260 {
                    let (name, notes) = document(id)
                    try db.execute(sql: "INSERT INTO staging.t(rowid, name, notes) VALUES (?, ?, ?)", arguments: [id, name, notes])
                }
                try db.execute(sql: "INSERT INTO staging.t(t) VALUES ('optimize')")
                return .commit
            }
            var result = false
            try db.inTransaction(.immediate) {
                result = try SearchIndexTransfer(table: "t").run(db)
                return .commit
            }
            return result
        }
        try live.close()
        #expect(transferred)
        let reopened = try DatabaseQueue(path: folder.path("live.sqlite"))
        try reopened.write { db in try db.execute(sql: "INSERT INTO t(t) VALUES ('integrity-check')") }
        func results(_ queue: DatabaseQueue) throws -> [String] {
            try queue.read { db in
                try (Self.words + ["p", "pe", "per", "person6", "person60", "person20", "name:zoe", "notes:cafe", "br*"]).map { query in
                    let rows = try Int64.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", arguments: [
                        query.hasSuffix("*") || query.contains(":") ? query : "\"\(query)\"*",
                    ])
                    return "\(query): \(rows)"
                }
            }
        }
        #expect(try results(reopened) == results(reference))
        // Later writes, one at a time (FTS5 merges level 0, then level 1 with the moved segment).
        for queue in [reopened, reference] {
            for id in 300...340 {
                let (name, notes) = document(id)
                try queue.write { db in try db.execute(sql: "INSERT INTO t(rowid, name, notes) VALUES (?, ?, ?)", arguments: [id, name, notes]) }
            }
        }
        try reopened.write { db in try db.execute(sql: "INSERT INTO t(t) VALUES ('integrity-check')") }
        #expect(try results(reopened) == results(reference))
        // The live index keeps working: a later write, a merge, a delete.
        try reopened.write { db in
            try db.execute(sql: "INSERT INTO t(rowid, name, notes) VALUES (999, 'late entry', 'press')")
            try db.execute(sql: "DELETE FROM t WHERE rowid = 100")
            try db.execute(sql: "INSERT INTO t(t) VALUES ('optimize')")
            try db.execute(sql: "INSERT INTO t(t) VALUES ('integrity-check')")
        }
        #expect(try reopened.read { db in try Int64.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH 'late'") } == [999])
    }

    /// Where the staged segments go (`FTSStructure.adding`): after level
    /// 0's segments, at the end of level 1, newest last.
    @Test func stagedSegmentsGoToTheEndOfLevelOneAfterLevelZero() throws {
        func segments(_ ids: ClosedRange<Int64>) -> [FTSStructure.Segment] { ids.map { .init(id: $0, first: 1, last: 2) } }
        func structure(_ levels: [(UInt64, ClosedRange<Int64>?)]) throws -> FTSStructure {
            var bytes: [UInt8] = [0, 0, 0, 0]
            var values: [UInt64] = [UInt64(levels.count), UInt64(levels.reduce(0) { $0 + ($1.1?.count ?? 0) }), 7]
            for (merging, ids) in levels {
                values += [merging, UInt64(ids?.count ?? 0)]
                for id in ids ?? 1...0 { values += [UInt64(id), 1, 2] }
            }
            bytes += FTSVarint.encode(values)
            return try #require(FTSStructure(bytes))
        }
        let staged = segments(100...100)
        let ids = { (structure: FTSStructure) in structure.levels.map { $0.segments.map(\.id) } }
        // Level 0's few segments, then the staged one, at the end of level 1.
        #expect(ids(try structure([(0, 1...3), (0, 4...5)]).adding(staged)) == [[], [4, 5, 1, 2, 3, 100]])
        // A new level 1.
        #expect(ids(try structure([(0, 1...2)]).adding(staged)) == [[], [1, 2, 100]])
        // Level 1 being merged into level 2: appending to it is what FTS5's own merges of level 0 do.
        #expect(ids(try structure([(0, 1...2), (3, 4...8), (0, 9...9)]).adding(staged)) == [[], [4, 5, 6, 7, 8, 1, 2, 100], [9]])
        // Level 0 full (15): it is emptied all the same.
        #expect(ids(try structure([(0, 1...15)]).adding(staged)) == [[], Array(1...15) + [100]])
        // Level 0 being merged: its output is level 1's last segment, so the staged one stays on level 0.
        #expect(ids(try structure([(2, 1...3), (0, 4...5)]).adding(staged)) == [[1, 2, 3, 100], [4, 5]])
    }

    /// The whole import on a file, where the transfer is used: contacts
    /// already there, the last one forgotten (its id is reused), then 300
    /// people with handles and tags.
    @Test func anImportIntoAFileLeavesAWholeSearchIndex() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rapport.sqlite")
        let database = try RapportDatabase.open(path: path)
        for index in 1...30 { try database.add("Existing \(index)", outlet: "Old Outlet") }
        let last = try database.add("Vanishing Person")
        _ = try database.forget(contactId: last.id)
        let (_, counts) = try database.importContacts(ImportOptions(), today: today) { importer in
            for index in 1...300 {
                let draft = try ContactDraft(name: "Imported \(index) Zoë", outlet: "Outlet\(index % 7)",
                                             handles: [Handle(kind: .email, value: "person\(index)@example.org")],
                                             tags: ["tag\(index % 3)"]).validated()
                try importer.add(ImportRecord(draft: draft, exchanges: []))
            }
        }
        #expect(counts.imported == 300)
        let check = try DatabaseQueue(path: path)
        try check.write { db in try db.execute(sql: "INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')") }
        try check.close()
        let reused = try database.resolve("person1@example.org")
        #expect(reused.id == last.id)
        #expect(try database.search("imported 1 zoe", limit: 400).map(\.contact.id).contains(reused.id))
        #expect(try database.search("vanishing").isEmpty)
        #expect(try database.search("zoe", limit: 400).count == 300)
        #expect(try database.search("outlet3", limit: 400).count == 43)
        #expect(try database.search("tag2", limit: 400).count == 100)
        #expect(try database.search("person299", limit: 400).map(\.contact.name) == ["Imported 299 Zoë"])
        #expect(try database.search("old outlet", limit: 400).count == 30)
        // Later writes keep the index whole.
        let zoe = try database.resolve("person2@example.org")
        try database.log(zoe, daysAgo: 1, summary: "Breakfast")
        try database.writer.write { db in
            try db.execute(sql: "UPDATE contact SET name = 'Renamed Person' WHERE id = ?", arguments: [zoe.id])
            try db.execute(sql: "INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')")
        }
        #expect(try database.search("renamed").map(\.contact.id) == [zoe.id])
    }

    /// An import with exchanges (a JSON export, say) into a file: their
    /// search index is built in staging and moved, not tokenized under the
    /// lock (the live index's write counter, which every tokenizing write
    /// raises, stays as it was), and it is the index the same import into
    /// memory builds row by row, for every search. Into a new, empty file
    /// too: an FTS5 index never written has a 7-byte structure record.
    @Test(arguments: [12, 0])
    func anImportWithExchangesMovesTheirSearchIndexWhole(existing: Int) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rapport.sqlite")
        let file = try RapportDatabase.open(path: path)
        let memory = try RapportDatabase.inMemory()
        let summaries = ["Sent the study", "Press breakfast", "Café crème", "Called back", "Énergie climat", "lunch"]
        for database in [file, memory] {
            for index in (1...12).prefix(existing) {
                let contact = try database.add("Existing \(index)")
                try database.log(contact, daysAgo: index, summary: summaries[index % summaries.count] + " \(index)")
            }
        }
        func structure(_ database: RapportDatabase) throws -> FTSStructure? {
            try database.writer.read { db in
                try Data.fetchOne(db, sql: "SELECT block FROM exchange_fts_data WHERE id = 10").flatMap { FTSStructure(Array($0)) }
            }
        }
        let before = try #require(try structure(file))
        for database in [file, memory] {
            let (_, counts) = try database.importContacts(ImportOptions(), today: today) { importer in
                for index in 1...200 {
                    let draft = try ContactDraft(name: "Imported \(index)", handles: [Handle(kind: .email, value: "p\(index)@example.org")])
                        .validated()
                    let exchanges = (0..<(index % 4)).map { number in
                        ExchangeDraft(day: today.adding(days: -((index * 7 + number * 13) % 400)), channel: .email,
                                      summary: summaries[(index + number) % summaries.count] + " n\(index)x\(number)")
                    }
                    try importer.add(ImportRecord(draft: draft, exchanges: exchanges))
                }
            }
            #expect(counts.exchanges == 300)
        }
        let after = try #require(try structure(file))
        #expect(after.writeCounter == before.writeCounter)
        #expect(after.levels.flatMap(\.segments).count == before.levels.flatMap(\.segments).count + 1)
        let check = try DatabaseQueue(path: path)
        try check.write { db in
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts) VALUES ('integrity-check')")
            #expect(try ExchangeIndexCheck.mismatches(db) == [])
        }
        func results(_ read: ((Database) throws -> [String]) throws -> [String]) throws -> [String] {
            try read { db in
                try ["sent", "breakfast", "cafe", "e", "en", "energie", "n18x1", "n1*", "lunch", "called"].map { query in
                    let rows = try Row.fetchAll(db, sql: """
                        SELECT exchange_fts.rowid, e.contact_id, e.summary FROM exchange_fts JOIN exchange e ON e.id = (exchange_fts.rowid & 4294967295)
                        WHERE exchange_fts MATCH ? ORDER BY exchange_fts.rowid
                        """, arguments: [query.hasSuffix("*") ? query : "\"\(query)\"*"]).map { "\($0[0] as Int64)/\($0[1] as Int64)/\($0[2] as String)" }
                    let ids = try Int64.fetchAll(db, sql: "SELECT id FROM exchange WHERE day * 4294967296 + id IN (SELECT rowid FROM exchange_fts WHERE exchange_fts MATCH ?) ORDER BY id", arguments: [query.hasSuffix("*") ? query : "\"\(query)\"*"])
                    return "\(query): \(rows) \(ids)"
                }
            }
        }
        let moved = try results { try check.read($0) }
        #expect(try moved == results { try memory.writer.read($0) })
        #expect(moved.contains { $0.hasPrefix("n18x1: [\"") })
        // Later writes keep it whole.
        try check.write { db in
            try db.execute(sql: "DELETE FROM exchange WHERE id = (SELECT max(id) FROM exchange)")
            try db.execute(sql: "UPDATE exchange SET summary = 'Renamed lunch' WHERE id = 20")
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts) VALUES ('integrity-check')")
            #expect(try ExchangeIndexCheck.mismatches(db) == [])
        }
    }
}

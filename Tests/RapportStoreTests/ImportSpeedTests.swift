import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// What the import's staging does to go faster must not change what it
/// finds or writes: duplicates found without a query when nobody has the
/// handle, the contacts' search index built while staging, the search
/// indexes built without FTS5's automatic merges, the exchanges' values
/// made without the table's key paths.
@Suite("Import speed: the same result")
struct ImportSpeedTests {
    /// Enough distinct words to make FTS5 flush its pending terms many
    /// times (a flush every megabyte of them).
    static func document(_ id: Int) -> String {
        "word\(id % 997) person\(id) note\(id * 7 % 4_999) café\(id % 13) lunch \(id % 5 == 0 ? "press" : "breakfast")"
    }

    @Test func stagedSearchIndexIsTheSameWithoutAutomaticMerges() throws {
        let folder = try TemporaryFolder()
        let queue = try DatabaseQueue(path: folder.path("live.sqlite"))
        let definition = "USING fts5(summary, contact_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        let segments = try queue.writeWithoutTransaction { db -> (usual: Int, bulk: Int) in
            try db.execute(sql: "ATTACH DATABASE ? AS staging", arguments: [folder.path("staging.sqlite")])
            try db.execute(sql: "CREATE VIRTUAL TABLE staging.usual \(definition)")
            try ImportStaging.createBulkIndex(db, "bulk", definition)
            var counts = (usual: 0, bulk: 0)
            try db.inTransaction {
                for table in ["usual", "bulk"] {
                    for id in 1...40_000 {
                        try db.execute(sql: "INSERT INTO staging.\(table)(rowid, summary, contact_id) VALUES (?, ?, ?)",
                                       arguments: [id, Self.document(id), id % 300])
                    }
                }
                // Rows 1 and 10 are the totals and the structure; the rest are segment pages.
                counts.usual = try Int.fetchOne(db, sql: "SELECT count(DISTINCT id >> 37) FROM staging.usual_data WHERE id > 10") ?? 0
                counts.bulk = try Int.fetchOne(db, sql: "SELECT count(DISTINCT id >> 37) FROM staging.bulk_data WHERE id > 10") ?? 0
                try db.execute(sql: "INSERT INTO staging.usual(usual) VALUES ('optimize')")
                try ImportStaging.finishBulkIndex(db, "bulk")
                return .commit
            }
            return counts
        }
        // Without automatic merges, every flush stays a segment of its own until the end.
        #expect(segments.bulk > segments.usual)
        try queue.writeWithoutTransaction { db in
            // The same pages, under the segment id each table gave its one segment.
            let mask: Int64 = (1 << 37) - 1
            for (query, name) in [("SELECT id & \(mask), block FROM staging.%@_data WHERE id > 10", "pages"),
                                  ("SELECT term, pgno FROM staging.%@_idx", "term index"),
                                  ("SELECT id, block FROM staging.%@_data WHERE id = 1", "totals"),
                                  ("SELECT * FROM staging.%@_content", "content")] {
                let usual = try Row.fetchAll(db, sql: query.replacingOccurrences(of: "%@", with: "usual") + " ORDER BY 1")
                let bulk = try Row.fetchAll(db, sql: query.replacingOccurrences(of: "%@", with: "bulk") + " ORDER BY 1")
                #expect(!usual.isEmpty, "\(name)")
                #expect(usual == bulk, "\(name)")
            }
            // The settings are gone: the staged index looks like any other (`SearchIndexTransfer` checks).
            #expect(try Row.fetchAll(db, sql: "SELECT k, v FROM staging.bulk_config").map { "\($0[0] as String)=\($0[1] as Int)" }
                == ["version=4"])
            try db.execute(sql: "INSERT INTO staging.bulk(bulk) VALUES ('integrity-check')")
            #expect(try Int64.fetchAll(db, sql: "SELECT rowid FROM staging.bulk WHERE bulk MATCH 'person3999*' ORDER BY rowid")
                == [3_999, 39_990, 39_991, 39_992, 39_993, 39_994, 39_995, 39_996, 39_997, 39_998, 39_999])
        }
    }

    @Test func stagedExchangeValuesAreTheTablesOwn() throws {
        #expect(ContactImporter.exchangeColumnsAsExpected)
        let drafts = [
            ExchangeDraft(day: today, summary: "Plain"),
            ExchangeDraft(day: today.adding(days: -3), channel: .twitterDM, direction: .inbound, summary: "Rated", notes: "Notes here",
                          rating: 4, intent: .gave, followUp: FollowUp(due: today.adding(days: 5), text: "Send the study"),
                          project: "Launch"),
            ExchangeDraft(day: today.adding(days: -9), channel: .meeting, summary: "Done", intent: .asked,
                          followUp: FollowUp(due: today.adding(days: -2), text: "Call back", done: today)),
        ]
        func stored(_ value: FastStatement.Value) -> DatabaseValue {
            switch value {
            case let .text(text): return text.databaseValue
            case let .integer(number): return number?.databaseValue ?? .null
            case let .real(number): return number?.databaseValue ?? .null
            case let .database(value): return value
            }
        }
        for draft in drafts {
            let usual = ExchangeTable.fields.values(of: Exchange(id: 0, contactId: 42, draft: draft))
            #expect(ContactImporter.exchangeValues(draft, contact: 42).map(stored) == usual)
        }
    }

    /// More records than `liveKeysAfterLookups`, so that duplicates of live
    /// contacts are found both by look-up and after the live handle keys
    /// are read at once; duplicates within the file too, by email and by
    /// Twitter handle.
    @Test(arguments: [DuplicatePolicy.skip, .merge])
    func duplicatesAreFoundBeforeAndAfterTheLiveKeysAreRead(policy: DuplicatePolicy) throws {
        let folder = try TemporaryFolder()
        let database = try RapportDatabase.open(path: folder.path("rapport.sqlite"))
        for index in 0..<50 {
            try database.add("Live \(index)", handles: [Handle(kind: .email, value: "live\(index)@example.org")])
        }
        let total = ContactImporter.liveKeysAfterLookups + 1_000
        let (_, counts) = try database.importContacts(ImportOptions(policy: policy), today: today) { importer in
            for index in 0..<total {
                var email = "p\(index)@example.org"
                var handles: [Handle] = []
                if (100..<110).contains(index) { email = "live\(index - 100)@example.org" }
                if (total - 500..<total - 460).contains(index) { email = "LIVE\(index - total + 510)@example.org" }
                if (total - 100..<total - 90).contains(index) { email = "p\(index - total + 100)@example.org" }
                if (total - 50..<total - 45).contains(index) {
                    handles.append(try Handle.parse(kind: .twitter, "@twin\(index - total + 50)"))
                } else if (200..<205).contains(index) {
                    handles.append(try Handle.parse(kind: .twitter, "@twin\(index - 200)"))
                }
                handles.append(try Handle.parse(kind: .email, email))
                let draft = try ContactDraft(name: "Person \(index)", handles: handles).validated()
                try importer.add(ImportRecord(draft: draft))
            }
        }
        let duplicates = 10 + 40 + 10 + 5
        switch policy {
        case .merge: #expect(counts.merged == duplicates)
        default: #expect(counts.skippedDuplicates == duplicates)
        }
        #expect(counts.imported == total - duplicates)
        #expect(try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") } == 50 + total - duplicates)
    }

    /// The contacts' search index is built while staging; a record that
    /// merges into a contact staged before it changes that contact's
    /// document, and the index must say what the contact says at the end.
    @Test func aMergeIntoAStagedContactIsSearchableByWhatItAdded() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("rapport.sqlite")
        let database = try RapportDatabase.open(path: path)
        try database.add("Existing Person", outlet: "Old Outlet")
        let (_, counts) = try database.importContacts(ImportOptions(policy: .merge), today: today) { importer in
            for index in 1...30 {
                let draft = try ContactDraft(name: "Imported \(index)", handles: [Handle(kind: .email, value: "p\(index)@example.org")])
                    .validated()
                try importer.add(ImportRecord(draft: draft))
            }
            let later = try ContactDraft(name: "Imported 7 again", outlet: "Quillfeather Weekly",
                                         handles: [Handle(kind: .email, value: "p7@example.org"),
                                                   try Handle.parse(kind: .twitter, "@sevenlater")],
                                         tags: ["gardening"]).validated()
            try importer.add(ImportRecord(draft: later))
        }
        #expect(counts.imported == 30)
        #expect(counts.merged == 1)
        let check = try DatabaseQueue(path: path)
        try check.write { db in try db.execute(sql: "INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')") }
        try check.close()
        let seven = try database.resolve("p7@example.org")
        #expect(try database.search("quillfeather").map(\.contact.id) == [seven.id])
        #expect(try database.search("gardening").map(\.contact.id) == [seven.id])
        #expect(try database.search("sevenlater").map(\.contact.id) == [seven.id])
        #expect(try database.search("imported", limit: 100).count == 30)
        #expect(try database.search("old outlet").count == 1)
    }
}

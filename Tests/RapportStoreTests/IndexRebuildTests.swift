import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// An import that brings a table more rows than it holds drops that
/// table's indexes and creates them again after the copy (`IndexRebuild`):
/// the schema must end as it was, every index must match its table, and
/// the import must still find duplicates and merge through those indexes.
@Suite("Import: indexes built again after a large copy")
struct IndexRebuildTests {
    func record(_ index: Int) throws -> ImportRecord {
        let draft = try ContactDraft(name: "Person \(index)", outlet: index % 3 == 0 ? "Le Monde" : "", tier: index % 2 == 0 ? .a : .c,
                                     handles: [Handle(kind: .email, value: "p\(index)@example.org"),
                                               Handle(kind: .twitter, value: "@person\(index)")],
                                     tags: index % 4 == 0 ? ["salon", "énergie"] : ["salon"]).validated()
        let exchanges = (0..<(index % 3)).map { day in
            ExchangeDraft(day: today.adding(days: -day - index % 40), channel: .phone, summary: "Call \(day)",
                          followUp: day == 0 ? FollowUp(due: today.adding(days: index % 9), text: "send it") : nil)
        }
        return ImportRecord(draft: draft, exchanges: exchanges)
    }

    /// Indexes as the schema lists them, with and without where they are stored.
    func indexes(_ database: RapportDatabase) throws -> (definitions: [String], pages: [String: Int]) {
        try database.writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT name, tbl_name, sql, rootpage FROM sqlite_master WHERE type = 'index' ORDER BY name
                """)
            return (rows.map { "\($0["name"] as String) \($0["tbl_name"] as String) \($0["sql"] as String? ?? "auto")" },
                    Dictionary(uniqueKeysWithValues: rows.map { ($0["name"] as String, $0["rootpage"] as Int) }))
        }
    }

    @Test func aLargeImportBuildsTheIndexesAgainAndTheSchemaIsUnchanged() throws {
        let folder = try TemporaryFolder()
        let database = try RapportDatabase.open(path: folder.path("live.sqlite"))
        try database.add("Camille Lefèvre", handles: [Handle(kind: .email, value: "camille@example.org")], tags: ["salon"])
        let before = try indexes(database)
        let (_, counts) = try database.importContacts(ImportOptions(policy: .merge), today: today) { importer in
            for index in 0..<200 { _ = try importer.add(try record(index)) }
            // A duplicate of the live contact and one of a record above: both merged.
            _ = try importer.add(ImportRecord(draft: try ContactDraft(name: "C. Lefèvre", outlet: "Libération",
                                                                  handles: [Handle(kind: .email, value: "CAMILLE@example.org")]).validated()))
            _ = try importer.add(ImportRecord(draft: try ContactDraft(name: "P. 7", notes: "merged",
                                                                  handles: [Handle(kind: .twitter, value: "@Person7")]).validated()))
        }
        #expect(counts.imported == 200 && counts.merged == 2)
        let after = try indexes(database)
        #expect(after.definitions == before.definitions)
        // The contact, handle, contact_tag and exchange indexes were built again (new pages); tag's stayed.
        for name in ["contact_by_name", "contact_by_due_anchor", "handle_by_normalized", "contact_tag_by_tag", "exchange_by_contact"] {
            #expect(after.pages[name] != nil && after.pages[name] != before.pages[name], "\(name)")
        }
        #expect(after.pages["sqlite_autoindex_tag_1"] == before.pages["sqlite_autoindex_tag_1"])
        #expect(try database.writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try database.resolve("camille").outlet == "Libération")
        #expect(try database.resolve("@person7").notes == "merged")
        let byName = try database.listContacts(ContactFilter(includeArchived: true), sort: .name, today: today, limit: 3).map(\.name)
        #expect(byName == ["Camille Lefèvre", "Person 0", "Person 1"])
        // A later import of the same people finds every one through the rebuilt handle index.
        let (_, again) = try database.importContacts(ImportOptions(policy: .skip), today: today) { importer in
            for index in 0..<200 { _ = try importer.add(try record(index)) }
        }
        #expect(again.imported == 0 && again.skippedDuplicates == 200)
    }

    @Test func aSmallImportIntoALargerTableLeavesItsIndexesAlone() throws {
        let folder = try TemporaryFolder()
        let database = try RapportDatabase.open(path: folder.path("live.sqlite"))
        for index in 0..<30 { try database.add("Live \(index)", handles: [Handle(kind: .email, value: "l\(index)@example.org")]) }
        let before = try indexes(database)
        _ = try database.importContacts(ImportOptions(), today: today) { importer in
            for index in 0..<10 { _ = try importer.add(try record(index)) }
        }
        let after = try indexes(database)
        #expect(after.definitions == before.definitions)
        for name in ["contact_by_name", "handle_by_normalized"] {
            #expect(after.pages[name] == before.pages[name], "\(name)")
        }
        #expect(try database.writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
    }
}

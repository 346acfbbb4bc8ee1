import Foundation
import GRDB
import Testing

/// A writer that waits on an import's final copy is let in first and is
/// never refused as busy; the import starts its copy again afterwards and
/// is still all or nothing (issue 7, item 4; `ImportYield`, `ImportTurn`).
struct ImportGivesWayTests {
    let sandbox = Sandbox()

    /// The byte of the database file's lock page that a writer holds while
    /// it waits on an import's copy (`ImportTurn.waitingByte`).
    static let waitingByte = 0x4000_0401

    /// Whether some process holds the "waiting on an import" byte of `path`, from /proc/locks.
    func writerWaits(on path: String) throws -> Bool {
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)
        let locks = try String(contentsOfFile: "/proc/locks", encoding: .utf8)
        return locks.split(separator: "\n").contains { line in
            line.contains(":\(inode.uint64Value) \(Self.waitingByte) \(Self.waitingByte)")
        }
    }

    @Test func aWriterWaitingOnAnImportsCopyIsNotRefusedAndGoesFirst() throws {
        try sandbox.add("Camille Lefèvre")
        let count = 2_000
        try Data((0..<count).map { index in
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person \(index)\r\nEMAIL:p\(index)@example.org\r\nNOTE:Met at the fair\r\nEND:VCARD\r\n"
        }.joined().utf8).write(to: URL(fileURLWithPath: sandbox.path("people.vcf")))
        // Held inside the final copy, the write lock taken.
        let held = try HeldRun(sandbox, at: "import.indexes", ["import", "people.vcf"], timeout: 300)
        let sandbox = sandbox
        let added = BackgroundRun { try sandbox.rapport("add", "Zoé Martin") }
        // The add says it waits on the import's copy…
        var waits = false
        for _ in 0..<2_000 where !waits && !added.ended {
            waits = try writerWaits(on: sandbox.db)
            if !waits { usleep(10_000) }
        }
        #expect(waits, "the writer never said it waits on the import")
        // … and keeps waiting past the 15 s after which other writers are refused.
        sleep(16)
        #expect(!added.ended, "the add stopped waiting while the import held the lock")
        let result = try held.finish()
        let add = try added.finish()
        expectSuccess(add)
        expectSuccess(result)
        #expect(result.stdout == "imported 2,000 contacts, merged 0, skipped 0 duplicates, 0 without a name\n")
        let (zoe, contacts, searchable, check) = try sandbox.read { db in
            (try Int64.fetchOne(db, sql: "SELECT id FROM contact WHERE name = 'Zoé Martin'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM contact"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'fair'"),
             try String.fetchAll(db, sql: "PRAGMA integrity_check"))
        }
        // The import gave way: the add got the next id, the import's contacts came after it.
        #expect(zoe == 2)
        #expect(contacts == count + 2)
        #expect(searchable == count)
        #expect(check == ["ok"])
        // FTS5's own check of the contacts' index (a write statement that writes nothing).
        let queue = try DatabaseQueue(path: sandbox.db)
        defer { try? queue.close() }
        try queue.write { db in try db.execute(sql: "INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')") }
    }
}

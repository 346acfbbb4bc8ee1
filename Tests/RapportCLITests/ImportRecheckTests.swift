import Foundation
import GRDB
import Testing

/// A contact another program saves while an import is staging, with the
/// handle of a card the import has already staged, is found again under
/// the write lock (`ImportStaging.recheck`): the card is then a duplicate
/// like any other, skipped or merged, never a second person with the same
/// email. The import is held in its staging (`RAPPORT_FAULT_WAIT`) just
/// after its first card, so only the check under the lock can see it.
/// With few live handles the check walks them; with more, it walks the
/// staged ones: both ways are run.
struct ImportRecheckTests {
    let sandbox = Sandbox()

    func importHeldWhile(policy: String, existing: Int, _ during: () throws -> Void) throws -> CLIResult {
        if existing > 0 {
            let cards = (0..<existing).map { "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Existing \($0)\r\nEMAIL:e\($0)@example.org\r\nEND:VCARD\r\n" }
            try sandbox.write("existing.vcf", cards.joined())
            let result = try sandbox.rapport("import", "existing.vcf")
            try #require(result.succeeded, "\(result)")
        } else {
            try sandbox.add("Nobody Yet")
        }
        try sandbox.write("new.vcf", """
            BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Camille Lefèvre\r\nEMAIL:camille@lemonde.example\r\nORG:Le Monde\r\nEND:VCARD\r
            BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Paul Durand\r\nEMAIL:paul@radio.example\r\nEND:VCARD\r
            BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoé Marchand\r\nEMAIL:zoe@liberation.example\r\nEND:VCARD\r

            """)
        let gate = sandbox.path("gate")
        FileManager.default.createFile(atPath: gate, contents: nil)
        let box = ConcurrentWriterTests.ResultBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.append(Result {
                try sandbox.run(["import", "new.vcf", "--on-duplicate", policy, "--db", sandbox.db],
                                env: ["RAPPORT_FAULT_WAIT": "import.staging", "RAPPORT_FAULT_GATE": gate], timeout: 120)
            })
            done.signal()
        }
        thread.start()
        while !FileManager.default.fileExists(atPath: gate + ".reached") && box.values.isEmpty { usleep(10_000) }
        try #require(FileManager.default.fileExists(atPath: gate + ".reached"), "the import never reached its staging: \(box.values)")
        try during()
        try FileManager.default.removeItem(atPath: gate)
        done.wait()
        return try #require(try box.values.first?.get())
    }

    func owners(of email: String) throws -> [String] {
        try sandbox.read { db in
            try String.fetchAll(db, sql: """
                SELECT c.name || ' / ' || c.outlet FROM contact c JOIN handle h ON h.contact_id = c.id
                WHERE h.normalized = ? ORDER BY c.id
                """, arguments: [email])
        }
    }

    @Test(arguments: [0, 40])
    func aContactSavedDuringTheStagingIsADuplicateUnderTheLock(existing: Int) throws {
        let result = try importHeldWhile(policy: "skip", existing: existing) {
            let add = try sandbox.rapport("add", "Camille L.", "--email", "Camille@LeMonde.example")
            try #require(add.succeeded, "\(add)")
        }
        expectSuccess(result)
        #expect(result.stdout == "imported 2 contacts, merged 0, skipped 1 duplicate, 0 without a name\n", "\(result)")
        #expect(try owners(of: "camille@lemonde.example") == ["Camille L. / "])
        #expect(try owners(of: "paul@radio.example") == ["Paul Durand / "])
    }

    @Test(arguments: [0, 40])
    func aContactSavedDuringTheStagingIsMergedIntoUnderTheLock(existing: Int) throws {
        let result = try importHeldWhile(policy: "merge", existing: existing) {
            let add = try sandbox.rapport("add", "Camille L.", "--email", "camille@lemonde.example")
            try #require(add.succeeded, "\(add)")
        }
        expectSuccess(result)
        #expect(result.stdout == "imported 2 contacts, merged 1, skipped 0 duplicates, 0 without a name\n", "\(result)")
        #expect(try owners(of: "camille@lemonde.example") == ["Camille L. / Le Monde"], "the empty outlet filled in")
        let count = try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") }
        #expect(count == max(existing, 1) + 3)
    }

    /// A handle another program adds to an existing contact after the
    /// staging, before the copy: the ready handles were numbered after the
    /// live table's last id, which has moved, so they are not copied whole
    /// with the live ones (`ReadyRows.swapHandles`: their ids would
    /// collide) but inserted and numbered as usual.
    @Test func aHandleAddedBeforeTheCopyKeepsItsIdAndTheImportItsHandles() throws {
        let existing = (0..<3).map { "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Existing \($0)\r\nEMAIL:e\($0)@example.org\r\nEND:VCARD\r\n" }
        try sandbox.write("existing.vcf", existing.joined())
        try #require(try sandbox.rapport("import", "existing.vcf").succeeded)
        let cards = (0..<20).map { "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:New \($0)\r\nEMAIL:n\($0)@example.org\r\nTEL:+33 1 23 45 67 \(10 + $0)\r\nEND:VCARD\r\n" }
        try sandbox.write("new.vcf", cards.joined())
        let gate = sandbox.path("gate")
        FileManager.default.createFile(atPath: gate, contents: nil)
        let box = ConcurrentWriterTests.ResultBox()
        let done = DispatchSemaphore(value: 0)
        Thread {
            box.append(Result {
                try sandbox.run(["import", "new.vcf", "--db", sandbox.db],
                                env: ["RAPPORT_FAULT_WAIT": "import.before-copy", "RAPPORT_FAULT_GATE": gate], timeout: 120)
            })
            done.signal()
        }.start()
        while !FileManager.default.fileExists(atPath: gate + ".reached") && box.values.isEmpty { usleep(10_000) }
        try #require(FileManager.default.fileExists(atPath: gate + ".reached"), "the import never reached its copy: \(box.values)")
        let edit = try sandbox.rapport("edit", "Existing 1", "--email", "late@example.org")
        try #require(edit.succeeded, "\(edit)")
        try FileManager.default.removeItem(atPath: gate)
        done.wait()
        let result = try #require(try box.values.first?.get())
        expectSuccess(result)
        #expect(result.stdout == "imported 20 contacts, merged 0, skipped 0 duplicates, 0 without a name\n", "\(result)")
        #expect(try owners(of: "late@example.org") == ["Existing 1 / "])
        #expect(try owners(of: "n7@example.org") == ["New 7 / "])
        let (handles, distinct, check) = try sandbox.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM handle"), try Int.fetchOne(db, sql: "SELECT count(DISTINCT id) FROM handle"),
             try String.fetchAll(db, sql: "PRAGMA integrity_check"))
        }
        #expect(handles == 3 + 1 + 40 && distinct == handles)
        #expect(check == ["ok"])
        #expect(try sandbox.rapport("search", "late").stdout.contains("Existing 1"))
    }
}

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

    func card(_ name: String, _ email: String, _ more: String = "") -> String {
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\(name)\r\nEMAIL:\(email)\r\n\(more)END:VCARD\r\n"
    }

    func owners(of email: String) throws -> [String] {
        try sandbox.read { db in
            try String.fetchAll(db, sql: """
                SELECT c.name || ' / ' || c.outlet FROM contact c JOIN handle h ON h.contact_id = c.id
                WHERE h.normalized = ? ORDER BY c.id
                """, arguments: [email])
        }
    }

    @Test(arguments: [("skip", 0), ("skip", 40), ("merge", 0), ("merge", 40)])
    func aContactSavedDuringTheStagingIsADuplicateUnderTheLock(policy: String, existing: Int) throws {
        if existing > 0 {
            try sandbox.write("existing.vcf", (0..<existing).map { card("Existing \($0)", "e\($0)@example.org") }.joined())
            try #require(try sandbox.rapport("import", "existing.vcf").succeeded)
        } else {
            try sandbox.add("Nobody Yet")
        }
        try sandbox.write("new.vcf", card("Camille Lefèvre", "camille@lemonde.example", "ORG:Le Monde\r\n")
            + card("Paul Durand", "paul@radio.example") + card("Zoé Marchand", "zoe@liberation.example"))
        let held = try HeldRun(sandbox, at: "import.staging", ["import", "new.vcf", "--on-duplicate", policy])
        let add = try sandbox.rapport("add", "Camille L.", "--email", "Camille@LeMonde.example")
        try #require(add.succeeded, "\(add)")
        let result = try held.finish()
        expectSuccess(result)
        #expect(try owners(of: "paul@radio.example") == ["Paul Durand / "])
        if policy == "skip" {
            #expect(result.stdout == "imported 2 contacts, merged 0, skipped 1 duplicate, 0 without a name\n", "\(result)")
            #expect(try owners(of: "camille@lemonde.example") == ["Camille L. / "])
        } else {
            #expect(result.stdout == "imported 2 contacts, merged 1, skipped 0 duplicates, 0 without a name\n", "\(result)")
            #expect(try owners(of: "camille@lemonde.example") == ["Camille L. / Le Monde"], "the empty outlet filled in")
        }
        let count = try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") }
        #expect(count == max(existing, 1) + 3)
    }

    /// A handle another program adds to an existing contact after the
    /// staging, before the copy: the ready handles were numbered after the
    /// live table's last id, which has moved, so they are not copied whole
    /// with the live ones (`ReadyRows.swapHandles`: their ids would
    /// collide) but inserted and numbered as usual.
    @Test func aHandleAddedBeforeTheCopyKeepsItsIdAndTheImportItsHandles() throws {
        try sandbox.write("existing.vcf", (0..<3).map { card("Existing \($0)", "e\($0)@example.org") }.joined())
        try #require(try sandbox.rapport("import", "existing.vcf").succeeded)
        try sandbox.write("new.vcf", (0..<20).map { card("New \($0)", "n\($0)@example.org", "TEL:+33 1 23 45 67 \(10 + $0)\r\n") }.joined())
        let held = try HeldRun(sandbox, at: "import.before-copy", ["import", "new.vcf"])
        let edit = try sandbox.rapport("edit", "Existing 1", "--email", "late@example.org")
        try #require(edit.succeeded, "\(edit)")
        let result = try held.finish()
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

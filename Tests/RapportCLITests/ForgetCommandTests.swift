import Foundation
import GRDB
import Testing

/// `rapport forget`: without `--yes` it only says what it would erase; with
/// it, the person is gone from every byte of the database files.
struct ForgetCommandTests {
    let sandbox = Sandbox()

    /// Made-up strings that occur nowhere else.
    static let name = "Zéphyrine Quillfeather"
    static let email = "zephyrine.quill@pluvieuse.example"
    static let summary = "Talked about the marmalade consortium"
    static let notes = "Collects xylophones"
    static let followUp = "send the brambleberry figures"

    init() throws {
        try sandbox.add(Self.name, "--outlet", "Gazette Pluvieuse", "--email", Self.email, "--twitter", "@zquillfeather",
                        "--tag", "ornithoptères", "--note", Self.notes, today: "2026-01-05")
        try sandbox.add("Paul Durand", "--outlet", "Libération", "--email", "paul@liberation.example", "--tag", "énergie",
                        today: "2026-01-05")
        try sandbox.log("quillfeather", Self.summary, "--date", "2026-05-02",
                        "--follow-up-on", "2026-06-20", "--follow-up", Self.followUp)
        try sandbox.log("quillfeather", "Second chat", "--intent", "gave", "--date", "2026-05-20")
        try sandbox.log("durand", "Lunch with Paul", "--channel", "meeting", "--date", "2026-05-03")
        // An earlier spelling of the name, so a stale copy exists in free pages too.
        expectSuccess(try sandbox.rapport("edit", "quillfeather", "--name", Self.name + " Senior"))
        expectSuccess(try sandbox.rapport("edit", "quillfeather", "--name", Self.name))
    }

    /// All bytes of the database and its side files.
    private func allBytes() -> [(String, Data)] {
        ([sandbox.db] + sandbox.sideFiles(of: sandbox.db)).compactMap { path in sandbox.bytes(path).map { (path, $0) } }
    }

    /// Paul's rows, to check he is untouched.
    private func paul() throws -> String {
        try sandbox.read { db in
            let contact = try Row.fetchAll(db, sql: "SELECT * FROM contact WHERE id = 2").map(DatabaseFingerprint.describe)
            let handles = try Row.fetchAll(db, sql: "SELECT * FROM handle WHERE contact_id = 2").map(DatabaseFingerprint.describe)
            let exchanges = try Row.fetchAll(db, sql: "SELECT * FROM exchange WHERE contact_id = 2").map(DatabaseFingerprint.describe)
            let tags = try String.fetchAll(db, sql: "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id WHERE ct.contact_id = 2")
            return (contact + handles + exchanges + tags).joined(separator: "\n")
        }
    }

    @Test func withoutYesItOnlySaysWhatItWouldErase() throws {
        try sandbox.expectRefusedUnchanged("forget", "quillfeather", exit: .failure, mentioning: [
            Self.name, "#1", "2 handles", "1 tag link", "2 exchanges", "--yes",
        ])
        #expect(try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") } == 2)
    }

    @Test func withYesThePersonIsGoneFromEveryByte() throws {
        // The strings are really in the file before (else this test proves nothing).
        let before = allBytes()
        for needle in [Self.name, Self.email, Self.summary, Self.notes, Self.followUp, "quillfeather", "marmalade"] {
            #expect(before.contains { $0.1.contains(utf8: needle) }, "\(needle) should be in the file before forget")
        }
        let paulBefore = try paul()

        let result = try sandbox.rapport("forget", "quillfeather", "--yes")
        expectSuccess(result)
        #expect(result.stdout == "Erased \(Self.name) (#1), 2 handles, 1 tag link and 2 exchanges.\n")

        let after = allBytes()
        #expect(!after.isEmpty)
        for (path, data) in after {
            // Case-sensitive raw strings, and the folded forms the search index stores.
            for needle in [Self.name, Self.email, Self.summary, Self.notes, Self.followUp, "Quillfeather", "quillfeather",
                           "zephyrine", "Zéphyrine", "pluvieuse", "Pluvieuse", "marmalade", "brambleberry",
                           "xylophones", "ornithopt", "zquillfeather"] {
                #expect(!data.contains(utf8: needle), "\(needle.debugDescription) still in \(path)")
            }
        }
        // Paul is untouched, and still found by search and resolution.
        #expect(try paul() == paulBefore)
        let show = try sandbox.rapport("show", "durand")
        expectSuccess(show)
        #expect(show.stdout.contains("Lunch with Paul"))
        let search = try sandbox.rapport("search", "energie")
        #expect(search.stdout.contains("Paul Durand"), "\(search)")
        // The person cannot be found any more, by any way.
        try sandbox.expectRefusedUnchanged("show", "quillfeather", exit: .failure, mentioning: ["no contact matches"])
        try sandbox.expectRefusedUnchanged("show", Self.email, exit: .failure, mentioning: ["no contact matches"])
        #expect(try sandbox.rapport("search", "marmalade").stdout.hasPrefix("Nothing matches"))
        let counts = try sandbox.read { db in
            try [
                Int.fetchOne(db, sql: "SELECT count(*) FROM contact"), Int.fetchOne(db, sql: "SELECT count(*) FROM handle"),
                Int.fetchOne(db, sql: "SELECT count(*) FROM exchange"), Int.fetchOne(db, sql: "SELECT count(*) FROM tag"),
                Int.fetchOne(db, sql: "SELECT count(*) FROM contact_tag"),
            ]
        }
        #expect(counts == [1, 1, 1, 1, 1])
        let integrity = try sandbox.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
    }

    @Test func withYesWhileAnotherProgramHasTheDatabaseOpen() throws {
        // The full-screen app may be open on the same file: it has read and
        // written, and keeps its connections.
        var config = Configuration()
        config.busyMode = .timeout(30)
        let pool = try DatabasePool(path: sandbox.db, configuration: config)
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('clitests.app', 'open')")
        }
        _ = try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM contact") }
        let before = allBytes()
        #expect(before.contains { $0.1.contains(utf8: Self.summary) })

        let result = try sandbox.rapport("forget", "quillfeather", "--yes")
        expectSuccess(result)
        #expect(result.stdout.hasPrefix("Erased \(Self.name) (#1)"))
        for (path, data) in allBytes() {
            for needle in [Self.name, Self.email, Self.summary, Self.notes, Self.followUp, "quillfeather", "marmalade"] {
                #expect(!data.contains(utf8: needle), "\(needle.debugDescription) still in \(path) while another connection is open")
            }
        }
        let remaining = try pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM contact") }
        #expect(remaining == ["Paul Durand"], "the other program sees the erasure")
        try pool.close()
    }

    @Test func refusesUnknownAndAmbiguousContacts() throws {
        try sandbox.add("Paul Quillon")
        try sandbox.expectRefusedUnchanged("forget", "Nadia", "--yes", exit: .failure, mentioning: ["no contact matches 'Nadia'"])
        try sandbox.expectRefusedUnchanged("forget", "quill", "--yes", exit: .failure,
                                           mentioning: ["#1 \(Self.name) (Gazette Pluvieuse)", "#3 Paul Quillon"])
    }
}

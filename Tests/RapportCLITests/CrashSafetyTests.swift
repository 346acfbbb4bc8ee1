import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A crash at a named point of a transaction (`RAPPORT_FAULT=POINT`, which
/// makes a test build `abort()` there) leaves exactly what that point
/// promises: nothing of the interrupted write before the commit, all of it
/// after; never a damaged file. The staging folder an import leaves when it
/// dies is private and removed by the next import; a signal removes it at once.
@Suite(.serialized)
struct CrashSafetyTests {
    let sandbox = Sandbox()

    /// The temporary folder the runs use (`TMPDIR`), to look for staging folders.
    var temporary: String { sandbox.path("tmp") }

    init() throws {
        try FileManager.default.createDirectory(atPath: sandbox.path("tmp"), withIntermediateDirectories: true)
    }

    /// Runs rapport with a fault point armed; it must die of SIGABRT.
    @discardableResult
    func crash(at point: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        let result = try sandbox.run(arguments, env: ["RAPPORT_FAULT": point, "TMPDIR": temporary])
        #expect(result.signal == SIGABRT, "\(point) was not reached: \(result)", sourceLocation: sourceLocation)
        return result
    }

    func run(_ arguments: [String]) throws -> CLIResult {
        try sandbox.run(arguments, env: ["TMPDIR": temporary])
    }

    /// Everything the database holds, row by row, search index included.
    func content(_ path: String? = nil) throws -> [String] {
        try sandbox.read(path) { db in
            guard try db.tableExists("contact") else { return [] }
            var rows: [String] = []
            for table in ["contact", "handle", "tag", "contact_tag", "exchange"] {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
            }
            rows += try Row.fetchAll(db, sql: "SELECT rowid, * FROM contact_fts ORDER BY rowid").map { "fts \($0)" }
            return rows
        }
    }

    /// `PRAGMA integrity_check`, and FTS5's own check of both search indexes.
    func expectIntact(_ path: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // FTS5's check is an INSERT: it needs a read-write connection (it changes nothing).
        try DatabaseQueue(path: path ?? sandbox.db).writeWithoutTransaction { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"], sourceLocation: sourceLocation)
            guard try db.tableExists("contact_fts") else { return }
            try db.execute(sql: "INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO exchange_fts(exchange_fts) VALUES ('integrity-check')")
        }
    }

    /// The staging folders in the temporary folder.
    func stagingFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("rapport-import-") }.sorted()
    }

    func cards(_ count: Int, from first: Int = 0) -> String {
        (first..<first + count).map { index in
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person \(index)\r\nEMAIL:p\(index)@example.org\r\nCATEGORIES:salon\r\nEND:VCARD\r\n"
        }.joined()
    }

    // MARK: log

    @Test func aCrashInsideLogBeforeTheCommitLeavesNoTrace() throws {
        try sandbox.add("Camille Lefèvre")
        try sandbox.log("1", "First call")
        let before = try content()
        try crash(at: "log.before-commit", ["log", "1", "--summary", "Lost call", "--db", sandbox.db])
        try expectIntact()
        #expect(try content() == before)
        // The next log works and takes the place of the lost one.
        let id = try sandbox.log("1", "Second call")
        #expect(try sandbox.read { db in try String.fetchAll(db, sql: "SELECT summary FROM exchange ORDER BY id") }
            == ["First call", "Second call"])
        #expect(id == 2)
    }

    @Test func aCrashRightAfterLogsCommitKeepsTheExchangeAndItsCaches() throws {
        try sandbox.add("Camille Lefèvre")
        try crash(at: "log.after-commit", ["log", "1", "--summary", "Kept call", "--db", sandbox.db])
        try expectIntact()
        let row = try sandbox.read { db in
            try Row.fetchOne(db, sql: """
                SELECT e.summary, c.last_exchange_day, c.warmth_base FROM exchange e JOIN contact c ON c.id = e.contact_id
                """)
        }
        #expect(row?["summary"] == "Kept call")
        #expect(row?["last_exchange_day"] == 20_605)
        #expect((row?["warmth_base"] as Double? ?? 0) > 0)
        let found = try sandbox.rapport("search", "kept", "--json")
        expectSuccess(found)
        #expect(found.stdout.contains("\"exchangeId\" : 1"), "\(found)")
    }

    // MARK: import

    func prepareImport() throws -> [String] {
        try sandbox.add("Camille Lefèvre", "--email", "camille@example.org")
        try sandbox.write("people.vcf", cards(300))
        return try content()
    }

    @Test func aCrashWhileStagingLeavesTheDatabaseUnchangedAndTheNextImportCleansUp() throws {
        let before = try prepareImport()
        try crash(at: "import.staging", ["import", "people.vcf", "--db", sandbox.db])
        try expectIntact()
        #expect(try content() == before)
        try expectLeftoverIsPrivateThenCleaned()
    }

    @Test func aCrashDuringTheFinalCopyLeavesTheDatabaseUnchanged() throws {
        let before = try prepareImport()
        try crash(at: "import.copy", ["import", "people.vcf", "--db", sandbox.db])
        try expectIntact()
        #expect(try content() == before)
        try expectLeftoverIsPrivateThenCleaned()
    }

    /// The schema, indexes included, as `sqlite_master` lists it.
    func schema() throws -> [String] {
        try sandbox.read { db in
            try String.fetchAll(db, sql: "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name")
        }
    }

    /// 300 new contacts into a database of one: the copy drops the indexes
    /// of the tables it fills and creates them again (`IndexRebuild`); a
    /// crash between the two leaves the database, indexes included, as it was.
    @Test func aCrashWithTheIndexesDroppedLeavesThemAndTheDatabaseAsTheyWere() throws {
        let before = try prepareImport()
        let schemaBefore = try schema()
        #expect(schemaBefore.contains { $0.hasPrefix("index handle_by_normalized ") })
        try crash(at: "import.indexes", ["import", "people.vcf", "--db", sandbox.db])
        try expectIntact()
        #expect(try content() == before)
        #expect(try schema() == schemaBefore)
        try expectLeftoverIsPrivateThenCleaned()
        #expect(try schema() == schemaBefore)
    }

    @Test func aCrashAfterTheImportCommitsKeepsEverything() throws {
        _ = try prepareImport()
        try crash(at: "import.after-commit", ["import", "people.vcf", "--db", sandbox.db])
        try expectIntact()
        let counts = try sandbox.read { db in
            try ["contact", "handle", "contact_tag", "contact_fts"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") }
        }
        #expect(counts == [301, 301, 300, 301])
        let found = try sandbox.rapport("search", "p299", "--json")
        #expect(found.stdout.contains("Person 299"))
        try expectLeftoverIsPrivateThenCleaned(contactsAfter: 301)
    }

    /// The crashed import's staging folder is 0700 and holds nothing once
    /// another import ran; that import skips everyone already there.
    func expectLeftoverIsPrivateThenCleaned(contactsAfter: Int = 301,
                                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let leftovers = try stagingFolders()
        #expect(leftovers.count == 1, "\(leftovers)", sourceLocation: sourceLocation)
        for name in leftovers {
            let mode = try FileManager.default.attributesOfItem(atPath: temporary + "/" + name)[.posixPermissions] as? Int
            #expect(mode == 0o700, sourceLocation: sourceLocation)
        }
        let again = try run(["import", "people.vcf", "--db", sandbox.db])
        expectSuccess(again, sourceLocation: sourceLocation)
        #expect(try stagingFolders() == [], sourceLocation: sourceLocation)
        #expect(try sandbox.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") } == contactsAfter,
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalDuringAnImportRemovesTheStagingFolder(signal: Int32) throws {
        let before = try prepareImport()
        let gate = sandbox.path("gate")
        FileManager.default.createFile(atPath: gate, contents: nil)
        let process = ProcessBox()
        let watcher = Thread {
            while !FileManager.default.fileExists(atPath: gate + ".reached") { usleep(5_000) }
            // Stopped inside the staging: the folder is there now.
            process.send(signal)
        }
        let result = try sandbox.run(["import", "people.vcf", "--db", sandbox.db],
                                     env: ["RAPPORT_FAULT_WAIT": "import.staging", "RAPPORT_FAULT_GATE": gate, "TMPDIR": temporary],
                                     onLaunch: { running in
                                         process.set(running)
                                         watcher.start()
                                     })
        #expect(result.signal == signal, "\(result)")
        #expect(try stagingFolders() == [])
        try expectIntact()
        #expect(try content() == before)
    }

    final class ProcessBox: @unchecked Sendable {
        private let lock = NSLock()
        private var process: Process?
        func set(_ process: Process) { lock.withLock { self.process = process } }
        func send(_ signal: Int32) {
            lock.withLock {
                if let process { _ = Glibc.kill(process.processIdentifier, signal) }
            }
        }
    }

    // MARK: demo

    @Test func aCrashInsideTheDemoLeavesAnEmptyDatabaseThatTheDemoCanFillAgain() throws {
        let path = sandbox.path("demo.sqlite")
        try crash(at: "demo.before-commit", ["demo", "--contacts", "500", "--exchanges", "3000", "--db", path])
        try expectIntact(path)
        let counts = try sandbox.read(path) { db in
            try ["contact", "exchange", "handle", "contact_fts"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") }
        }
        #expect(counts == [0, 0, 0, 0])
        expectSuccess(try sandbox.run(["demo", "--contacts", "500", "--exchanges", "3000", "--db", path]))
        #expect(try sandbox.read(path) { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") } == 500)
    }
}

import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// The integrity check at open, and the deferred check of the full-screen
/// app: writes refused until `quick_check` has passed, and for good when it
/// fails, without a byte of the file changing.
@Suite("Integrity check")
struct IntegrityCheckTests {
    /// A Rapport database with a few people, closed (no side files).
    func makeDatabase(_ folder: TemporaryFolder, people: Int = 300) throws -> String {
        let source = folder.path("source.sqlite")
        let database = try RapportDatabase.open(path: source)
        _ = try database.loadDemo(DemoOptions(contacts: people, exchanges: people * 4, seed: 3), today: Day(year: 2026, month: 6, day: 1)!)
        try database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try (database.writer as? DatabasePool)?.close()
        // A copy of the main file alone: a closed database without side files.
        let path = folder.path("rapport.sqlite")
        try #require(FileManager.default.contents(atPath: source)).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Zeroes a page of the middle third: `quick_check` sees it.
    func damage(_ path: String) throws -> Data {
        var bytes = try #require(FileManager.default.contents(atPath: path))
        let middle = (bytes.count / 4096 / 2) * 4096
        bytes.replaceSubrange(middle..<(middle + 4096), with: Data(count: 4096))
        try bytes.write(to: URL(fileURLWithPath: path))
        return bytes
    }

    @Test func aLargeFileIsReadableAtOnceAndWritableOnceChecked() throws {
        let folder = try TemporaryFolder()
        let path = try makeDatabase(folder)
        let database = try RapportDatabase.openDeferringCheck(path: path, checkInBackgroundAbove: 0)
        #expect(database.writeAccess == .checking)
        #expect(try database.contactCount() == 300)
        #expect(throws: StoreError.checking(path: path)) { try database.add("Zoë") }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "nothing opened the file for writing yet")
        try database.finishIntegrityCheck()
        #expect(database.writeAccess == .open)
        try database.add("Zoë")
        #expect(try database.contactCount() == 301)
    }

    @Test func aDamagedLargeFileIsNeverWritten() throws {
        let folder = try TemporaryFolder()
        let path = try makeDatabase(folder)
        let bytes = try damage(path)
        let database = try RapportDatabase.openDeferringCheck(path: path, checkInBackgroundAbove: 0)
        #expect(database.writeAccess == .checking)
        #expect(throws: StoreError.self) { try database.finishIntegrityCheck() }
        guard case .refused(.corrupt) = database.writeAccess else {
            Issue.record("expected a refusal, got \(database.writeAccess)")
            return
        }
        #expect(throws: StoreError.self) { try database.add("Zoë") }
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
    }

    @Test func aSmallFileIsCheckedBeforeOpening() throws {
        let folder = try TemporaryFolder()
        let path = try makeDatabase(folder)
        let bytes = try damage(path)
        #expect(throws: StoreError.self) {
            try RapportDatabase.openDeferringCheck(path: path, checkInBackgroundAbove: RapportDatabase.inlineCheckLimit)
        }
        #expect(throws: StoreError.self) { try RapportDatabase.open(path: path) }
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func openingForReadingWritesNothingAndRefusesWrites() throws {
        let folder = try TemporaryFolder()
        let path = try makeDatabase(folder)
        let bytes = FileManager.default.contents(atPath: path)
        let database = try RapportDatabase.openForReading(path: path)
        #expect(database.writeAccess == .readOnly)
        #expect(try database.contactCount() == 300)
        #expect(throws: StoreError.readOnly(path: path)) { try database.add("Zoë") }
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
    }

    @Test func fullDiskErrorsSaySo() throws {
        let error = DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
        #expect(RapportDatabase.classify(error, path: "/x/rapport.sqlite") == .diskFull(path: "/x/rapport.sqlite"))
        #expect(StoreError.diskFull(path: "/x/rapport.sqlite").description.contains("the disk is full"))
    }
}

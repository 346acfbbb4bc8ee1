import Foundation
import GRDB
import LeakCheck
import RapportCore
import RapportLocalization
@testable import RapportStore
import Testing

/// The storage layer's messages in French (issue 12): each error is
/// provoked for real on a file, read in French, and must hold no English
/// word but the file's path; the same error in English is unchanged.
@Suite("Store errors in French")
struct FrenchStoreErrorTests {
    /// The message of the error `body` throws, in `language`.
    func message(in language: Localizer, _ body: () throws -> Void) -> String {
        L10n.$override.withValue(language) {
            do {
                try body()
                return ""
            } catch {
                return String(describing: error)
            }
        }
    }

    /// French: no English word but those of `allowing`; English: the
    /// message as it always was (`english` found in it).
    func expectFrench(_ body: () throws -> Void, allowing: [String], english: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let french = message(in: .french, body)
        let inEnglish = message(in: .english, body)
        #expect(!french.isEmpty, "no error was thrown", sourceLocation: sourceLocation)
        #expect(EnglishWords.found(in: french, allowing: allowing) == [], "\(french)", sourceLocation: sourceLocation)
        #expect(inEnglish.contains(english), "\(inEnglish)", sourceLocation: sourceLocation)
        // Untranslated, the French message would be this one: the check above would fail.
        #expect(!EnglishWords.found(in: inEnglish, allowing: allowing).isEmpty, "\(inEnglish)", sourceLocation: sourceLocation)
        #expect(french != inEnglish, sourceLocation: sourceLocation)
    }

    @Test func aDamagedFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("abîmé.sqlite")
        let source = try RapportDatabase.open(path: path)
        for index in 0..<300 { try source.add("Éloïse Martin \(index)", outlet: "Le Monde") }
        try source.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try (source.writer as? DatabasePool)?.close()
        // Scribble over the pages after the first: the header stays an SQLite one.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 4096 * 2)
        handle.write(Data(repeating: 0xA5, count: 4096 * 6))
        try handle.close()
        expectFrench({ _ = try RapportDatabase.open(path: path) }, allowing: [path, "rapport restore"], english: "is damaged")
        let french = message(in: .french) { _ = try RapportDatabase.open(path: path) }
        #expect(french.contains("endommagé") && french.contains("rapport restore --force SAUVEGARDE"), "\(french)")
    }

    @Test func aFileThatIsNotSQLite() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("contacts.csv")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("name,email\nZoë,z@example.org\n".utf8)))
        expectFrench({ _ = try RapportDatabase.open(path: path) }, allowing: [path], english: "is not a Rapport database")
    }

    @Test func aDatabaseOpenForReadingOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("lecture.sqlite")
        let writable = try RapportDatabase.open(path: path)
        try writable.add("Éloïse Martin", outlet: "Le Monde")
        try (writable.writer as? DatabasePool)?.close()
        let reading = try RapportDatabase.openForReading(path: path)
        expectFrench({ try reading.add("Paul Lefèvre") }, allowing: [path], english: "open for reading only")
    }

    @Test func aNewerSchema() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("future.sqlite")
        let database = try RapportDatabase.open(path: path)
        try database.add("Éloïse Martin")
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
        }
        try (database.writer as? DatabasePool)?.close()
        expectFrench({ _ = try RapportDatabase.open(path: path) }, allowing: [path, "v99-from-the-future"],
                     english: "was written by a newer version of Rapport")
    }

    @Test func aBusyDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("occupée.sqlite")
        let database = try RapportDatabase.open(path: path)
        try database.add("Éloïse Martin")
        // Another program holds the write lock; the wait is given up at once.
        let other = try DatabaseQueue(path: path)
        database.writeWait.giveUp()
        try other.inTransaction(.immediate) { _ in
            expectFrench({ try database.add("Paul Lefèvre") }, allowing: [path], english: "is busy")
            return .rollback
        }
    }

    @Test func anUnknownContact() throws {
        let database = try memoryDatabase()
        try database.add("Éloïse Martin", outlet: "Le Monde")
        try database.add("Élodie Martin", outlet: "Libération")
        expectFrench({ _ = try database.resolve("Zorglub") }, allowing: ["Zorglub"], english: "no contact matches 'Zorglub'")
        expectFrench({ _ = try database.resolve("999") }, allowing: [], english: "no contact with id 999")
        expectFrench({ _ = try database.resolve("martin") }, allowing: ["Éloïse Martin", "Élodie Martin", "Le Monde", "Libération"],
                     english: "'martin' matches 2 contacts")
    }

    @Test func aDanglingSymbolicLink() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("lien.sqlite")
        let target = folder.path("disparu.sqlite")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        expectFrench({ _ = try RapportDatabase.open(path: path) }, allowing: [path, target], english: "symbolic link")
    }

    @Test func theForgetSummaryAndThePressWorkInventory() {
        let report = ForgetReport(contact: ContactLabel(id: 12, name: "Éloïse Martin", outlet: ""), handles: 1, tags: 2, exchanges: 1204)
        L10n.$override.withValue(.french) {
            #expect(report.summary == "Éloïse Martin (n° 12), 1 coordonnée, 2 liens d’étiquette et 1\u{202F}204 échanges")
            #expect(PressWorkInventory(coverage: 3, moves: 1, introductions: 0).described == "3 retombées et 1 changement de poste")
        }
        #expect(report.summary == "Éloïse Martin (#12), 1 handle, 2 tag links and 1204 exchanges")
        #expect(PressWorkInventory(coverage: 3, moves: 1, introductions: 0).described == "3 pieces of coverage and 1 career move")
    }
}

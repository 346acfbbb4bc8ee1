import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// The import engine, export batches, address completion, backup and
/// restore, on the store itself.
@Suite("Store: import, export, addresses, backup")
struct ImportStoreTests {
    func record(_ name: String, _ handles: [Handle] = [], outlet: String = "", notes: String = "", tags: [String] = [],
                exchanges: [ExchangeDraft] = []) throws -> ImportRecord {
        ImportRecord(draft: try ContactDraft(name: name, outlet: outlet, notes: notes, handles: handles, tags: tags).validated(),
                     exchanges: exchanges)
    }

    let camilleMail = Handle(kind: .email, value: "camille@lemonde.example")

    @Test func duplicatesInTheDatabaseAndInTheSameImportFollowThePolicy() throws {
        for policy in DuplicatePolicy.allCases {
            let database = try memoryDatabase()
            try database.add("Camille Lefèvre", handles: [camilleMail])
            let (_, counts) = try database.importContacts(ImportOptions(policy: policy), today: today) { importer in
                try importer.add(try record("C. Lefèvre", [Handle(kind: .email, value: "CAMILLE@lemonde.example")], outlet: "Le Monde"))
                try importer.add(try record("Paul Durand", [Handle(kind: .twitter, value: "@pauld")]))
                try importer.add(try record("Paul D.", [Handle(kind: .twitter, value: "https://x.com/PaulD")], tags: ["tech"]))
            }
            let names = try database.listContacts(ContactFilter(includeArchived: true), sort: .name, today: today, limit: nil).map(\.name)
            switch policy {
            case .skip:
                #expect(counts.imported == 1 && counts.skippedDuplicates == 2 && counts.merged == 0)
                #expect(names == ["Camille Lefèvre", "Paul Durand"])
            case .merge:
                #expect(counts.imported == 1 && counts.merged == 2 && counts.skippedDuplicates == 0)
                #expect(names == ["Camille Lefèvre", "Paul Durand"])
                let camille = try database.resolve("camille")
                #expect(camille.outlet == "Le Monde")
                #expect(try database.resolve("@pauld").tags == ["tech"])
            case .create:
                #expect(counts.imported == 3)
                #expect(names.count == 4)
            }
        }
    }

    @Test func mergeFillsOnlyEmptyFieldsAndTheSearchIndexFollows() throws {
        let database = try memoryDatabase()
        try database.addContact(ContactDraft(name: "Camille Lefèvre", outlet: "Le Monde", handles: [camilleMail]), today: today)
        _ = try database.importContacts(ImportOptions(policy: .merge), today: today) { importer in
            try importer.add(try record("Camille", [camilleMail, Handle(kind: .phone, value: "+33 6 12 34 56 78")],
                                        outlet: "Libération", notes: "Prefers Signal", tags: ["énergie"]))
        }
        let camille = try database.resolve("camille")
        #expect(camille.name == "Camille Lefèvre")
        #expect(camille.outlet == "Le Monde")
        #expect(camille.notes == "Prefers Signal")
        #expect(camille.handles.map(\.kind) == [.email, .phone])
        #expect(camille.tags == ["énergie"])
        #expect(try database.search("signal", limit: 5).map(\.contact.id) == [camille.id])
        #expect(try database.search("energie", limit: 5).map(\.contact.id) == [camille.id])
    }

    @Test func mergeAddsOnlyTheExchangesTheContactLacks() throws {
        let database = try memoryDatabase()
        let exchange = ExchangeDraft(day: today.adding(days: -3), channel: .email, summary: "Sent the study")
        let other = ExchangeDraft(day: today.adding(days: -1), channel: .phone, summary: "Called back")
        for exchanges in [[exchange], [exchange, other]] {
            _ = try database.importContacts(ImportOptions(policy: .merge), today: today) { importer in
                try importer.add(try record("Camille", [camilleMail], exchanges: exchanges))
            }
        }
        let camille = try database.resolve("camille")
        #expect(try database.exchanges(contactId: camille.id).map(\.summary) == ["Called back", "Sent the study"])
        #expect(try database.contact(id: camille.id)?.lastExchange == today.adding(days: -1))
    }

    @Test func dryRunCountsLikeTheRealImportAndLeavesNothing() throws {
        let database = try memoryDatabase()
        try database.add("Camille Lefèvre", handles: [camilleMail])
        let before = try database.fingerprint()
        func run(dryRun: Bool) throws -> ImportCounts {
            try database.importContacts(ImportOptions(policy: .merge, tags: ["salon"], dryRun: dryRun), today: today) { importer in
                try importer.add(try record("Camille", [camilleMail], notes: "x"))
                try importer.add(try record("Paul", [Handle(kind: .email, value: "paul@x.example")]))
                try importer.add(try record("Paul bis", [Handle(kind: .email, value: "paul@x.example")]))
            }.counts
        }
        let dry = try run(dryRun: true)
        #expect(try database.fingerprint() == before)
        #expect(try run(dryRun: false) == dry)
        #expect(dry.imported == 1 && dry.merged == 2)
    }

    @Test func aFailureInsideTheImportLeavesTheDatabaseAsItWas() throws {
        struct Broken: Error {}
        let database = try memoryDatabase()
        try database.add("Camille Lefèvre", handles: [camilleMail])
        let before = try database.fingerprint()
        #expect(throws: Broken.self) {
            _ = try database.importContacts(ImportOptions(), today: today) { importer in
                try importer.add(try record("Paul", [Handle(kind: .email, value: "paul@x.example")]))
                throw Broken()
            }
        }
        #expect(try database.fingerprint() == before)
        #expect(try database.search("paul", limit: 5).isEmpty)
    }

    @Test func reviewDaysAreSpreadOverTheFirstCadenceTheSameWayEachTime() throws {
        func days() throws -> [Int] {
            let database = try memoryDatabase()
            _ = try database.importContacts(ImportOptions(), today: today) { importer in
                for index in 0..<300 { try importer.add(try record("Person \(index)", [Handle(kind: .email, value: "p\(index)@x.example")])) }
            }
            return try database.writer.read { db in try Int.fetchAll(db, sql: "SELECT review_from_day FROM contact ORDER BY id") }
        }
        let first = try days()
        #expect(try days() == first)
        #expect(first.allSatisfy { (today.ordinal..<(today.ordinal + 60)).contains($0) })
        #expect(Set(first).count > 40)
        // Nobody is due the day of the import, and not all on the same later day.
        let database = try memoryDatabase()
        _ = try database.importContacts(ImportOptions(), today: today) { importer in
            for index in 0..<300 { try importer.add(try record("Person \(index)", [Handle(kind: .email, value: "p\(index)@x.example")])) }
        }
        #expect(try database.review(today: today, limit: nil).isEmpty)
        let dueAfterCadence = try database.review(today: today.adding(days: 60), limit: nil).count
        #expect(dueAfterCadence > 0 && dueAfterCadence < 30)
    }

    @Test func exportHandsEveryContactOnceWithFilters() throws {
        let database = try memoryDatabase()
        for index in 0..<23 {
            try database.addContact(ContactDraft(name: "Person \(index)", role: index % 2 == 0 ? .journalist : .expert,
                                                 tags: index % 3 == 0 ? ["Énergie"] : []), today: today)
        }
        var all: [String] = []
        try database.exportContacts(ExportFilter(), withExchanges: false, batchSize: 5) { all.append($0.contact.name) }
        #expect(all.count == 23 && Set(all).count == 23)
        var experts = 0
        try database.exportContacts(ExportFilter(role: .expert), withExchanges: false, batchSize: 4) { _ in experts += 1 }
        #expect(experts == 11)
        var tagged: [[String]] = []
        try database.exportContacts(ExportFilter(tag: "energie"), withExchanges: false, batchSize: 3) { tagged.append($0.contact.tags) }
        #expect(tagged.count == 8 && tagged.allSatisfy { $0 == ["Énergie"] })
    }

    @Test func addressesLeaveOutArchivedAndDoNotContactPeople() throws {
        let database = try memoryDatabase()
        try database.addContact(ContactDraft(name: "Camille Lefèvre", outlet: "Le Monde", handles: [camilleMail]), today: today)
        let archived = try database.addContact(ContactDraft(name: "Camille Archived", handles: [Handle(kind: .email, value: "a@x.example")]), today: today)
        try database.setArchived(contactId: archived.id, true, today: today)
        try database.addContact(ContactDraft(name: "Camille Quiet", doNotContact: true, handles: [Handle(kind: .email, value: "q@x.example")]), today: today)
        let (matches, more) = try database.emailAddresses(matching: "LEFEVRE", limit: 10)
        #expect(matches == [AddressMatch(email: "camille@lemonde.example", name: "Camille Lefèvre", outlet: "Le Monde")])
        #expect(!more)
        #expect(try database.emailAddresses(matching: "camille", limit: 10).matches.count == 1)
        #expect(try database.emailAddresses(matching: "lemonde cam", limit: 10).matches.count == 1)
        #expect(try database.emailAddresses(matching: "100%", limit: 10).matches.isEmpty)
    }

    @Test func backupThenRestoreGivesTheSameContent() throws {
        let folder = try TemporaryFolder()
        let source = try RapportDatabase.open(path: folder.path("a.sqlite"))
        let camille = try source.add("Camille Lefèvre", handles: [camilleMail], tags: ["tech"])
        try source.log(camille, daysAgo: 2)
        _ = FileManager.default.createFile(atPath: folder.path("copy.sqlite"), contents: nil)
        try source.backup(intoEmptyFile: folder.path("copy.sqlite"))
        #expect(try RapportDatabase.checkRestorable(folder.path("copy.sqlite")) == BackupSummary(contacts: 1, exchanges: 1))
        #expect(!FileManager.default.fileExists(atPath: folder.path("copy.sqlite-wal")))
        let target = try RapportDatabase.open(path: folder.path("b.sqlite"))
        try target.add("Someone Else")
        try target.restore(from: folder.path("copy.sqlite"))
        #expect(try target.fingerprint() == source.fingerprint())
        #expect(try target.search("tech", limit: 5).map(\.contact.name) == ["Camille Lefèvre"])
    }

    @Test func restoreChecksRefuseWhatIsNotARapportBackup() throws {
        let folder = try TemporaryFolder()
        _ = FileManager.default.createFile(atPath: folder.path("empty"), contents: nil)
        _ = FileManager.default.createFile(atPath: folder.path("text.txt"), contents: Data("hello\n".utf8))
        let other = try DatabaseQueue(path: folder.path("other.sqlite"))
        try other.write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        try other.close()
        func message(_ name: String) -> String? {
            do { _ = try RapportDatabase.checkRestorable(folder.path(name)); return nil } catch { return error.description }
        }
        #expect(message("empty")?.contains("empty file") == true)
        #expect(message("text.txt")?.contains("not an SQLite file") == true)
        #expect(message("other.sqlite")?.contains("not a Rapport database") == true)
        #expect(message("missing")?.contains("no such file") == true)
    }
}

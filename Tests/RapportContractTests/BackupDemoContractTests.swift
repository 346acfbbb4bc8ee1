import Foundation
import RapportCore
import RapportStore
import Testing

/// Backup into a SQLite file, address completion and the demo, through
/// the `Store` interface.
@Suite struct BackupDemoContractTests {
    @Test(arguments: ContractEngines.all)
    func aBackupIsARapportFileHoldingEverything(_ engine: ContractEngine) throws {
        let folder = NSTemporaryDirectory() + "rapport-contract-backup-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/backup.sqlite"
        let today = try Fixed.today()
        let original = try engine.withStore { store in
            _ = try FourPeople(store)
            try store.backup(intoEmptyFile: path)
            return try store.listContacts(ContactFilter(), sort: .due, today: today, limit: nil, offset: 0)
        }
        let summary = try RapportDatabase.checkRestorable(path)
        #expect(summary.contacts == 4 && summary.exchanges == 3)
        let copy = try RapportDatabase.open(path: path, cadence: .standard, create: false)
        let rows = try copy.listContacts(ContactFilter(), sort: .due, today: today, limit: nil, offset: 0)
        #expect(rows.map(\.name) == original.map(\.name))
        #expect(rows.map(\.warmth) == original.map(\.warmth))
        #expect(rows.map(\.lastExchange) == original.map(\.lastExchange))
        #expect(Set(try copy.search("radio", limit: 20, includeArchived: true).map(\.contact.name)) == ["Dimitri Roux"])
    }

    @Test(arguments: ContractEngines.all)
    func addressCompletionMatchesEveryWordAndLeavesOutDoNotContact(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let (matches, more) = try store.emailAddresses(matching: "bruno libe", limit: 50)
            #expect(matches.map(\.email) == ["bruno@libe.example"] && !more)
            #expect(matches.first?.name == "Bruno Petit" && matches.first?.outlet == "Libération")
            #expect(try store.emailAddresses(matching: "example", limit: 2).more)
            var change = ContactChange()
            change.doNotContact = true
            _ = try store.updateContact(id: people.bruno.id, change, today: try Fixed.today(), allowSharedHandles: false,
                                        expecting: nil)
            #expect(try store.emailAddresses(matching: "bruno", limit: 50).matches.isEmpty)
        }
    }

    @Test(arguments: ContractEngines.all)
    func theDemoFillsAnEmptyStoreOnly(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let today = try Fixed.today()
            let report = try store.loadDemo(DemoOptions(contacts: 25, exchanges: 120, seed: 7), today: today)
            #expect(report.contacts == 25 && report.exchanges == 120)
            #expect(try store.contactCount() == 25)
            expectStoreError("not empty", { _ in true }) {
                _ = try store.loadDemo(DemoOptions(contacts: 5, exchanges: 5, seed: 7), today: today)
            }
            #expect(try store.contactCount() == 25)
        }
    }
}

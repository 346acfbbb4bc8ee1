import Foundation
import RapportCore
import RapportStore
import RapportTransfer
import Testing

/// Import, export and forget through the `Store` interface, and the JSON
/// export read back by RapportTransfer's import into the same engine.
@Suite struct TransferContractTests {
    struct Stop: Error {}

    @Test(arguments: ContractEngines.all)
    func anImportIsAllOrNothing(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            #expect(throws: Stop.self) {
                _ = try store.importContacts(ImportOptions(), today: today) { sink in
                    _ = try sink.add(ImportRecord(draft: ContactDraft(name: "Eve New")))
                    _ = try sink.add(ImportRecord(draft: ContactDraft(name: "Fanny New")))
                    throw Stop()
                }
            }
            #expect(try store.contactCount() == 4)
            #expect(try store.search("new", limit: 20, includeArchived: true).isEmpty)

            let day = try Fixed.day("2026-04-01")
            let (outcomes, counts) = try store.importContacts(ImportOptions(tags: ["imported"]), today: today) { sink in
                [
                    try sink.add(ImportRecord(draft: ContactDraft(name: "Eve New", handles: [try Handle.parse(kind: .email, "eve@new.example")]),
                                              exchanges: [ExchangeDraft(day: day, summary: "Met at the launch")])),
                    // Alice's email: a duplicate, skipped.
                    try sink.add(ImportRecord(draft: ContactDraft(name: "A. Martin", handles: [try Handle.parse(kind: .email, "alice@lemonde.example")]))),
                    // The same person twice in one import: the second is a duplicate of the first.
                    try sink.add(ImportRecord(draft: ContactDraft(name: "Eve N.", handles: [try Handle.parse(kind: .email, "EVE@new.example")]))),
                ]
            }
            #expect(counts.imported == 1 && counts.skippedDuplicates == 2 && counts.merged == 0 && counts.exchanges == 1)
            guard case .skipped(let duplicateOf) = outcomes[1] else {
                Issue.record("\(outcomes)")
                return
            }
            #expect(duplicateOf == people.alice.id)
            let eve = try store.resolve("eve@new.example")
            #expect(eve.name == "Eve New" && eve.tags == ["imported"] && eve.owner == store.currentMember)
            #expect(try store.exchanges(contactId: eve.id, limit: nil).map(\.summary) == ["Met at the launch"])
            #expect(try store.contactRows(ids: [eve.id], today: today).first?.lastExchange == day)
            #expect(try store.search("launch", limit: 20, includeArchived: true).first?.contact.id == eve.id)

            let dry = try store.importContacts(ImportOptions(dryRun: true), today: today) { sink in
                try sink.add(ImportRecord(draft: ContactDraft(name: "Gus Dry")))
            }
            #expect(dry.counts.imported == 1)
            #expect(try store.contactCount() == 5, "a dry run writes nothing")
        }
    }

    @Test(arguments: ContractEngines.all)
    func exportGivesEveryoneInIdOrderWithTheirExchanges(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            _ = try store.setArchived(contactId: people.bruno.id, true, today: try Fixed.today())
            var exported: [ExportedContact] = []
            try store.exportContacts(ExportFilter(), withExchanges: true, batchSize: 3) { exported.append($0) }
            #expect(exported.map(\.contact.id) == people.all.map(\.id))
            #expect(exported.map(\.contact) == (try people.all.map { try #require(try store.contact(id: $0.id)) }))
            #expect(exported.map { $0.exchanges.map(\.summary) }
                    == [["Lunch at the fair"], ["Sent the spring figures"], [], ["Asked about the radio slot"]])
            var one: [ExportedContact] = []
            try store.exportContacts(ExportFilter(contactId: people.chloe.id), withExchanges: false, batchSize: 500) { one.append($0) }
            #expect(one.map(\.contact.name) == ["Chloé Durand"])
        }
    }

    @Test(arguments: ContractEngines.all)
    func aJSONExportImportsBackIntoAnEmptyStoreOfTheSameEngine(_ engine: ContractEngine) throws {
        let folder = NSTemporaryDirectory() + "rapport-contract-json-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let today = try Fixed.today()
        func export(_ store: any Store, to path: String) throws -> [String] {
            let file = try AtomicFile(destination: path, replace: true)
            let writer = try JSONExportWriter(handle: file.handle(), fileName: path, today: today, cadence: store.cadence)
            try store.exportContacts(ExportFilter(), withExchanges: true, batchSize: 2) { try writer.write($0) }
            try writer.finish()
            try file.commit()
            // One contact a line; ids differ between the stores.
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return text.split(separator: "\n").dropFirst().filter { $0.hasPrefix("{") }.map {
                String($0).replacing(/"(id|contactId)":\d+/) { "\"\($0.1)\":_" }
            }
        }
        let original = try engine.withStore { store in
            _ = try FourPeople(store)
            return try export(store, to: folder + "/first.json")
        }
        #expect(original.count == 4)
        let copy = try engine.withStore { store in
            let report = try ImportJob(paths: [folder + "/first.json"], format: nil).run(store: store, today: today)
            #expect(report.counts.imported == 4 && report.counts.exchanges == 3, "\(report.summary)")
            return try export(store, to: folder + "/second.json")
        }
        #expect(copy == original)
    }

    @Test(arguments: ContractEngines.all)
    func forgetErasesThePersonAndEveryTrace(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let preview = try store.forgetPreview(contactId: people.dimitri.id)
            #expect(preview.exchanges == 1 && preview.handles == 1 && preview.contact.name == "Dimitri Roux")
            #expect(try store.contact(id: people.dimitri.id) != nil, "a preview erases nothing")
            let report = try store.forget(contactId: people.dimitri.id)
            #expect(report.exchanges == 1)
            #expect(try store.contact(id: people.dimitri.id) == nil)
            #expect(try store.exchange(id: people.promise.id) == nil)
            #expect(try store.search("dimitri", limit: 20, includeArchived: true).isEmpty)
            #expect(try store.search("radio", limit: 20, includeArchived: true).isEmpty)
            #expect(try store.openFollowUpCount() == 0)
            #expect(try store.contactCount() == 3)
            // The email is free again: a new contact may have it.
            let again = try store.addContact(ContactDraft(name: "Dimitri Again", handles: [try Handle.parse(kind: .email, "dimitri@radio.example")]),
                                             today: try Fixed.today(), reviewFrom: nil, allowSharedHandles: false)
            #expect(again.handles.map(\.value) == ["dimitri@radio.example"])
        }
    }
}

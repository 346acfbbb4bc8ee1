import Foundation
import RapportCore
import RapportStore
import RapportTransfer
import Testing

/// Press work (coverage, projects, career moves, introductions) through a
/// JSON export and its import, on every engine.
@Suite struct PressWorkTransferContractTests {
    /// FourPeople plus: coverage of Alice linked to her exchange (in a
    /// project), coverage of Bruno without a link, Bruno's move from
    /// Libération to Les Échos, Chloé and Dimitri introduced by Alice.
    struct PressWork {
        let people: FourPeople

        init(_ store: any Store) throws {
            people = try FourPeople(store)
            let today = try Fixed.today()
            let lunch = try #require(try store.exchanges(contactId: people.alice.id, limit: nil).first)
            _ = try store.addCoverage(contactId: people.alice.id, CoverageDraft(
                day: try Fixed.day("2026-05-31"), title: "La filière solaire", url: "https://lemonde.example/solaire",
                outlet: "Le Monde", exchangeId: lunch.id, project: "Lancement Aurore", note: "Page 4"), today: today)
            _ = try store.addCoverage(contactId: people.bruno.id, CoverageDraft(
                day: try Fixed.day("2026-04-02"), title: "Brève sur l’éolien"), today: today)
            var change = ContactChange()
            change.outlet = "Les Échos"
            _ = try store.updateContact(id: people.bruno.id, change, today: try Fixed.day("2026-05-15"), allowSharedHandles: false,
                                        expecting: nil)
            _ = try store.setIntroducer(contactId: people.chloe.id, introducerId: people.alice.id, today: today)
            _ = try store.setIntroducer(contactId: people.dimitri.id, introducerId: people.alice.id, today: today)
        }
    }

    static func export(_ store: any Store, to path: String) throws -> String {
        let file = try AtomicFile(destination: path, replace: true)
        let writer = try JSONExportWriter(handle: file.handle(), fileName: path, today: try Fixed.today(), cadence: store.cadence)
        try store.exportContacts(ExportFilter(), withExchanges: true, batchSize: 3) { try writer.write($0) }
        try writer.finish()
        try file.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = NSTemporaryDirectory() + "rapport-presswork-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }

    @Test(arguments: ContractEngines.all)
    func exportImportExportGivesTheSameJSON(_ engine: ContractEngine) throws {
        try Self.withFolder { folder in
            let today = try Fixed.today()
            let first = try engine.withStore { store in
                _ = try PressWork(store)
                return try Self.export(store, to: folder + "/first.json")
            }
            #expect(first.contains(#""positions":[{"from":null,"outlet":"Libération","title":"","to":"2026-05-15"}]"#))
            #expect(first.contains(#""introducedBy":{"id":1,"name":"Alice Martin"}"#))
            #expect(first.contains(#""exchangeId":1,"id":1,"note":"Page 4","outlet":"Le Monde","project":"Lancement Aurore""#))
            let (second, careers) = try engine.withStore { store in
                let report = try ImportJob(paths: [folder + "/first.json"], format: nil).run(store: store, today: today)
                #expect(report.counts.imported == 4 && report.counts.exchanges == 3, "\(report.summary)")
                let careers = try (1...4).map { try store.career(contactId: Int64($0)) }
                return (try Self.export(store, to: folder + "/second.json"), careers)
            }
            #expect(second == first)
            #expect(careers[0].introduced.map(\.name) == ["Chloé Durand", "Dimitri Roux"])
            #expect(careers[1].since == (try Fixed.day("2026-05-15")) && careers[1].positions.map(\.outlet) == ["Libération"])
        }
    }

    @Test(arguments: ContractEngines.all)
    func anImportMergingIntoExistingPeopleOverwritesNothingAndAddsNothingTwice(_ engine: ContractEngine) throws {
        try Self.withFolder { folder in
            let today = try Fixed.today()
            _ = try engine.withStore { store in
                _ = try PressWork(store)
                return try Self.export(store, to: folder + "/first.json")
            }
            try engine.withStore { store in
                // Alice already exists (same email), introduced by someone the file does not know.
                let alice = try store.addContact(ContactDraft(name: "Alice M.", handles: [try Handle.parse(kind: .email, "alice@lemonde.example")]),
                                                 today: today, reviewFrom: nil, allowSharedHandles: false)
                let zoe = try store.addContact(ContactDraft(name: "Zoé Blanc"), today: today, reviewFrom: nil, allowSharedHandles: false)
                _ = try store.setIntroducer(contactId: alice.id, introducerId: zoe.id, today: today)
                // Skip: Alice is left alone, but stands as Chloé's and Dimitri's introducer.
                let skip = try ImportJob(paths: [folder + "/first.json"], format: nil).run(store: store, today: today)
                #expect(skip.counts.imported == 3 && skip.counts.skippedDuplicates == 1, "\(skip.summary)")
                #expect(try store.listCoverage(contactId: alice.id, project: nil, since: nil, limit: nil).isEmpty)
                let chloe = try store.resolve("chloe@echos.example")
                #expect(try store.career(contactId: chloe.id).introducedBy?.id == alice.id)
                // Merge: Alice gains her coverage (linked to her exchange, once), keeps her introducer.
                var merge = ImportJob(paths: [folder + "/first.json"], format: nil)
                merge.options = ImportOptions(policy: .merge)
                for _ in 1...2 { _ = try merge.run(store: store, today: today) }
                let coverage = try store.listCoverage(contactId: alice.id, project: nil, since: nil, limit: nil).map(\.coverage)
                #expect(coverage.map(\.title) == ["La filière solaire"] && coverage.first?.project == "Lancement Aurore")
                let lunch = try store.exchanges(contactId: alice.id, limit: nil).first { $0.summary == "Lunch at the fair" }
                #expect(coverage.first?.exchangeId != nil && coverage.first?.exchangeId == lunch?.id)
                #expect(try store.career(contactId: alice.id).introducedBy?.id == zoe.id)
                let bruno = try store.resolve("bruno@libe.example")
                #expect(try store.career(contactId: bruno.id).positions.count == 1)
                #expect(try store.pressWorkInventory() == PressWorkInventory(coverage: 2, moves: 1, introductions: 3))
            }
        }
    }

    @Test(arguments: ContractEngines.all)
    func aVersionOneExportStillImports(_ engine: ContractEngine) throws {
        try Self.withFolder { folder in
            let path = try VersionOneExport.write(into: folder)
            try engine.withStore { store in
                let report = try ImportJob(paths: [path], format: nil).run(store: store, today: try Fixed.today())
                #expect(report.counts.imported == 2 && report.counts.exchanges == 2, "\(report.summary)")
                let eloise = try store.resolve("eloise@lemonde.example")
                #expect(try store.exchanges(contactId: eloise.id, limit: nil).map(\.project) == ["Lancement Aurore"])
                let bruno = try store.resolve("bruno@libe.example")
                #expect(bruno.outlet == "Les Échos" && bruno.tags == ["energie"])
                #expect(try store.career(contactId: bruno.id) == .empty)
                #expect(try store.pressWorkInventory().isEmpty)
            }
        }
    }
}

import Foundation
import RapportCore
import RapportStore
import RapportTransfer
import Testing

/// Projects through the `Store` interface: exchanges logged, edited and
/// restored with a project, the recent names, the summaries, the list
/// filter, and export → import keeping each exchange's project.
@Suite struct ProjectContractTests {
    @Test(arguments: ContractEngines.all)
    func anExchangeCarriesItsProjectThroughLogEditDeleteAndRestore(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let draft = ExchangeDraft(day: try Fixed.day("2026-05-28"), summary: "Pitched the launch", intent: .asked,
                                      project: "  Lancement Atlas  ")
            let logged = try store.logExchange(contactId: people.chloe.id, draft, today: today, allowFuture: false).exchange
            #expect(logged.project == "Lancement Atlas")
            #expect(try store.exchange(id: logged.id)?.project == "Lancement Atlas")
            #expect(try store.exchanges(contactId: people.chloe.id, limit: nil).map(\.project) == ["Lancement Atlas"])
            #expect(try store.project(named: "lancement atlas")?.name == "Lancement Atlas", "case folded")

            // Another spelling of the same name is the same project.
            let second = try store.logExchange(contactId: people.alice.id, ExchangeDraft(
                day: try Fixed.day("2026-05-31"), summary: "Sent the kit", project: "LANCEMENT ATLAS"),
                today: today, allowFuture: false).exchange
            #expect(second.project == "Lancement Atlas")
            #expect(try store.projectSummaries().count == 1)

            var change = ExchangeDraft(logged)
            change.project = "Étude mobilité 2026"
            let edit = try store.updateExchange(id: logged.id, change, today: today, allowFuture: false, expecting: logged)
            #expect(edit.before.project == "Lancement Atlas" && edit.after.project == "Étude mobilité 2026")
            #expect(try store.exchange(id: logged.id)?.project == "Étude mobilité 2026")

            change.project = nil
            let cleared = try store.updateExchange(id: logged.id, change, today: today, allowFuture: false, expecting: edit.after)
            #expect(cleared.after.project == nil)
            #expect(try store.exchange(id: logged.id)?.project == nil)

            // Undo of the edits: the project comes back with the exchange as it was.
            let undone = try store.updateExchange(id: logged.id, ExchangeDraft(edit.after), today: today, allowFuture: false,
                                                  expecting: cleared.after)
            #expect(undone.after.project == "Étude mobilité 2026")

            let deleted = try store.deleteExchange(undone.after)
            #expect(deleted.project == "Étude mobilité 2026")
            let restored = try store.restoreExchange(deleted)
            #expect(restored.project == "Étude mobilité 2026")
            #expect(try store.exchange(id: restored.id)?.project == "Étude mobilité 2026")

            expectStoreError("a project name on two lines", { if case .invalidInput = $0 { return true } else { return false } }) {
                _ = try store.logExchange(contactId: people.bruno.id, ExchangeDraft(
                    day: today, summary: "Two lines", project: "One\nTwo"), today: today, allowFuture: false)
            }
            #expect(try store.exchangeCount(contactId: people.bruno.id) == 1, "the refused log wrote nothing")
        }
    }

    @Test(arguments: ContractEngines.all)
    func projectsAreSummedUpAndListedMostRecentFirst(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            #expect(try store.projectSummaries().isEmpty)
            #expect(try store.recentProjectNames(limit: 10).isEmpty)
            func log(_ contact: Contact, _ iso: String, _ project: String) throws {
                _ = try store.logExchange(contactId: contact.id, ExchangeDraft(day: try Fixed.day(iso), summary: "About \(project)",
                                                                               project: project), today: today, allowFuture: false)
            }
            try log(people.alice, "2026-02-01", "Étude mobilité 2026")
            try log(people.bruno, "2026-03-15", "Étude mobilité 2026")
            try log(people.alice, "2026-04-10", "Étude mobilité 2026")
            try log(people.chloe, "2026-05-20", "Lancement Atlas")

            let summaries = try store.projectSummaries()
            #expect(summaries.map(\.name) == ["Lancement Atlas", "Étude mobilité 2026"])
            let study = try #require(summaries.last)
            #expect(study.exchanges == 3 && study.people == 2 && study.coverage == 0)
            let (first, last) = (try Fixed.day("2026-02-01"), try Fixed.day("2026-04-10"))
            #expect(study.first == first && study.last == last)
            #expect(try store.recentProjectNames(limit: 10) == ["Lancement Atlas", "Étude mobilité 2026"])
            #expect(try store.recentProjectNames(limit: 1) == ["Lancement Atlas"])

            // A newer exchange for the study puts it first.
            try log(people.dimitri, "2026-05-30", "etude MOBILITE 2026")
            #expect(try store.recentProjectNames(limit: 10) == ["Étude mobilité 2026", "Lancement Atlas"])
            #expect(try store.project(named: "Nothing like it") == nil)

            // The list filter: contacts with an exchange in the project.
            var filter = ContactFilter()
            filter.project = "Étude mobilité 2026"
            #expect(try store.listContacts(filter, sort: .name, today: today, limit: nil, offset: 0).names
                    == ["Alice Martin", "Bruno Petit", "Dimitri Roux"])
            #expect(try store.countContacts(filter) == 3)
            filter.project = "lancement atlas"
            #expect(try store.contactIds(filter, sort: .warmth, today: today) == [people.chloe.id])
            filter.project = "Unknown"
            #expect(try store.countContacts(filter) == 0)
        }
    }

    @Test(arguments: ContractEngines.all)
    func exportThenImportKeepsEachExchangesProject(_ engine: ContractEngine) throws {
        let folder = NSTemporaryDirectory() + "rapport-contract-projects-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let today = try Fixed.today()
        let path = folder + "/projects.json"
        try engine.withStore { store in
            let people = try FourPeople(store)
            _ = try store.logExchange(contactId: people.bruno.id, ExchangeDraft(
                day: try Fixed.day("2026-05-02"), summary: "Study interview", project: "Étude mobilité 2026"),
                today: today, allowFuture: false)
            let file = try AtomicFile(destination: path, replace: true)
            let writer = try JSONExportWriter(handle: file.handle(), fileName: path, today: today, cadence: store.cadence)
            try store.exportContacts(ExportFilter(), withExchanges: true, batchSize: 2) { try writer.write($0) }
            try writer.finish()
            try file.commit()
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"project\":\"Étude mobilité 2026\""))
        // Into an empty store: new contacts with their exchanges.
        try engine.withStore { store in
            let report = try ImportJob(paths: [path], format: nil).run(store: store, today: today)
            #expect(report.counts.imported == 4 && report.counts.exchanges == 4, "\(report.summary)")
            let bruno = try store.resolve("bruno@libe.example")
            #expect(try store.exchanges(contactId: bruno.id, limit: nil).map(\.project) == ["Étude mobilité 2026", nil])
            #expect(try store.projectSummaries().map(\.name) == ["Étude mobilité 2026"])
        }
        // Into a store that has the people: the new exchange merges in with its project.
        try engine.withStore { store in
            let people = try FourPeople(store)
            let report = try ImportJob(paths: [path], format: nil, options: ImportOptions(policy: .merge)).run(store: store, today: today)
            #expect(report.counts.merged == 4 && report.counts.exchanges == 1, "\(report.summary)")
            #expect(try store.exchanges(contactId: people.bruno.id, limit: nil).map(\.project) == ["Étude mobilité 2026", nil])
            #expect(try store.projectSummaries().first?.exchanges == 1)
        }
    }
}

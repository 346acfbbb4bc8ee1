import RapportCore
import RapportStore
import Testing

/// Coverage through the `Store` interface, on every engine.
@Suite struct CoverageContractTests {
    @Test(arguments: ContractEngines.all)
    func coverageIsAddedListedEditedAndDeleted(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let lunch = try #require(try store.exchanges(contactId: people.alice.id, limit: 1).first)
            let first = try store.addCoverage(contactId: people.alice.id, CoverageDraft(
                day: try Fixed.day("2026-05-31"), title: "  The fair's quiet winner  ", url: "https://lemonde.example/a",
                outlet: "Le Monde", exchangeId: lunch.id, project: "Lancement Atlas", note: "front page"), today: today)
            #expect(first.title == "The fair's quiet winner" && first.exchangeId == lunch.id && first.project == "Lancement Atlas")
            #expect(first.contactId == people.alice.id && first.author == store.currentMember)
            #expect(try store.coverage(id: first.id) == first)
            let second = try store.addCoverage(contactId: people.alice.id, CoverageDraft(
                day: try Fixed.day("2026-04-02"), title: "Energy in spring"), today: today)
            let third = try store.addCoverage(contactId: people.bruno.id, CoverageDraft(
                day: try Fixed.day("2026-05-15"), title: "Les chiffres du printemps", project: "lancement atlas"), today: today)
            #expect(third.project == "Lancement Atlas")

            #expect(try store.listCoverage(contactId: people.alice.id, project: nil, since: nil, limit: nil)
                .map(\.coverage.id) == [first.id, second.id])
            let all = try store.listCoverage(contactId: nil, project: nil, since: nil, limit: nil)
            #expect(all.map(\.coverage.id) == [first.id, third.id, second.id])
            #expect(all.map(\.contactName) == ["Alice Martin", "Bruno Petit", "Alice Martin"])
            #expect(try store.listCoverage(contactId: nil, project: "LANCEMENT ATLAS", since: nil, limit: nil)
                .map(\.coverage.id) == [first.id, third.id])
            #expect(try store.listCoverage(contactId: nil, project: "No such project", since: nil, limit: nil).isEmpty)
            #expect(try store.listCoverage(contactId: nil, project: nil, since: try Fixed.day("2026-05-15"), limit: nil)
                .map(\.coverage.id) == [first.id, third.id])
            #expect(try store.listCoverage(contactId: nil, project: nil, since: nil, limit: 1).count == 1)

            var change = CoverageDraft(first)
            change.title = "The fair's quiet winner, updated"
            change.exchangeId = nil
            change.project = nil
            let edited = try store.updateCoverage(id: first.id, change, today: today)
            #expect(edited.id == first.id && edited.title == "The fair's quiet winner, updated")
            #expect(edited.exchangeId == nil && edited.project == nil && edited.url == first.url)
            #expect(try store.coverage(id: first.id) == edited)

            let deleted = try store.deleteCoverage(id: second.id)
            #expect(deleted == second)
            #expect(try store.coverage(id: second.id) == nil)
            expectStoreError("gone", { if case .notFound = $0 { return true } else { return false } }) {
                _ = try store.deleteCoverage(id: second.id)
            }
            expectStoreError("edit gone", { if case .notFound = $0 { return true } else { return false } }) {
                _ = try store.updateCoverage(id: second.id, change, today: today)
            }
        }
    }

    @Test(arguments: ContractEngines.all)
    func badCoverageIsRefusedWithNothingSaved(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let isInput: (StoreError) -> Bool = { $0.isInputError }
            let brunoExchange = try #require(try store.exchanges(contactId: people.bruno.id, limit: 1).first)
            let cases: [(String, CoverageDraft, (StoreError) -> Bool)] = [
                ("empty title", CoverageDraft(day: today, title: "  "), isInput),
                ("two-line title", CoverageDraft(day: today, title: "a\nb"), isInput),
                ("not a web address", CoverageDraft(day: today, title: "T", url: "javascript:alert(1)"), isInput),
                ("future", CoverageDraft(day: today.adding(days: 1), title: "T"), isInput),
                ("another's exchange", CoverageDraft(day: today, title: "T", exchangeId: brunoExchange.id), isInput),
                ("no such exchange", CoverageDraft(day: today, title: "T", exchangeId: 999_999),
                 { if case .notFound = $0 { return true } else { return false } }),
                ("two-line project", CoverageDraft(day: today, title: "T", project: "a\nb"), isInput),
            ]
            for (what, draft, matches) in cases {
                expectStoreError(what, matches) { _ = try store.addCoverage(contactId: people.alice.id, draft, today: today) }
            }
            expectStoreError("no contact", { if case .notFound = $0 { return true } else { return false } }) {
                _ = try store.addCoverage(contactId: 999_999, CoverageDraft(day: today, title: "T"), today: today)
            }
            #expect(try store.listCoverage(contactId: nil, project: nil, since: nil, limit: nil).isEmpty)
        }
    }

    @Test(arguments: ContractEngines.all)
    func coverageWarmsTheContactAndItsRemovalCoolsItBack(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            func row() throws -> ContactRow { try #require(try store.contactRows(ids: [people.bruno.id], today: today).first) }
            let before = try row()
            let piece = try store.addCoverage(contactId: people.bruno.id, CoverageDraft(
                day: try Fixed.day("2026-05-20"), title: "Spring figures, the story"), today: today)
            let warmer = try row()
            #expect(warmer.warmth.score > before.warmth.score)
            #expect(warmer.lastExchange == before.lastExchange)
            var older = CoverageDraft(piece)
            older.day = try Fixed.day("2025-01-01")
            _ = try store.updateCoverage(id: piece.id, older, today: today)
            let cooler = try row()
            #expect(cooler.warmth.score < warmer.warmth.score && cooler.warmth.score > before.warmth.score)
            _ = try store.deleteCoverage(id: piece.id)
            #expect(try row().warmth.score == before.warmth.score)
        }
    }

    @Test(arguments: ContractEngines.all)
    func deletingTheLinkedExchangeKeepsTheCoverageUnlinked(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let people = try FourPeople(store)
            let today = try Fixed.today()
            let piece = try store.addCoverage(contactId: people.dimitri.id, CoverageDraft(
                day: today, title: "On air", exchangeId: people.promise.id), today: today)
            _ = try store.deleteExchange(id: people.promise.id)
            #expect(try store.coverage(id: piece.id)?.exchangeId == nil)
            #expect(try store.coverage(id: piece.id)?.title == "On air")
        }
    }
}

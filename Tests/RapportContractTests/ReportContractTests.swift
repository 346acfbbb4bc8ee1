import GRDB
import RapportCore
@testable import RapportPostgres
import RapportStore
import Testing

/// The pitch report's read (`ReportStore.reportData`) on every engine:
/// the same data gives the same report, narrowed by period and project,
/// with handles only when asked, and no notes anywhere.
@Suite struct ReportContractTests {
    /// The four people (ContractSupport), plus:
    /// - a project "Lancement Atlas" holding Dimitri's ask and a new call
    ///   with Alice on 2026-05-25 (private notes, an open follow-up);
    /// - coverage: Alice on 2026-05-31 linked to that call (no project of
    ///   its own), Bruno on 2026-04-10 in the project, Chloé on 2026-05-15
    ///   in no project, with notes that must never come back.
    struct Setup {
        let people: FourPeople
        let call: Exchange
        let project: Int64
        let aliceCoverage: Int64
        let brunoCoverage: Int64
        let chloeCoverage: Int64

        init(_ store: any Store) throws {
            people = try FourPeople(store)
            call = try store.logExchange(contactId: people.alice.id, ExchangeDraft(
                day: try Fixed.day("2026-05-25"), channel: .phone, direction: .outbound, summary: "Pitched the Atlas launch",
                notes: "SECRET-NOTE-7 her editor hates us", rating: 4, intent: .asked,
                followUp: FollowUp(due: try Fixed.day("2026-06-05"), text: "Send the embargoed deck"), notesPrivate: true),
                today: try Fixed.today(), allowFuture: false).exchange
            project = try RawSQL.insert(store, "INSERT INTO project(name, key, created_day) VALUES (?, ?, ?)",
                                        ["Lancement Atlas", TextKey.fold("Lancement Atlas"), "20000"])
            try RawSQL.execute(store, "UPDATE exchange SET project_id = ? WHERE id IN (?, ?)",
                               [String(project), String(call.id), String(people.promise.id)])
            let coverage = "INSERT INTO coverage(contact_id, day, title, url, outlet, exchange_id, project_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            aliceCoverage = try RawSQL.insert(store, coverage, [
                String(people.alice.id), String(try Fixed.day("2026-05-31").ordinal), "Atlas, the launch of the year",
                "https://lemonde.example/atlas", "Le Monde", String(call.id), nil, "SECRET-NOTE-8"])
            brunoCoverage = try RawSQL.insert(store, coverage, [
                String(people.bruno.id), String(try Fixed.day("2026-04-10").ordinal), "Spring figures", "", "Libération",
                nil, String(project), "SECRET-NOTE-9"])
            chloeCoverage = try RawSQL.insert(store, coverage, [
                String(people.chloe.id), String(try Fixed.day("2026-05-15").ordinal), "Energy round-up",
                "javascript:alert(1)", "", nil, nil, ""])
        }
    }

    @Test(arguments: ContractEngines.all)
    func thePeriodGivesItsPeopleExchangesAndCoverage(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let setup = try Setup(store)
            let report = try store.reportData(project: nil, since: try Fixed.day("2026-05-02"), until: try Fixed.today(),
                                              withHandles: false)
            let may2 = try Fixed.day("2026-05-02")
            let today = try Fixed.today()
            #expect(report.since == may2 && report.until == today)
            #expect(report.project == nil)
            #expect(report.people.map(\.name) == ["Alice Martin", "Chloé Durand"])
            let alice = try #require(report.people.first)
            #expect(alice.outlet == "Le Monde" && alice.role == .journalist && alice.handles.isEmpty)
            #expect(alice.exchanges == [
                ReportExchange(id: setup.call.id, day: try Fixed.day("2026-05-25"), channel: .phone, direction: .outbound,
                               intent: .asked, rating: 4, summary: "Pitched the Atlas launch", project: "Lancement Atlas",
                               followUp: FollowUp(due: try Fixed.day("2026-06-05"), text: "Send the embargoed deck")),
                ReportExchange(id: alice.exchanges.last?.id ?? 0, day: try Fixed.day("2026-05-30"), channel: .meeting,
                               direction: .inbound, intent: .gave, rating: 5, summary: "Lunch at the fair", project: nil,
                               followUp: nil),
            ])
            #expect(alice.coverage == [
                ReportCoverage(id: setup.aliceCoverage, day: try Fixed.day("2026-05-31"), title: "Atlas, the launch of the year",
                               url: "https://lemonde.example/atlas", outlet: "Le Monde", exchangeId: setup.call.id,
                               project: "Lancement Atlas"),
            ])
            let chloe = try #require(report.people.last)
            #expect(chloe.exchanges.isEmpty && chloe.coverage.map(\.id) == [setup.chloeCoverage])
            #expect(chloe.coverage.first?.url == "javascript:alert(1)" && chloe.coverage.first?.project == nil)
            #expect(!"\(report)".contains("SECRET"))
        }
    }

    @Test(arguments: ContractEngines.all)
    func aProjectNarrowsToItsExchangesAndCoverage(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let setup = try Setup(store)
            // No --since: the whole project, from its first row (Bruno's coverage on 2026-04-10).
            let report = try store.reportData(project: "lancement ATLAS", since: nil, until: try Fixed.today(), withHandles: false)
            #expect(report.project == "Lancement Atlas")
            #expect(report.since == (try Fixed.day("2026-04-10")))
            #expect(report.people.map(\.name) == ["Alice Martin", "Bruno Petit", "Dimitri Roux"])
            #expect(report.people[0].exchanges.map(\.id) == [setup.call.id])
            #expect(report.people[0].coverage.map(\.id) == [setup.aliceCoverage])
            #expect(report.people[1].exchanges.isEmpty && report.people[1].coverage.map(\.id) == [setup.brunoCoverage])
            #expect(report.people[2].exchanges.map(\.id) == [setup.people.promise.id])
            #expect(report.people[2].exchanges.first?.followUp?.text == "Send the press kit")
            // A bounded period inside the project.
            let may = try store.reportData(project: "Lancement Atlas", since: try Fixed.day("2026-05-02"),
                                           until: try Fixed.day("2026-05-30"), withHandles: false)
            #expect(may.people.map(\.name) == ["Alice Martin"] && may.people[0].coverage.isEmpty)
        }
    }

    @Test(arguments: ContractEngines.all)
    func anUnknownProjectIsNotFoundAndAnEmptyPeriodIsEmpty(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            _ = try Setup(store)
            expectStoreError("unknown project", { if case .notFound = $0 { true } else { false } }) {
                _ = try store.reportData(project: "Nope", since: nil, until: try Fixed.today(), withHandles: false)
            }
            let empty = try store.reportData(project: nil, since: try Fixed.day("2025-01-01"),
                                             until: try Fixed.day("2025-01-31"), withHandles: false)
            let first = try Fixed.day("2025-01-01")
            #expect(empty.isEmpty && empty.since == first)
            let none = try store.reportData(project: nil, since: nil, until: try Fixed.day("2025-01-31"), withHandles: false)
            let last = try Fixed.day("2025-01-31")
            #expect(none.isEmpty && none.since == last)
        }
    }

    @Test(arguments: ContractEngines.all)
    func handlesOnlyWhenAsked(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let setup = try Setup(store)
            let since = try Fixed.day("2026-02-01")
            let without = try store.reportData(project: nil, since: since, until: try Fixed.today(), withHandles: false)
            #expect(without.people.allSatisfy(\.handles.isEmpty) && without.people.count == 4)
            let with = try store.reportData(project: nil, since: since, until: try Fixed.today(), withHandles: true)
            #expect(with.people.map(\.handles) == setup.people.all.sorted { $0.name < $1.name }.map(\.handles))
            #expect(with.people.first?.handles == [Handle(kind: .email, value: "alice@lemonde.example")])
        }
    }
}

/// Test data the store has no operation for yet (projects and coverage
/// belong to other features): literal SQL with `?` placeholders, run on
/// the engine's own connection (`$1`, `$2`… on PostgreSQL).
enum RawSQL {
    static func execute(_ store: any Store, _ sql: String, _ arguments: [String?]) throws {
        if let database = store as? RapportDatabase {
            try database.writer.write { db in try db.execute(sql: sql, arguments: StatementArguments(arguments.map { $0 as (any DatabaseValueConvertible)? })) }
        } else if let postgres = store as? PostgresStore {
            try postgres.connection.execute(numbered(sql), arguments)
        } else {
            Issue.record("unknown engine \(type(of: store))")
        }
    }

    /// Runs an INSERT and returns the new row's id.
    static func insert(_ store: any Store, _ sql: String, _ arguments: [String?]) throws -> Int64 {
        if let database = store as? RapportDatabase {
            return try database.writer.write { db in
                try db.execute(sql: sql, arguments: StatementArguments(arguments.map { $0 as (any DatabaseValueConvertible)? }))
                return db.lastInsertedRowID
            }
        } else if let postgres = store as? PostgresStore {
            let id = try postgres.connection.execute(numbered(sql) + " RETURNING id", arguments).scalar
            return try #require(id.flatMap { Int64($0) })
        }
        Issue.record("unknown engine \(type(of: store))")
        return 0
    }

    /// `?` placeholders numbered for PostgreSQL.
    static func numbered(_ sql: String) -> String {
        var count = 0
        return sql.map { character -> String in
            guard character == "?" else { return String(character) }
            count += 1
            return "$\(count)"
        }.joined()
    }
}

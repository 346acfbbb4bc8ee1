import Foundation
import PGTestSupport
import RapportPostgres
import RapportCore
import RapportStore
import Testing

/// One engine the contract suite runs against: how to make a fresh, empty
/// store of it, and how to throw that store away after a test.
struct ContractEngine: Sendable, CustomTestStringConvertible {
    let name: String
    /// A new empty store, and what removes it afterwards.
    let make: @Sendable (Cadence) throws -> (store: any Store, cleanUp: @Sendable () -> Void)

    var testDescription: String { name }

    /// Runs `body` on a new empty store of this engine, then removes it.
    func withStore<T>(cadence: Cadence = .standard, _ body: (any Store) throws -> T) throws -> T {
        let (store, cleanUp) = try make(cadence)
        defer { cleanUp() }
        return try body(store)
    }
}

/// Every engine the contract suite runs on. SQLite always (in memory, and
/// on a temporary file, which goes through WAL, the file checks and the
/// change watch); PostgreSQL when a cluster is there (`RAPPORT_TEST_PG`, or
/// one started by scripts/pg-cluster.sh; `.ci/run` always has one).
enum ContractEngines {
    static let all: [ContractEngine] = [sqliteInMemory, sqliteFile] + (PGTestCluster.available ? [postgres] : [])

    static let postgres = ContractEngine(name: "PostgreSQL") { cadence in
        let database = try PGTestDatabase()
        let store = try database.open(cadence: cadence)
        return (store, { _ = database })
    }

    static let sqliteInMemory = ContractEngine(name: "SQLite in memory") { cadence in
        (try RapportDatabase.inMemory(cadence: cadence), {})
    }

    static let sqliteFile = ContractEngine(name: "SQLite file") { cadence in
        let folder = NSTemporaryDirectory() + "rapport-contract-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try RapportDatabase.open(path: folder + "/rapport.sqlite", cadence: cadence, create: true)
        return (store, { try? FileManager.default.removeItem(atPath: folder) })
    }
}

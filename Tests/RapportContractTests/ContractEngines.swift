import Foundation
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
/// change watch); the PostgreSQL engine is added here when it lands.
enum ContractEngines {
    static let all: [ContractEngine] = [sqliteInMemory, sqliteFile]

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

import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

let today = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

/// A fresh temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A copy of a database written by an earlier version (`Fixtures/NAME.sqlite`)
/// in a temporary folder, opened, and so migrated, by today's code.
func migratedFixture(_ fixture: String) throws -> (folder: TemporaryFolder, database: RapportDatabase, path: String) {
    let folder = try TemporaryFolder()
    let path = folder.path("\(fixture).sqlite")
    let url = try #require(Bundle.module.url(forResource: fixture, withExtension: "sqlite", subdirectory: "Fixtures"))
    try FileManager.default.copyItem(atPath: url.path, toPath: path)
    return (folder, try RapportDatabase.open(path: path), path)
}

func memoryDatabase(cadence: Cadence = .standard) throws -> RapportDatabase {
    try RapportDatabase.inMemory(cadence: cadence)
}

extension RapportDatabase {
    @discardableResult
    func add(_ name: String, tier: Tier = .b, outlet: String = "", handles: [Handle] = [], tags: [String] = [],
             addedDaysAgo: Int = 0, cadence: Int? = nil) throws -> Contact {
        try addContact(ContactDraft(name: name, outlet: outlet, tier: tier, cadenceOverride: cadence, handles: handles, tags: tags),
                       today: today.adding(days: -addedDaysAgo))
    }

    @discardableResult
    func log(_ contact: Contact, daysAgo: Int, channel: Channel = .email, direction: Direction = .outbound,
             intent: Intent = .chat, summary: String = "Talked", followUp: FollowUp? = nil) throws -> LogResult {
        try logExchange(contactId: contact.id, ExchangeDraft(day: today.adding(days: -daysAgo), channel: channel,
                                                             direction: direction, summary: summary, intent: intent,
                                                             followUp: followUp), today: today)
    }

    /// Every row of every table, as text: to check that nothing changed.
    func fingerprint() throws -> String {
        try writer.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name")
            return try tables.map { table in
                "\(table): " + (try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY 1").map(\.description).joined(separator: "; "))
            }.joined(separator: "\n")
        }
    }
}

import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// Shipped migrations are frozen (`Schema+Frozen.swift`): these tests
/// check that what they write is still what the versions that shipped
/// them wrote, and that it agrees with the live code of today.
@Suite("Frozen migrations")
struct FrozenMigrationTests {
    private static let v1 = "v1-contacts-exchanges-search"
    private static let v2 = "v2-ranking-indexes"

    private func fixture(_ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.path("\(name).sqlite")
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "sqlite", subdirectory: "Fixtures"))
        try FileManager.default.copyItem(atPath: url.path, toPath: path)
        return path
    }

    private func schema(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name <> 'grdb_migrations' ORDER BY type, name
            """).map(\.description)
    }

    @Test func versionOneWritesTheSchemaVersionOneShipped() throws {
        let folder = try TemporaryFolder()
        let shipped = try DatabaseQueue(path: fixture("v1-database", in: folder)).read(schema)
        let today = try DatabaseQueue()
        try Schema.migrator.migrate(today, upTo: Self.v1)
        #expect(try today.read(schema) == shipped)
        #expect(shipped.count > 20)
    }

    @Test func versionTwoWarmthKeysEqualTodaysComputation() throws {
        // The v1 fixture, with contacts covering each tier, cadences of
        // their own, a stored cadence that is not the default, and bases
        // from tiny to large, migrated by v2 alone.
        let folder = try TemporaryFolder()
        let queue = try DatabaseQueue(path: fixture("v1-database", in: folder))
        let fingerprint = "A=21,B=45,C=200"
        try queue.write { db in
            try db.execute(sql: "UPDATE setting SET value = ? WHERE key = ?", arguments: [fingerprint, Caches.cadenceSettingKey])
            var generator = SystemRandomNumberGenerator()
            for index in 0..<200 {
                let tier = ["A", "B", "C"][index % 3]
                let override: Int? = index % 7 == 0 ? Int.random(in: 1...3650, using: &generator) : nil
                let last: Int? = index % 11 == 0 ? nil : Int.random(in: 0...40_000, using: &generator)
                let base = index % 13 == 0 ? 0 : Double.random(in: 0.001...500, using: &generator)
                try db.execute(sql: """
                    INSERT INTO contact(name, name_key, tier, cadence_override, created_day, updated_day, review_from_day,
                      last_exchange_day, warmth_base)
                    VALUES (?, ?, ?, ?, 20000, 20000, 20000, ?, ?)
                    """, arguments: ["Person \(index)", "person \(index)", tier, override, last, base])
            }
        }
        try Schema.migrator.migrate(queue, upTo: Self.v2)
        let cadence = Caches.cadence(fromFingerprint: fingerprint)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT tier, cadence_override, last_exchange_day, warmth_base, warmth_key FROM contact")
        }
        #expect(rows.count == 201)
        for row in rows {
            let days = cadence.days(tier: Tier(rawValue: row["tier"]) ?? .b, override: row["cadence_override"])
            let live = (row["last_exchange_day"] as Int?).flatMap {
                Caches.warmthKey(base: row["warmth_base"], last: Day(ordinal: $0), cadence: days)
            }
            #expect(row["warmth_key"] as Double? == live, "\(row)")
        }
    }

    @Test func versionTwoReadsCadencesAsTodaysCodeDoes() {
        for fingerprint in [nil, "A=30,B=60,C=120", "A=7,B=14,C=28", "B=90", "A=x,B=3", "garbage", "A=1,B=3650,C=2,D=5"] {
            let frozen = Schema.v2TierDays(fingerprint: fingerprint)
            let live = fingerprint.map(Caches.cadence(fromFingerprint:)) ?? .standard
            for tier in Tier.allCases {
                #expect(frozen[tier.rawValue] == live.days(for: tier), "\(fingerprint ?? "none") \(tier)")
            }
        }
    }

    @Test func theSchemaAcceptsEveryNameOfTheVocabulary() throws {
        // Adding a name to the vocabulary needs a migration that widens the
        // CHECKs (the frozen v1 text will not follow): this fails until then.
        let database = try memoryDatabase()
        try database.writer.write { db in
            for role in Role.allNames {
                for tier in Tier.allNames {
                    for stage in Stage.allNames {
                        try db.execute(sql: """
                            INSERT INTO contact(name, name_key, role, tier, stage, created_day, updated_day, review_from_day)
                            VALUES ('P', 'p', ?, ?, ?, 1, 1, 1)
                            """, arguments: [role, tier, stage])
                    }
                }
            }
            let id = db.lastInsertedRowID
            for kind in HandleKind.allNames {
                try db.execute(sql: "INSERT INTO handle(contact_id, kind, value, normalized) VALUES (?, ?, 'x', 'x')",
                               arguments: [id, kind])
            }
            for channel in Channel.allNames {
                for direction in Direction.allNames {
                    for intent in Intent.allNames {
                        try db.execute(sql: """
                            INSERT INTO exchange(contact_id, day, channel, direction, summary, intent) VALUES (?, 1, ?, ?, 'Hi', ?)
                            """, arguments: [id, channel, direction, intent])
                    }
                }
            }
        }
    }
}

import Foundation
import RapportCore
import RapportPostgres
import RapportStore
import Testing

/// A team database of the release before surname order (pg1 and pg2) is
/// brought to pg3 by `team init` run again: the contacts already there get
/// the surname key of their name, written by the frozen computation, and
/// the surname sort reads it.
@Suite("PostgreSQL migration pg3: surname", .enabled(if: PGTestCluster.available), .serialized)
struct PGSurnameMigrationTests {
    @Test func aVersionTwoDatabaseGainsTheSurnameKeysOfItsContacts() throws {
        let database = try PGTestDatabase(initialized: false)
        let db = try database.connect()
        try db.execute("""
            CREATE TABLE rapport_migration (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())
            """)
        for migration in PGSchema.migrations.prefix(2) {
            try db.execute(migration.sql)
            try db.execute("INSERT INTO rapport_migration(id) VALUES ($1)", [migration.id])
        }
        #expect(PGSchema.migrations.prefix(2).map(\.id) == ["pg1-team-schema", "pg2-press-work"])
        let names = ["Jean de La Fontaine", "Yann Le Goff", "Charles de Gaulle", "Camille Lefèvre", "Jean d’Ormesson"]
        for (index, name) in names.enumerated() {
            try db.execute("""
                INSERT INTO contact(name, name_key, created_day, updated_day, review_from_day) VALUES ($1, $2, 20000, 20000, 20000)
                """, [name, TextKey.fold(name) + String(index)])
        }
        let versions = try db.execute("SELECT id, version FROM contact ORDER BY id").rows

        try PostgresStore.initialize(conninfo: database.url(), cadence: .standard)

        let applied = try db.execute("SELECT id FROM rapport_migration ORDER BY id").rows.compactMap { $0[0] }
        #expect(applied.contains("pg3-surname"))
        for row in try db.execute("SELECT name, surname_key, family_name FROM contact").rows {
            let name = try #require(row[0])
            #expect(row[1] == SurnameSort(name: name).key, "\(name)")
            #expect(row[2] == nil)
        }
        #expect(try db.execute("SELECT id, version FROM contact ORDER BY id").rows == versions, "the backfill is no edit")
        let store = try database.open()
        let order = try store.listContacts(ContactFilter(), sort: .surname, today: Day(ordinal: 20000), limit: nil, offset: 0)
        #expect(order.map(\.name) == ["Jean de La Fontaine", "Charles de Gaulle", "Yann Le Goff", "Camille Lefèvre", "Jean d’Ormesson"])
    }
}

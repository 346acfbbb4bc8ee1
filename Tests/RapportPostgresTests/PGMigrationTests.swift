import Foundation
import RapportCore
import RapportPostgres
import RapportStore
import Testing

/// A team database set up by the release before press work (pg1 only)
/// is brought to pg2 by `team init` run again (`PostgresStore.initialize`),
/// keeping its rows.
@Suite("PostgreSQL migration pg2: press work", .enabled(if: PGTestCluster.available), .serialized)
struct PGMigrationTests {
    @Test func aVersionOneDatabaseGainsThePressWorkTablesAndKeepsItsRows() throws {
        let database = try PGTestDatabase(initialized: false)
        let db = try database.connect()
        let first = try #require(PGSchema.migrations.first)
        #expect(first.id == "pg1-team-schema")
        try db.execute("""
            CREATE TABLE rapport_migration (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())
            """)
        try db.execute(first.sql)
        try db.execute("INSERT INTO rapport_migration(id) VALUES ($1)", [first.id])
        try db.execute("""
            INSERT INTO contact(name, name_key, outlet, created_day, updated_day, review_from_day)
            VALUES ('Camille Lefèvre', 'camille lefevre', 'Le Quotidien', 20000, 20000, 20000)
            """)

        try PostgresStore.initialize(conninfo: database.url(), cadence: .standard)

        let applied = try db.execute("SELECT id FROM rapport_migration ORDER BY id").rows.compactMap { $0[0] }
        #expect(applied == PGSchema.knownMigrations.sorted())
        #expect(applied.contains("pg2-press-work"))
        for table in ["project", "coverage", "position"] {
            #expect(try db.execute("SELECT to_regclass($1) IS NOT NULL", ["public." + table]).scalar == "t")
        }
        let store = try database.open()
        let camille = try store.resolve("lefevre")
        #expect(camille.outlet == "Le Quotidien")
    }
}

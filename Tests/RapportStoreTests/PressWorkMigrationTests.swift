import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// Version 4 (press work, issue 11) on databases made by the release
/// before it: `v3-database.sqlite` was written by the v3 binary (the v2
/// fixture opened, a contact added, an exchange with a follow-up logged).
@Suite("Migration v4: press work")
struct PressWorkMigrationTests {
    private func migrated(_ fixture: String) throws -> (TemporaryFolder, RapportDatabase, String) {
        let migrated = try migratedFixture(fixture)
        return (migrated.folder, migrated.database, migrated.path)
    }

    @Test func theVersionThreeFixtureWasWrittenByVersionThree() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("v3.sqlite")
        let url = try #require(Bundle.module.url(forResource: "v3-database", withExtension: "sqlite", subdirectory: "Fixtures"))
        try FileManager.default.copyItem(atPath: url.path, toPath: path)
        let applied = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        #expect(applied == ["v1-contacts-exchanges-search", "v2-ranking-indexes", "v3-search-keys"])
    }

    @Test(arguments: ["v1-database", "v2-database", "v3-database"])
    func earlierDatabasesGainThePressWorkTablesAndKeepTheirData(fixture: String) throws {
        let (folder, database, _) = try migrated(fixture)
        _ = folder
        let applied = try database.writer.read { db in try Schema.migrator.appliedIdentifiers(db) }
        #expect(applied.contains("v4-press-work"))
        let tables = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["project", "coverage", "position"] { #expect(tables.contains(table)) }
        let columns = try database.writer.read { db in
            (try db.columns(in: "contact").map(\.name), try db.columns(in: "exchange").map(\.name))
        }
        #expect(columns.0.contains("introduced_by") && columns.0.contains("position_since_day"))
        #expect(columns.1.contains("project_id"))
        let camille = try database.resolve("lefevre")
        #expect(camille.handles.map(\.value).contains("camille@quotidien.example"))
        #expect(try !database.exchanges(contactId: camille.id, limit: nil).isEmpty)
        let check = try database.writer.read { db in try String.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(check.isEmpty)
    }

    @Test func theVersionThreeFixturesNewestRowsSurvive() throws {
        let (folder, database, _) = try migrated("v3-database")
        _ = folder
        let zoe = try database.resolve("zoé")
        #expect(zoe.outlet == "Libération")
        #expect(try database.exchanges(contactId: zoe.id, limit: nil).first?.followUp?.text == "send the deck")
    }
}

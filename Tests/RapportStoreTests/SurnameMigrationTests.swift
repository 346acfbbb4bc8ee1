import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// Version 5 (sort by surname, issue 12) on databases made by the releases
/// before it. `v4-database.sqlite` is the v3 fixture opened by version 4
/// (its migration applied as the v4 code does: the frozen `v4SQL`) with
/// contacts whose names have particles added ("Jean de La Fontaine",
/// "Yann Le Goff", "Charles de Gaulle" archived, "Éloïse Œuvray"), a
/// project and a piece of coverage.
@Suite("Migration v5: surname")
struct SurnameMigrationTests {
    private func migrated(_ fixture: String) throws -> (TemporaryFolder, RapportDatabase) {
        let migrated = try migratedFixture(fixture)
        return (migrated.folder, migrated.database)
    }

    @Test func theVersionFourFixtureIsAtVersionFour() throws {
        let url = try #require(Bundle.module.url(forResource: "v4-database", withExtension: "sqlite", subdirectory: "Fixtures"))
        let applied = try DatabaseQueue(path: url.path, configuration: {
            var configuration = Configuration()
            configuration.readonly = true
            return configuration
        }()).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(applied == ["v1-contacts-exchanges-search", "v2-ranking-indexes", "v3-search-keys", "v4-press-work"])
    }

    @Test(arguments: ["v1-database", "v2-database", "v3-database", "v4-database"])
    func everyContactGetsTheSurnameKeyOfItsName(fixture: String) throws {
        let (folder, database) = try migrated(fixture)
        _ = folder
        let rows = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name, family_name, given_name, surname_key FROM contact")
        }
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row["surname_key"] as String == SurnameSort(name: row["name"]).key, "\(row)")
            #expect(row["family_name"] as String? == nil && row["given_name"] as String? == nil)
        }
        let indexes = try database.writer.read { db in try db.indexes(on: "contact").map(\.name) }
        #expect(indexes.contains("contact_by_surname"))
    }

    @Test func theVersionFourContactsSortBySurnameAndKeepTheirData() throws {
        let (folder, database) = try migrated("v4-database")
        _ = folder
        let names = try database.listContacts(sort: .surname, today: today).map(\.name)
        #expect(names == ["Paul Durand", "Jean de La Fontaine", "Yann Le Goff", "Camille Lefèvre", "Zoé Marchand", "Éloïse Œuvray"])
        let archived = try database.listContacts(ContactFilter(includeArchived: true), sort: .surname, today: today).map(\.name)
        #expect(archived.firstIndex(of: "Charles de Gaulle") == 2, "under G, after Fontaine")
        let jean = try database.resolve("fontaine")
        #expect(jean.outlet == "Le Monde")
        #expect(try database.listCoverage(contactId: jean.id, project: nil, since: nil, limit: nil).count == 1)
        // A write after the migration keeps the key: the edit adds the structured name.
        var change = ContactChange()
        change.familyName = .some("de La Fontaine")
        change.givenName = .some("Jean")
        let after = try database.updateContact(id: jean.id, change, today: today).after
        #expect(after.familyName == "de La Fontaine")
        let key = try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT surname_key FROM contact WHERE id = ?", arguments: [jean.id])
        }
        #expect(key == SurnameSort(name: "Jean de La Fontaine", familyName: "de La Fontaine", givenName: "Jean").key)
    }

    @Test func theFrozenKeyEqualsTodaysForNamesWithoutAStructuredName() {
        let names = [
            "", "Madonna", "Jean de La Fontaine", "Yann Le Goff", "Charles de Gaulle", "Joachim du Bellay", "Ludwig van Beethoven",
            "Jean d'Ormesson", "Jean d’Ormesson", "Tristan L'Hermite", "Anne de L'Isle", "Jan De Smet", "Jean-Claude Van Damme",
            "Anne-Sophie de La Tour du Pin", "Éloïse Œuvray", "ÆSA Ørsted", "  spaced   out  ", "de", "de la", "Le", "d'Artagnan",
            "José María de la Cruz", "Camille\u{A0}Lefèvre", "ＦＵＬＬ Ｗｉｄｔｈ", "Marie des Essarts", "van der Berg",
        ]
        for name in names {
            #expect(Schema.v5SurnameKey(name: name) == SurnameSort(name: name).key, "\(name)")
        }
        var generator = SystemRandomNumberGenerator()
        let words = ["de", "De", "la", "La", "le", "d'", "l'Isle", "van", "Von", "Martin", "Éloïse", "œuvre", "Ĳssel", "ß", " "]
        for _ in 0..<500 {
            let name = (0..<Int.random(in: 1...5, using: &generator)).map { _ in words.randomElement(using: &generator) ?? "" }
                .joined(separator: " ")
            #expect(Schema.v5SurnameKey(name: name) == SurnameSort(name: name).key, "\(name)")
        }
    }
}

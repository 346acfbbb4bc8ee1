import Foundation
import LeakCheck
import RapportCore
import RapportLocalization
import RapportPostgres
import RapportStore
import Testing

/// The team engine's messages in French (issue 12), provoked for real on
/// the test cluster: a member without the right to write, a database not
/// set up, an unknown contact. No English word but the names shown; in
/// English the messages are unchanged (PostgreSQL's own words included).
@Suite("PostgreSQL errors in French", .enabled(if: PGTestCluster.available), .serialized)
struct FrenchPostgresErrorTests {
    func message(in language: Localizer, _ body: () throws -> Void) -> String {
        L10n.$override.withValue(language) {
            do {
                try body()
                return ""
            } catch {
                return String(describing: error)
            }
        }
    }

    @Test func aMemberWithoutTheRightToWrite() throws {
        let database = try PGTestDatabase()
        let login = try database.addMember("lecteur", name: "Éloïse Martin")
        try database.connect().execute("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM \(PGConnection.identifier(login))")
        let store = try database.open(user: login)
        let add = { () throws -> Void in
            _ = try store.addContact(ContactDraft(name: "Paul Lefèvre", outlet: "Le Monde"),
                                     today: testToday, reviewFrom: nil, allowSharedHandles: false)
        }
        let french = message(in: .french, add)
        let english = message(in: .english, add)
        #expect(french.hasPrefix("accès refusé"), "\(french)")
        #expect(EnglishWords.found(in: french) == [], "\(french)")
        #expect(english.hasPrefix("permission denied: permission denied for table"), "\(english)")
        #expect(!EnglishWords.found(in: english).isEmpty)
    }

    @Test func aDatabaseNotSetUp() throws {
        let database = try PGTestDatabase(initialized: false)
        let french = message(in: .french) { _ = try database.open() }
        let english = message(in: .english) { _ = try database.open() }
        #expect(french.contains("n’est pas une base d’équipe Rapport") && french.contains("rapport team init --db"), "\(french)")
        #expect(EnglishWords.found(in: french, allowing: [database.name, "rapport team init"]) == [], "\(french)")
        #expect(english.contains("is not a Rapport team database"), "\(english)")
    }

    @Test func anUnknownContactAndAServerThatDoesNotAnswer() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        let french = message(in: .french) { _ = try store.resolve("Zorglub") }
        #expect(french == "aucun contact ne correspond à «\u{00A0}Zorglub\u{00A0}» (par id, coordonnée ou nom)", "\(french)")
        #expect(message(in: .english) { _ = try store.resolve("Zorglub") } == "no contact matches 'Zorglub' (by id, handle or name)")
        // Nobody listens on this socket folder: the connection is refused.
        let nowhere = "postgresql:///postgres?host=/tmp/rapport-no-server-here&port=5"
        let lost = message(in: .french) { _ = try PostgresStore.open(conninfo: nowhere, cadence: .standard) }
        #expect(lost.contains("aucun serveur PostgreSQL ne répond"), "\(lost)")
        #expect(EnglishWords.found(in: lost, allowing: ["/tmp/rapport-no-server-here/.s.PGSQL.5", nowhere]) == [], "\(lost)")
    }
}

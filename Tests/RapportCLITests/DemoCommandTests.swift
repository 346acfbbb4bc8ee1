import Foundation
import GRDB
import Testing

/// `rapport demo`: fills an empty database, refuses one that holds anything.
struct DemoCommandTests {
    let sandbox = Sandbox()

    private func counts(_ path: String? = nil) throws -> [Int] {
        try sandbox.read(path) { db in
            try ["contact", "exchange", "handle"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1 }
        }
    }

    @Test func fillsAnEmptyDatabase() throws {
        let result = try sandbox.rapport("demo", "--contacts", "30", "--exchanges", "150")
        expectSuccess(result)
        #expect(result.stdout.hasPrefix("Loaded demo data: 30 contacts and 150 exchanges into \(sandbox.db) in "), "\(result)")
        let counts = try counts()
        #expect(counts[0] == 30 && counts[1] == 150)
        #expect(counts[2] > 0, "demo people have handles")
        // The demo is usable at once: listed, searchable, reviewable.
        let list = try sandbox.rapport("list", "--json", "--include-archived")
        #expect(try JSONValue.parse(list.stdout).array?.count == 30)
        expectSuccess(try sandbox.rapport("review"))
        let integrity = try sandbox.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
    }

    @Test func theSameSeedGivesTheSameData() throws {
        let other = sandbox.path("other.sqlite")
        expectSuccess(try sandbox.rapport("demo", "--contacts", "15", "--exchanges", "60", "--seed", "7"))
        expectSuccess(try sandbox.rapport("demo", "--contacts", "15", "--exchanges", "60", "--seed", "7", db: other))
        #expect(try sandbox.fingerprint() == sandbox.fingerprint(other))
        let third = sandbox.path("third.sqlite")
        expectSuccess(try sandbox.rapport("demo", "--contacts", "15", "--exchanges", "60", "--seed", "8", db: third))
        #expect(try sandbox.fingerprint() != sandbox.fingerprint(third))
    }

    @Test func refusesADatabaseThatHoldsContacts() throws {
        try sandbox.add("Camille Lefèvre")
        try sandbox.expectRefusedUnchanged("demo", "--contacts", "10", "--exchanges", "20", exit: .failure,
                                           mentioning: [sandbox.db, "already holds contacts", "empty"])
    }

    @Test func refusesADatabaseThatAlreadyHadADemo() throws {
        expectSuccess(try sandbox.rapport("demo", "--contacts", "10", "--exchanges", "20"))
        try sandbox.expectRefusedUnchanged("demo", "--contacts", "10", "--exchanges", "20", exit: .failure,
                                           mentioning: ["already holds contacts"])
    }

    @Test func refusesBadSizes() throws {
        try sandbox.add("Camille Lefèvre")
        try sandbox.expectRefusedUnchanged("demo", "--contacts", "0", exit: .usage, mentioning: ["--contacts"])
        try sandbox.expectRefusedUnchanged("demo", "--exchanges=-5", exit: .usage, mentioning: ["--exchanges"])
        try sandbox.expectRefusedUnchanged("demo", "--contacts", "many", exit: .usage, mentioning: ["many"])
    }
}

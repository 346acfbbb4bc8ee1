import Foundation
import GRDB
import Testing

/// The real-export fixtures of the interchange tests, shared rather than copied.
enum InterchangeFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RapportInterchangeTests/Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

/// A person as the database holds them, in a form easy to compare across
/// databases (ids and dates of the import left out).
struct PersonSummary: Hashable, CustomStringConvertible {
    var name: String
    var role: String
    var outlet: String
    var title: String
    var tier: String
    var stage: String
    var howMet: String
    var notes: String
    var cadence: Int?
    var doNotContact: Bool
    var handles: [String]
    var tags: [String]

    var description: String {
        "\(name) [\(role) \(tier) \(stage) \(cadence.map(String.init) ?? "-")\(doNotContact ? " dnc" : "")] "
            + "\(outlet) / \(title) / \(howMet) / \(notes.debugDescription) handles=\(handles) tags=\(tags)"
    }
}

extension Sandbox {
    /// Copies an interchange fixture into the sandbox; returns its name (runs use the sandbox as folder).
    @discardableResult
    func copyFixture(_ name: String, as copy: String? = nil) throws -> String {
        let target = copy ?? name
        try? FileManager.default.removeItem(atPath: path(target))
        try FileManager.default.copyItem(atPath: InterchangeFixtures.path(name), toPath: path(target))
        return target
    }

    /// Writes a text file into the sandbox; returns its name.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
        return name
    }

    /// Every contact of a database, by name then outlet.
    func people(_ database: String? = nil) throws -> [PersonSummary] {
        try read(database.map(path)) { db in
            let handles = try Row.fetchAll(db, sql: "SELECT contact_id, kind, value, label FROM handle ORDER BY contact_id, position, id")
            let tags = try Row.fetchAll(db, sql: """
                SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id ORDER BY t.key
                """)
            return try Row.fetchAll(db, sql: "SELECT * FROM contact").map { row in
                let id: Int64 = row["id"]
                return PersonSummary(
                    name: row["name"], role: row["role"], outlet: row["outlet"], title: row["title"], tier: row["tier"],
                    stage: row["stage"], howMet: row["how_met"], notes: row["notes"], cadence: row["cadence_override"],
                    doNotContact: row["do_not_contact"],
                    handles: handles.filter { $0["contact_id"] == id }.map { "\($0["kind"] as String) \($0["value"] as String) [\($0["label"] as String)]" },
                    tags: tags.filter { $0["contact_id"] == id }.map { $0["name"] })
            }.sorted { ($0.name, $0.outlet) < ($1.name, $1.outlet) }
        }
    }

    /// Every exchange as `name | date | channel | direction | summary | notes | rating | intent | follow-up`, sorted.
    func exchangeLines(_ database: String? = nil) throws -> [String] {
        try read(database.map(path)) { db in
            try Row.fetchAll(db, sql: """
                SELECT c.name, e.* FROM exchange e JOIN contact c ON c.id = e.contact_id
                """).map { row in
                ["name", "day", "channel", "direction", "summary", "notes", "rating", "intent", "follow_up_day", "follow_up",
                 "follow_up_done_day"].map { "\(row[$0] as DatabaseValue)" }.joined(separator: " | ")
            }.sorted()
        }
    }

    /// Number of contacts in a database.
    func contactCount(_ database: String? = nil) throws -> Int {
        try read(database.map(path)) { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact") ?? 0 }
    }

    /// Runs `import` on the sandbox database; the run must succeed. Returns stdout's last line (the summary).
    @discardableResult
    func importFiles(_ arguments: String..., db: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(["import"] + arguments + ["--db", db.map(path) ?? self.db])
        try #require(result.succeeded, "\(result)", sourceLocation: sourceLocation)
        return result.stdoutLines.last ?? ""
    }
}

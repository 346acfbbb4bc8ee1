import GRDB
import RapportCore
import RapportLocalization

/// Finding and creating projects inside another write's transaction, so
/// that `log --project NEW` or `coverage add --project NEW` creates the
/// project and its first row together, or neither (SQLite engine).
enum ProjectKeys {
    /// The trimmed name, refused when empty or longer than one line.
    static func cleaned(_ name: String) throws(StoreError) -> String {
        let trimmed = NativeText.trimmed(name)
        guard !trimmed.isEmpty else { throw .invalidInput(L10n.text("the project name is empty")) }
        guard !trimmed.contains(where: \.isNewline) else { throw .invalidInput(L10n.text("the project name must be one line")) }
        return trimmed
    }

    /// The id of the project called `name` (case and accents folded),
    /// created on `today` when there is none.
    static func findOrCreate(_ db: Database, named name: String, today: Day) throws -> Int64 {
        let cleaned = try cleaned(name)
        let key = TextKey.fold(cleaned)
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM project WHERE key = ?", arguments: [key]) { return id }
        try db.execute(sql: "INSERT INTO project(name, key, created_day) VALUES (?, ?, ?)",
                       arguments: [cleaned, key, today.ordinal])
        return db.lastInsertedRowID
    }

    /// The id of an existing project, nil when there is none by that name.
    static func find(_ db: Database, named name: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM project WHERE key = ?",
                           arguments: [TextKey.fold(NativeText.trimmed(name))])
    }

    /// The name of the project with that id; nil when there is none.
    static func name(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT name FROM project WHERE id = ?", arguments: [id])
    }

    /// Every project's name by id (projects are few: tens, not thousands).
    static func names(_ db: Database) throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM project") { names[row["id"]] = row["name"] }
        return names
    }
}

import RapportCore
import RapportStore
import RapportLocalization

/// Finding and creating projects inside another write's transaction
/// (PostgreSQL engine; see the SQLite engine's `ProjectKeys`). Two
/// colleagues creating the same project at once get one row: the insert
/// does nothing on a key that appeared meanwhile.
enum PGProjectKeys {
    static func findOrCreate(_ db: PGConnection, named name: String, today: Day) throws -> Int64 {
        let trimmed = NativeText.trimmed(name)
        guard !trimmed.isEmpty else { throw StoreError.invalidInput(L10n.text("the project name is empty")) }
        guard !trimmed.contains(where: \.isNewline) else { throw StoreError.invalidInput(L10n.text("the project name must be one line")) }
        let key = TextKey.fold(trimmed)
        try db.execute("INSERT INTO project(name, key, created_day) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
                       [trimmed, key, String(today.ordinal)])
        guard let text = try db.execute("SELECT id FROM project WHERE key = $1", [key]).scalar, let id = Int64(text) else {
            throw StoreError.invalid(L10n.text("the project %@ could not be created", trimmed))
        }
        return id
    }

    static func find(_ db: PGConnection, named name: String) throws -> Int64? {
        try db.execute("SELECT id FROM project WHERE key = $1", [TextKey.fold(NativeText.trimmed(name))]).scalar.flatMap { Int64($0) }
    }
}

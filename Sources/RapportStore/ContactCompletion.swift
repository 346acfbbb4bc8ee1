import Foundation
import GRDB
import RapportCore

/// Contact names and ids for shell tab completion (`rapport ---completion`).
///
/// Reads the file as it is, read-only: no integrity check, no migration, no
/// cache refresh, and never a file created (not even `-wal`/`-shm`). Any
/// problem (no file, not a Rapport database, damaged, locked) gives no
/// candidates rather than an error: a tab press must stay quiet and quick.
public enum ContactCompletion {
    /// The candidates for the word being typed: contact ids starting with
    /// `typed` when it is all digits, else names whose folded form (case
    /// and accents ignored) starts with it, then names with a later word
    /// starting with it. Archived contacts come after the others. At most
    /// `limit`.
    public static func candidates(path: String, typed: String, limit: Int = 50) -> [String] {
        guard limit > 0, FileManager.default.fileExists(atPath: path),
              (try? DatabaseLocation.checkUsable(path)) != nil,
              let inspection = try? RapportDatabase.inspect(path),
              inspection.applicationID == Schema.applicationID,
              let (queue, lock) = try? RapportDatabase.readOnlyConnection(path)
        else { return [] }
        defer {
            try? queue.close()
            withExtendedLifetime(lock) {}
        }
        return (try? queue.read { db -> [String] in
            guard try db.tableExists("contact") else { return [] }
            let text = typed.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, text.allSatisfy(\.isASCIIDigit) {
                return try Int64.fetchAll(db, sql: """
                    SELECT id FROM contact WHERE CAST(id AS TEXT) LIKE ? ORDER BY id LIMIT ?
                    """, arguments: [text + "%", limit]).map(String.init)
            }
            let key = RapportDatabase.escapeLike(TextKey.fold(text))
            return try String.fetchAll(db, sql: """
                SELECT name FROM contact
                WHERE name_key LIKE ?1 ESCAPE '\\' OR name_key LIKE ?2 ESCAPE '\\'
                ORDER BY archived, name_key NOT LIKE ?1 ESCAPE '\\', name_key, id LIMIT ?3
                """, arguments: [key + "%", "% " + key + "%", limit])
        }) ?? []
    }
}

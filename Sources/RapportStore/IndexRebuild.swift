import GRDB

/// The secondary indexes of the tables an import fills, dropped before
/// the final copy and created again after it when the import brings more
/// rows to a table than it holds: `CREATE INDEX` reads the table once and
/// sorts, where inserting row by row walks each index in random order for
/// every row. The definitions are read from the schema and executed again
/// as they are, so the schema ends exactly as it was (`sqlite_master`
/// keeps the same names and SQL); it all happens in the copy's
/// transaction, so a failure or a crash leaves the indexes as they were.
/// Indexes SQLite makes for `UNIQUE` and primary keys (no SQL) stay.
struct IndexRebuild {
    /// The indexes dropped, in schema order, with the SQL that creates them.
    private(set) var indexes: [(name: String, sql: String)] = []

    /// Drops the secondary indexes of each table that gets more rows than
    /// it holds now (`incoming`, counted by the caller).
    static func drop(_ db: Database, incoming: [(table: String, rows: Int)]) throws -> IndexRebuild {
        var rebuild = IndexRebuild()
        for (table, rows) in incoming where rows > 0 {
            // Counting stops once the table is known to be at least as large as the import.
            let live = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM main.\(table) LIMIT ?)",
                                        arguments: [rows]) ?? rows
            guard live < rows else { continue }
            let found = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM main.sqlite_master
                WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid
                """, arguments: [table])
            for row in found {
                let name: String = row["name"]
                let sql: String = row["sql"]
                rebuild.indexes.append((name, sql))
            }
        }
        for index in rebuild.indexes {
            try db.execute(sql: "DROP INDEX main.\(index.name.quotedDatabaseIdentifier)")
        }
        return rebuild
    }

    /// Creates the dropped indexes again, in their order.
    func create(_ db: Database) throws {
        for index in indexes {
            // The stored SQL names no schema; the connection's `main` is the live database.
            try db.execute(sql: index.sql)
        }
    }
}

import RapportCore
import RapportStore

// TEMPORARY (team branch): stands in for pgstore's `PostgresStore` until
// it is merged. The lead deletes this file at merge time; nothing else
// refers to it by name.

/// Placeholder for the PostgreSQL engine (see pgstore's PostgresStore).
public enum PostgresStore {
    /// Stand-in for the migrations: the few tables the team commands read.
    public static func initialize(conninfo: String, cadence: Cadence) throws(StoreError) {
        let connection = try PGConnection(conninfo: conninfo)
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS rapport_migration (id text PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS member (login text PRIMARY KEY, name text NOT NULL);
            CREATE TABLE IF NOT EXISTS exchange (id bigserial PRIMARY KEY, summary text NOT NULL DEFAULT '',
                                                 author text NOT NULL DEFAULT session_user);
            """)
    }

    /// Opening a team database needs the real engine.
    public static func open(conninfo: String, cadence: Cadence) throws(StoreError) -> RapportDatabase {
        throw .invalid("the PostgreSQL engine is not in this build yet")
    }
}

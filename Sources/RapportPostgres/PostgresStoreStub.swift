import RapportCore
import RapportStore

// TEMPORARY (clistore branch only): stands in for pgstore's PostgresStore so
// this branch builds alone. The lead deletes this file at merge.
public final class PostgresStore {
    public static func open(conninfo: String, cadence: Cadence) throws(StoreError) -> any Store {
        throw .cannotOpen(path: PGLocation.redacted(conninfo), detail: "team databases are not available in this build")
    }
}

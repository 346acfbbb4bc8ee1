// l10n-exempt-file: schema, no user-facing text
import RapportStore

extension PGSchema {
    /// Version 3: sort by surname (issue 12), the same columns as SQLite's
    /// v5 (Sources/RapportStore/Schema+V5.swift explains them). Frozen
    /// literal SQL; the keys of the contacts already there are written by
    /// `v3Backfill`, which computes them with the frozen key of SQLite's v5.
    static let v3 = #"""
        ALTER TABLE contact ADD COLUMN family_name text;
        ALTER TABLE contact ADD COLUMN given_name text;
        ALTER TABLE contact ADD COLUMN surname_key text COLLATE "C" NOT NULL DEFAULT '';
        CREATE INDEX contact_by_surname ON contact(archived, surname_key, id);
        """#

    /// Writes the surname key of every contact from its name (none has a
    /// structured name yet), in one statement. Leaves versions and authors
    /// as they are (the contact trigger bumps them only for edited fields).
    static func v3Backfill(_ db: PGConnection) throws {
        let rows = try db.execute("SELECT id, name FROM contact").records
        guard !rows.isEmpty else { return }
        try db.execute("""
            UPDATE contact SET surname_key = k.key
            FROM unnest($1::bigint[], $2::text[]) AS k(id, key) WHERE contact.id = k.id
            """, [PGText.ids(rows.map { $0.int64(0) }),
                  PostgresStore.textArray(rows.map { FrozenSurnameKey.v5(name: $0.text(1)) })])
    }

    /// Work a migration does in code after its SQL, by identifier.
    static func afterSQL(_ id: String, _ db: PGConnection) throws {
        if id == "pg3-surname" { try v3Backfill(db) }
    }
}

import GRDB

extension Schema {
    /// Version 4: press work (issue 11). Frozen literal SQL, like every
    /// shipped migration.
    ///
    /// - `project`: a client or a launch; exchanges and coverage belong to
    ///   at most one. `key` is the folded name (`TextKey.fold`), unique, so
    ///   "Lancement X" and "lancement x" are one project.
    /// - `exchange.project_id`: the project an exchange was done for.
    /// - `coverage`: an article, post or broadcast that came out of a
    ///   relationship, optionally linked to the exchange that led to it.
    /// - `position`: a contact's *previous* outlets and titles, each with
    ///   the days it started (nil: before Rapport knew) and ended. The
    ///   current one stays on `contact` (`outlet`, `title`), with
    ///   `contact.position_since_day` once a change was recorded.
    /// - `contact.introduced_by`: the contact who introduced this one.
    ///   Forgetting the introducer clears the link (ON DELETE SET NULL).
    static func v4(_ db: Database) throws {
        try db.execute(sql: v4SQL)
    }

    static let v4SQL = """
        CREATE TABLE project (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL CHECK (length(trim(name)) > 0),
          key TEXT NOT NULL UNIQUE,
          created_day INTEGER NOT NULL
        );
        ALTER TABLE exchange ADD COLUMN project_id INTEGER REFERENCES project(id) ON DELETE SET NULL;
        CREATE INDEX exchange_by_project ON exchange(project_id, day) WHERE project_id IS NOT NULL;
        CREATE TABLE coverage (
          id INTEGER PRIMARY KEY,
          contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
          day INTEGER NOT NULL,
          title TEXT NOT NULL CHECK (length(trim(title)) > 0),
          url TEXT NOT NULL DEFAULT '',
          outlet TEXT NOT NULL DEFAULT '',
          exchange_id INTEGER REFERENCES exchange(id) ON DELETE SET NULL,
          project_id INTEGER REFERENCES project(id) ON DELETE SET NULL,
          note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX coverage_by_contact ON coverage(contact_id, day);
        CREATE INDEX coverage_by_exchange ON coverage(exchange_id) WHERE exchange_id IS NOT NULL;
        CREATE INDEX coverage_by_project ON coverage(project_id, day) WHERE project_id IS NOT NULL;
        CREATE INDEX coverage_by_day ON coverage(day);
        CREATE TABLE position (
          id INTEGER PRIMARY KEY,
          contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
          outlet TEXT NOT NULL DEFAULT '',
          title TEXT NOT NULL DEFAULT '',
          from_day INTEGER,
          to_day INTEGER NOT NULL,
          CHECK (from_day IS NULL OR from_day <= to_day)
        );
        CREATE INDEX position_by_contact ON position(contact_id, to_day);
        ALTER TABLE contact ADD COLUMN position_since_day INTEGER;
        ALTER TABLE contact ADD COLUMN introduced_by INTEGER REFERENCES contact(id) ON DELETE SET NULL;
        CREATE INDEX contact_by_introducer ON contact(introduced_by) WHERE introduced_by IS NOT NULL;
        """
}

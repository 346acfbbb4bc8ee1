import Foundation
import RapportStore

/// The SQL of team administration: the group role `rapport_member`, the
/// privileges it holds, and the `member` table of display names. The
/// schema itself (tables, triggers, row-level security of private notes)
/// is `PGSchema`; this adds only roles and grants.
///
/// What a member may do, and nothing more:
/// - connect to the team database (no one else may: `CONNECT` is taken
///   from `PUBLIC`), and make temporary tables (imports may stage in them);
/// - read and write the data tables (`SELECT`, `INSERT`, `UPDATE`,
///   `DELETE`), use their sequences, run the schema's functions;
/// - read, not change, `rapport_migration`;
/// - read every display name in `member`, and add or change only their
///   own row (a row-level policy `login = session_user`); the
///   administrator names everyone with `team add --name`.
///
/// No `CREATE` in the schema, no `TRUNCATE`, `REFERENCES` or `TRIGGER`:
/// members cannot change the schema or wipe a table. The table owner (the
/// administrator who ran `team init`) keeps every right.
enum TeamSQL {
    /// The group role every member is granted.
    static let memberRole = "rapport_member"
    /// The table whose presence marks a Rapport team database.
    static let migrationTable = "rapport_migration"

    /// Whether Rapport's migrations ran on this database.
    static func isTeamDatabase(_ connection: PGConnection) throws(StoreError) -> Bool {
        try connection.execute("SELECT to_regclass($1) IS NOT NULL", ["public." + migrationTable]).scalar == "t"
    }

    /// A table, view or sequence-free relation of this database that
    /// Rapport did not make, as `schema.name`; nil when there is none.
    static func foreignRelation(_ connection: PGConnection) throws(StoreError) -> String? {
        try connection.execute("""
            SELECT n.nspname || '.' || c.relname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
            ORDER BY 1 LIMIT 1
            """).scalar
    }

    /// Creates the group role when missing (roles belong to the whole
    /// cluster; two `team init` at once both succeed).
    static func createMemberRole(_ connection: PGConnection) throws(StoreError) {
        try connection.execute("""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(memberRole)') THEN
                CREATE ROLE \(memberRole) NOLOGIN;
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$
            """)
    }

    /// Grants the group role exactly what members need on `database`
    /// (idempotent: `team init` runs it again after an upgrade).
    static func grantMemberPrivileges(_ connection: PGConnection, database: String) throws(StoreError) {
        let db = PGConnection.identifier(database)
        try connection.execute("""
            REVOKE ALL ON DATABASE \(db) FROM PUBLIC;
            GRANT CONNECT, TEMPORARY ON DATABASE \(db) TO \(memberRole);
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            REVOKE ALL ON SCHEMA public FROM \(memberRole);
            GRANT USAGE ON SCHEMA public TO \(memberRole);
            REVOKE ALL ON ALL TABLES IN SCHEMA public FROM \(memberRole);
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \(memberRole);
            REVOKE INSERT, UPDATE, DELETE ON \(migrationTable) FROM \(memberRole);
            REVOKE DELETE ON member FROM \(memberRole);
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \(memberRole);
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO \(memberRole);
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO \(memberRole);
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO \(memberRole);
            ALTER TABLE member ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS member_read ON member;
            DROP POLICY IF EXISTS member_own_insert ON member;
            DROP POLICY IF EXISTS member_own_update ON member;
            CREATE POLICY member_read ON member FOR SELECT TO \(memberRole) USING (true);
            CREATE POLICY member_own_insert ON member FOR INSERT TO \(memberRole) WITH CHECK (login = session_user);
            CREATE POLICY member_own_update ON member FOR UPDATE TO \(memberRole)
              USING (login = session_user) WITH CHECK (login = session_user);
            """)
    }

    /// Whether a role exists, and whether it may log in; nil when there is none.
    static func roleCanLogin(_ connection: PGConnection, _ login: String) throws(StoreError) -> Bool? {
        try connection.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = $1", [login]).scalar.map { $0 == "t" }
    }

    /// Whether `login` holds the group role (granted directly). The role
    /// belongs to the whole cluster: it may come from another team database.
    static func holdsMemberRole(_ connection: PGConnection, _ login: String) throws(StoreError) -> Bool {
        let rows = try connection.execute("""
            SELECT 1 FROM pg_auth_members m
            JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
            WHERE g.rolname = $1 AND r.rolname = $2
            """, [memberRole, login])
        return !rows.isEmpty
    }

    /// Whether `login` is a member of this team: holds the group role and
    /// was added to this database (`member` has a row).
    static func isMember(_ connection: PGConnection, _ login: String) throws(StoreError) -> Bool {
        let recorded = try connection.execute("SELECT 1 FROM member WHERE login = $1", [login])
        if recorded.isEmpty { return false }
        return try holdsMemberRole(connection, login)
    }

    static func grantMembership(_ connection: PGConnection, _ login: String) throws(StoreError) {
        try connection.execute("GRANT \(memberRole) TO \(PGConnection.identifier(login))")
    }

    static func revokeMembership(_ connection: PGConnection, _ login: String) throws(StoreError) {
        try connection.execute("REVOKE \(memberRole) FROM \(PGConnection.identifier(login))")
    }

    /// Records a display name: `name` replaces the one recorded; nil keeps
    /// it, or records the login when there is none.
    static func recordName(_ connection: PGConnection, login: String, name: String?) throws(StoreError) {
        if let name {
            try connection.execute("""
                INSERT INTO member(login, name) VALUES ($1, $2) ON CONFLICT (login) DO UPDATE SET name = excluded.name
                """, [login, name])
        } else {
            try connection.execute("INSERT INTO member(login, name) VALUES ($1, $1) ON CONFLICT (login) DO NOTHING", [login])
        }
    }

    /// The members (added to this database, holding the group role) with
    /// their display names and exchange counts, by name.
    static func members(_ connection: PGConnection) throws(StoreError) -> [TeamMember] {
        let rows = try connection.execute("""
            SELECT m.login, m.name, coalesce(e.count, 0)
            FROM member m
            JOIN pg_roles r ON r.rolname = m.login
            JOIN pg_auth_members am ON am.member = r.oid
            JOIN pg_roles g ON g.oid = am.roleid AND g.rolname = $1
            LEFT JOIN (SELECT author, count(*) AS count FROM exchange GROUP BY author) e ON e.author = m.login
            ORDER BY lower(m.name), m.login
            """, [memberRole])
        return rows.rows.map { row in
            TeamMember(login: row[0] ?? "", name: row[1] ?? "", exchanges: Int(row[2] ?? "") ?? 0)
        }
    }

    /// How many exchanges `login` wrote.
    static func exchangeCount(_ connection: PGConnection, author login: String) throws(StoreError) -> Int {
        let count = try connection.execute("SELECT count(*) FROM exchange WHERE author = $1", [login]).scalar
        return count.flatMap { Int($0) } ?? 0
    }
}

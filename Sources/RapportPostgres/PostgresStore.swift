import Foundation
import RapportCore
import RapportStore
import RapportLocalization

/// The team engine of the `Store` interface: a shared PostgreSQL database
/// (docs/postgres.md). Same validation, handle rules, caches, ranking and
/// review as the SQLite engine, computed the same way; identity, privacy,
/// live updates and concurrency come from PostgreSQL itself (roles,
/// row-level security, LISTEN/NOTIFY, row locks and row versions).
///
/// Every write is one transaction on one connection; a write that touches
/// a contact's exchanges locks the contact row first, so concurrent writers
/// never leave its caches stale.
public final class PostgresStore: Store, @unchecked Sendable {
    let connection: PGConnection
    let conninfo: String
    public let cadence: Cadence
    public let writeWait = WriteWait()
    /// The caller's login (`session_user`).
    let login: String
    private let lock = NSLock()
    /// Versions of the contacts this store read, by id: which version a
    /// form's `expecting` contact was read at.
    private var readVersions: [Int64: [(version: Int64, contact: Contact)]] = [:]
    private var lastReset = Date.distantPast

    private init(connection: PGConnection, conninfo: String, cadence: Cadence, login: String) {
        self.connection = connection
        self.conninfo = conninfo
        self.cadence = cadence
        self.login = login
    }

    /// Opens a team database set up by `rapport team init`. An empty
    /// database, or another program's, is refused with the command that
    /// sets it up; one written by a newer Rapport is refused untouched.
    public static func open(conninfo: String, cadence: Cadence) throws(StoreError) -> PostgresStore {
        let connection = try PGConnection(conninfo: conninfo)
        let applied = try appliedMigrations(connection)
        guard let applied else {
            throw .invalid(L10n.text("%1$@ is not a Rapport team database; an administrator sets it up with: rapport team init --db %2$@",
                                     connection.display, setupTarget(conninfo)))
        }
        let unknown = applied.filter { !PGSchema.knownMigrations.contains($0) }
        guard unknown.isEmpty else { throw .newerSchema(path: connection.display, unknown: unknown) }
        if applied.count < PGSchema.migrations.count {
            do {
                try migrate(connection)
            } catch .permissionDenied {
                throw .permissionDenied(L10n.text("%1$@ needs a schema update that its administrator runs with: rapport team init --db %2$@",
                                                 connection.display, setupTarget(conninfo)))
            }
        }
        let login = try connection.execute("SELECT session_user").scalar ?? connection.user
        let store = PostgresStore(connection: connection, conninfo: conninfo, cadence: cadence, login: login)
        do {
            try store.ensureCadence()
        } catch .permissionDenied {
            // A member without write access still reads: the caches stay as they were computed.
        }
        return store
    }

    /// Runs the migrations on a database (an empty one, or one an older
    /// Rapport set up); refuses one written by a newer Rapport. Roles and
    /// grants are the team commands' part (`team init`).
    public static func initialize(conninfo: String, cadence: Cadence) throws(StoreError) {
        let connection = try PGConnection(conninfo: conninfo)
        if let applied = try appliedMigrations(connection) {
            let unknown = applied.filter { !PGSchema.knownMigrations.contains($0) }
            guard unknown.isEmpty else { throw .newerSchema(path: connection.display, unknown: unknown) }
        }
        try migrate(connection)
        let login = try connection.execute("SELECT session_user").scalar ?? connection.user
        try PostgresStore(connection: connection, conninfo: conninfo, cadence: cadence, login: login).ensureCadence()
    }

    static func setupTarget(_ conninfo: String) -> String {
        conninfo.isEmpty ? "postgresql:" : PGLocation.redacted(conninfo)
    }

    /// The applied migration ids, or nil when the database has no
    /// `rapport_migration` table.
    static func appliedMigrations(_ connection: PGConnection) throws(StoreError) -> [String]? {
        guard try connection.execute("SELECT to_regclass('public.rapport_migration') IS NOT NULL").scalar == "t" else { return nil }
        return try connection.execute("SELECT id FROM rapport_migration ORDER BY applied_at, id").rows.compactMap { $0[0] }
    }

    /// Applies the missing migrations in one transaction, under an advisory
    /// lock so two first runs cannot both apply them.
    static func migrate(_ connection: PGConnection) throws(StoreError) {
        try run {
            try connection.transaction { db in
                try db.execute("SELECT pg_advisory_xact_lock(1380012116)")
                try db.execute("""
                    CREATE TABLE IF NOT EXISTS rapport_migration (
                      id text PRIMARY KEY,
                      applied_at timestamptz NOT NULL DEFAULT clock_timestamp()
                    )
                    """)
                let applied = Set(try db.execute("SELECT id FROM rapport_migration").rows.compactMap { $0[0] })
                for migration in PGSchema.migrations where !applied.contains(migration.id) {
                    try db.execute(migration.sql)
                    try PGSchema.afterSQL(migration.id, db)
                    try db.execute("INSERT INTO rapport_migration(id) VALUES ($1)", [migration.id])
                }
            }
        }
    }

    /// Maps any error of a body to `StoreError`.
    static func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as InputError {
            throw .invalidInput(error.message)
        } catch {
            throw .database("\(error)")
        }
    }

    // MARK: running statements

    /// Reconnects a lost connection, at most once a second.
    private func reconnectIfNeeded() {
        guard !connection.isAlive else { return }
        let now = Date()
        let due = lock.withLock { () -> Bool in
            guard now.timeIntervalSince(lastReset) >= 1 else { return false }
            lastReset = now
            return true
        }
        if due { _ = connection.reset() }
    }

    /// One write transaction.
    func write<T>(_ body: (PGConnection) throws -> T) throws(StoreError) -> T {
        reconnectIfNeeded()
        return try Self.run { try connection.transaction("BEGIN", body) }
    }

    /// Several reads from one snapshot. A read that finds the connection
    /// lost (a server restart) reconnects and runs once more: nothing was
    /// written, so nothing can be done twice.
    func read<T>(_ body: (PGConnection) throws -> T) throws(StoreError) -> T {
        try retryingRead { () throws(StoreError) -> T in
            try Self.run { try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body) }
        }
    }

    /// One reading statement (retried once like `read`).
    @discardableResult
    func query(_ sql: String, _ parameters: [String?] = []) throws(StoreError) -> [PGRecord] {
        try retryingRead { () throws(StoreError) -> [PGRecord] in try connection.execute(sql, parameters).records }
    }

    private func retryingRead<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        reconnectIfNeeded()
        do {
            return try body()
        } catch {
            guard Self.isConnectionLost(error), connection.reset() else { throw error }
            return try body()
        }
    }

    static func isConnectionLost(_ error: StoreError) -> Bool {
        if case .connectionLost = error { return true }
        return false
    }

    func remember(_ contact: Contact, version: Int64) {
        lock.withLock {
            var list = readVersions[contact.id] ?? []
            list.removeAll { $0.version == version }
            list.append((version, contact))
            readVersions[contact.id] = Array(list.suffix(4))
        }
    }

    func rememberedVersion(of contact: Contact) -> Int64? {
        lock.withLock {
            readVersions[contact.id]?.last { RapportDatabase.sameEditableFields($0.contact, contact) }?.version
        }
    }

    // MARK: the database itself

    public var engine: StoreEngine { .postgres(display: connection.display) }
    public var displayName: String { connection.display }
    public var writeAccess: WriteAccess { .open }
    public func finishIntegrityCheck() throws(StoreError) {}
    public var currentMember: String? { login }

    public func changeWatch() -> (any ChangeWatching)? {
        try? PGChangeWatch(conninfo: conninfo, ownConnection: connection)
    }

    public func teamMembers() throws(StoreError) -> [TeamMember] {
        try query("""
            SELECT m.login, m.name, (SELECT count(*) FROM exchange e WHERE e.author = m.login)
            FROM member m ORDER BY m.name, m.login
            """).map { TeamMember(login: $0.text(0), name: $0.text(1), exchanges: $0.int(2) ?? 0) }
    }

    /// Display names by login (`member`), for the logins given.
    func displayNames(_ db: PGConnection, logins: Set<String>) throws -> [String: String] {
        guard !logins.isEmpty else { return [:] }
        var names: [String: String] = [:]
        let list = "{" + logins.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
        for row in try db.execute("SELECT login, name FROM member WHERE login = ANY($1::text[])", [list]).records {
            names[row.text(0)] = row.text(1)
        }
        return names
    }

    func displayName(_ db: PGConnection, login: String) throws -> String {
        try displayNames(db, logins: [login])[login] ?? login
    }

    // MARK: cadence

    static let cadenceSettingKey = "warmth_cadence"

    /// When the configured tier cadences differ from those the caches were
    /// computed with, recomputes the warmth of the contacts concerned (as
    /// the SQLite engine does on open).
    func ensureCadence() throws(StoreError) {
        let wanted = Caches.fingerprint(cadence)
        let stored = try query("SELECT value FROM setting WHERE key = $1", [Self.cadenceSettingKey]).first?[0]
        if stored == wanted { return }
        try write { db in
            if let stored {
                let previous = Caches.cadence(fromFingerprint: stored)
                let changed = Tier.allCases.filter { previous.tierDays[$0] != cadence.days(for: $0) }.map(\.rawValue)
                let ids = try db.execute("""
                    SELECT id FROM contact WHERE cadence_override IS NULL AND last_exchange_day IS NOT NULL
                      AND tier = ANY($1::text[])
                    """, ["{" + changed.joined(separator: ",") + "}"]).records.map { $0.int64(0) }
                try refreshCaches(db, ids: ids)
            }
            try db.execute("""
                INSERT INTO setting(key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, [Self.cadenceSettingKey, wanted])
        }
    }

    // MARK: caches

    /// Recomputes the caches (last exchange day, warmth base and key) of
    /// the given contacts from their exchanges and coverage, as `Caches.refresh` does
    /// (the exchanges in day order, as SQLite reads them through its
    /// index, so the sums are the same to the last bit): one read and one
    /// set-based update.
    func refreshCaches(_ db: PGConnection, ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        var facts: [Int64: [ExchangeFacts]] = [:]
        var tiers: [Int64: (Tier, Int?)] = [:]
        for row in try db.execute("""
            SELECT c.id, c.tier, c.cadence_override, e.day, e.channel, e.direction, e.rating, e.intent
            FROM contact c LEFT JOIN exchange e ON e.contact_id = c.id WHERE c.id = ANY($1::bigint[])
            ORDER BY c.id, e.day, e.id
            """, [PGText.ids(ids)]).records {
            let id = row.int64(0)
            tiers[id] = (Tier(rawValue: row.text(1)) ?? .b, row.int(2))
            if let day = row.day(3) {
                facts[id, default: []].append(ExchangeFacts(
                    day: day, channel: Channel(rawValue: row.text(4)) ?? .other,
                    direction: Direction(rawValue: row.text(5)) ?? .outbound, rating: row.int(6),
                    intent: Intent(rawValue: row.text(7)) ?? .chat))
            }
        }
        // Coverage counts as "they gave" (docs/relationship-model.md).
        var coverage: [Int64: [Day]] = [:]
        for row in try db.execute("SELECT contact_id, day FROM coverage WHERE contact_id = ANY($1::bigint[]) ORDER BY contact_id, day, id",
                                  [PGText.ids(ids)]).records {
            if let day = row.day(1) { coverage[row.int64(0), default: []].append(day) }
        }
        try writeCaches(db, tiers.map { (id: $0.key, tier: $0.value.0, override: $0.value.1, facts: facts[$0.key] ?? []) },
                        coverage: coverage)
    }

    /// Writes caches computed from the given exchanges, in the given order
    /// (an import's or the demo's order, as the SQLite engine sums them).
    func writeCaches(_ db: PGConnection, _ contacts: [(id: Int64, tier: Tier, override: Int?, facts: [ExchangeFacts])],
                     coverage: [Int64: [Day]] = [:]) throws {
        guard !contacts.isEmpty else { return }
        var idList: [Int64?] = [], lasts: [Int?] = [], bases: [String?] = [], keys: [String?] = []
        for contact in contacts {
            let cadenceDays = cadence.days(tier: contact.tier, override: contact.override)
            let base = WarmthModel.baseScore(contact.facts, coverage: coverage[contact.id] ?? [], cadence: cadenceDays)
            idList.append(contact.id)
            lasts.append(base?.last.ordinal)
            bases.append(PGText.double(base?.score ?? 0))
            keys.append(PGText.double(base.flatMap { Self.warmthKey(base: $0.score, last: $0.last, cadence: cadenceDays) }))
        }
        // Only the caches change: under rapport.bulk the contact trigger
        // leaves the search vectors as they are instead of computing them
        // again for every row; the setting is put back after.
        let previous = try db.execute("SELECT current_setting('rapport.bulk', true)").scalar ?? ""
        if previous != "on" { try db.execute("SELECT set_config('rapport.bulk', 'on', true)") }
        defer { if previous != "on" { _ = try? db.execute("SELECT set_config('rapport.bulk', $1, true)", [previous]) } }
        try db.execute("""
            UPDATE contact SET last_exchange_day = v.last, warmth_base = v.base, warmth_key = v.key
            FROM (SELECT unnest($1::bigint[]) AS id, unnest($2::integer[]) AS last,
                         unnest($3::double precision[]) AS base, unnest($4::double precision[]) AS key) v
            WHERE contact.id = v.id AND (contact.last_exchange_day IS DISTINCT FROM v.last
              OR contact.warmth_base IS DISTINCT FROM v.base OR contact.warmth_key IS DISTINCT FROM v.key)
            """, [PGText.array(idList), PGText.array(lasts), PGText.array(bases), PGText.array(keys)])
    }

    /// Orders contacts sharing a cadence by warmth whatever the day (the
    /// SQLite engine's `warmth_key`, computed the same way).
    static func warmthKey(base: Double, last: Day, cadence: Int) -> Double? {
        guard base > 0 else { return nil }
        return log(base) + 0.6931471805599453 * Double(last.ordinal) / Double(max(1, cadence))
    }
}

import Foundation
import RapportCore
import RapportStore
import RapportLocalization

/// Administration of a team database: setting it up, granting and
/// revoking membership, listing members. Members are PostgreSQL login
/// roles holding the group role `rapport_member` (see `TeamSQL` for its
/// exact privileges); creating logins and passwords stays the database
/// administrator's job (docs/team.md).
///
/// Every method fails with one line: `.permissionDenied` when the caller
/// lacks the privilege (PostgreSQL's own reason), `.invalid` for a wrong
/// login or a database that is not (or cannot become) a team database.
public final class TeamAdministration {
    private let connection: PGConnection
    private let location: String

    /// What `add` did.
    public enum AddOutcome: Equatable, Sendable {
        case added
        /// Already a member: only the display name was recorded.
        case alreadyMember
    }

    /// Connects with `conninfo` (as libpq reads it); `location` is what the
    /// user typed, shown without its password in messages.
    public init(conninfo: String, location: String) throws(StoreError) {
        connection = try PGConnection(conninfo: conninfo)
        self.location = location
    }

    /// The database's name in messages.
    public var display: String { connection.display }
    /// The login this connection runs as.
    public var user: String { connection.user }

    /// Sets up the database: refuses one holding tables Rapport did not
    /// make, runs the migrations (`PostgresStore.initialize`), creates the
    /// group role and grants it what members need. Running it again on a
    /// team database upgrades it and puts the grants back.
    public func initialize(conninfo: String, cadence: Cadence) throws(StoreError) {
        if try !TeamSQL.isTeamDatabase(connection), let table = try TeamSQL.foreignRelation(connection) {
            throw .invalid(L10n.text("%1$@ holds other tables (%2$@); team init sets up an empty database only, and changed nothing", display, table))
        }
        try administering(L10n.text("team init needs the database's owner, with CREATEROLE")) { () throws(StoreError) in
            try PostgresStore.initialize(conninfo: conninfo, cadence: cadence)
            let database = try connection.execute("SELECT current_database()").scalar ?? ""
            try run { connection throws(StoreError) in
                try TeamSQL.createMemberRole(connection)
                try TeamSQL.grantMemberPrivileges(connection, database: database)
            }
        }
    }

    /// Grants membership to an existing login role and records its
    /// display name (`name`, or the login when none was ever given).
    public func add(login: String, name: String?) throws(StoreError) -> AddOutcome {
        try requireTeamDatabase()
        guard let canLogin = try TeamSQL.roleCanLogin(connection, login) else {
            throw .invalid(L10n.text("no PostgreSQL role %1$@; the administrator creates it with: %2$@", login,
                                     "CREATE ROLE \(PGConnection.identifier(login)) LOGIN PASSWORD '…'"))
        }
        guard canLogin else {
            throw .invalid(L10n.text("the PostgreSQL role %1$@ cannot log in; the administrator allows it with: %2$@", login,
                                     "ALTER ROLE \(PGConnection.identifier(login)) LOGIN PASSWORD '…'"))
        }
        let wasMember = try TeamSQL.isMember(connection, login)
        let holdsRole = try TeamSQL.holdsMemberRole(connection, login)
        try administering(L10n.text("only the team's administrator adds members and names them")) { () throws(StoreError) in
            try run { connection throws(StoreError) in
                if !holdsRole { try TeamSQL.grantMembership(connection, login) }
                try TeamSQL.recordName(connection, login: login, name: name)
            }
        }
        return wasMember ? .alreadyMember : .added
    }

    /// Revokes membership; returns how many exchanges the former member
    /// wrote (they keep their author, and the display name stays).
    public func remove(login: String) throws(StoreError) -> Int {
        try requireTeamDatabase()
        guard try TeamSQL.isMember(connection, login) else {
            throw .invalid(L10n.text("%1$@ is not a member of the team on %2$@ (rapport team list shows who is)", login, display))
        }
        try administering(L10n.text("only the team's administrator removes members")) { () throws(StoreError) in
            try TeamSQL.revokeMembership(connection, login)
        }
        return try TeamSQL.exchangeCount(connection, author: login)
    }

    /// The members with their display names and exchange counts.
    public func members() throws(StoreError) -> [TeamMember] {
        try requireTeamDatabase()
        return try TeamSQL.members(connection)
    }

    // MARK: private

    private func requireTeamDatabase() throws(StoreError) {
        guard try TeamSQL.isTeamDatabase(connection) else {
            throw .invalid(L10n.text("%1$@ is not a Rapport team database; an administrator sets it up with: rapport team init --db %2$@",
                                     display, PGLocation.redacted(location)))
        }
    }

    /// Runs `body`, saying who may do it when PostgreSQL refuses for lack
    /// of privileges (its own reason in parentheses).
    private func administering(_ who: String, _ body: () throws(StoreError) -> Void) throws(StoreError) {
        do {
            try body()
        } catch .permissionDenied(let detail) {
            throw .permissionDenied("\(who) (\(detail))")
        }
    }

    private func run(_ body: (PGConnection) throws(StoreError) -> Void) throws(StoreError) {
        do {
            try connection.transaction { connection throws in try body(connection) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(String(describing: error))
        }
    }
}

import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportPostgres
import RapportSettings
import RapportStore
import RapportTransfer

/// `rapport team init|add|remove|list`: a team database on PostgreSQL,
/// whose members are PostgreSQL login roles (docs/team.md).
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: L10n.text("Set up a team database on PostgreSQL and manage its members."),
        discussion: L10n.text("""
            --db (or RAPPORT_DB) names the PostgreSQL database: postgresql://USER@HOST/DB, or a bare \
            postgresql: for PGHOST, PGDATABASE, PGSERVICE… Members are PostgreSQL login roles that the \
            database administrator creates (CREATE ROLE … LOGIN PASSWORD …); see docs/team.md.
            """),
        subcommands: [TeamInit.self, TeamAdd.self, TeamRemove.self, TeamList.self])
}

extension DatabaseOptions {
    /// The team database named by `--db`/`RAPPORT_DB`, connected as the
    /// caller; a file path is refused in one line (exit 64).
    func teamAdministration() throws -> (team: TeamAdministration, conninfo: String) {
        let location = path
        guard PGLocation.isPostgres(location) else {
            throw CommandFailure.usage(L10n.text("team commands need a PostgreSQL database (--db postgresql://…); %@ is a file",
                                                 CLIText.clean(location)))
        }
        let conninfo = PGLocation.conninfo(location)
        return (try TeamAdministration(conninfo: conninfo, location: location), conninfo)
    }
}

/// A login typed on the command line: a PostgreSQL role name.
private func checkedLogin(_ login: String) throws -> String {
    let trimmed = login.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true }) else {
        throw CommandFailure.usage(L10n.text("%@ is not a PostgreSQL login name", Shown.quoted(login)))
    }
    return trimmed
}

struct TeamInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: L10n.text("Set up an empty PostgreSQL database as a team database."),
        discussion: L10n.text("""
            Creates Rapport's tables, the group role rapport_member with exactly the privileges members \
            need, and the row-level security of private notes. Refuses a database that holds other tables. \
            Run it as the database's owner (a role with CREATEROLE); run it again after upgrading Rapport.
            """))

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (team, conninfo) = try database.teamAdministration()
        let settings = try SettingsFile.load()
        try team.initialize(conninfo: conninfo, cadence: settings.cadence)
        print(L10n.text("%@ is a Rapport team database; add members with: rapport team add LOGIN --name \"Full Name\"", CLIText.clean(team.display)))
    }
}

struct TeamAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: L10n.text("Make an existing PostgreSQL login a member of the team."),
        discussion: L10n.text("Again on a member, it changes the display name."))

    @Argument(help: ArgumentHelp(L10n.text("The PostgreSQL login role."), valueName: "login"))
    var login: String
    @Option(help: ArgumentHelp(L10n.text("The name colleagues see (default: the login).")))
    var name: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let name {
            let trimmed = NativeText.trimmed(name)
            if trimmed.isEmpty { throw ValidationError(L10n.text("--name is empty")) }
            if trimmed.contains(where: \.isNewline) { throw ValidationError(L10n.text("--name must be one line")) }
        }
    }

    func run() throws {
        let login = try checkedLogin(self.login)
        let (team, _) = try database.teamAdministration()
        let displayName = name.map(NativeText.trimmed)
        let outcome = try team.add(login: login, name: displayName)
        let shown = CLIText.clean(login) + (displayName.map { " (\(CLIText.clean($0)))" } ?? "")
        switch outcome {
        case .added: print(L10n.text("Added %1$@ to the team on %2$@", shown, CLIText.clean(team.display)))
        case .alreadyMember: print(L10n.text("%@ is already a member; display name recorded", shown))
        }
    }
}

struct TeamRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: L10n.text("Take a login out of the team (their exchanges keep their author)."))

    @Argument(help: ArgumentHelp(L10n.text("The PostgreSQL login role."), valueName: "login"))
    var login: String
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let login = try checkedLogin(self.login)
        let (team, _) = try database.teamAdministration()
        let exchanges = try team.remove(login: login)
        print(L10n.plural("Removed %2$@ from the team; their %3$@ exchange keeps their author",
                          "Removed %2$@ from the team; their %3$@ exchanges keep their author",
                          exchanges, CLIText.clean(login), Shown.count(exchanges)))
    }
}

struct TeamList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: L10n.text("List the team's members with their exchange counts."))

    @OptionGroup var output: OutputOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (team, _) = try database.teamAdministration()
        let members = try team.members()
        if output.json {
            try JSONOutput.print(members.map(TeamMemberJSON.init))
            return
        }
        guard !members.isEmpty else {
            print(L10n.text("No members yet; add one with: rapport team add LOGIN --name \"Full Name\""))
            return
        }
        var table = TextTable([.init(title: L10n.text("LOGIN", context: "cli column")), .init(title: L10n.text("NAME", context: "cli column")),
                               .init(title: L10n.text("EXCHANGES", context: "cli column"), alignment: .right)])
        for member in members { table.add([member.login, member.name, Shown.count(member.exchanges)]) }
        print(table.render())
    }
}

/// One member in `team list --json`.
struct TeamMemberJSON: Encodable {
    let login: String
    let name: String
    let exchanges: Int

    init(_ member: TeamMember) {
        login = member.login
        name = member.name
        exchanges = member.exchanges
    }
}

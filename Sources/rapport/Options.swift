import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportLocalization
import RapportPostgres
import RapportSettings
import RapportStore

/// `--db PATH|URI`, shared by every command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        L10n.text("The database file, or a team database's postgresql:// URI (default: $RAPPORT_DB, else $XDG_DATA_HOME/rapport/rapport.sqlite)."),
        valueName: "path|uri"))
    var db: String?

    /// The location as given (a file path with `~` expanded, or a URI).
    var path: String { DatabaseLocation.resolve(explicit: db) }

    /// Whether the location is a team database on PostgreSQL.
    var isTeam: Bool { PGLocation.isPostgres(path) }

    /// The location as it may be printed: a URI without its password.
    var display: String { isTeam ? PGLocation.redacted(path) : path }

    /// Opens the database and fixes today (from `RAPPORT_NOW` when set).
    /// Only commands that add data create a missing database file
    /// (`creating`); the others say there is none, so a mistyped `--db`
    /// creates nothing. A team database is never created here (`team init`).
    func open(creating: Bool = false) throws -> CommandContext {
        let clock = try SystemClock.fromEnvironment()
        let settings = try SettingsFile.load()
        let store: any Store = isTeam
            ? try openTeam(cadence: settings.cadence)
            : try RapportDatabase.open(path: path, cadence: settings.cadence, create: creating)
        return CommandContext(store: store, today: clock.today, settings: settings)
    }

    /// Opens the database for the full-screen app: a large file is checked
    /// for damage in the background (`finishIntegrityCheck`), writes
    /// refused until the check passes; see docs/performance.md.
    func openForApp() throws -> CommandContext {
        let clock = try SystemClock.fromEnvironment()
        let settings = try SettingsFile.load()
        let store: any Store = isTeam
            ? try openTeam(cadence: settings.cadence)
            : try RapportDatabase.openDeferringCheck(path: path, cadence: settings.cadence,
                                                     checkInBackgroundAbove: RapportDatabase.inlineCheckLimit)
        return CommandContext(store: store, today: clock.today, settings: settings)
    }

    /// Opens an existing database for reading only: no byte of any file
    /// changes and no file is created (see `RapportDatabase.openForReading`).
    /// A team database is opened as for any command: the server enforces
    /// what each member may do.
    func openForReading() throws -> CommandContext {
        let clock = try SystemClock.fromEnvironment()
        let settings = try SettingsFile.load()
        let store: any Store = isTeam
            ? try openTeam(cadence: settings.cadence)
            : try RapportDatabase.openForReading(path: path, cadence: settings.cadence)
        return CommandContext(store: store, today: clock.today, settings: settings)
    }

    /// Connects to the team database named by `path` (a URI, or a bare
    /// `postgresql:` for the environment's PGHOST, PGDATABASE…). Errors
    /// name it without its password.
    private func openTeam(cadence: Cadence) throws(StoreError) -> any Store {
        let store: any Store = try PostgresStore.open(conninfo: PGLocation.conninfo(path), cadence: cadence)
        return store
    }

    /// Refuses an option that only means something on a team database,
    /// in one line (exit 64), before anything is opened.
    func requireTeam(_ option: String) throws {
        guard isTeam else {
            throw CommandFailure.usage(L10n.text("%@ needs a team database (--db postgresql://…); a personal file has no team", option))
        }
    }

    /// Refuses, for commands about a database *file* (restore), a team
    /// database, with what to use instead.
    func requireFile(_ command: String, instead: String) throws {
        guard !isTeam else {
            throw CommandFailure.usage(L10n.text("%1$@ works on a database file, not on a team database (%2$@); %3$@", command, display, instead))
        }
    }
}

/// `--json`, shared by every reading command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L10n.text("Print JSON (documented in docs/cli.md) instead of text.")))
    var json = false
}

/// `--limit N`, for commands that print a list.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L10n.text("At most this many.")))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError(L10n.text("--limit must be at least 1")) }
    }
}

/// What a command works with: the open store (a file or a team database)
/// and today.
struct CommandContext {
    let store: any Store
    let today: Day
    let settings: Settings

    /// Parses a day typed by the user (`YYYY-MM-DD`, `26/11/2026`, `hier`, `-3d`…); a
    /// day without its year (`24/12`) points `toward` the past or the future.
    func day(_ text: String, option: String, toward direction: DayInput.Direction = .nearest) throws -> Day {
        guard let day = DayInput.parse(text, today: today, toward: direction) else {
            throw CommandFailure.usage(L10n.text("%1$@: cannot read the date %2$@ (expected %3$@)", option, Shown.quoted(text),
                                                 L10n.text(DayInput.accepted)))
        }
        return day
    }
}

extension NamedValue {
    /// Parses an argument case-insensitively, for `@Option(transform:)`:
    /// the error lists every valid name on one line.
    static func argument(_ text: String) throws -> Self {
        do { return try parse(text) } catch { throw ValidationError(error.message) }
    }
}

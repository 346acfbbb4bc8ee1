import ArgumentParser
import Foundation
import RapportCore
import RapportSettings
import RapportStore

/// `--db PATH`, shared by every command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (default: $RAPPORT_DB, else $XDG_DATA_HOME/rapport/rapport.sqlite).",
        valueName: "path"))
    var db: String?

    var path: String { DatabaseLocation.resolve(explicit: db) }

    /// Opens the database and fixes today (from `RAPPORT_NOW` when set).
    /// Only commands that add data create a missing database (`creating`);
    /// the others say there is none, so a mistyped `--db` creates nothing.
    func open(creating: Bool = false) throws -> CommandContext {
        let clock = try SystemClock.fromEnvironment()
        let settings = try SettingsFile.load()
        let database = try RapportDatabase.open(path: path, cadence: settings.cadence, create: creating)
        return CommandContext(database: database, today: clock.today, settings: settings)
    }

    /// Opens the database for the full-screen app: a large file is checked
    /// for damage in the background (`finishIntegrityCheck`), writes
    /// refused until the check passes; see docs/performance.md.
    func openForApp() throws -> CommandContext {
        let clock = try SystemClock.fromEnvironment()
        let settings = try SettingsFile.load()
        let database = try RapportDatabase.openDeferringCheck(path: path, cadence: settings.cadence,
                                                              checkInBackgroundAbove: RapportDatabase.inlineCheckLimit)
        return CommandContext(database: database, today: clock.today, settings: settings)
    }

    /// Opens an existing database for reading only: no byte of any file
    /// changes and no file is created (see `RapportDatabase.openForReading`).
    func openForReading() throws -> CommandContext {
        let clock = try SystemClock.fromEnvironment()
        let settings = try SettingsFile.load()
        let database = try RapportDatabase.openForReading(path: path, cadence: settings.cadence)
        return CommandContext(database: database, today: clock.today, settings: settings)
    }
}

/// `--json`, shared by every reading command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (documented in docs/cli.md) instead of text.")
    var json = false
}

/// `--limit N`, for commands that print a list.
struct LimitOptions: ParsableArguments {
    @Option(help: "At most this many.")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }
}

/// What a command works with: the open database and today.
struct CommandContext {
    let database: RapportDatabase
    let today: Day
    let settings: Settings

    /// Parses a day typed by the user (`YYYY-MM-DD`, `26/11/2026`, `hier`, `-3d`…); a
    /// day without its year (`24/12`) points `toward` the past or the future.
    func day(_ text: String, option: String, toward direction: DayInput.Direction = .nearest) throws -> Day {
        guard let day = DayInput.parse(text, today: today, toward: direction) else {
            throw CommandFailure.usage("\(option): cannot read the date '\(text)' (expected \(DayInput.accepted))")
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

import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportStore
import RapportSettings
import RapportTransfer
import CursesTerminal

/// The `rapport` command: the full-screen app by default, and a scriptable
/// command line over the same database.
@main
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: L10n.text("A terminal relationship CRM for press relations."),
        discussion: L10n.text("""
            Run with no command to open the full-screen app. Rapport records and reminds; it never sends \
            messages for you, and has no bulk messaging of any kind.
            """),
        version: "0.1.0",
        subcommands: [
            Tui.self, Add.self, Edit.self, Log.self, List.self, Show.self, Search.self, Review.self,
            ExchangeCommand.self, Snooze.self, Archive.self, Unarchive.self, Forget.self, Demo.self,
            Import.self, Export.self, Backup.self, Restore.self, MuttQuery.self, TeamCommand.self, Copy.self,
            CoverageCommand.self,
            Report.self,
            ProjectCommand.self,
        ],
        defaultSubcommand: Tui.self
    )

    /// Parses and runs, printing every error as one line on stderr:
    /// exit 1 for a failure, 64 for a usage mistake.
    static func main() {
        // Past `ulimit -f`, a write fails with "File too large" (reported,
        // and the temporary file removed) instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        // A parent may start us with these blocked (Foundation's Process
        // does): then nothing could stop us or clean up. Take them back.
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&stopping, number) }
        sigprocmask(SIG_UNBLOCK, &stopping, nil)
        if UTF8Locale.setUp() == .unavailable { Terminal.printError(UTF8Locale.missingMessage) }
        // The language, before any help text is built (docs/i18n.md); a broken config.toml is reported later.
        L10n.use(LanguageSelection(environment: ProcessInfo.processInfo.environment,
                                   configured: (try? SettingsFile.load())?.language).language)
        do {
            var command = try appShortcut() ?? parseAsRoot(nil)
            try command.run()
        } catch let failure as CommandFailure {
            Terminal.printError(failure.message)
            Foundation.exit(failure.exitCode)
        } catch let error as StoreError {
            if case .handleTaken = error {
                Terminal.printError(L10n.text("%@; edit that contact instead, or pass --allow-duplicate", error.description))
                Foundation.exit(1)
            }
            Terminal.printError(error.description)
            Foundation.exit(error.isInputError ? ExitCode.validationFailure.rawValue : 1)
        } catch let error as OutputFileError {
            Terminal.printError(error.description)
            Foundation.exit(1)
        } catch let error as SettingsError {
            Terminal.printError(error.description)
            Foundation.exit(1)
        } catch let error as TerminalError {
            Terminal.printError(error.description)
            Foundation.exit(1)
        } catch let error as InputError {
            Terminal.printError(error.message)
            Foundation.exit(ExitCode.validationFailure.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = message(for: error)
            if !message.isEmpty {
                Terminal.printError(code == .validationFailure ? L10n.text("%@ (see --help)", message) : message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}

extension Rapport {
    /// `rapport` and `rapport --db PATH`, the ways the app is started, go
    /// straight to `Tui`: parsing with the whole command tree (two dozen
    /// commands, their options and help names) cost about a third of the
    /// program's own start-up time. Anything else, or anything `Tui` itself
    /// refuses, goes through `parseAsRoot`, so errors and help are unchanged.
    static func appShortcut(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> ParsableCommand? {
        let startsTheApp = arguments.isEmpty
            || (arguments.count == 2 && arguments[0] == "--db" && !arguments[1].isEmpty && !arguments[1].hasPrefix("-"))
        guard startsTheApp else { return nil }
        return try? Tui.parseAsRoot(arguments)
    }
}

/// A command that could not do what was asked: one line for the user.
struct CommandFailure: Error {
    let message: String
    var exitCode: Int32 = 1

    /// Something typed on the command line is wrong: exit 64, like a usage error.
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: ExitCode.validationFailure.rawValue)
    }
}

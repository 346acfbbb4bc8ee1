import ArgumentParser
import CursesTerminal
import Foundation
import RapportApp
import RapportCore
import RapportLocalization
import RapportSettings
import RapportStore
import TerminalUI

/// `rapport` / `rapport tui`: the full-screen app.
struct Tui: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: L10n.text("Open the full-screen app (the default)."),
        discussion: L10n.text("Keys: press ? in the app, or see docs/keymap.md. Settings: docs/configuration.md."))

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp(L10n.text("A theme name (default, light, high-contrast, monochrome) or a theme file."), valueName: "name|path"))
    var theme: String?

    func run() throws {
        let context = try database.openForApp()
        let settings = context.settings
        let theme = try settings.theme(flag: theme)
        let keymap = try settings.apply(to: AppAction.defaultKeymap())
        let store = context.store
        let today = context.today
        let clock = try SystemClock.fromEnvironment()
        let runner = EffectRunner(database: store, clock: clock)
        try CursesTerminal.run(escapeDelayMilliseconds: settings.escapeDelay) { terminal in
            let size = terminal.size
            var state = AppState(width: size.width, height: size.height, today: today, databaseName: store.displayName,
                                 keymap: keymap, borders: settings.borders.borderSet)
            state.sort = ContactSort.preferred(settings)
            if !UTF8Locale.isActive { state.status = StatusMessage(UTF8Locale.missingMessage, .warning) }
            let device = CursesDevice(terminal)
            if store.writeAccess == .checking {
                // A large file is checked once the first frame is on screen, so
                // the check does not compete with it; writes wait for it.
                device.afterFirstFrame = { Thread.detachNewThread { try? store.finishIntegrityCheck() } }
            }
            let loop = AppLoop(terminal: device, runner: runner, theme: theme, state: state,
                               editor: settings.editorCommand(), watch: store.changeWatch())
            try loop.run()
        }
    }
}

/// `CursesTerminal` as the app loop's terminal.
final class CursesDevice: TerminalDevice {
    let terminal: CursesTerminal

    init(_ terminal: CursesTerminal) {
        self.terminal = terminal
    }

    var size: (width: Int, height: Int) { terminal.size }

    func readKey(timeout: Duration?) throws -> Key? {
        try terminal.readKey(timeout: timeout)
    }

    /// Run once, right after the first frame is on screen.
    var afterFirstFrame: (() -> Void)?

    func present(_ buffer: ScreenBuffer, theme: Theme) {
        terminal.present(buffer, theme: theme)
        if let run = afterFirstFrame {
            afterFirstFrame = nil
            run()
        }
    }

    func forceFullRedraw() {
        terminal.forceFullRedraw()
    }

    func runExternal(_ arguments: [String]) throws -> Int32 {
        try terminal.runExternal(arguments)
    }
}

import Foundation
import RapportCore
import Testing
import TerminalUI
@testable import RapportSettings

@Suite struct SettingsFileTests {
    let file = "/home/u/.config/rapport/config.toml"

    func parse(_ text: String) throws -> Settings {
        try SettingsFile.parse(text, file: file)
    }

    func error(_ text: String) -> String? {
        errorLine { try parse(text) }
    }

    @Test func readsEverySetting() throws {
        let settings = try parse("""
            theme = "light"
            editor = ["code", "--wait"]

            [cadence]
            A = 14
            c = 365

            [keys]
            log = "L"
            quit = ["q", "ctrl-q"]

            [ui]
            borders = "rounded"
            escape_delay = 50
            """)
        #expect(settings.theme == "light")
        #expect(settings.editor == ["code", "--wait"])
        #expect(settings.cadence == Cadence(tierDays: [.a: 14, .b: 60, .c: 365]))
        #expect(settings.keys == [
            KeyOverride(action: "log", keys: [.char("L")], line: 9),
            KeyOverride(action: "quit", keys: [.char("q"), .ctrl("q")], line: 10),
        ])
        #expect(settings.borders == .rounded)
        #expect(settings.escapeDelay == 50)
        #expect(settings.lines["theme"] == 1)
        #expect(settings.lines["cadence.A"] == 5)
        #expect(settings.file == file)
    }

    @Test func emptyFileGivesDefaults() throws {
        let settings = try parse("# nothing yet\n")
        #expect(settings.theme == nil)
        #expect(settings.cadence == .standard)
        #expect(settings.keys.isEmpty)
        #expect(settings.borders == .light)
        #expect(settings.escapeDelay == 25)
        #expect(try parse("editor = \"nvim -f\"").editor == ["nvim", "-f"])
    }

    @Test func syntaxErrors() {
        #expect(error("theme = \"light\"\n[cadence\n")?.hasPrefix("\(file):2: ") == true)
    }

    @Test func unknownSettings() {
        #expect(error("theme = \"light\"\ntheem = \"x\"\n") == "\(file):2: unknown setting 'theem' (did you mean 'theme'?); known: theme, editor, cadence, keys, ui, language, sort")
        #expect(error("[ui]\nmouse = true\n") == "\(file):2: unknown setting 'mouse' in [ui]; known: borders, escape_delay")
        #expect(error("[cadence]\nD = 10\n") == "\(file):2: unknown tier 'D' in [cadence] (expected A, B or C)")
    }

    @Test func wrongTypes() {
        #expect(error("theme = 3\n") == "\(file):1: 'theme' must be a theme name or path, not an integer")
        #expect(error("[cadence]\nA = \"30\"\n") == "\(file):2: cadence for tier A must be a whole number of days, not a string")
        #expect(error("cadence = 30\n") == "\(file):1: 'cadence' must be a table, like [cadence] A = 30, not an integer")
        #expect(error("[keys]\nlog = 4\n") == "\(file):2: keys for 'log' must be a key name like \"L\" or a list like [\"L\", \"ctrl-l\"], not an integer")
        #expect(error("[ui]\nborders = \"thick\"\n") == "\(file):2: 'ui.borders' must be one of light, rounded, ascii")
        #expect(error("editor = 1\n")?.hasPrefix("\(file):1: 'editor' must be a command") == true)
    }

    @Test func outOfRangeCadence() {
        #expect(error("[cadence]\nB = 0\n") == "\(file):2: cadence for tier B is 0 days; expected 1–3650")
        #expect(error("[cadence]\nB = 4000\n") == "\(file):2: cadence for tier B is 4000 days; expected 1–3650")
        #expect(error("[ui]\nescape_delay = -1\n") == "\(file):2: 'ui.escape_delay' must be a whole number of milliseconds, 0–1000")
    }

    @Test func unknownKeyNames() {
        #expect(error("[keys]\n\nlog = [\"L\", \"pgdwn\"]\n")?.hasPrefix("\(file):3: unknown key 'pgdwn'") == true)
        #expect(error("[keys]\nlog = []\n") == "\(file):2: no keys given for 'log'")
    }

    @Test func missingDefaultFileMeansDefaults() throws {
        let folder = try temporaryFolder()
        let settings = try SettingsFile.load(environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(settings == Settings())
    }

    @Test func namedFileMustExist() throws {
        let folder = try temporaryFolder()
        let missing = folder.appendingPathComponent("nope.toml").path
        #expect(errorLine { try SettingsFile.load(explicitPath: missing, environment: [:]) } == "\(missing): no such settings file")
        #expect(errorLine { try SettingsFile.load(environment: ["RAPPORT_CONFIG": missing]) } == "\(missing): no such settings file")
    }

    @Test func loadsFromTheXDGFolder() throws {
        let folder = try temporaryFolder()
        let rapport = folder.appendingPathComponent("rapport")
        try FileManager.default.createDirectory(at: rapport, withIntermediateDirectories: true)
        let path = try rapport.write("theme = \"light\"\n", to: "config.toml")
        let settings = try SettingsFile.load(environment: ["XDG_CONFIG_HOME": folder.path, "HOME": "/nowhere"])
        #expect(settings.theme == "light")
        #expect(settings.file == path)
    }

    @Test func locationPrecedence() {
        #expect(SettingsFile.location(explicitPath: "/a.toml", environment: ["RAPPORT_CONFIG": "/b.toml"])! == ("/a.toml", true))
        #expect(SettingsFile.location(environment: ["RAPPORT_CONFIG": "/b.toml", "XDG_CONFIG_HOME": "/x"])! == ("/b.toml", true))
        #expect(SettingsFile.location(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])! == ("/x/rapport/config.toml", false))
        #expect(SettingsFile.location(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"])! == ("/h/.config/rapport/config.toml", false))
        #expect(SettingsFile.location(environment: [:]) == nil)
    }
}

@Suite struct EditorCommandTests {
    @Test func fileThenVisualThenEditorThenVi() {
        #expect(Settings(editor: ["code", "--wait"]).editorCommand(environment: ["VISUAL": "nvim"]) == ["code", "--wait"])
        #expect(Settings().editorCommand(environment: ["VISUAL": "nvim -f", "EDITOR": "nano"]) == ["nvim", "-f"])
        #expect(Settings().editorCommand(environment: ["VISUAL": "", "EDITOR": "nano"]) == ["nano"])
        #expect(Settings().editorCommand(environment: [:]) == ["vi"])
    }
}

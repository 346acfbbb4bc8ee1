import Foundation
import RapportCore
import Testing
import TerminalUI
@testable import RapportSettings

@Suite struct ThemeSelectionTests {
    let configured = Settings(theme: "light", file: "/c/config.toml", lines: ["theme": 4])

    @Test func flagBeatsEnvironmentBeatsSettingsBeatsDefault() {
        let env = ["RAPPORT_THEME": "high-contrast"]
        #expect(ThemeChoice.choose(flag: "monochrome", environment: env, settings: configured)
            == ThemeChoice(value: "monochrome", source: .flag))
        #expect(ThemeChoice.choose(flag: nil, environment: env, settings: configured)
            == ThemeChoice(value: "high-contrast", source: .environment))
        #expect(ThemeChoice.choose(flag: nil, environment: [:], settings: configured)
            == ThemeChoice(value: "light", source: .settings(file: "/c/config.toml", line: 4)))
        #expect(ThemeChoice.choose(flag: nil, environment: [:], settings: Settings())
            == ThemeChoice(value: "default", source: .standard))
    }

    @Test func noColorBeatsEverything() {
        #expect(ThemeChoice.choose(flag: "light", environment: ["NO_COLOR": "1", "RAPPORT_THEME": "light"], settings: configured)
            == ThemeChoice(value: "monochrome", source: .noColor))
        #expect(ThemeChoice.choose(flag: "light", environment: ["NO_COLOR": ""], settings: configured).value == "light")
    }

    @Test func loadsTheChosenTheme() throws {
        let theme = try configured.theme(flag: nil, environment: [:], library: ThemeLibrary())
        #expect(theme.name == "light")
        let mono = try configured.theme(flag: "light", environment: ["NO_COLOR": "yes"], library: ThemeLibrary())
        #expect(mono.name == "monochrome")
    }

    @Test func errorsSayWhereTheChoiceCameFrom() {
        let library = ThemeLibrary()
        let list = "(available: default, high-contrast, light, monochrome)"
        #expect(errorLine { try Settings().theme(flag: "nope", environment: [:], library: library) }
            == "--theme: unknown theme 'nope' \(list)")
        #expect(errorLine { try Settings().theme(flag: nil, environment: ["RAPPORT_THEME": "nope"], library: library) }
            == "RAPPORT_THEME: unknown theme 'nope' \(list)")
        let bad = Settings(theme: "nope", file: "/c/config.toml", lines: ["theme": 4])
        #expect(errorLine { try bad.theme(flag: nil, environment: [:], library: library) }
            == "/c/config.toml:4: unknown theme 'nope' \(list)")
        #expect(errorLine { try Settings().theme(flag: "/no/such.toml", environment: [:], library: library) }
            == "--theme: no theme file '/no/such.toml'")
    }

    @Test func themePathInSettingsIsRelativeToTheSettingsFile() throws {
        let folder = try temporaryFolder()
        try folder.write("inherits = \"default\"\n\"list\" = { fg = \"red\" }\n", to: "mine.toml")
        let settings = Settings(theme: "mine.toml", file: folder.appendingPathComponent("config.toml").path)
        let theme = try settings.theme(flag: nil, environment: [:], library: ThemeLibrary())
        #expect(theme.name == "mine")
        #expect(theme.style(for: .list).fg == .named(.red))
    }
}

enum SettingsSampleAction: String, KeyAction {
    case log, quit, down
}

@Suite struct KeyOverrideTests {
    func keymap() throws -> Keymap<SettingsSampleAction> {
        try Keymap([
            KeyBinding(.quit, keys: [.char("q")], help: "Quit"),
            KeyBinding(.log, keys: [.char("L")], contexts: ["list"], help: "Log"),
            KeyBinding(.down, keys: [.char("j")], contexts: ["list"], help: "Down"),
        ])
    }

    @Test func appliesOverrides() throws {
        let settings = try SettingsFile.parse("[keys]\nlog = [\"l\", \"ctrl-l\"]\n", file: "c.toml")
        let keymap = try settings.apply(to: keymap())
        #expect(keymap.keys(for: .log) == [.char("l"), .ctrl("l")])
    }

    @Test func unknownActionNamesItsLine() throws {
        let settings = try SettingsFile.parse("# keys\n[keys]\nlgo = \"L\"\n", file: "c.toml")
        #expect(errorLine { try settings.apply(to: keymap()) } == "c.toml:3: unknown action 'lgo' (did you mean 'log'?)")
    }

    @Test func conflictNamesBothActionsAndTheLine() throws {
        let settings = try SettingsFile.parse("[keys]\nlog = \"j\"\n", file: "c.toml")
        #expect(errorLine { try settings.apply(to: keymap()) } == "c.toml:2: key 'j' is bound to both 'log' and 'down' in list")
    }
}

@Suite struct DomainStyleRoleTests {
    @Test func domainValuesHaveRoles() {
        #expect(Warmth.Label.allCases.map(\.styleRole) == [.warmthCold, .warmthCooling, .warmthWarm, .warmthStrong])
        #expect(Direction.inbound.styleRole == .directionIn)
        #expect(Intent.asked.styleRole == .intentAsked)
        #expect(Intent.chat.styleRole == nil)
    }
}

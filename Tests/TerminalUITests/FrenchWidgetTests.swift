import LeakCheck
import RapportLocalization
import TerminalUI
import Testing

/// TerminalUI's own words in French (issue 12): key names in help and the
/// footer, keymap errors, the theme sample and "Terminal too small".
@Suite("French: TerminalUI's words")
struct FrenchWidgetTests {
    @Test func keyNamesFollowTheLanguage() {
        let keys: [Key] = [.enter, .escape, .char(" "), .home, .end, .pageUp, .pageDown, .backTab, .backspace, .delete]
        let french = L10n.$override.withValue(.french) { keys.map(\.displayName) }
        #expect(french == ["Entrée", "Échap", "Espace", "Début", "Fin", "PgPréc", "PgSuiv", "Maj-Tab", "Retour arrière", "Suppr"])
        let english = L10n.$override.withValue(.english) { keys.map(\.displayName) }
        #expect(english == ["Enter", "Esc", "Space", "Home", "End", "PgUp", "PgDn", "Shift-Tab", "Backspace", "Del"])
        // The names config.toml uses never change.
        #expect(L10n.$override.withValue(.french) { Key.enter.configName } == "enter")
    }

    @Test func helpAndHintsAreTranslatedWhenShown() throws {
        let table = [
            KeyBinding(Action.save, keys: [.enter], help: "Save (from any field)", hint: "save", section: "Forms"),
            KeyBinding(Action.quit, keys: [.char("q")], help: "This help", hint: "quit", section: "General"),
        ]
        let keymap = try Keymap(table)
        let french = L10n.$override.withValue(.french) { (keymap.helpSections(), keymap.footerHints(for: .global)) }
        #expect(french.0.map(\.title) == ["Formulaires", "Général"])
        #expect(french.0.flatMap(\.rows).map(\.text) == ["Enregistrer (depuis n’importe quel champ)", "Cette aide"])
        #expect(french.0.flatMap(\.rows).map(\.keys) == ["Entrée", "q"])
        #expect(french.1 == [KeyHint(keys: "Entrée", label: "enregistrer"), KeyHint(keys: "q", label: "quitter")])
        let english = L10n.$override.withValue(.english) { keymap.helpSections() }
        #expect(english.map(\.title) == ["Forms", "General"])
    }

    @Test func keymapErrorsInFrench() {
        let error = KeymapError.conflict(key: .char("l"), context: .global, first: "log", second: "list")
        let text = L10n.$override.withValue(.french) { error.description }
        #expect(text == "la touche « l » est liée à la fois à « log » et à « list » partout")
        #expect(L10n.$override.withValue(.french) { (try? Key(name: "")) == nil })
    }

    @Test func theThemeSampleSpeaksFrench() {
        let lines = L10n.$override.withValue(.french) { () -> [String] in
            var buffer = ScreenBuffer(width: 80, height: 24)
            ThemeSample(themeName: "sombre").render(into: &buffer, area: buffer.area)
            return buffer.trimmedLines()
        }
        let text = lines.joined(separator: "\n")
        let english = EnglishWords.found(in: text, allowing: ["Zoë Lefèvre", "Ana Silva", "Le Monde", "Rapport", "sombre", "Ben"])
        #expect(english.isEmpty, "\(english)\n\(text)")
        #expect(text.contains("Revue") && text.contains("Chaleur") && text.contains("Enregistré."))
        let small = L10n.$override.withValue(.french) { () -> String in
            var buffer = ScreenBuffer(width: 30, height: 10)
            ThemeSample(themeName: "sombre").render(into: &buffer, area: buffer.area)
            return buffer.trimmedLines().joined(separator: "\n")
        }
        #expect(small.contains("Terminal trop petit"))
        #expect(EnglishWords.found(in: small).isEmpty, "\(small)")
    }

    enum Action: String, KeyAction, CaseIterable {
        case save, quit
    }
}

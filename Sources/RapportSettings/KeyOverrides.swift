import RapportLocalization
import TerminalUI

extension Settings {
    /// The app's keymap with the `[keys]` overrides applied. Errors point
    /// at the settings line: `FILE:LINE: unknown action 'lgo'`, or a key
    /// bound to two actions in one context.
    public func apply<Action: KeyAction>(to keymap: Keymap<Action>) throws(SettingsError) -> Keymap<Action> {
        let names = keymap.bindings.map(\.action.name)
        for override in keys where keymap.action(named: override.action) == nil {
            let hint = Suggestion.closest(to: override.action, in: names).map { L10n.text(" (did you mean '%@'?)", $0) } ?? ""
            throw SettingsError(file: file, line: override.line, L10n.text("unknown action '%1$@'%2$@", override.action, hint))
        }
        do {
            return try keymap.overriding(keys.map { ($0.action, $0.keys) })
        } catch {
            let involved = keys.filter { error.actionNames.contains($0.action) }
            throw SettingsError(file: file, line: involved.map(\.line).max(), error.description)
        }
    }
}

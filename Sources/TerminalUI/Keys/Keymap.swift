import RapportLocalization

/// The app's key bindings: one table of `KeyBinding`s that answers "which
/// action does this key do here?", "which keys do this action?", and
/// generates the help screen and footer hints. Overrides from the user's
/// configuration replace an action's keys; a key bound to two actions that
/// apply in one context is refused, naming both.
public struct Keymap<Action: KeyAction>: Sendable {
    public private(set) var bindings: [KeyBinding<Action>]

    /// A keymap from the app's table; throws on a repeated action or a conflict.
    public init(_ bindings: [KeyBinding<Action>]) throws(KeymapError) {
        var seen = Set<Action>()
        for binding in bindings where !seen.insert(binding.action).inserted {
            throw .duplicateAction(binding.action.name)
        }
        self.bindings = bindings
        try validate()
    }

    /// Every context some binding names, `.global` included.
    public var contexts: [KeyContext] {
        Array(Set(bindings.flatMap(\.contexts)).union([.global])).sorted()
    }

    /// The action `key` does in `context`: a binding of that context, or a global one.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if let own = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) {
            return own.action
        }
        return bindings.first(where: { $0.contexts.contains(.global) && $0.keys.contains(key) })?.action
    }

    /// The keys bound to `action`, in order (empty for an action not in the table).
    public func keys(for action: Action) -> [Key] {
        bindings.first(where: { $0.action == action })?.keys ?? []
    }

    /// The binding row of `action`.
    public func binding(for action: Action) -> KeyBinding<Action>? {
        bindings.first(where: { $0.action == action })
    }

    /// The action called `name` (as users write it), if any.
    public func action(named name: String) -> Action? {
        bindings.first(where: { $0.action.name == name })?.action
    }

    /// The keymap with the keys of the named actions replaced. All overrides
    /// are applied before checking, so two actions can swap keys.
    public func overriding(_ overrides: [(action: String, keys: [Key])]) throws(KeymapError) -> Keymap {
        var copy = self
        for (name, keys) in overrides {
            guard let index = copy.bindings.firstIndex(where: { $0.action.name == name }) else {
                throw .unknownAction(name)
            }
            guard !keys.isEmpty else { throw .noKeys(action: name) }
            var unique: [Key] = []
            for key in keys where !unique.contains(key) { unique.append(key) }
            copy.bindings[index].keys = unique
        }
        try copy.validate()
        return copy
    }

    /// The keys of `action` as help and the footer show them: `j/↓`.
    public func keyLabel(for action: Action, separator: String = "/", showing shown: (Key) -> Bool = { _ in true }) -> String {
        keys(for: action).filter(shown).map(\.displayName).joined(separator: separator)
    }

    /// Help sections for the bindings that apply in `context` (all bindings
    /// when nil), grouped by section in table order.
    /// `shown` leaves out keys help should not list (keyboard-specific
    /// alternatives in another language).
    public func helpSections(for context: KeyContext? = nil, separator: String = "/",
                             showing shown: (Key) -> Bool = { _ in true }) -> [HelpSection] {
        var sections: [HelpSection] = []
        for binding in bindings where context.map(binding.applies(in:)) ?? true {
            let title = binding.shownSection ?? binding.contexts.first?.rawValue ?? KeyContext.global.rawValue
            let row = HelpSection.Row(keys: keyLabel(for: binding.action, separator: separator, showing: shown), text: binding.shownHelp)
            if let index = sections.firstIndex(where: { $0.title == title }) {
                sections[index].rows.append(row)
            } else {
                sections.append(HelpSection(title: title, rows: [row]))
            }
        }
        return sections
    }

    /// Footer hints for `context`: its own bindings with a hint first, then global ones.
    public func footerHints(for context: KeyContext) -> [KeyHint] {
        let own = context == .global ? [] : bindings.filter { $0.contexts.contains(context) }
        let global = bindings.filter {
            $0.contexts.contains(.global) && (context == .global || !$0.contexts.contains(context))
        }
        return (own + global).compactMap { binding in
            guard let hint = binding.shownHint, let first = binding.keys.first else { return nil }
            return KeyHint(keys: first.displayName, label: hint)
        }
    }

    /// Throws the first key bound to two actions in one context, where
    /// global bindings count in every context.
    private func validate() throws(KeymapError) {
        for context in contexts {
            var owner: [Key: String] = [:]
            for binding in bindings where binding.applies(in: context) {
                for key in binding.keys {
                    if let other = owner[key], other != binding.action.name {
                        throw .conflict(key: key, context: context, first: other, second: binding.action.name)
                    }
                    owner[key] = binding.action.name
                }
            }
        }
    }
}

import RapportLocalization

/// Why a keymap or a change to it was refused.
public enum KeymapError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An override names an action the table does not have.
    case unknownAction(String)
    /// Two actions share a key in a context where both apply.
    case conflict(key: Key, context: KeyContext, first: String, second: String)
    /// An action was given no keys.
    case noKeys(action: String)
    /// An action appears in two rows of the table.
    case duplicateAction(String)

    public var description: String {
        switch self {
        case .unknownAction(let name):
            return L10n.text("unknown action '%@'", name)
        case .conflict(let key, let context, let first, let second):
            return context == .global
                ? L10n.text("key '%1$@' is bound to both '%2$@' and '%3$@' everywhere", key.configName, first, second)
                : L10n.text("key '%1$@' is bound to both '%2$@' and '%3$@' in %4$@", key.configName, first, second, "\(context)")
        case .noKeys(let action):
            return L10n.text("no keys given for '%@'", action)
        case .duplicateAction(let name):
            return L10n.text("action '%@' is listed twice in the keymap", name)
        }
    }

    /// The action a conflict or unknown name is about (for pointing at a config line).
    public var actionNames: [String] {
        switch self {
        case .unknownAction(let name), .noKeys(let name), .duplicateAction(let name): return [name]
        case .conflict(_, _, let first, let second): return [first, second]
        }
    }
}

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
            return "unknown action '\(name)'"
        case .conflict(let key, let context, let first, let second):
            let place = context == .global ? "everywhere" : "in \(context)"
            return "key '\(key.configName)' is bound to both '\(first)' and '\(second)' \(place)"
        case .noKeys(let action):
            return "no keys given for '\(action)'"
        case .duplicateAction(let name):
            return "action '\(name)' is listed twice in the keymap"
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

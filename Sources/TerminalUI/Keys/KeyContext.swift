/// Where a key binding applies: a screen or mode of the app ("list",
/// "detail", "form"…). Bindings in `.global` apply in every context.
public struct KeyContext: StringName {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Applies in every context.
    public static let global: KeyContext = "global"
}

/// An action a keymap can bind: the app's own enum. Its `name` is what
/// users write in `[keys]` of `config.toml` (`log = "L"`).
public protocol KeyAction: Hashable, Sendable {
    var name: String { get }
}

extension KeyAction where Self: RawRepresentable, RawValue == String {
    public var name: String { rawValue }
}

import Foundation

/// The language of this run, for code far from where it was chosen: the
/// executable calls `use(_:)` once at start; a test runs its code inside
/// `L10n.$override.withValue(.french) { … }`, which holds for that task
/// only, so tests in parallel never see each other's language.
public enum L10n {
    /// The localizer for the current task, when a test (or a caller) set one.
    @TaskLocal public static var override: Localizer?

    private static let chosen = LockedLocalizer()

    /// The localizer in use: the task's override, else the one chosen at start (English until then).
    public static var current: Localizer { override ?? chosen.value }

    /// The language in use.
    public static var language: Language { current.language }

    /// Chooses the language for the whole run (the executable's start).
    public static func use(_ language: Language) {
        chosen.value = .for(language)
    }

    /// `Localizer.text` in the current language.
    public static func text(_ id: String, context: String? = nil, _ arguments: any Sendable...) -> String {
        current.text(id, context: context, arguments: arguments)
    }

    /// `Localizer.plural` in the current language.
    public static func plural(_ singular: String, _ plural: String, _ count: Int, context: String? = nil,
                              _ arguments: any Sendable...) -> String {
        current.plural(singular, plural, count, context: context, arguments: arguments)
    }

    /// A whole number in the current language (`1 204` in French).
    public static func number(_ value: Int) -> String { current.number(value) }
}

/// The run's localizer behind a lock.
private final class LockedLocalizer: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Localizer.english

    var value: Localizer {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

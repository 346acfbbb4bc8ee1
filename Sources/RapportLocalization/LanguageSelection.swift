/// Which language Rapport speaks, and why. In order, the first that says
/// something wins:
///
/// 1. `RAPPORT_LANG` (`fr` or `en`), for one run or one script;
/// 2. `language` in config.toml;
/// 3. the POSIX locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (the
///    first one set and not empty). `fr…` selects French, anything else English;
/// 4. English.
///
/// The language follows the variables' values even when that locale is not
/// installed: character handling is a separate matter (`UTF8Locale`).
public struct LanguageSelection: Sendable, Equatable {
    /// Where the choice came from.
    public enum Source: Sendable, Equatable {
        /// `RAPPORT_LANG`.
        case override
        /// `language` in config.toml.
        case settings
        /// One of the locale variables, by name (`LC_ALL`, `LC_MESSAGES`, `LANG`).
        case locale(String)
        /// Nothing said anything.
        case fallback
    }

    public let language: Language
    public let source: Source
    /// The value of `RAPPORT_LANG` when it was set but named no known
    /// language (it is then passed over), for a warning.
    public let ignoredOverride: String?

    /// The locale variables, in the order POSIX reads them for messages.
    public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The variable that overrides everything else.
    public static let overrideVariable = "RAPPORT_LANG"

    /// Chooses from `environment` and the `language` setting (`configured`, nil when not set).
    public init(environment: [String: String], configured: Language? = nil) {
        var ignored: String?
        if let raw = environment[Self.overrideVariable], !raw.trimmingCharactersInSpaces().isEmpty {
            if let language = Language(code: raw) {
                self.init(language: language, source: .override, ignoredOverride: nil)
                return
            }
            ignored = raw
        }
        if let configured {
            self.init(language: configured, source: .settings, ignoredOverride: ignored)
            return
        }
        for variable in Self.localeVariables {
            if let value = environment[variable], !value.isEmpty {
                self.init(language: Language(localeName: value), source: .locale(variable), ignoredOverride: ignored)
                return
            }
        }
        self.init(language: .english, source: .fallback, ignoredOverride: ignored)
    }

    init(language: Language, source: Source, ignoredOverride: String?) {
        self.language = language
        self.source = source
        self.ignoredOverride = ignoredOverride
    }
}

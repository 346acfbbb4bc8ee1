/// Speaks one language: looks messages up in that language's catalog
/// (English is the source text, used as is and whenever a translation is
/// missing) and fills in their arguments (see `MessageFormat`).
public struct Localizer: Sendable {
    public let language: Language
    let catalog: Catalog?

    public static let english = Localizer(language: .english, catalog: nil)
    public static let french = Localizer(language: .french, catalog: Catalogs.french)

    /// The localizer for `language`, with its shipped catalog.
    public static func `for`(_ language: Language) -> Localizer {
        language == .french ? french : english
    }

    /// A localizer with a catalog of one's own (for tests and new catalogs).
    public init(language: Language, catalog: Catalog?) {
        self.language = language
        self.catalog = catalog
    }

    /// The message `id` (its English text) in this language, its
    /// placeholders filled with `arguments`. `context` tells apart two
    /// messages with the same English text (`msgctxt`).
    public func text(_ id: String, context: String? = nil, _ arguments: any Sendable...) -> String {
        text(id, context: context, arguments: arguments)
    }

    /// `text` with the arguments in an array.
    public func text(_ id: String, context: String? = nil, arguments: [any Sendable]) -> String {
        let template = catalog?.translation(id, context: context) ?? id
        return MessageFormat.format(template, arguments, language: language)
    }

    /// The form of a message for `count`: English picks `singular` for 1 and
    /// `plural` otherwise; a catalog picks by its `Plural-Forms` (French: 0
    /// and 1 singular). `count` is the first argument (`%d`, or `%'d` for
    /// grouped thousands), `arguments` follow it.
    public func plural(_ singular: String, _ plural: String, _ count: Int, context: String? = nil,
                       _ arguments: any Sendable...) -> String {
        self.plural(singular, plural, count, context: context, arguments: arguments)
    }

    /// `plural` with the arguments after the count in an array.
    public func plural(_ singular: String, _ plural: String, _ count: Int, context: String? = nil,
                       arguments: [any Sendable]) -> String {
        let template = catalog?.translation(plural: singular, count: count, context: context)
            ?? (PluralRule.english.form(for: count) == 0 ? singular : plural)
        return MessageFormat.format(template, [count] + arguments, language: language)
    }

    /// A whole number the language's way (`1 204` in French).
    public func number(_ value: Int) -> String {
        NumberDisplay.text(value, in: language)
    }
}

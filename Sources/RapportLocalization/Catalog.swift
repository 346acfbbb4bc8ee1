/// The translations of one language, ready for lookup: by English text and
/// context, with the language's plural rule. Entries that are fuzzy or not
/// translated yet are left out, so their English text shows instead.
public struct Catalog: Sendable {
    public let language: Language
    public let pluralRule: PluralRule
    private let translations: [String: [String]]

    /// The lookup key of a message, as gettext forms it: the context, EOT (U+0004), the English text.
    static func key(_ id: String, context: String?) -> String {
        context.map { $0 + "\u{4}" + id } ?? id
    }

    /// The catalog for `language` from a parsed `.po` file; without a
    /// `Plural-Forms` header, the language's usual rule.
    public init(language: Language, file: POFile) {
        self.language = language
        pluralRule = file.pluralRule ?? (language == .french ? .french : .english)
        var translations: [String: [String]] = [:]
        for entry in file.entries where !entry.isFuzzy && entry.isTranslated {
            translations[Catalog.key(entry.id, context: entry.context)] = entry.strings
        }
        self.translations = translations
    }

    /// The translation of `id`; nil when the catalog has none.
    public func translation(_ id: String, context: String? = nil) -> String? {
        translations[Catalog.key(id, context: context)]?.first
    }

    /// The translation of a plural message for `count`; nil when the catalog has none.
    public func translation(plural id: String, count: Int, context: String? = nil) -> String? {
        guard let forms = translations[Catalog.key(id, context: context)] else { return nil }
        let form = pluralRule.form(for: count)
        return form < forms.count ? forms[form] : nil
    }

    /// How many messages are translated.
    public var count: Int { translations.count }
}

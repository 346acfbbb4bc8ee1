/// One message of a GNU gettext `.po` catalog: the English text (`msgid`,
/// with `msgid_plural` for counts), an optional context (`msgctxt`) that
/// tells two identical English texts apart, and the translations
/// (`msgstr`, or `msgstr[0]`, `msgstr[1]`… for plural forms).
public struct POEntry: Sendable, Equatable {
    public var context: String?
    public var id: String
    public var idPlural: String?
    /// The translation, or one per plural form; an empty string means "not translated yet".
    public var strings: [String]
    /// The `#,` flags (`fuzzy`, `c-format`…).
    public var flags: Set<String>
    /// The line of the entry's first keyword, for errors.
    public var line: Int

    public init(context: String? = nil, id: String, idPlural: String? = nil, strings: [String],
                flags: Set<String> = [], line: Int = 0) {
        self.context = context
        self.id = id
        self.idPlural = idPlural
        self.strings = strings
        self.flags = flags
        self.line = line
    }

    /// Whether a translator marked the entry as needing review; gettext does not use such entries.
    public var isFuzzy: Bool { flags.contains("fuzzy") }

    /// Whether every form has a translation.
    public var isTranslated: Bool { !strings.isEmpty && strings.allSatisfy { !$0.isEmpty } }

    /// The header entry (empty `msgid`, no context) holds the catalog's metadata.
    public var isHeader: Bool { id.isEmpty && context == nil }
}

/// A mistake in a `.po` file, with its line.
public struct POError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

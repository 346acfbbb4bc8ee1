/// A GNU gettext `.po` catalog, read from its text: comments (`#`, with
/// `#,` flags kept and `#~` obsolete entries dropped), `msgctxt`, `msgid`,
/// `msgid_plural`, `msgstr` and `msgstr[N]`, each followed by one or more
/// quoted strings that are joined (multi-line strings), with C escapes
/// (`\n`, `\t`, `\"`, `\\`, octal `\NNN`…). The header (the entry with an
/// empty `msgid`) gives the metadata, `Plural-Forms` among it. Only UTF-8
/// catalogs are read.
public struct POFile: Sendable, Equatable {
    /// The header's `Name: value` fields, in file order.
    public var header: [(name: String, value: String)]
    /// Every entry but the header, in file order.
    public var entries: [POEntry]
    /// From the `Plural-Forms` header; nil when the catalog has none.
    public var pluralRule: PluralRule?

    public init(header: [(name: String, value: String)] = [], entries: [POEntry] = [], pluralRule: PluralRule? = nil) {
        self.header = header
        self.entries = entries
        self.pluralRule = pluralRule
    }

    public static func == (lhs: POFile, rhs: POFile) -> Bool {
        lhs.entries == rhs.entries && lhs.pluralRule == rhs.pluralRule
            && lhs.header.map(\.name) == rhs.header.map(\.name) && lhs.header.map(\.value) == rhs.header.map(\.value)
    }

    /// The value of a header field, by case-insensitive name.
    public func headerValue(_ name: String) -> String? {
        header.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Reads the text of a catalog called `file` (the name is for errors).
    public static func parse(_ text: String, file: String) throws(POError) -> POFile {
        var reader = POReader(file: file)
        // CR LF is one Character: split on both.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() {
            try reader.read(line, number: index + 1)
        }
        let all = try reader.finish()
        var catalog = POFile(header: [], entries: [], pluralRule: nil)
        var seen: Set<String> = []
        for entry in all {
            if entry.isHeader {
                guard catalog.header.isEmpty else {
                    throw POError(file: file, line: entry.line, message: "a second header (empty msgid)")
                }
                catalog.header = headerFields(entry.strings.first ?? "")
                try catalog.readHeader(file: file, line: entry.line)
                continue
            }
            let key = Catalog.key(entry.id, context: entry.context)
            guard seen.insert(key).inserted else {
                throw POError(file: file, line: entry.line, message: "msgid \"\(entry.id)\" appears twice"
                              + (entry.context.map { " in context \"\($0)\"" } ?? ""))
            }
            catalog.entries.append(entry)
        }
        if let rule = catalog.pluralRule {
            for entry in catalog.entries where entry.idPlural != nil && entry.strings.count != rule.count {
                throw POError(file: file, line: entry.line,
                              message: "\(entry.strings.count) plural forms; Plural-Forms says nplurals=\(rule.count)")
            }
        }
        return catalog
    }

    private mutating func readHeader(file: String, line: Int) throws(POError) {
        if let type = headerValue("Content-Type"), let range = type.lowercased().range(of: "charset=") {
            let charset = type.lowercased()[range.upperBound...].prefix { $0 != ";" && $0 != " " }
            guard charset == "utf-8" || charset == "charset" else {
                throw POError(file: file, line: line, message: "charset \(charset): only UTF-8 catalogs are read")
            }
        }
        if let forms = headerValue("Plural-Forms") {
            do {
                pluralRule = try PluralRule(header: forms)
            } catch {
                throw POError(file: file, line: line, message: "Plural-Forms: \(error.message)")
            }
        }
    }

    /// `Name: value` lines of a header's text.
    static func headerFields(_ text: String) -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon]).trimmingCharactersInSpaces()
            let value = String(line[line.index(after: colon)...]).trimmingCharactersInSpaces()
            fields.append((name: name, value: value))
        }
        return fields
    }
}

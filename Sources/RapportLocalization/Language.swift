/// The languages Rapport speaks. English is the source language: every
/// message is written in English in the code and translated through the
/// catalogs. The raw value is the code used by `RAPPORT_LANG` and the
/// `language` setting.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case french = "fr"

    /// The language named by a code such as `fr`, `EN`, `fr_FR.UTF-8` or
    /// `en-GB`; nil when it names neither French nor English.
    public init?(code: String) {
        guard let language = Language.languagePart(of: code) else { return nil }
        switch language {
        case "fr", "fra", "fre", "french", "francais", "français": self = .french
        case "en", "eng", "english": self = .english
        default: return nil
        }
    }

    /// The language a POSIX locale name selects: French for `fr`, `fr_FR`,
    /// `fr_CA.UTF-8`, `fr_BE@euro`, `french`…; English for anything else
    /// (`C`, `POSIX`, `C.UTF-8`, `en_US.UTF-8`, `de_DE`, an empty value).
    public init(localeName: String) {
        self = Language(code: localeName) == .french ? .french : .english
    }

    /// The part of a locale or language code before `_`, `-`, `.` or `@`, in lower case.
    static func languagePart(of code: String) -> String? {
        let trimmed = code.trimmingCharactersInSpaces()
        let part = trimmed.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }
        return part.isEmpty ? nil : part.lowercased()
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingCharactersInSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}

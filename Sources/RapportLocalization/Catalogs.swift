/// The catalogs built into the program (`EmbeddedCatalogs`, generated from
/// `Localization/LANG/*.po`: one file per part of the program, so that
/// people translating different parts never edit the same file), read once
/// on first use. A catalog that cannot be read leaves its language in
/// English; `CatalogTests` make sure the shipped ones read.
public enum Catalogs {
    public static let french: Catalog? = load(.french)

    /// The `.po` files shipped for `language`, merged into one: their
    /// entries in file-name order. The same message in two files is kept
    /// once when both say the same; two different translations of one
    /// message (same text, same context) are an error. Every file's
    /// `Plural-Forms` must agree.
    public static func file(_ language: Language) throws(POError) -> POFile? {
        let prefix = language.rawValue + "/"
        let names = EmbeddedCatalogs.files.keys.filter { $0.hasPrefix(prefix) }.sorted()
        guard !names.isEmpty else { return nil }
        var merged = POFile()
        var seen: [String: (entry: POEntry, file: String)] = [:]
        for name in names {
            let path = "Localization/\(name).po"
            let part = try POFile.parse(EmbeddedCatalogs.files[name] ?? "", file: path)
            if merged.header.isEmpty { merged.header = part.header }
            if let rule = part.pluralRule {
                if let known = merged.pluralRule, known != rule {
                    throw POError(file: path, line: 1, message: "Plural-Forms differs from the other files of \(language.rawValue)")
                }
                merged.pluralRule = rule
            }
            for entry in part.entries {
                let key = Catalog.key(entry.id, context: entry.context)
                if let earlier = seen[key] {
                    guard earlier.entry.strings == entry.strings, earlier.entry.idPlural == entry.idPlural else {
                        throw POError(file: path, line: entry.line,
                                      message: "msgid \"\(entry.id)\" is translated differently in \(earlier.file)"
                                          + (entry.context.map { " (context \"\($0)\")" } ?? "")
                                          + "; give one of them a msgctxt")
                    }
                    continue
                }
                seen[key] = (entry, path)
                merged.entries.append(entry)
            }
        }
        return merged
    }

    private static func load(_ language: Language) -> Catalog? {
        guard let file = try? file(language) else { return nil }
        return Catalog(language: language, file: file)
    }
}

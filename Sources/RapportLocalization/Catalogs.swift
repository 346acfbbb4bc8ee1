/// The catalogs built into the program (`EmbeddedCatalogs`, generated from
/// `Localization/*.po`), read once on first use. A catalog that cannot be
/// read leaves its language in English; `CatalogTests` make sure the shipped
/// ones read.
public enum Catalogs {
    public static let french: Catalog? = load(.french)

    /// The parsed `.po` file shipped for `language`.
    public static func file(_ language: Language) throws(POError) -> POFile? {
        guard let text = EmbeddedCatalogs.files[language.rawValue] else { return nil }
        return try POFile.parse(text, file: "Localization/\(language.rawValue).po")
    }

    private static func load(_ language: Language) -> Catalog? {
        guard let file = try? file(language) else { return nil }
        return Catalog(language: language, file: file)
    }
}

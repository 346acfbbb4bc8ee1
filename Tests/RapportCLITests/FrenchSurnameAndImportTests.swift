import Foundation
import GRDB
import Testing

/// Issue 12 on the command line: a spreadsheet from French Excel (`;`,
/// byte order mark, CR LF, accents, French headings) imports with its
/// structured names, the report names every column not used, in French,
/// and lists sort by surname (`--sort surname`, `sort` in config.toml, the
/// default in French).
struct FrenchSurnameAndImportTests {
    let sandbox = Sandbox()
    static let french = ["LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"]

    private func rapport(_ arguments: String..., env: [String: String] = [:]) throws -> CLIResult {
        try sandbox.run(arguments + ["--db", sandbox.db], env: env)
    }

    /// The names in a text list, in the order printed.
    private func order(_ result: CLIResult, of names: [String]) -> [String] {
        names.compactMap { name in result.stdout.range(of: name).map { (name, $0.lowerBound) } }
            .sorted { $0.1 < $1.1 }.map(\.0)
    }

    static let names = ["Jean de La Fontaine", "Yann Le Goff", "Jean d’Ormesson", "Zoé Œuvray"]

    @Test func aFrenchExcelFileImportsWithItsStructuredNamesAndAFrenchReport() throws {
        try sandbox.copyFixture("excel-fr.csv")
        let result = try rapport("import", "excel-fr.csv", env: Self.french)
        #expect(result.succeeded, "\(result)")
        let notice = result.stderrLines.filter { $0.contains("excel-fr.csv:1:") }
        #expect(notice.count == 1, "one line: \(result)")
        #expect(notice.first?.hasSuffix("colonnes non importées : Anniversaire, Fax, Région (utilisez --map COLONNE=CHAMP)") == true,
                "\(result)")
        let people = try sandbox.people()
        #expect(people.map(\.name).sorted() == Self.names.sorted())
        let zoe = try #require(people.first { $0.name == "Zoé Œuvray" })
        #expect(zoe.outlet == "Libération" && zoe.title == "Rédactrice en chef")
        #expect(zoe.notes == "Très réactive.\nPréfère le matin ; jamais le lundi.")
        #expect(zoe.handles == ["email zoe@liberation.example []"])
        let jean = try #require(people.first { $0.name == "Jean de La Fontaine" })
        #expect(jean.tags == ["Fables", "Livres"])
        #expect(jean.handles.count == 3)
        let parts = try sandbox.read { db in
            try Row.fetchAll(db, sql: "SELECT name, family_name, given_name FROM contact ORDER BY id").map {
                "\($0["name"] as String)|\($0["family_name"] as String? ?? "-")|\($0["given_name"] as String? ?? "-")"
            }
        }
        #expect(parts == ["Jean de La Fontaine|de La Fontaine|Jean", "Yann Le Goff|Le Goff|Yann", "Jean d’Ormesson|d’Ormesson|Jean",
                          "Zoé Œuvray|Œuvray|Zoé"])
        // The same report in English.
        let again = Sandbox()
        _ = try again.copyFixture("excel-fr.csv")
        let english = try again.rapport("import", "excel-fr.csv")
        #expect(english.warnings.contains("warning: excel-fr.csv:1: columns not imported: Anniversaire, Fax, Région (use --map COLUMN=FIELD)"),
                "\(english)")
    }

    @Test func listsSortBySurnameWhenAskedInConfigOrInFrench() throws {
        try sandbox.copyFixture("excel-fr.csv")
        #expect(try rapport("import", "excel-fr.csv").succeeded)
        let bySurname = ["Jean de La Fontaine", "Yann Le Goff", "Zoé Œuvray", "Jean d’Ormesson"]
        let byName = ["Jean de La Fontaine", "Jean d’Ormesson", "Yann Le Goff", "Zoé Œuvray"]  // ’ sorts after letters
        #expect(order(try rapport("list", "--sort", "surname"), of: Self.names) == bySurname)
        #expect(order(try rapport("list"), of: Self.names) == byName, "English: by name")
        #expect(order(try rapport("list", env: Self.french), of: Self.names) == bySurname, "French: by surname")
        #expect(order(try rapport("list", "--sort", "name", env: Self.french), of: Self.names) == byName)
        // JSON keeps one order whatever the language; the structured name is in it.
        let json = try rapport("list", "--json", env: Self.french)
        #expect(order(json, of: Self.names) == byName)
        let show = try rapport("show", "--json", "Le Goff")
        #expect(show.stdout.contains("\"familyName\":\"Le Goff\"") || show.stdout.contains("\"familyName\" : \"Le Goff\""), "\(show)")
        // sort = "surname" in config.toml, in English.
        try FileManager.default.createDirectory(atPath: sandbox.configHome + "/rapport", withIntermediateDirectories: true)
        try "sort = \"surname\"\n".write(toFile: sandbox.configHome + "/rapport/config.toml", atomically: true, encoding: .utf8)
        #expect(order(try rapport("list"), of: Self.names) == bySurname)
        try "sort = \"warmest\"\n".write(toFile: sandbox.configHome + "/rapport/config.toml", atomically: true, encoding: .utf8)
        let refused = try rapport("list")
        #expect(!refused.succeeded)
        #expect(refused.stderr.contains("'sort' must be one of \"name\", \"last\", \"warmth\", \"due\", \"surname\""), "\(refused)")
    }

    @Test func anExportCarriesTheStructuredNameBackIn() throws {
        try sandbox.copyFixture("excel-fr.csv")
        #expect(try rapport("import", "excel-fr.csv").succeeded)
        let export = try rapport("export", "--format", "json", "--output", sandbox.path("all.json"))
        #expect(export.succeeded, "\(export)")
        let text = try String(contentsOfFile: sandbox.path("all.json"), encoding: .utf8)
        #expect(text.contains("\"familyName\":\"de La Fontaine\",\"givenName\":\"Jean\""))
        let copy = sandbox.path("copy.sqlite")
        let imported = try sandbox.run(["import", sandbox.path("all.json"), "--db", copy])
        #expect(imported.succeeded, "\(imported)")
        let parts = try sandbox.read(copy) { db in
            try String.fetchAll(db, sql: "SELECT family_name FROM contact WHERE family_name IS NOT NULL ORDER BY id")
        }
        #expect(parts == ["de La Fontaine", "Le Goff", "d’Ormesson", "Œuvray"])
    }
}

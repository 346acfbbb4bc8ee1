import Foundation
import Testing

/// Accented text through the command line whatever the locale says: `C`,
/// a French locale that is not installed here, `LC_ALL` over `LANG`. The
/// command switches to a UTF-8 locale (C.UTF-8) and, since one exists,
/// says nothing about it.
struct LocaleTests {
    let sandbox = Sandbox()

    static let locales: [[String: String]] = [
        ["LANG": "C"], ["LANG": "fr_FR.UTF-8"], ["LC_ALL": "C", "LANG": "C.UTF-8"], ["LC_ALL": "fr_FR.UTF-8"],
        ["LC_CTYPE": "C", "LANG": "fr_FR.UTF-8"], ["LANG": "POSIX"],
    ]

    func run(_ arguments: [String], locale: [String: String]) throws -> CLIResult {
        try sandbox.run(arguments + ["--db", sandbox.db], env: locale, unset: ["LANG", "LC_ALL"].filter { locale[$0] == nil })
    }

    @Test(arguments: locales)
    func accentedNamesGoInAndComeOutWhole(locale: [String: String]) throws {
        let added = try run(["add", "Ana Lefèvre", "--outlet", "Télérama", "--tag", "énergie"], locale: locale)
        expectSuccess(added)
        #expect(added.stderr.isEmpty, "\(locale): \(added)")
        try sandbox.add("Bo Li", "--outlet", "AFP")
        try sandbox.log("lefevre", "Café à l'Élysée ☕", "--channel", "meeting")

        let list = try run(["list"], locale: locale)
        expectSuccess(list)
        #expect(list.stderr.isEmpty, "\(locale): \(list)")
        let ana = try #require(list.stdoutLines.first { $0.contains("Ana Lefèvre") }, "\(locale): \(list)")
        let bo = try #require(list.stdoutLines.first { $0.contains("Bo Li") })
        // The columns line up by display width: no letter counted as zero or two columns.
        #expect(Array(ana).firstIndex(of: "T") == Array(bo).firstIndex(of: "A"), "\(locale)\n\(ana)\n\(bo)")

        let show = try run(["show", "lefevre"], locale: locale)
        expectSuccess(show)
        for text in ["Ana Lefèvre", "Télérama", "énergie", "Café à l'Élysée ☕"] {
            #expect(show.stdout.contains(text), "\(locale): \(text)\n\(show)")
        }
        let search = try run(["search", "élysée", "--json"], locale: locale)
        expectSuccess(search)
        #expect(search.stdout.contains("Ana Lefèvre"), "\(locale): \(search)")
    }
}

import Foundation
import Testing

/// The command line in both languages (issue 12): scripts see the same
/// JSON whatever the locale; English stays what it always was under
/// `en_US.UTF-8` and `C.UTF-8`; counts take the right plural in each.
struct LanguageOutputTests {
    let sandbox = Sandbox()

    static let french = ["LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"]
    static let english = ["LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"]
    static let c = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    func run(_ arguments: [String], _ env: [String: String]) throws -> CLIResult {
        try sandbox.run(arguments + ["--db", sandbox.db], today: "2026-11-26", env: env)
    }

    func makeData() throws {
        try sandbox.add("Éloïse Martin", "--outlet", "Le Monde", "--email", "eloise@lemonde.example", "--tag", "culture")
        try sandbox.add("Jules Garnier", "--outlet", "Libération")
        try sandbox.log("Éloïse", "Café à l'Élysée", "--channel", "meeting", "--date", "-3d",
                        "--follow-up-on", "+5d", "--follow-up", "envoyer les chiffres", "--project", "Lancement Atlas")
        expectSuccess(try run(["coverage", "add", "Éloïse", "--title", "Portrait", "--exchange", "1"], Self.c))
    }

    static let jsonCommands: [[String]] = [
        ["list", "--json"], ["show", "Éloïse", "--json"], ["review", "--json"], ["search", "élysée", "--json"],
        ["coverage", "list", "--json"], ["project", "list", "--json"], ["exchange", "show", "1", "--json"],
    ]

    @Test func jsonIsTheSameBytesInFrenchAndEnglish() throws {
        try makeData()
        for arguments in Self.jsonCommands {
            let french = try run(arguments, Self.french)
            let english = try run(arguments, Self.english)
            expectSuccess(french)
            #expect(french.stdout == english.stdout, "\(arguments)\n\(french)\n\(english)")
            #expect(french.stdout == (try run(arguments, Self.c)).stdout, "\(arguments)")
        }
        let export = try run(["export", "--format", "json"], Self.french)
        #expect(export.stdout == (try run(["export", "--format", "json"], Self.c)).stdout)
    }

    /// The English text output, exactly as before issue 12, under both English locales.
    @Test func englishIsUnchangedUnderEnUSAndC() throws {
        for env in [Self.english, Self.c] {
            let added = try run(["add", "Éloïse Martin", "--outlet", "Le Monde"], env)
            #expect(added.stdout == "Added #1 Éloïse Martin (Le Monde)\n", "\(added)")
            let logged = try run(["log", "1", "--summary", "Café", "--channel", "phone", "--date", "2026-11-20"], env)
            #expect(logged.stdout == "Logged exchange #1 with Éloïse Martin (2026-11-20, phone →)\n", "\(logged)")
            let snoozed = try run(["snooze", "1", "2026-12-24"], env)
            #expect(snoozed.stdout == "Snoozed #1 Éloïse Martin until 2026-12-24\n", "\(snoozed)")
            let list = try run(["list"], env)
            #expect(list.stdoutLines.first?.split(separator: " ") == ["ID", "NAME", "OUTLET", "ROLE", "TIER", "LAST", "WARMTH"], "\(list)")
            #expect(list.stdout.contains("journalist  B"), "\(list)")
            let show = try run(["show", "1"], env)
            for line in ["  Journalist — Le Monde", "  Stage new, tier B, cadence 60 days", "  Snoozed until 2026-12-24",
                         "Exchanges (1)", "  2026-11-20  phone →  Café"] {
                #expect(show.stdoutLines.contains(line), "\(line)\n\(show)")
            }
            let refused = try run(["log", "1", "--summary", "x", "--date", "32/13/2026"], env)
            #expect(refused.stderr.hasPrefix("rapport: --date: cannot read the date '32/13/2026' (expected "), "\(refused)")
            let help = try sandbox.run(["log", "--help"], env: env)
            #expect(help.stdout.contains("OVERVIEW: Log an exchange with a contact."), "\(help)")
            #expect(help.stdout.contains("What was said, in one line."), "\(help)")
            for french in ["Échange", "à relancer", "jours", "Consigner", " : ", "NOM"] {
                #expect(!(added.stdout + logged.stdout + list.stdout + show.stdout + help.stdout).contains(french), "\(french)")
            }
            try? FileManager.default.removeItem(atPath: sandbox.db)
        }
    }

    /// The same outputs in French: the words, the dates and the plurals.
    @Test func frenchTextUsesFrenchDatesAndPlurals() throws {
        let added = try run(["add", "Éloïse Martin", "--outlet", "Le Monde", "--cadence", "1"], Self.french)
        #expect(added.stdout == "Contact ajouté : #1 Éloïse Martin (Le Monde)\n", "\(added)")
        let logged = try run(["log", "1", "--summary", "Café", "--channel", "phone", "--date", "20/11/2026"], Self.french)
        #expect(logged.stdout == "Échange #1 consigné avec Éloïse Martin (20/11/2026, téléphone →)\n", "\(logged)")
        let show = try run(["show", "1"], Self.french)
        #expect(show.stdoutLines.contains("  Stade nouvelle, niveau B, cadence 1 jour (personnalisée)"), "\(show)")
        // Today is Sandbox.defaultToday; the exchange is days ago: several days, past a one-day cadence.
        #expect(show.stdout.contains(" jours depuis le dernier échange, cadence 1"), "\(show)")
        #expect(show.stdoutLines.contains("  20/11/2026  téléphone →  Café"), "\(show)")

        let one = try run(["export", "--format", "csv", "--output", sandbox.path("un.csv")], Self.french)
        #expect(one.stdout.hasPrefix("1 contact exporté dans "), "\(one)")
        let backupOne = try run(["backup", sandbox.path("un.sqlite")], Self.french)
        #expect(backupOne.stdout.hasPrefix("Sauvegarde faite : 1 contact et 1 échange dans "), "\(backupOne)")
        try sandbox.add("Jules Garnier")
        try sandbox.log("Jules", "Appel")
        let two = try run(["export", "--format", "csv", "--output", sandbox.path("deux.csv")], Self.french)
        #expect(two.stdout.hasPrefix("2 contacts exportés dans "), "\(two)")
        let backupTwo = try run(["backup", sandbox.path("deux.sqlite")], Self.french)
        #expect(backupTwo.stdout.hasPrefix("Sauvegarde faite : 2 contacts et 2 échanges dans "), "\(backupTwo)")
        let englishOne = try run(["export", "--format", "csv", "--output", sandbox.path("en.csv"), "--contact", "Jules"], Self.c)
        #expect(englishOne.stdout.hasPrefix("Exported 1 contact to "), "\(englishOne)")
        let englishTwo = try run(["backup", sandbox.path("en.sqlite")], Self.c)
        #expect(englishTwo.stdout.hasPrefix("Backed up 2 contacts and 2 exchanges to "), "\(englishTwo)")

        let refused = try run(["log", "1", "--summary", "x", "--date", "32/13/2026"], Self.french)
        #expect(refused.stderr.hasPrefix("rapport: --date : date illisible « 32/13/2026 » (formes reconnues : JJ/MM/AAAA"), "\(refused)")
        #expect(refused.exitCode == 64)
    }
}

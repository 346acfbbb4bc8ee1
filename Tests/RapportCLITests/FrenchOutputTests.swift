import Foundation
import LeakCheck
import Testing

/// Issue 12 on the command line: under `LANG=fr_FR.UTF-8` every command's
/// text output, its errors and its `--help` are French (the leak test);
/// JSON is the same bytes in both languages; English output does not
/// change under `en_US.UTF-8` or `C.UTF-8`; counts take the right plural.
struct FrenchOutputTests {
    let sandbox = Sandbox()

    static let french = ["LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"]
    static let today = "2026-11-26"

    /// The user data the tests put in the database: shown as it was typed.
    static let userData = [
        "Éloïse Martin", "Le Monde", "Jules Garnier", "Libération", "Café à l’Élysée", "Café à l'Élysée",
        "envoyer les chiffres", "Portrait de la fondatrice", "Lancement Atlas", "culture", "eloise@lemonde.example",
        "jules@liberation.example", "cheffe de rubrique", "rencontrée au salon", "Agnès Roux",
    ]

    /// Runs rapport in French on the sandbox database.
    func fr(_ arguments: String...) throws -> CLIResult {
        try sandbox.run(arguments + ["--db", sandbox.db], today: Self.today, env: Self.french)
    }

    /// The English words of a French output, user data and pending phrases aside.
    static func leaks(_ text: String, allowing extra: [String] = []) -> [String] {
        var text = text
        // File paths are the test's temporary folder (a UUID may hold `be`, `de`…), not Rapport's text.
        text = text.replacing(#/\/[^\s«»"'’]+/#, with: " ")
        // Option names (`--follow-up-on`) and the values they take stay English by design.
        text = text.replacing(#/--[a-z][a-z-]*/#, with: " ")
        // So do command names: `voir rapport exchange edit --help`, `snooze : …`.
        text = text.replacing(#/\brapport( (team|coverage|exchange|project))? [a-z-]+/#, with: " ")
            .replacing(#/^rapport: snooze :/#.anchorsMatchLineEndings(), with: " ")
        return EnglishWords.found(in: text, allowing: userData + extra)
    }

    /// Éloïse (Le Monde) with an exchange, a follow-up, coverage and a
    /// project; Jules (Libération) never contacted, so due.
    func makeData() throws {
        let env = Self.french
        for arguments in [
            ["add", "Éloïse Martin", "--outlet", "Le Monde", "--title", "cheffe de rubrique", "--email", "eloise@lemonde.example",
             "--tag", "culture", "--how-met", "rencontrée au salon", "--tier", "A"],
            ["add", "Jules Garnier", "--outlet", "Libération", "--email", "jules@liberation.example"],
            ["log", "Éloïse", "--summary", "Café à l'Élysée", "--channel", "meeting", "--date", "hier", "--intent", "gave",
             "--follow-up-on", "+2s", "--follow-up", "envoyer les chiffres", "--project", "Lancement Atlas", "--rating", "4"],
            ["coverage", "add", "Éloïse", "--title", "Portrait de la fondatrice", "--exchange", "1", "--project", "Lancement Atlas"],
        ] {
            let result = try sandbox.run(arguments + ["--db", sandbox.db], today: Self.today, env: env)
            try #require(result.succeeded, "\(result)")
            #expect(Self.leaks(result.stdout + result.stderr).isEmpty, "\(Self.leaks(result.stdout + result.stderr))\n\(result)")
        }
    }

    @Test func everyCommandsTextOutputIsFrench() throws {
        try makeData()
        let vcf = sandbox.path("import.vcf")
        try "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Agnès Roux\r\nORG:Le Monde\r\nEND:VCARD\r\n".write(toFile: vcf, atomically: true, encoding: .utf8)
        let runs: [[String]] = [
            ["list"], ["list", "--include-archived", "--sort", "due"], ["show", "Éloïse"], ["show", "Jules"], ["review"],
            ["search", "élysée"], ["search", "zzzz"], ["exchange", "show", "1"],
            ["exchange", "edit", "1", "--rating", "5"], ["edit", "Jules", "--tier", "C"],
            ["snooze", "Jules", "30"], ["snooze", "Jules", "off"], ["archive", "Jules"], ["unarchive", "Jules"],
            ["coverage", "list"], ["coverage", "list", "--project", "Lancement Atlas"], ["coverage", "edit", "1", "--note", "une note"],
            ["project", "list"],
            ["report", "--format", "markdown", "--output", sandbox.path("bilan.md")],
            ["export", "--format", "csv", "--output", sandbox.path("contacts.csv")],
            ["import", vcf, "--dry-run"], ["import", vcf],
            ["backup", sandbox.path("copie.sqlite")],
            ["mutt-query", "eloise"], ["mutt-query", "zzzz"],
        ]
        for arguments in runs {
            let result = try sandbox.run(arguments + ["--db", sandbox.db], today: Self.today, env: Self.french)
            #expect(!result.timedOut && result.signal == nil, "\(result)")
            #expect(!result.stdout.isEmpty, "\(result)")
            let found = Self.leaks(result.stdout + result.stderr)
            #expect(found.isEmpty, "English in French output: \(found)\n\(result)")
        }
    }

    @Test func refusalsAreFrench() throws {
        try makeData()
        let refusals: [[String]] = [
            ["log", "Éloïse", "--summary", "x", "--date", "32/13/2026"],
            ["log", "Personne Inconnue", "--summary", "x"],
            ["log", "Éloïse", "--summary", "x", "--rating", "9"],
            ["snooze", "Éloïse", "5000"], ["snooze", "Éloïse", "hier"],
            ["edit", "Éloïse"], ["edit", "Éloïse", "--cadence", "beaucoup"],
            ["exchange", "show", "abc"], ["exchange", "show", "999"], ["exchange", "delete", "1"],
            ["exchange", "edit", "1"], ["coverage", "delete", "1"],
            ["list", "--project", "Lancemant Atlas"], ["list", "--owner", "moi"],
            ["report", "--since", "26/11/2026", "--until", "01/11/2026"],
            ["export", "--format", "csv", "--delimiter", "|"], ["export", "--output", sandbox.db, "--format", "csv"],
            ["restore", sandbox.path("absent.sqlite")], ["import", sandbox.path("absent.vcf"), "--map", "X"],
            ["forget", "Jules"],
        ]
        for arguments in refusals {
            let result = try sandbox.run(arguments + ["--db", sandbox.db], today: Self.today, env: Self.french)
            #expect(!result.succeeded, "\(result)")
            #expect(!result.stderr.isEmpty, "\(result)")
            let found = Self.leaks(result.stdout + result.stderr, allowing: ["moi", "beaucoup", "Personne Inconnue"])
            #expect(found.isEmpty, "English in a French refusal: \(found)\n\(result)")
        }
    }

    /// Every command and subcommand's `--help`, in French; argument-parser's
    /// own words (USAGE:, OPTIONS:, "Show help information.") stay English.
    @Test func everyHelpIsFrench() throws {
        for command in Self.commands {
            let result = try sandbox.run(command + ["--help"], env: Self.french)
            try #require(result.succeeded, "\(result)")
            let found = Self.leaks(Self.rapportsOwnHelp(result.stdout), allowing: Self.optionValues)
            #expect(found.isEmpty, "English in `rapport \(command.joined(separator: " ")) --help`: \(found)\n\(result.stdout)")
        }
    }

    /// The help text Rapport writes: the usage lines, placeholders,
    /// defaults and argument-parser's own lines taken out.
    static func rapportsOwnHelp(_ help: String) -> String {
        var kept: [String] = []
        var inUsage = false, inSubcommands = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("USAGE:") { inUsage = true; continue }
            if inUsage { if line.trimmingCharacters(in: .whitespaces).isEmpty { inUsage = false }; continue }
            if line.hasPrefix("SUBCOMMANDS:") { inSubcommands = true; continue }
            if ["OPTIONS:", "ARGUMENTS:", "FLAGS:", "OVERVIEW:"].contains(where: line.hasPrefix) { inSubcommands = false }
            var text = line.replacingOccurrences(of: "OVERVIEW:", with: "")
            for own in ["Show help information.", "Show the version.", "See 'rapport help <subcommand>' for detailed help.",
                        "for detailed help."] {
                text = text.replacingOccurrences(of: own, with: "")
            }
            if inSubcommands { text = text.replacing(#/^\s+[a-z-]+( \(default\))?/#, with: "") }
            text = text.replacing(#/<[^>]*>/#, with: " ").replacing(#/\(default: [^)]*\)/#, with: " ")
            text = text.replacing(#/\brapport( (team|coverage|exchange|project))? [a-z-]+/#, with: " ")
                .replacingOccurrences(of: "rapport_member", with: " ")  // a PostgreSQL role's name
            kept.append(text)
        }
        return kept.joined(separator: "\n")
    }

    static let commands: [[String]] = [
        [], ["tui"], ["add"], ["edit"], ["log"], ["list"], ["show"], ["search"], ["review"],
        ["exchange"], ["exchange", "show"], ["exchange", "edit"], ["exchange", "delete"],
        ["snooze"], ["archive"], ["unarchive"], ["forget"], ["demo"], ["import"], ["export"], ["backup"], ["restore"],
        ["mutt-query"], ["team"], ["team", "init"], ["team", "add"], ["team", "remove"], ["team", "list"], ["copy"],
        ["coverage"], ["coverage", "add"], ["coverage", "list"], ["coverage", "edit"], ["coverage", "delete"],
        ["report"], ["project"], ["project", "list"],
    ]

    /// Values options take, quoted in the help as typed (never translated),
    /// and the command names the help refers to.
    static let optionValues = [
        "journalist", "blogger", "expert", "influencer", "partner", "provider", "other", "twitter", "twitter-dm", "mastodon",
        "bluesky", "email", "phone", "meeting", "event", "out", "in", "gave", "asked", "chat", "new", "acquainted", "engaged",
        "trusted", "ally", "name", "last", "warmth", "due", "none", "off", "default", "true", "false", "me", "skip", "merge",
        "create", "first-name", "last-name", "outlet", "title", "role", "linkedin", "website", "other-handles", "tags", "notes",
        "tier", "stage", "how-met", "cadence", "do-not-contact", "ignore", "log", "show", "add", "list", "query",
        "query_command", "address-book-cmd", "light", "high-contrast", "monochrome", "CREATE", "ROLE", "LOGIN",
        "exchange", "coverage", "project", "team", "when",
    ]
}

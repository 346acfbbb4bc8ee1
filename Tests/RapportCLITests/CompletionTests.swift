import Foundation
import GRDB
import RapportCore
import Testing

/// Shell completion: the generated bash, zsh and fish scripts offer every
/// enumerated value, and contact arguments are completed from the database
/// through the real binary's custom completion entry point
/// (`rapport ---completion SUBCOMMAND -- ARGUMENT INDEX CURSOR WORDS…`),
/// the very call the scripts make at tab time.
struct CompletionTests {
    let sandbox = Sandbox()

    /// Asks for the candidates of `edit CONTACT` with `typed` under the cursor,
    /// the way the bash script does (`extra` words follow the contact word).
    func contactCandidates(_ typed: String, command: String = "edit", extra: [String] = [],
                           env: [String: String] = [:]) throws -> CLIResult {
        let words = ["rapport", command, typed] + extra
        return try sandbox.run(["---completion", command, "--", "positional@0", "2", String(typed.count)] + words, env: env)
    }

    @Test func contactArgumentsListMatchingNamesFromTheDatabase() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde")
        try sandbox.add("Camille Martin")
        try sandbox.add("Paul Durand")
        try sandbox.add("Élodie Camus")
        let result = try contactCandidates("Cam", extra: ["--db", sandbox.db])
        expectSuccess(result)
        // Names starting with the word first, then names with a later word starting with it.
        #expect(result.stdoutLines == ["Camille Lefèvre", "Camille Martin", "Élodie Camus"])
        // Case and accents are ignored; the word may be quoted as typed.
        #expect(try contactCandidates("\"elo", extra: ["--db", sandbox.db]).stdoutLines == ["Élodie Camus"])
        #expect(try contactCandidates("LEF", extra: ["--db", sandbox.db]).stdoutLines == ["Camille Lefèvre"])
        // Digits complete ids.
        #expect(try contactCandidates("3", extra: ["--db", sandbox.db]).stdoutLines == ["3"])
        #expect(try contactCandidates("zorglub", extra: ["--db", sandbox.db]).stdoutLines.isEmpty)
    }

    @Test func everyContactArgumentAndTheExportOptionComplete() throws {
        try sandbox.add("Camille Lefèvre")
        for command in ["edit", "log", "show", "snooze", "archive", "unarchive", "forget"] {
            let result = try contactCandidates("Ca", command: command, extra: ["--db", sandbox.db])
            #expect(result.stdoutLines == ["Camille Lefèvre"], "\(result)")
        }
        let words = ["rapport", "export", "--db=\(sandbox.db)", "--contact", "ca"]
        let export = try sandbox.run(["---completion", "export", "--", "--contact", "4", "2"] + words)
        #expect(export.stdoutLines == ["Camille Lefèvre"], "\(export)")
    }

    @Test func theDatabaseComesFromRapportDBWithoutDb() throws {
        try sandbox.add("Camille Lefèvre")
        let result = try contactCandidates("cam", env: ["RAPPORT_DB": sandbox.db])
        #expect(result.stdoutLines == ["Camille Lefèvre"], "\(result)")
        // The default file under XDG_DATA_HOME when neither is given.
        let fallback = try contactCandidates("cam")
        #expect(fallback.succeeded && fallback.stdoutLines.isEmpty, "\(fallback)")
        expectSuccess(try sandbox.run(["add", "Camille Martin"]))  // no --db: the default file
        #expect(try contactCandidates("cam").stdoutLines == ["Camille Martin"])
        // --db wins over RAPPORT_DB.
        #expect(try contactCandidates("cam", extra: ["--db", sandbox.db], env: ["RAPPORT_DB": sandbox.dataHome + "/rapport/rapport.sqlite"])
            .stdoutLines == ["Camille Lefèvre"])
    }

    @Test func atMostFiftyCandidates() throws {
        expectSuccess(try sandbox.rapport("demo", "--contacts", "80", "--exchanges", "0"))
        let result = try contactCandidates("", extra: ["--db", sandbox.db])
        expectSuccess(result)
        #expect(result.stdoutLines.count == 50, "\(result)")
    }

    @Test func noDatabaseOrABadOneGivesNothingQuietlyAndCreatesNothing() throws {
        let missing = sandbox.path("none/rapport.sqlite")
        let result = try contactCandidates("cam", extra: ["--db", missing])
        expectSuccess(result)
        #expect(result.stdoutLines.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("none")))
        #expect(!FileManager.default.fileExists(atPath: sandbox.dataHome), "the default location was created")

        let junk = sandbox.path("junk.sqlite")
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: junk))
        let bad = try contactCandidates("cam", extra: ["--db", junk])
        expectSuccess(bad)
        #expect(bad.stdoutLines.isEmpty)
    }

    @Test func completingChangesNoByteOfTheDatabase() throws {
        try sandbox.add("Camille Lefèvre")
        let before = try Data(contentsOf: URL(fileURLWithPath: sandbox.db))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).sorted()
        #expect(try contactCandidates("cam", extra: ["--db", sandbox.db]).stdoutLines == ["Camille Lefèvre"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.db)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).sorted() == siblings)
    }

    @Test func aNameATerminalCannotShowIsNotOffered() throws {
        try sandbox.add("Camille Lefèvre")
        let queue = try DatabaseQueue(path: sandbox.db)
        try queue.write { db in
            try db.execute(sql: "UPDATE contact SET name = ? WHERE id = 1", arguments: ["Camille\u{1B}[31mRed"])
        }
        try queue.close()
        #expect(try contactCandidates("cam", extra: ["--db", sandbox.db]).stdoutLines.isEmpty)
    }

    @Test func zshGetsColonsEscapedForDescribe() throws {
        try sandbox.add("Radio: Camille Martin")
        let plain = try contactCandidates("rad", extra: ["--db", sandbox.db])
        #expect(plain.stdoutLines == ["Radio: Camille Martin"], "\(plain)")
        // The zsh script sets SAP_SHELL=zsh; ArgumentParser adds a last " " line it removes.
        let zsh = try contactCandidates("rad", extra: ["--db", sandbox.db], env: ["SAP_SHELL": "zsh"])
        #expect(zsh.stdout == "Radio\\: Camille Martin\n \n", "\(zsh)")
    }

    /// Every fixed vocabulary a command line takes, in declaration order.
    static let vocabularies: [[String]] = [
        Role.allNames, Channel.allNames, Direction.allNames, Intent.allNames, Tier.allNames, Stage.allNames,
        ["name", "last", "warmth", "due", "surname"],  // list --sort
        ["vcard", "csv", "json"],  // import/export --format
        ["skip", "merge", "create"],  // import --on-duplicate
        [",", ";"],  // export --delimiter
        ["1", "2", "3", "4", "5"], ["1", "2", "3", "4", "5", "none"],  // ratings
        ["true", "false"],  // edit --do-not-contact
    ]

    /// How a list of values is written in each shell's script.
    static func written(_ values: [String], for shell: String) -> String {
        switch shell {
        case "bash": return "-W '" + values.joined(separator: "'$'\\n''") + "'"
        case "zsh": return "=(" + values.map { "'\($0)'" }.joined(separator: " ") + ")"
        default: return "-rfka '" + values.joined(separator: " ") + "'"
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func generatedScriptsOfferEveryEnumeratedValue(shell: String) throws {
        let result = try sandbox.run(["--generate-completion-script", shell])
        expectSuccess(result)
        let script = result.stdout
        for values in Self.vocabularies {
            #expect(script.contains(Self.written(values, for: shell)), "\(shell) script lacks \(values)")
        }
        // Contact arguments call back into rapport.
        #expect(script.contains("---completion edit -- positional@0"), "\(shell) script does not complete contacts")
        #expect(script.contains("---completion export -- --contact"))
    }
}

import Foundation
import Testing

/// A name can come from anywhere (an import, a paste): escape sequences in
/// it must never reach the terminal, on stdout or stderr.
struct TerminalSafetyTests {
    let sandbox = Sandbox()

    /// Sets the terminal title, then clears the screen.
    static let hostile = "Evil\u{1B}]0;pwned\u{07}Name\u{1B}[2J"

    init() throws {
        try sandbox.add(Self.hostile, "--outlet", "Bad\u{1B}[31mOutlet", "--email", "evil@example.org", "--tag", "t\u{1B}[1mag",
                        today: "2026-01-01")
        try sandbox.add("Evil Twin", today: "2026-01-01")
    }

    private func expectNoControlCharacters(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        #expect(bad.isEmpty, "\(what) holds control characters \(bad.map { String(format: "U+%04X", $0.value) }): \(text.debugDescription)",
                sourceLocation: sourceLocation)
    }

    @Test func standardOutputIsSanitized() throws {
        let commands: [[String]] = [
            ["list"], ["list", "--include-archived"], ["show", "1"], ["search", "evil"], ["search", "pwned"], ["review"],
            ["log", "1", "--summary", "Hello"], ["snooze", "1", "30"], ["snooze", "1", "off"], ["archive", "1"], ["unarchive", "1"],
            ["edit", "1", "--stage", "engaged"],
        ]
        for command in commands {
            let result = try sandbox.run(command + ["--db", sandbox.db])
            expectSuccess(result)
            #expect(result.stdout.contains("Evil"), "\(result)")
            expectNoControlCharacters(result.stdout, "stdout of \(command)")
        }
        let forget = try sandbox.rapport("forget", "1", "--yes")
        expectSuccess(forget)
        expectNoControlCharacters(forget.stdout, "stdout of forget")
    }

    @Test
    func errorsAndWarningsAreSanitized() throws {
        try sandbox.log("1", "Pitch", "--intent", "asked", "--date", "yesterday")
        let results = [
            try sandbox.rapport("show", "evil"),                                  // ambiguous: lists names
            try sandbox.rapport("add", "Copycat", "--email", "evil@example.org"), // duplicate: names the owner
            try sandbox.rapport("forget", "1"),                                   // preview: names the person
            try sandbox.rapport("edit", "1", "--remove-tag", "absent"),           // names the person
            try sandbox.rapport("log", "1", "--summary", "Pitch again", "--intent", "asked"),  // warning names the person
        ]
        for result in results {
            #expect(result.stderr.contains("Evil"), "\(result)")
            expectNoControlCharacters(result.stderr, "stderr of \(result.arguments)")
        }
    }
}

/// JSON on a terminal: controls JSONEncoder leaves raw are escaped.
@Suite struct JSONControlCharacterTests {
    @Test func c1AndBidiControlsAreEscapedInJSON() throws {
        let sandbox = Sandbox()
        let add = try sandbox.rapport("add", "Evil\u{9B}31m \u{202E}Name", "--json")
        #expect(add.exitCode == 0)
        #expect(!add.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(add.stdout.contains("Evil\\u009B31m \\u202EName"))
        let show = try sandbox.rapport("show", "1", "--json")
        #expect(show.stdout.contains("\\u202E"))
    }
}

/// Reading commands do not create a database at a mistyped path.
@Suite struct MissingDatabaseTests {
    @Test(arguments: [["list"], ["review"], ["search", "x"], ["show", "1"], ["export", "--format", "json"], ["mutt-query", "x"], ["log", "1", "--summary", "x"]])
    func aReadingCommandRefusesAMissingFile(_ arguments: [String]) throws {
        let sandbox = Sandbox()
        let path = sandbox.path("missing/typo.sqlite")
        let result = try sandbox.run(arguments + ["--db", path])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("no database at \(path)"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("missing")))
    }

    @Test func addCreatesIt() throws {
        let sandbox = Sandbox()
        let path = sandbox.path("new/rapport.sqlite")
        #expect(try sandbox.run(["add", "Zoë", "--db", path]).exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}

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

import Foundation
import Testing
@testable import RapportSettings

/// Inputs the settings fuzz target found: a table header starting with a
/// character that is neither a bare-key character nor a quote made toml++
/// abort (an assertion; undefined behaviour in a release build). Each must
/// be one error with its line instead.
@Suite struct TOMLFuzzRegressionTests {
    static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions/settings")

    @Test(arguments: [
        ("[é]\n", 1), ("theme = \"light\"\n\n[ é ]\n", 3), ("[[€]]\n", 1), ("[\u{FFFD}cadence]\nA = 1\n", 1),
        ("theme = 3\n[+eys]\n", 2), ("[\u{10}\u{0}keys]\n", 1), ("[[.x]]\n", 1),
    ])
    func headerStartingWithAnotherCharacter(text: String, line: Int) {
        #expect(throws: SettingsError(file: "config.toml", line: line,
                                      "a table name must start with a letter, a digit, '_', '-' or a quote")) {
            try SettingsFile.parse(text, file: "config.toml")
        }
        #expect(throws: SettingsError.self) {
            try ThemeLibrary(directories: [], embedded: ["fuzz": text]).theme(named: "fuzz")
        }
    }

    /// Headers the first, line-by-line check missed: it split lines on
    /// Swift characters (`\r\n` is one, so a Windows file was one line),
    /// took a `"""` in a comment for the start of a string, and read a byte
    /// order mark as text; toml++ reads scalars and skips all three.
    @Test(arguments: [
        (#"# """ a comment"# + "\n[é]\n", 2), ("# \u{FFFD}\u{FFFD} '''\n\n[+x]\n", 3), ("a = 1\r\n[é]\r\n", 2),
        ("theme = \"light\"\r\n\r\n[[\u{FFFD}]]\r\n", 3), ("\u{FEFF}[é]\n", 1),
        (#"s = """a""""""# + "\n[é]\n", 2), (#"s = "a\"\"\"" # '''"# + "\n[é]\n", 2),
        ("a = [ # [\n  1,\n]\n[é]\n", 4), ("s = '''\n[ok]\n'''\n[+x]\n", 4), (#"a = { b = "]" }"# + "\n[é]\n", 2),
    ])
    func headersAfterCommentsStringsAndLineEndsAreFound(text: String, line: Int) {
        #expect(throws: SettingsError(file: "config.toml", line: line,
                                      "a table name must start with a letter, a digit, '_', '-' or a quote")) {
            try SettingsFile.parse(text, file: "config.toml")
        }
    }

    @Test func aFileThatIsNotUTF8IsRefusedWithItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-utf8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("config.toml").path
        let bytes: [UInt8] = Array("theme = \"light\"\n\n# caf".utf8) + [0xE9] + Array("\n[ui]\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(throws: SettingsError(file: path, line: 3, "not UTF-8 text (an invalid byte sequence); save the file as UTF-8")) {
            try SettingsFile.load(explicitPath: path, environment: [:])
        }
    }

    @Test(arguments: [("[\n\n[ui]\nborders = \"rounded\"\n", 1), ("theme = \"light\"\n[[ # a comment\n", 2), ("[\r\n", 1)])
    func headerWithNothingAfterTheBracket(text: String, line: Int) {
        #expect(throws: SettingsError(file: "config.toml", line: line,
                                      "a table header needs a name and a closing ']' on the same line")) {
            try SettingsFile.parse(text, file: "config.toml")
        }
    }

    /// A `}` where an array expects a value also makes toml++ assert
    /// (found by CI's fuzzing on a theme with a `[ }`).
    @Test(arguments: [("a = [ }\n", 1), ("a = [1, }\n", 1), ("x = 1\na = [ # c\n }\n", 3), ("a = [\n}\n", 2),
                      ("a = [[ }\n", 1), ("\"list\" = { modifiers = [ }\n", 1)])
    func braceWhereAnArrayExpectsAValue(text: String, line: Int) {
        #expect(throws: SettingsError(file: "config.toml", line: line, "an array needs a value or ']' here, not '}'")) {
            try SettingsFile.parse(text, file: "config.toml")
        }
    }

    @Test(arguments: ["[a.é]\nx = 1\n", "[\"é\"]\nx = 1\n", "x = [\n  1,\n]\n", "s = \"\"\"\n[é]\n\"\"\"\n", "é = 1\n",
                      "a = \"\"\"\n# not a comment\n[é]\n\"\"\"\n", "a = [\n  [1],\n  [ 2 ],\n]\n", "s = 'x' # \"\"\"\n[ok]\n",
                      "a = [ { b = 1 }, { c = [] } ]\n", "a = [1, 2, ]\n", "t = { a = [], b = [\"}\"] }\n"])
    func otherNonASCIIPlacesStillReachTheParser(_ text: String) throws {
        #expect(TOMLHeaderCheck.problem(in: text) == nil)
    }

    @Test func everyKeptInputIsAnErrorWithALine() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.regressions.path)
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: Self.regressions.appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            #expect(throws: SettingsError.self, "\(name)") { try SettingsFile.parse(text, file: "config.toml") }
        }
    }
}

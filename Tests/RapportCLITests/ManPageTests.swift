import Foundation
import Testing

/// The man page in docs/man/ is generated from the ArgumentParser
/// definitions (scripts/man.sh, through ArgumentParser's generate-manual
/// plugin), and is committed. Rather than run the plugin (a package build),
/// these tests compare the built binary's `--experimental-dump-help`, the
/// very input of the generator, with the copy man.sh commits beside the page:
/// any change to a command, option or help text fails here until
/// scripts/man.sh is rerun.
struct ManPageTests {
    let sandbox = Sandbox()

    static let manFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/man")

    static func committed(_ name: String) throws -> String {
        try String(contentsOf: manFolder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Every command in a dump, by its path (`rapport exchange edit`).
    static func commands(_ dump: JSONValue) -> [String: JSONValue] {
        var found: [String: JSONValue] = [:]
        func walk(_ command: JSONValue, _ path: [String]) {
            let here = path + [command["commandName"]?.string ?? "?"]
            var own = command.object ?? [:]
            own["subcommands"] = nil
            found[here.joined(separator: " ")] = .object(own)
            for sub in command["subcommands"]?.array ?? [] { walk(sub, here) }
        }
        if let root = dump["command"] { walk(root, []) }
        return found
    }

    @Test func theCommittedDumpIsWhatTheBinaryDescribes() throws {
        let result = try sandbox.run(["--experimental-dump-help"])
        expectSuccess(result)
        let current = Self.commands(try JSONValue.parse(result.stdout))
        let committed = Self.commands(try JSONValue.parse(try Self.committed("rapport.dump.json")))
        #expect(current.count > 10, "the dump lists the subcommands")
        let stale = Set(current.keys).union(committed.keys).filter { current[$0] != committed[$0] }.sorted()
        #expect(stale.isEmpty, "docs/man is stale for: \(stale.joined(separator: ", ")); run scripts/man.sh and commit docs/man")
    }

    @Test func thePageDocumentsEveryCommandAndOptionOfTheDump() throws {
        let page = try Self.committed("rapport.1")
        let commands = Self.commands(try JSONValue.parse(try Self.committed("rapport.dump.json")))
        #expect(page.contains(".Dt RAPPORT 1"), "not the mdoc page of rapport")
        // mdoc may escape '-' as '\-'; compare without escapes.
        let lines = Set(page.replacingOccurrences(of: "\\-", with: "-").split(separator: "\n").map(String.init))
        for (path, command) in commands where path != "rapport" {
            if let name = command["commandName"]?.string {
                let listed = lines.contains(".It Em \(name)")
                #expect(listed, "rapport.1 lacks the command \(path)")
            }
        }
        let text = lines.joined(separator: "\n")
        for (path, command) in commands {
            for argument in command["arguments"]?.array ?? [] where argument["shouldDisplay"]?.bool != false {
                guard let long = argument["names"]?.array?.first(where: { $0["kind"]?.string == "long" })?["name"]?.string
                else { continue }
                let listed = text.contains("Fl -\(long)")
                #expect(listed, "rapport.1 lacks --\(long) of \(path)")
            }
        }
    }
}

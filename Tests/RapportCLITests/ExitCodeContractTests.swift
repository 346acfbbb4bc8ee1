import Foundation
import Testing

/// The exit code contract: 0 success, 1 a failure to carry out the
/// command (unknown contact, refused file, conflict with stored data), 64
/// a usage or validation mistake in what was typed.
struct ExitCodeContractTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Camille Lefèvre", "--email", "camille@lemonde.example")
    }

    @Test func parserMistakesExit64() throws {
        for arguments in [
            ["frobnicate"], ["add"], ["log", "1"], ["list", "--sort", "age"], ["log", "1", "--summary", "x", "--rating", "9"],
            ["list", "--no-such-option"],
        ] {
            let result = try sandbox.run(arguments + ["--db", sandbox.db])
            expectRefused(result, .usage)
        }
    }

    @Test func failuresToCarryOutExit1() throws {
        for arguments in [
            ["show", "Nadia"], ["show", "42"], ["add", "Other", "--email", "camille@lemonde.example"], ["forget", "1"],
            ["demo"], ["edit", "1", "--remove-tag", "absent"],
        ] {
            let result = try sandbox.run(arguments + ["--db", sandbox.db])
            expectRefused(result, .failure)
        }
    }

    /// Mistakes in what was typed, found after parsing: the contract says
    /// 64, the binary says 1.
    @Test
    func validationMistakesExit64() throws {
        for arguments in [
            ["add", " "], ["add", "Ada", "--cadence", "often"], ["add", "Ada", "--email", "nope"],
            ["log", "1", "--summary", "x", "--date", "someday"], ["log", "1", "--summary", " "],
            ["log", "1", "--summary", "x", "--date", "2030-01-01"],
            ["snooze", "1", "soon"], ["snooze", "1", "2020-01-01"], ["edit", "1"],
        ] {
            let result = try sandbox.run(arguments + ["--db", sandbox.db])
            expectRefused(result, .usage)
        }
    }

    @Test func helpAndVersionSucceed() throws {
        let help = try sandbox.run(["--help"])
        expectSuccess(help)
        #expect(help.stdout.contains("USAGE"))
        for command in ["add", "edit", "log", "list", "show", "search", "review", "snooze", "archive", "unarchive", "forget", "demo"] {
            #expect(help.stdout.contains(command), "\(command) is listed in --help")
        }
        let version = try sandbox.run(["--version"])
        expectSuccess(version)
        #expect(version.stdout == "0.1.0\n")
    }
}

import Foundation
import Testing

/// The exit codes rapport promises: 1 for a failure, 64 for a usage or
/// validation mistake.
enum ExpectedExit: CustomStringConvertible {
    /// 64: the command line itself was wrong.
    case usage
    /// 1: the command could not be carried out.
    case failure
    /// A validation mistake the binary currently reports with 1 although
    /// the contract says 64 (pinned separately in ExitCodeContractTests).
    case validation

    var accepted: Set<Int32> {
        switch self {
        case .usage: return [64]
        case .failure: return [1]
        case .validation: return [1, 64]
        }
    }

    var description: String { accepted.sorted().map(String.init).joined(separator: " or ") }
}

/// Checks a refused command: the expected exit code, nothing on stdout,
/// exactly one line on stderr starting `rapport: ` that contains every
/// fragment (what was wrong, and what to do).
func expectRefused(_ result: CLIResult, _ exit: ExpectedExit, mentioning fragments: [String] = [],
                   sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.signal == nil && !result.timedOut, "\(result)", sourceLocation: sourceLocation)
    #expect(exit.accepted.contains(result.exitCode), "expected exit \(exit)\n\(result)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "nothing should be printed on stdout\n\(result)", sourceLocation: sourceLocation)
    expectOneErrorLine(result, mentioning: fragments, sourceLocation: sourceLocation)
}

/// stderr is one line `rapport: …` holding every fragment.
func expectOneErrorLine(_ result: CLIResult, mentioning fragments: [String] = [],
                        sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.stderr.hasSuffix("\n") && result.stderrLines.count == 1,
            "stderr should be exactly one line\n\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("rapport: "), "\(result)", sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(result.stderr.contains(fragment), "stderr should mention \(fragment.debugDescription)\n\(result)",
                sourceLocation: sourceLocation)
    }
    #expect(!result.stderr.contains("Usage:"), "\(result)", sourceLocation: sourceLocation)
}

/// A successful run: exit 0 and nothing on stderr.
func expectSuccess(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.succeeded, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.isEmpty, "nothing should be printed on stderr\n\(result)", sourceLocation: sourceLocation)
}

extension Sandbox {
    /// Runs `body` (which should be refused) and checks the database content
    /// is exactly what it was before.
    @discardableResult
    func expectUnchanged(_ body: () throws -> CLIResult,
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        let before = try fingerprint()
        let result = try body()
        let after = try fingerprint()
        #expect(before == after, "the database changed\n\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Runs a command that must be refused and leave the database as it
    /// was; checks the exit code and the one-line message.
    @discardableResult
    func expectRefusedUnchanged(_ arguments: String..., today: String? = nil, exit: ExpectedExit,
                                mentioning fragments: [String] = [],
                                sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        try expectRefusedUnchanged(arguments, today: today, exit: exit, mentioning: fragments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func expectRefusedUnchanged(_ arguments: [String], today: String? = nil, exit: ExpectedExit,
                                mentioning fragments: [String] = [],
                                sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        let result = try expectUnchanged({ try run(arguments + ["--db", db], today: today) },
                                         sourceLocation: sourceLocation)
        expectRefused(result, exit, mentioning: fragments, sourceLocation: sourceLocation)
        return result
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

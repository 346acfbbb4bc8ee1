import Foundation
import Testing

/// A rapport run in the background, held at a fault point
/// (`RAPPORT_FAULT_WAIT`, `RAPPORT_FAULT_GATE`) until the test releases it:
/// `start` returns once the process is there, so the test can act at that
/// exact moment (another command, a write), then `finish` lets it go on and
/// returns its result.
final class HeldRun: @unchecked Sendable {
    private let gate: String
    private let box = ConcurrentWriterTests.ResultBox()
    private let done = DispatchSemaphore(value: 0)

    /// Starts `arguments` (with `--db`) held at `point`; fails the test if it never gets there.
    init(_ sandbox: Sandbox, at point: String, _ arguments: [String], timeout: TimeInterval = 120,
         sourceLocation: SourceLocation = #_sourceLocation) throws {
        gate = sandbox.path("gate-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: gate, contents: nil)
        let gate = gate, box = box, done = done
        Thread {
            box.append(Result {
                try sandbox.run(arguments + ["--db", sandbox.db], env: ["RAPPORT_FAULT_WAIT": point, "RAPPORT_FAULT_GATE": gate],
                                timeout: timeout)
            })
            done.signal()
        }.start()
        while !FileManager.default.fileExists(atPath: gate + ".reached") && box.values.isEmpty { usleep(10_000) }
        try #require(FileManager.default.fileExists(atPath: gate + ".reached"), "never reached \(point): \(box.values)",
                     sourceLocation: sourceLocation)
    }

    /// Whether the run has ended (it should not have, while held).
    var ended: Bool { !box.values.isEmpty }

    /// Lets the run go on and returns its result.
    func finish() throws -> CLIResult {
        try? FileManager.default.removeItem(atPath: gate)
        done.wait()
        return try #require(try box.values.first?.get())
    }
}

/// A rapport command run in the background (one that is expected to wait).
final class BackgroundRun: @unchecked Sendable {
    private let box = ConcurrentWriterTests.ResultBox()
    private let done = DispatchSemaphore(value: 0)

    init(_ run: @escaping @Sendable () throws -> CLIResult) {
        let box = box, done = done
        Thread {
            box.append(Result { try run() })
            done.signal()
        }.start()
    }

    var ended: Bool { !box.values.isEmpty }

    func finish() throws -> CLIResult {
        done.wait()
        return try #require(try box.values.first?.get())
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one run of the `rapport` binary did.
struct CLIResult: CustomStringConvertible, Sendable {
    let arguments: [String]
    let exitCode: Int32
    /// The signal that ended the process, when it did not exit by itself.
    let signal: Int32?
    let stdout: String
    let stderr: String
    /// True when the runner killed the process because it ran past its timeout.
    let timedOut: Bool

    var succeeded: Bool { exitCode == 0 && signal == nil && !timedOut }

    /// stderr split into lines, without the final empty one.
    var stderrLines: [String] {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    var stdoutLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }

    /// Lines of stderr that are warnings.
    var warnings: [String] { stderrLines.filter { $0.hasPrefix("warning: ") } }

    var description: String {
        let status = timedOut ? "timed out" : signal.map { "killed by signal \($0)" } ?? "exit \(exitCode)"
        return "rapport \(arguments.joined(separator: " ")) → \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)"
    }
}

enum CLIError: Error, CustomStringConvertible {
    case binaryNotFound(searched: [String])

    var description: String {
        switch self {
        case let .binaryNotFound(searched):
            return "cannot find the built `rapport` binary (looked in: \(searched.joined(separator: ", "))); build it with `swift build` or set RAPPORT_BIN"
        }
    }
}

/// Runs the real, built `rapport` executable.
enum CLI {
    /// The binary under test: `$RAPPORT_BIN` when set (an explicit choice
    /// wins), else the `rapport` built next to this test executable
    /// (`.build/<triple>/<config>/`; on macOS, beside the `.xctest` bundle).
    static let binary: Result<String, CLIError> = locate()

    static func binaryPath() throws -> String { try binary.get() }

    private static func locate() -> Result<String, CLIError> {
        let manager = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["RAPPORT_BIN"], !explicit.isEmpty {
            return manager.isExecutableFile(atPath: explicit) ? .success(explicit) : .failure(.binaryNotFound(searched: [explicit]))
        }
        var starts: [URL] = []
        if let exe = try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            starts.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let first = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: first).standardizedFileURL.deletingLastPathComponent())
        }
        var searched: [String] = []
        for start in starts {
            // The test executable may sit a few folders below the build
            // folder (`X.xctest/Contents/MacOS/X` on macOS).
            var folder = start
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("rapport").path
                searched.append(candidate)
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                   manager.isExecutableFile(atPath: candidate) {
                    return .success(candidate)
                }
                folder = folder.deletingLastPathComponent()
            }
        }
        return .failure(.binaryNotFound(searched: searched))
    }

    /// Runs `executable` (the rapport binary by default) with exactly the
    /// given environment, stdin from /dev/null and stdout/stderr captured
    /// in files under `scratch` (no pipe can fill up and block). A run that
    /// lasts past `timeout` is killed and reported as timed out.
    static func run(_ arguments: [String], environment: [String: String], scratch: URL,
                    executable: String? = nil, timeout: TimeInterval = 60,
                    beforeLaunch: ((Process) -> Void)? = nil,
                    onLaunch: ((Process) -> Void)? = nil) throws -> CLIResult {
        let path = try executable ?? binaryPath()
        let id = UUID().uuidString
        let outURL = scratch.appendingPathComponent("out-\(id).txt")
        let errURL = scratch.appendingPathComponent("err-\(id).txt")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = scratch
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        beforeLaunch?(process)
        try process.run()
        onLaunch?(process)
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        try? out.close()
        try? err.close()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        let signaled = process.terminationReason == .uncaughtSignal
        return CLIResult(arguments: arguments, exitCode: signaled ? -1 : process.terminationStatus,
                         signal: signaled ? process.terminationStatus : nil,
                         stdout: stdout, stderr: stderr, timedOut: timedOut)
    }
}

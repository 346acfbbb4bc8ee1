import Foundation
import Glibc

/// Times the steps of an import (staging, building its search indexes,
/// each statement of the final copy, the commit) in CPU time of the
/// thread that runs them and in wall time, for measuring what the write
/// lock costs: `RAPPORT_IMPORT_PROFILE=1 rapport import FILE` prints one
/// line per step on standard error at the end. Off (nothing measured)
/// without the variable. A programmer's tool: its lines are not translated.
final class ImportClock: @unchecked Sendable {
    /// The clock of this process, or nil when the variable is not set.
    static let shared: ImportClock? = ProcessInfo.processInfo.environment["RAPPORT_IMPORT_PROFILE"].map { _ in ImportClock() }

    private struct Step {
        var name: String
        var cpu: Double
        var wall: Double
    }

    private let lock = NSLock()
    private var steps: [Step] = []
    private var last: (cpu: Double, wall: Double)

    private init() {
        last = (Self.threadCPU(), Self.wall())
    }

    /// Starts timing from now (the time since the last mark is dropped).
    func reset() {
        lock.withLock { last = (Self.threadCPU(), Self.wall()) }
    }

    /// Ends the step `name`: the time since the last mark (or reset) is its own.
    func mark(_ name: String) {
        let now = (Self.threadCPU(), Self.wall())
        lock.withLock {
            steps.append(Step(name: name, cpu: now.0 - last.cpu, wall: now.1 - last.wall))
            last = now
        }
    }

    /// Prints the steps on standard error, then forgets them.
    func report() {
        let lines = lock.withLock { () -> [String] in
            defer { steps = [] }
            var total = (cpu: 0.0, wall: 0.0)
            var lines = steps.map { step -> String in
                total.cpu += step.cpu
                total.wall += step.wall
                return Self.line(step.name, step.cpu, step.wall)
            }
            lines.append(Self.line("total", total.cpu, total.wall))
            return lines
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    private static func line(_ name: String, _ cpu: Double, _ wall: Double) -> String {
        let padded = name.padding(toLength: max(name.count, 34), withPad: " ", startingAt: 0)
        return "import-profile " + padded + String(format: " cpu %7.3f s  wall %7.3f s", cpu, wall) // l10n-exempt: profiling output
    }

    private static func threadCPU() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    private static func wall() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

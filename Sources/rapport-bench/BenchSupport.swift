import Foundation
import RapportCore
import RapportStore

/// Command-line options of the benchmark.
struct BenchOptions {
    /// `search`: only the app's live searches, each typed `runs` times
    /// (a median per keystroke; what `perf record` of the bench should see).
    enum Part: String { case store, app, interchange, search }

    var contacts = 100_000
    var exchanges = 1_000_000
    var path: String?
    var runs = 21
    var only: Part?

    func runs(_ part: Part) -> Bool { only == nil || only == part }

    static func parse(_ arguments: ArraySlice<String>) -> BenchOptions {
        var options = BenchOptions()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            let value = iterator.next() ?? ""
            switch argument {
            case "--contacts": options.contacts = Int(value) ?? options.contacts
            case "--exchanges": options.exchanges = Int(value) ?? options.exchanges
            case "--db": options.path = value
            case "--runs": options.runs = max(1, Int(value) ?? options.runs)
            case "--only": options.only = Part(rawValue: value)
            default:
                FileHandle.standardError.write(Data("rapport-bench: unknown option \(argument)\n".utf8))
                exit(64)
            }
        }
        return options
    }
}

/// Prints aligned result lines as they come.
final class BenchReport {
    func line(_ label: String, _ value: String, target: String = "") {
        let padded = label.padding(toLength: 46, withPad: " ", startingAt: 0)
        print("\(padded) \(value)\(target.isEmpty ? "" : "   (target \(target))")")
        fflush(nil)
    }

    func section(_ title: String) {
        print("\n## \(title)")
    }

    /// Runs `body` `runs` times and reports the median in milliseconds,
    /// wall clock, with the median CPU time of the process beside it (on a
    /// busy machine the wall clock also counts the time spent waiting for
    /// a core).
    @discardableResult
    func median(_ label: String, runs: Int, target: String = "", _ body: () throws -> Void) rethrows -> Double {
        var samples: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = BenchClock.cpuMilliseconds()
            try body()
            cpu.append(BenchClock.cpuMilliseconds() - cpuStart)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        samples.sort()
        cpu.sort()
        let median = samples[samples.count / 2]
        line(label, String(format: "%8.2f ms median (min %.2f, max %.2f; CPU %.2f ms)", median, samples.first ?? 0,
                           samples.last ?? 0, cpu[cpu.count / 2]), target: target)
        return median
    }
}

/// The CPU time this process has used (every thread), in milliseconds.
enum BenchClock {
    static func cpuMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
    }
}

enum BenchMemory {
    /// Peak resident memory of this process so far.
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// Builds the benchmark database once and reuses it when the file exists.
enum BenchData {
    static func prepare(_ options: BenchOptions, today: Day, report: BenchReport) throws -> RapportDatabase {
        let path = options.path ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("rapport-bench-\(options.contacts)-\(options.exchanges).sqlite").path
        report.section("Dataset: \(options.contacts) contacts, \(options.exchanges) exchanges (\(path))")
        if FileManager.default.fileExists(atPath: path) {
            let database = try RapportDatabase.open(path: path)
            if try database.contactCount() == options.contacts {
                report.line("generator", "reused existing file")
                return database
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let database = try RapportDatabase.open(path: path)
        let start = Date()
        _ = try database.loadDemo(DemoOptions(contacts: options.contacts, exchanges: options.exchanges, seed: 42), today: today)
        let seconds = Date().timeIntervalSince(start)
        report.line("generator (demo --contacts --exchanges)", String(format: "%8.1f s", seconds), target: "≤ 60 s")
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        report.line("database file size", String(format: "%.0f MB", Double(size) / 1_048_576))
        return database
    }
}

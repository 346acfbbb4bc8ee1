import Foundation
import RapportApp
import RapportCore
import RapportStore
import TerminalUI

/// The full-screen app's frames and keystrokes, driven in-process: each
/// measure is `update`, the effects it asks for (run at once, as the loop
/// does for quick ones; list queries included), and drawing the frame into
/// the in-memory buffer. Terminal output itself is not included.
enum AppBench {
    /// Runs effects as `AppLoop` does: quick ones at once, list queries
    /// "in the background" (here: after the frame is drawn), so a measure of
    /// `press` is the time until the key's frame, and `finishBackground` the
    /// time until the lists caught up.
    final class Driver {
        var state: AppState
        let runner: EffectRunner
        var background: [Effect] = []
        var effectTimes: [String: Double] = [:]
        /// Process CPU time per effect kind, milliseconds.
        var effectCPU: [String: Double] = [:]

        init(database: any Store, today: Day, width: Int, height: Int) {
            state = AppState(width: width, height: height, today: today, databaseName: database.displayName)
            runner = EffectRunner(database: database, today: today)
        }

        func run(_ effects: [Effect]) {
            var queue = effects
            while !queue.isEmpty {
                let effect = queue.removeFirst()
                if EffectRunner.runsInBackground(effect) {
                    // A newer request of the same kind replaces one not started yet.
                    background.removeAll { sameLane($0, effect) }
                    background.append(effect)
                    continue
                }
                queue += perform(effect)
            }
        }

        private func sameLane(_ a: Effect, _ b: Effect) -> Bool {
            switch (a, b) {
            case (.loadContactsPage, .loadContactsPage), (.loadReviewPage, .loadReviewPage), (.loadCounts, .loadCounts),
                 (.countContacts, .countContacts): return true
            default: return false
            }
        }

        func perform(_ effect: Effect) -> [Effect] {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = BenchClock.cpuMilliseconds()
            let msg = runner.perform(effect)
            let name = String("\(effect)".prefix(while: { $0 != "(" }))
            effectTimes[name, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            effectCPU[name, default: 0] += BenchClock.cpuMilliseconds() - cpuStart
            return msg.map { App.update(&state, $0) } ?? []
        }

        /// Runs the background work (and what it leads to) until none is left.
        @discardableResult
        func finishBackground() -> ScreenBuffer {
            while !background.isEmpty {
                let effect = background.removeFirst()
                run(perform(effect))
            }
            return Screen.render(state)
        }

        /// Runs the background work except a searched list's count (its
        /// own lane in the app): what the list needs to be drawn filtered.
        @discardableResult
        func finishPage() -> ScreenBuffer {
            var counts: [Effect] = []
            while let effect = background.first {
                background.removeFirst()
                if case .countContacts = effect {
                    counts.append(effect)
                    continue
                }
                run(perform(effect))
            }
            background = counts + background
            return Screen.render(state)
        }

        func start() -> ScreenBuffer {
            let later = firstFrameEffects()
            _ = finishBackground()
            run(later)
            return finishBackground()
        }

        /// As `AppLoop` starts: the first page and its detail make the
        /// first frame; the counts and tags (returned) come after it.
        func firstFrameEffects() -> [Effect] {
            var later: [Effect] = []
            for effect in App.start(&state) {
                if case .loadCounts = effect { later.append(effect) } else if effect == .loadTags { later.append(effect) } else { run([effect]) }
            }
            return later
        }

        /// The key's frame, as drawn before background work completes.
        @discardableResult
        func press(_ key: Key) -> ScreenBuffer {
            run(App.update(&state, .key(key)))
            return Screen.render(state)
        }

        /// The key's frame after the lists caught up.
        @discardableResult
        func pressAndSettle(_ key: Key) -> ScreenBuffer {
            press(key)
            return finishBackground()
        }
    }

    static func run(database: RapportDatabase, options: BenchOptions, today: Day, report: BenchReport) throws {
        report.section("Full-screen app, 120×40, in-process (median of \(options.runs))")
        guard let path = database.path else { return }
        try report.median("first frame (open + first page + detail; counts after)", runs: options.runs, target: "≤ 50 ms") {
            let opened = try RapportDatabase.open(path: path)
            let driver = Driver(database: opened, today: today, width: 120, height: 40)
            _ = driver.firstFrameEffects()
            let frame = driver.finishBackground()
            precondition(frame.lines()[2].contains("│"))
        }
        let countsDriver = Driver(database: database, today: today, width: 120, height: 40)
        report.median("the header's counts, just after the first frame", runs: options.runs) {
            _ = countsDriver.perform(.loadCounts(review: .mine))
        }
        let driver = Driver(database: database, today: today, width: 120, height: 40)
        _ = driver.start()
        report.median("move the selection (j), rows loaded", runs: max(options.runs, 200), target: "≤ 5 ms") {
            driver.pressAndSettle(.char("j"))
        }
        report.median("page down (PgDn), rows loaded", runs: options.runs, target: "≤ 5 ms") { driver.pressAndSettle(.pageDown) }
        report.median("jump to the bottom (G) and back (g)", runs: max(3, options.runs / 4)) {
            driver.pressAndSettle(.char("G"))
            driver.pressAndSettle(.char("g"))
        }
        for sortName in ["last contact", "warmth", "due", "name"] {
            report.median("sort (s) → \(sortName), first page loaded", runs: 1) { driver.pressAndSettle(.char("s")) }
        }
        for query in ["a", "le", "lef", "sent", "press breakfast"] {
            driver.pressAndSettle(.char("/"))
            var drawn: [Double] = []
            var filtered: [Double] = []
            var counted: [Double] = []
            var filteredCPU: [Double] = []
            var countCPU: [Double] = []
            for character in query {
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = BenchClock.cpuMilliseconds()
                driver.press(.char(character))
                drawn.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                driver.finishPage()
                filtered.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                let cpuFiltered = BenchClock.cpuMilliseconds()
                filteredCPU.append(cpuFiltered - cpuStart)
                driver.finishBackground()
                counted.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
                countCPU.append(BenchClock.cpuMilliseconds() - cpuFiltered)
            }
            let format = { (values: [Double]) in values.map { String(format: "%.1f", $0) }.joined(separator: ", ") + " ms" }
            report.line("live search '\(query)': keystroke drawn", format(drawn), target: "≤ 16 ms")
            report.line("live search '\(query)': list filtered and drawn", format(filtered), target: "≤ 30 ms")
            report.line("  … the same, CPU", format(filteredCPU))
            report.line("live search '\(query)': … its length counted (own lane)", format(counted))
            report.line("  … the count lane alone, CPU", format(countCPU))
            driver.pressAndSettle(.escape)
        }
        driver.pressAndSettle(.char("g"))
        var logged = 0
        var sequences: [Double] = []
        for _ in 0..<options.runs {
            let start = DispatchTime.now().uptimeNanoseconds
            driver.press(.char("l"))
            for character in "Coffee" { driver.press(.char(character)) }
            let frame = driver.press(.enter)
            sequences.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            guard frame.lines().last?.contains("Logged exchange") == true else { throw BenchFailure("log did not save") }
            logged += 1
            driver.finishBackground()
        }
        sequences.sort()
        report.line("log: l + 'Coffee' + Enter, saved and redrawn", String(format: "%8.2f ms median", sequences[sequences.count / 2]),
                    target: "≤ 20 ms")
        var enters: [Double] = []
        for _ in 0..<options.runs {
            driver.press(.char("l"))
            for character in "Coffee" { driver.press(.char(character)) }
            let start = DispatchTime.now().uptimeNanoseconds
            driver.press(.enter)
            driver.finishBackground()
            enters.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        enters.sort()
        if ProcessInfo.processInfo.environment["RAPPORT_BENCH_EFFECTS"] != nil {
            for (name, time) in driver.effectTimes.sorted(by: { $0.value > $1.value }) { report.line("  effect \(name)", String(format: "%.1f ms total", time)) }
        }
        report.line("log: Enter until counts and lists refreshed", String(format: "%8.2f ms median", enters[enters.count / 2]), target: "≤ 20 ms")
        for _ in 0..<(logged + options.runs) { driver.pressAndSettle(.char("u")) }
        report.median("switch to the review (2) and back (1), loaded", runs: options.runs) {
            driver.pressAndSettle(.char("2"))
            driver.pressAndSettle(.char("1"))
        }
    }
}

extension AppBench {
    /// The live searches alone: each query typed `runs` times into the
    /// list sorted by name, one keystroke at a time, then left with Escape.
    /// Reports, per keystroke, the median CPU time until the list is
    /// filtered and drawn (the count lane left out, as in `run`), and the
    /// rows of the first page, so a change can be checked to keep them.
    static func runSearches(database: RapportDatabase, options: BenchOptions, today: Day, report: BenchReport) throws {
        report.section("App live search, 120×40, in-process (median CPU of \(options.runs))")
        let driver = Driver(database: database, today: today, width: 120, height: 40)
        _ = driver.start()
        // RAPPORT_BENCH_SORT=surname (or last, warmth, due) searches another sort.
        if let sort = ProcessInfo.processInfo.environment["RAPPORT_BENCH_SORT"].flatMap(ContactSort.init(rawValue:)) {
            while driver.state.sort != sort { driver.pressAndSettle(.char("s")) }
        }
        // RAPPORT_BENCH_QUERIES="se,pr" types other queries (comma-separated).
        let queries = ProcessInfo.processInfo.environment["RAPPORT_BENCH_QUERIES"].map { $0.split(separator: ",").map(String.init) }
            ?? ["a", "le", "lef", "jo", "sent", "press breakfast"]
        for query in queries {
            driver.background.removeAll { if case .countContacts = $0 { return true } else { return false } }
            var cpu = [[Double]](repeating: [], count: query.count)
            var parts = [[String: [Double]]](repeating: [:], count: query.count)
            var firstRows: [Int64] = []
            for _ in 0..<options.runs {
                driver.pressAndSettle(.char("/"))
                for (index, character) in query.enumerated() {
                    let start = BenchClock.cpuMilliseconds()
                    driver.effectCPU = [:]
                    driver.press(.char(character))
                    driver.finishPage()
                    cpu[index].append(BenchClock.cpuMilliseconds() - start)
                    for (name, time) in driver.effectCPU { parts[index][name, default: []].append(time) }
                }
                firstRows = driver.state.contacts.rows.prefix(5).map(\.id)
                // The count lane is left out (it is not part of the keystroke,
                // and would fill a profile of the bench).
                driver.background.removeAll { if case .countContacts = $0 { return true } else { return false } }
                driver.finishBackground()
                driver.pressAndSettle(.escape)
            }
            let medians = cpu.map { values in values.sorted()[values.count / 2] }
            report.line("'\(query)' filtered and drawn, CPU per key", medians.map { String(format: "%.1f", $0) }.joined(separator: ", ") + " ms",
                        target: "≤ 30 ms")
            report.line("  first rows", firstRows.map(String.init).joined(separator: " "))
            if ProcessInfo.processInfo.environment["RAPPORT_BENCH_EFFECTS"] != nil {
                for (index, effects) in parts.enumerated() {
                    let shown = effects.sorted { $0.key < $1.key }.map { name, values in
                        String(format: "%@ %.1f", name, values.sorted()[values.count / 2])
                    }
                    report.line("  key \(index + 1), effects' CPU (median)", shown.joined(separator: ", ") + " ms")
                }
            }
        }
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import Dispatch
import Foundation

/// Serial queues for work that must not hold up the keyboard, one per
/// lane, and the messages they produce. Lanes run side by side (the first
/// page is not stuck behind the counts, a write waiting for another
/// program's lock holds up no read); within a lane work runs in order.
final class BackgroundLanes: @unchecked Sendable {
    private let condition = NSCondition()
    private var queues: [String: DispatchQueue] = [:]
    private var results: [(lane: String, msg: Msg)] = []
    private var running: [String: Int] = [:]
    /// The latest ticket of each replacement key.
    private var latest: [String: Int] = [:]

    /// Whether any lane has work running or results not yet taken.
    var isBusy: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !results.isEmpty || running.values.contains { $0 > 0 }
    }

    /// Whether `lane` has work running or results not yet taken.
    func isBusy(_ lane: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return (running[lane] ?? 0) > 0 || results.contains { $0.lane == lane }
    }

    /// Whether the only work left is in `lane` (and nothing waits to be taken).
    func onlyBusy(_ lane: String) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return results.isEmpty && running.allSatisfy { $0.key == lane || $0.value == 0 }
    }

    /// Queues `work` on `lane`. When `key` is given, work queued earlier
    /// with the same key (in any lane) and not started yet is skipped:
    /// typing a search asks for a page per key, only the last one matters.
    func submit(lane: String, replacing key: String? = nil,
                _ work: @escaping @Sendable (_ post: @escaping @Sendable (Msg) -> Void) -> Msg?) {
        condition.lock()
        running[lane, default: 0] += 1
        let ticket = key.map { (latest[$0] ?? 0) + 1 } ?? 0
        if let key { latest[key] = ticket }
        let queue = queues[lane] ?? DispatchQueue(label: "rapport.\(lane)")
        queues[lane] = queue
        condition.unlock()
        queue.async {
            self.condition.lock()
            let superseded = key.map { self.latest[$0] != ticket } ?? false
            self.condition.unlock()
            let msg = superseded ? nil : work { progress in
                self.condition.lock()
                self.results.append((lane, progress))
                self.condition.broadcast()
                self.condition.unlock()
            }
            self.condition.lock()
            if let msg { self.results.append((lane, msg)) }
            self.running[lane, default: 1] -= 1
            self.condition.broadcast()
            self.condition.unlock()
        }
    }

    /// Waits until a result arrives, nothing runs any more, or `deadline` passes.
    func waitForResult(until deadline: ContinuousClock.Instant) {
        condition.lock()
        defer { condition.unlock() }
        while results.isEmpty && running.values.contains(where: { $0 > 0 }) {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return }
            let seconds = Double(remaining.components.seconds) + Double(remaining.components.attoseconds) / 1e18
            if !condition.wait(until: Date(timeIntervalSinceNow: seconds)) { return }
        }
    }

    /// The results that arrived, in order, with their lane.
    func takeResults() -> [(lane: String, msg: Msg)] {
        condition.lock()
        defer { condition.unlock() }
        let taken = results
        results = []
        return taken
    }
}

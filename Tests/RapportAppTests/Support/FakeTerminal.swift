import Foundation
@testable import RapportApp
import TerminalUI

/// A terminal for running the real `AppLoop`: it plays a script of keys,
/// actions and waits, and keeps every frame the loop presents. A wait
/// returns "no key" (the read timed out, as on an idle terminal) until its
/// condition holds, so the loop's idle wake-ups go on meanwhile; after
/// `patience` it fails the run with the last frame.
final class FakeTerminal: TerminalDevice {
    enum Step {
        case key(Key)
        /// Runs on the loop's thread between two key reads (another program writes, say).
        case run(() throws -> Void)
        /// No key until the condition holds.
        case waitUntil(String, (FakeTerminal) -> Bool)
    }

    struct TimedOut: Error, CustomStringConvertible {
        let description: String
    }

    /// The script ran out before the app quit.
    struct ScriptEnded: Error {}

    var width: Int
    var height: Int
    private var steps: [Step]
    private(set) var frames: [ScreenBuffer] = []
    private(set) var fullRedraws = 0
    /// The programs the loop handed the terminal to.
    private(set) var externalRuns: [[String]] = []
    /// What "the editor" does with its arguments; returns its exit status.
    var external: ([String]) throws -> Int32 = { _ in 0 }
    private var waitStarted: ContinuousClock.Instant?
    static let patience: Duration = .seconds(20)

    init(width: Int = 120, height: Int = 32, _ steps: [Step]) {
        self.width = width
        self.height = height
        self.steps = steps
    }

    /// The last frame's lines, trailing spaces removed.
    var lines: [String] { frames.last?.trimmedLines() ?? [] }
    /// Whether the last frame shows `text` somewhere.
    func shows(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    var size: (width: Int, height: Int) { (width, height) }

    func readKey(timeout: Duration?) throws -> Key? {
        while let step = steps.first {
            switch step {
            case .key(let key):
                steps.removeFirst()
                return key
            case .run(let action):
                steps.removeFirst()
                try action()
            case let .waitUntil(what, condition):
                if condition(self) {
                    steps.removeFirst()
                    waitStarted = nil
                    continue
                }
                let now = ContinuousClock.now
                let started = waitStarted ?? now
                waitStarted = started
                if started.duration(to: now) > FakeTerminal.patience {
                    throw TimedOut(description: "waited in vain for \(what); the last frame:\n" + lines.joined(separator: "\n"))
                }
                Thread.sleep(forTimeInterval: 0.002)
                return nil
            }
        }
        throw ScriptEnded()
    }

    func present(_ buffer: ScreenBuffer, theme: Theme) {
        frames.append(buffer)
    }

    func forceFullRedraw() {
        fullRedraws += 1
    }

    func runExternal(_ arguments: [String]) throws -> Int32 {
        externalRuns.append(arguments)
        return try external(arguments)
    }
}

/// Lets a script's conditions look at the loop they run under.
final class LoopBox {
    var loop: AppLoop?
    var state: AppState? { loop?.state }
}

import Dispatch
import Foundation
import TemporaryFiles
import RapportCore
import RapportStore
import TerminalUI

/// What the loop needs from a terminal (the executable adapts
/// `CursesTerminal` to it; tests could use a fake).
public protocol TerminalDevice: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// The next key, or nil when `timeout` passes first.
    func readKey(timeout: Duration?) throws -> Key?
    /// Copies the buffer to the screen (changed cells only).
    func present(_ buffer: ScreenBuffer, theme: Theme)
    /// Redraws every cell at the next `present`.
    func forceFullRedraw()
    /// Hands the terminal to another program and takes it back.
    func runExternal(_ arguments: [String]) throws -> Int32
}

/// The app's run loop: key → `update` → effects → messages → view → terminal.
/// Quick effects run at once on this (main) thread; list queries, which can
/// take longer on big databases, run in order on a background queue, so a
/// keystroke is always handled and drawn before the next one is read.
public final class AppLoop {
    private let terminal: TerminalDevice
    private let runner: EffectRunner
    private let theme: Theme
    private let editor: [String]
    public private(set) var state: AppState
    private let background = BackgroundQueue()

    public init(terminal: TerminalDevice, runner: EffectRunner, theme: Theme, state: AppState, editor: [String]) {
        self.terminal = terminal
        self.runner = runner
        self.theme = theme
        self.state = state
        self.editor = editor
    }

    /// Runs until the user quits.
    public func run() throws {
        let size = terminal.size
        state.width = size.width
        state.height = size.height
        perform(App.start(&state))
        // Let the first page arrive before the first frame, when it is quick.
        settle(upTo: .milliseconds(80))
        draw()
        while !state.quitRequested {
            // Idle, wake up now and then to notice midnight.
            let key = try terminal.readKey(timeout: background.isBusy ? .milliseconds(4) : .seconds(60))
            if runner.today != state.today { dispatch(.dayChanged(runner.today)) }
            if let key {
                if key == .resize {
                    let size = terminal.size
                    terminal.forceFullRedraw()
                    dispatch(.resize(width: size.width, height: size.height))
                } else {
                    dispatch(.key(key))
                }
                settle(upTo: .milliseconds(12))
            }
            drainBackground()
            draw()
        }
    }

    /// Feeds a message to `update` and runs what it asks for.
    func dispatch(_ msg: Msg) {
        perform(App.update(&state, msg))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                state.quitRequested = true
            case .redraw:
                terminal.forceFullRedraw()
            case let .editNotes(id, notes):
                dispatch(editNotes(contactId: id, notes: notes))
            default:
                if EffectRunner.runsInBackground(effect) {
                    let runner = self.runner
                    background.submit(replacing: AppLoop.lane(of: effect)) { post in runner.perform(effect, progress: post) }
                } else if let msg = runner.perform(effect) {
                    dispatch(msg)
                }
            }
        }
    }

    /// Background work of the same lane replaces what is still waiting:
    /// typing a search asks for a page per key, only the last one matters.
    static func lane(of effect: Effect) -> String? {
        switch effect {
        case .loadContactsPage: return "contacts"
        case .loadReviewPage: return "review"
        case .loadCounts: return "counts"
        default: return nil
        }
    }

    /// Waits a little for background results, so a quick query shows in the
    /// same frame as the key that asked for it.
    private func settle(upTo limit: Duration) {
        let deadline = ContinuousClock.now + limit
        while background.isBusy, ContinuousClock.now < deadline {
            background.waitForResult(until: deadline)
            drainBackground()
        }
        drainBackground()
    }

    private func drainBackground() {
        for msg in background.takeResults() { dispatch(msg) }
    }

    private func draw() {
        terminal.present(Screen.render(state), theme: theme)
    }

    /// Writes the notes to a private temporary file, opens the editor on it,
    /// and reads it back.
    private func editNotes(contactId: Int64, notes: String) -> Msg {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // Removed on return, and by the signal handler if SIGTERM or SIGHUP ends the app meanwhile.
            let registration = TemporaryFiles.register(folder.path, isFolder: true)
            defer { try? FileManager.default.removeItem(at: folder); TemporaryFiles.unregister(registration) }
            let file = folder.appendingPathComponent("notes.txt")
            let original = notes.isEmpty ? "" : notes + "\n"
            guard FileManager.default.createFile(atPath: file.path, contents: Data(original.utf8), attributes: [.posixPermissions: 0o600]) else {
                return .failed("Could not write a temporary file for the notes")
            }
            let status = try terminal.runExternal(editor + [file.path])
            terminal.forceFullRedraw()
            guard status == 0 else { return .failed("The editor (\(editor.joined(separator: " "))) exited with status \(status); notes unchanged") }
            let data = try Data(contentsOf: file)
            guard let edited = String(data: data, encoding: .utf8) else { return .failed("The notes are not UTF-8 text; unchanged") }
            var text = edited
            while text.hasSuffix("\n") { text.removeLast() }
            return .notesEdited(contactId: contactId, notes: text == notes ? nil : text)
        } catch {
            terminal.forceFullRedraw()
            return .failed("Could not edit the notes: \(error)")
        }
    }
}

/// A serial queue for slow reads, and the messages they produce.
final class BackgroundQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "rapport.background")
    private let condition = NSCondition()
    private var results: [Msg] = []
    private var running = 0

    var isBusy: Bool {
        condition.lock()
        defer { condition.unlock() }
        return running > 0 || !results.isEmpty
    }

    private var latest: [String: Int] = [:]

    /// Queues `work`; when `lane` is given, work queued earlier in the same
    /// lane and not started yet is skipped.
    func submit(replacing lane: String? = nil, _ work: @escaping @Sendable (_ post: @escaping @Sendable (Msg) -> Void) -> Msg?) {
        condition.lock()
        running += 1
        let ticket = lane.map { (latest[$0] ?? 0) + 1 } ?? 0
        if let lane { latest[lane] = ticket }
        condition.unlock()
        queue.async {
            self.condition.lock()
            let superseded = lane.map { self.latest[$0] != ticket } ?? false
            self.condition.unlock()
            let msg = superseded ? nil : work { progress in
                self.condition.lock()
                self.results.append(progress)
                self.condition.broadcast()
                self.condition.unlock()
            }
            self.condition.lock()
            if let msg { self.results.append(msg) }
            self.running -= 1
            self.condition.broadcast()
            self.condition.unlock()
        }
    }

    func waitForResult(until deadline: ContinuousClock.Instant) {
        condition.lock()
        defer { condition.unlock() }
        while results.isEmpty && running > 0 {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return }
            let seconds = Double(remaining.components.seconds) + Double(remaining.components.attoseconds) / 1e18
            if !condition.wait(until: Date(timeIntervalSinceNow: seconds)) { return }
        }
    }

    func takeResults() -> [Msg] {
        condition.lock()
        defer { condition.unlock() }
        let taken = results
        results = []
        return taken
    }
}

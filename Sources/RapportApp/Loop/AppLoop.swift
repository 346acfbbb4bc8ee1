import Dispatch
import Foundation
import TemporaryFiles
import RapportCore
import RapportLocalization
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
/// Quick effects run at once on this (main) thread; list queries, counts,
/// writes and imports run on background lanes (`BackgroundLanes`), so a
/// keystroke is always handled and drawn before the next one is read, and
/// a write waiting for another program's lock holds up nothing. While idle
/// it wakes every `idleTick` to notice midnight and other programs' commits.
public final class AppLoop {
    /// Runs one effect and returns its message (tests may wrap the runner's).
    public typealias Performer = @Sendable (_ effect: Effect, _ progress: @escaping @Sendable (Msg) -> Void) -> Msg?

    private let terminal: TerminalDevice
    private let runner: EffectRunner
    private let performer: Performer
    private let theme: Theme
    private let editor: [String]
    /// Opened when the loop starts, before the first read.
    private let openWatch: () -> (any ChangeWatching)?
    private var watch: (any ChangeWatching)?
    public private(set) var state: AppState
    private let lanes = BackgroundLanes()

    /// How long the loop sleeps in a key read while nothing happens.
    static let idleTick: Duration = .milliseconds(250)
    /// How long the first frame waits for the first page and its detail.
    static let firstFrameLimit: Duration = .milliseconds(300)

    /// Something changed since the last frame.
    private var dirty = true
    private var nextOutsideCheck = ContinuousClock.now
    /// While the connection is lost: when to read everything again.
    private var nextRetry = ContinuousClock.now
    /// How often the loop tries to reach a lost team database.
    static let retryTick: Duration = .seconds(1)
    /// The write running on the write lane, if any.
    private var writeInFlight: Effect?
    private var announcedWaiting = false
    private var gaveUp = false

    /// - Parameters:
    ///   - watch: notices other programs' commits (nil: never looks).
    ///   - performer: runs effects; the runner's `perform` by default.
    public init(terminal: TerminalDevice, runner: EffectRunner, theme: Theme, state: AppState, editor: [String],
                watch: @escaping @autoclosure () -> (any ChangeWatching)? = nil, performer: Performer? = nil) {
        self.terminal = terminal
        self.runner = runner
        self.performer = performer ?? { effect, progress in runner.perform(effect, progress: progress) }
        self.theme = theme
        self.state = state
        self.editor = editor
        openWatch = watch
    }

    /// Whether background work is running or waiting to be taken in.
    public var isBackgroundBusy: Bool { lanes.isBusy }

    /// Runs until the user quits.
    public func run() throws {
        let size = terminal.size
        state.width = size.width
        state.height = size.height
        startAndDrawFirstFrame()
        while !state.quitRequested {
            let timeout: Duration = !lanes.isBusy ? AppLoop.idleTick
                : lanes.onlyBusy(AppLoop.writeLane) ? .milliseconds(50) : .milliseconds(4)
            let key = try terminal.readKey(timeout: timeout)
            noticeOutsideChanges()
            if let key {
                handle(key)
                settle(upTo: .milliseconds(12))
            }
            drainBackground()
            noticeWriteWait()
            if dirty { draw() }
        }
    }

    /// The first frame shows as soon as the first page of the list and its
    /// detail are in; the counts (on their own lane) and the tags follow.
    /// The counts start only after that frame (or once the first page is
    /// late): at 100,000 contacts the review count reads for a while, and
    /// started beside the first page it took the processor and the read
    /// connection from it. An empty list waits for the counts, which say
    /// whether the database is empty.
    private func startAndDrawFirstFrame() {
        // Before the first read: a commit made after it must be noticed.
        watch = openWatch()
        var later: [Effect] = []
        var counts: [Effect] = []
        for effect in App.start(&state) {
            switch effect {
            case .loadTags, .loadProjects: later.append(effect)
            case .loadCounts: counts.append(effect)
            case .loadContactsPage: submit(effect, lane: AppLoop.firstPageLane)
            default: perform([effect])
            }
        }
        let deadline = ContinuousClock.now + AppLoop.firstFrameLimit
        waitForFirstFrame(until: deadline) { $0.isBusy(AppLoop.firstPageLane) }
        if state.contacts.total == 0 {
            perform(counts)
            counts = []
            waitForFirstFrame(until: deadline) { $0.isBusy(AppLoop.countsLane) }
        }
        // The detail of the first row (asked for when the page came in).
        waitForFirstFrame(until: deadline) { $0.isBusy(AppLoop.listsLane) }
        draw()
        perform(counts + later)
    }

    /// Takes in background results until `busy` is false or `deadline` passes.
    private func waitForFirstFrame(until deadline: ContinuousClock.Instant, while busy: (BackgroundLanes) -> Bool) {
        while busy(lanes), ContinuousClock.now < deadline {
            lanes.waitForResult(until: deadline)
            drainBackground()
        }
        drainBackground()
    }

    private func handle(_ key: Key) {
        if key == .escape, announcedWaiting, writeInFlight != nil, !gaveUp {
            // Give up waiting for the other program: the write fails, the form stays.
            gaveUp = true
            runner.database.writeWait.giveUp()
            return
        }
        if key == .resize {
            let size = terminal.size
            terminal.forceFullRedraw()
            dispatch(.resize(width: size.width, height: size.height))
        } else {
            dispatch(.key(key))
        }
    }

    /// Midnight, and commits by other programs (checked every `idleTick` at most).
    private func noticeOutsideChanges() {
        let now = ContinuousClock.now
        guard now >= nextOutsideCheck else { return }
        nextOutsideCheck = now + AppLoop.idleTick
        if runner.today != state.today { dispatch(.dayChanged(runner.today)) }
        switch watch?.look() {
        case .changed?: dispatch(.databaseChanged)
        // An idle app learns of a lost server from the watch, without a key.
        case .lost? where !state.connectionLost: dispatch(.connectionLost)
        default: break
        }
        // The team database could not be reached: read again (which says
        // when it answers), never touching an open form.
        if state.connectionLost, now >= nextRetry, !lanes.isBusy {
            nextRetry = now + AppLoop.retryTick
            dispatch(.retryConnection)
        }
    }

    /// Says in the footer when a write waits for another program's lock.
    private func noticeWriteWait() {
        guard writeInFlight != nil, !gaveUp, runner.database.writeWait.isWaiting else { return }
        if !announcedWaiting || state.status?.text != App.waitingForWriteText {
            announcedWaiting = true
            dispatch(.writeWaiting(true))
        }
    }

    /// Feeds a message to `update` and runs what it asks for.
    func dispatch(_ msg: Msg) {
        dirty = true
        perform(App.update(&state, msg))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                state.quitRequested = true
            case .redraw:
                dirty = true
                terminal.forceFullRedraw()
            case let .editNotes(id, notes):
                dispatch(editNotes(contactId: id, notes: notes))
            default:
                if let lane = AppLoop.lane(of: effect) {
                    submit(effect, lane: lane)
                } else if let msg = performer(effect, { _ in }) {
                    dispatch(msg)
                }
            }
        }
    }

    private func submit(_ effect: Effect, lane: String) {
        if lane == AppLoop.writeLane {
            // One write at a time: a second one (a second save while the
            // first waits) is refused, not queued behind it.
            guard writeInFlight == nil else {
                dispatch(.writeRefused(effect))
                return
            }
            writeInFlight = effect
            gaveUp = false
            runner.database.writeWait.reset()
        }
        let performer = self.performer
        lanes.submit(lane: lane, replacing: AppLoop.replacementKey(of: effect)) { post in performer(effect, post) }
    }

    static let firstPageLane = "first-page"
    static let listsLane = "lists"
    static let countsLane = "counts"
    /// The length of a broadly searched list: read after its first page,
    /// beside the next keystroke's page, never in front of it.
    static let totalsLane = "totals"
    static let writeLane = "write"
    static let importLane = "import"

    /// The lane an effect runs on, nil for quick effects run at once.
    static func lane(of effect: Effect) -> String? {
        switch effect {
        case .loadCounts: return countsLane
        case .countContacts: return totalsLane
        case .importFile: return importLane
        default: break
        }
        if EffectRunner.writes(effect) { return writeLane }
        return EffectRunner.runsInBackground(effect) ? listsLane : nil
    }

    /// Background work with the same key replaces what is still waiting.
    static func replacementKey(of effect: Effect) -> String? {
        switch effect {
        case .loadContactsPage: return "contacts"
        case .loadReviewPage: return "review"
        case .loadCounts: return "counts"
        case .countContacts: return "totals"
        default: return nil
        }
    }

    /// Waits a little for background results, so a quick query shows in the
    /// same frame as the key that asked for it.
    private func settle(upTo limit: Duration) {
        let deadline = ContinuousClock.now + limit
        while lanes.isBusy, !lanes.onlyBusy(AppLoop.writeLane) || !runner.database.writeWait.isWaiting,
              ContinuousClock.now < deadline {
            lanes.waitForResult(until: deadline)
            drainBackground()
        }
        drainBackground()
    }

    private func drainBackground() {
        for (lane, msg) in lanes.takeResults() {
            guard lane == AppLoop.writeLane || lane == AppLoop.importLane else {
                dispatch(msg)
                continue
            }
            switch msg {
            case .saved, .undone, .imported:
                // Our own commit: the reload it leads to reads everything
                // committed until now, so the watch need not report it.
                _ = watch?.changed()
            default:
                break
            }
            guard lane == AppLoop.writeLane, let effect = writeInFlight else {
                dispatch(msg)
                continue
            }
            writeInFlight = nil
            if gaveUp, case .refused = msg {
                dispatch(.writeGaveUp(effect))
            } else {
                dispatch(msg)
            }
            if announcedWaiting {
                announcedWaiting = false
                dispatch(.writeWaiting(false))
            }
            gaveUp = false
        }
    }

    private func draw() {
        dirty = false
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
                return .failed(L10n.text("Could not write a temporary file for the notes"))
            }
            let status = try terminal.runExternal(editor + [file.path])
            terminal.forceFullRedraw()
            guard status == 0 else {
                return .failed(L10n.text("The editor (%1$@) exited with status %2$d; notes unchanged", editor.joined(separator: " "), Int(status)))
            }
            let data = try Data(contentsOf: file)
            guard let edited = String(data: data, encoding: .utf8) else { return .failed(L10n.text("The notes are not UTF-8 text; unchanged")) }
            var text = edited
            while text.hasSuffix("\n") { text.removeLast() }
            return .notesEdited(contactId: contactId, notes: text == notes ? nil : text)
        } catch {
            terminal.forceFullRedraw()
            return .failed(L10n.text("Could not edit the notes: %@", "\(error)"))
        }
    }
}

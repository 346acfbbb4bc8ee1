import Foundation
import GRDB
@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The real `AppLoop` against a fake terminal (scripted keys, captured
/// frames) and a database file that a second connection, standing in for
/// another program, writes to.
@Suite struct AppLoopTests {
    /// Bruno (an exchange 3 days ago), Camille (45 days ago) and Zoé (notes,
    /// never contacted), in a database file of their own.
    final class PressFile {
        let folder: URL
        let path: String
        let database: RapportDatabase
        /// Another program's connection to the same file.
        let other: RapportDatabase

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-loop-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent("press.sqlite").path
            database = try RapportDatabase.open(path: path)
            let bruno = try database.add("Bruno Martin", role: .expert, outlet: "Institut Prisme", addedDaysAgo: 300)
            try database.log(bruno, daysAgo: 3, "Called about the grid report", channel: .phone)
            let camille = try database.add("Camille Lefèvre", outlet: "Le Quotidien du Soir", tier: .a, addedDaysAgo: 400)
            try database.log(camille, daysAgo: 45, "Pitch on the heat-pump study")
            try database.add("Zoé Girard", role: .influencer, notes: "Prefers Signal; met at the Lyon climate forum", addedDaysAgo: 90)
            other = try RapportDatabase.open(path: path)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    /// Runs the loop until the script quits it.
    @discardableResult
    func runLoop(_ database: RapportDatabase, _ terminal: FakeTerminal, box: LoopBox = LoopBox(),
                 clock: any Clock = FixedClock(today), watch: Bool = true, editor: [String] = ["editor"],
                 performer: AppLoop.Performer? = nil) throws -> AppLoop {
        let runner = EffectRunner(database: database, clock: clock)
        let state = AppState(width: terminal.width, height: terminal.height, today: clock.today, databaseName: "press.sqlite")
        let loop = AppLoop(terminal: terminal, runner: runner, theme: .plain, state: state, editor: editor,
                           watch: watch ? database.changeWatch() : nil, performer: performer)
        box.loop = loop
        try loop.run()
        return loop
    }

    // MARK: Other programs' writes, midnight, Ctrl-l, views

    @Test func anotherProgramsCommitsShowWithoutAKeyAndTheSelectionStays() throws {
        let file = try PressFile()
        let bruno = try file.other.contact(named: "Bruno Martin")
        let box = LoopBox()
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Bruno Martin") && $0.shows("Called about the grid report") },
            .run { try file.other.log(bruno, daysAgo: 0, "Asked for the grid data by phone") },
            .waitUntil("the exchange another program logged") { $0.shows("Asked for the grid data by phone") },
            .run { try file.other.add("Aaron Abel", addedDaysAgo: 0) },
            .waitUntil("the contact another program added") { $0.shows("Aaron Abel") && $0.shows("Contacts 4") },
            .key(.char("q")),
        ])
        try runLoop(file.database, terminal, box: box)
        // Aaron comes first in name order: the selection stayed on Bruno.
        #expect(box.state?.contacts.selectedRow?.name == "Bruno Martin")
        #expect(box.state?.detail?.contact.name == "Bruno Martin")
    }

    @Test func ctrlLAndSwitchingViewsReadTheDatabaseAgain() throws {
        let file = try PressFile()
        let box = LoopBox()
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Bruno Martin") && box.loop?.isBackgroundBusy == false },
            .run { try file.other.add("Aaron Abel", addedDaysAgo: 0) },
            .key(.ctrl("l")),
            .waitUntil("the contact added before Ctrl-l") { $0.shows("Aaron Abel") && box.loop?.isBackgroundBusy == false },
            .run { try file.other.add("Abel Aubert", addedDaysAgo: 0) },
            .key(.char("2")),
            .key(.char("1")),
            .waitUntil("the contact added before the view switch") { $0.shows("Abel Aubert") },
            .key(.char("q")),
        ])
        // No watch: only the keys can bring the changes in.
        let loop = try runLoop(file.database, terminal, box: box, watch: false)
        #expect(loop.state.contacts.rows.map(\.name) == ["Aaron Abel", "Abel Aubert", "Bruno Martin", "Camille Lefèvre", "Zoé Girard"])
    }

    @Test func anOpenFormIsLeftAloneWhenAnotherProgramWrites() throws {
        let file = try PressFile()
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Bruno Martin") },
            .key(.char("l")),
            .key(.char("D")), .key(.char("a")), .key(.char("t")), .key(.char("a")),
            .run { try file.other.add("Aaron Abel", addedDaysAgo: 0) },
            .waitUntil("the new contact behind the form") { $0.shows("Aaron Abel") },
            .key(.ctrl("c")),
        ])
        let loop = try runLoop(file.database, terminal)
        guard case .form(let form) = loop.state.overlay else {
            Issue.record("the form was closed")
            return
        }
        #expect(form.fields.contains { field in
            if case .text(let editor) = field.kind { return editor.text == "Data" }
            return false
        })
    }

    @Test func midnightIsNoticedWithoutAKey() throws {
        let file = try PressFile()
        let clock = SettableClock(today)
        let tomorrow = today.adding(days: 1)
        let box = LoopBox()
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Bruno Martin") },
            .run { clock.set(tomorrow) },
            .waitUntil("the new day") { _ in box.state?.today == tomorrow },
            .key(.char("q")),
        ])
        try runLoop(file.database, terminal, box: box, clock: clock)
    }

    // MARK: Lanes

    @Test func theFirstFrameDoesNotWaitForTheCounts() throws {
        let file = try PressFile()
        let database = file.database
        let runner = EffectRunner(database: database, today: today)
        let countsGate = DispatchSemaphore(value: 0)
        let performer: AppLoop.Performer = { effect, progress in
            if case .loadCounts = effect { countsGate.wait() }
            return runner.perform(effect, progress: progress)
        }
        let seen = Flags()
        let terminal = FakeTerminal([
            .waitUntil("the list and detail while the counts are held") {
                guard $0.shows("Bruno Martin") && $0.shows("Called about the grid report") else { return false }
                if $0.shows("Contacts …") { seen.set("no count yet") }
                return true
            },
            .run { countsGate.signal() },
            .waitUntil("the counts") { $0.shows("Contacts 3") },
            .key(.char("q")),
        ])
        try runLoop(database, terminal, performer: performer)
        #expect(seen.isSet("no count yet"), "the header shows no number before the counts arrive")
    }

    /// At 100,000 contacts the review count reads for a while: started
    /// beside the first page it took the processor and the read connection
    /// from it, so the counts start once the first page and its detail are in.
    @Test func theCountsStartAfterTheFirstPageAndItsDetail() throws {
        let file = try PressFile()
        let runner = EffectRunner(database: file.database, today: today)
        let started = StartedEffects()
        let performer: AppLoop.Performer = { effect, progress in
            switch effect {
            case .loadCounts: started.append("counts")
            case .loadContactsPage: started.append("page")
            case .loadDetail: started.append("detail")
            default: break
            }
            return runner.perform(effect, progress: progress)
        }
        let terminal = FakeTerminal([
            .waitUntil("the first frame and the counts") { $0.shows("Called about the grid report") && $0.shows("Contacts 3") },
            .key(.char("q")),
        ])
        try runLoop(file.database, terminal, performer: performer)
        let order = started.names
        #expect(Array(order.prefix(3)) == ["page", "detail", "counts"], "\(order)")
        let first = try #require(terminal.frames.first)
        #expect(first.text.contains("Bruno Martin") && first.text.contains("Called about the grid report"), "the first frame has the list and the detail")
    }

    /// An empty list: the first frame waits for the counts, which say the database is empty.
    @Test func anEmptyDatabaseShowsItsWelcomeInTheFirstFrame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try RapportDatabase.open(path: folder.appendingPathComponent("empty.sqlite").path)
        let box = LoopBox()
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { !$0.frames.isEmpty },
            .key(.char("q")),
        ])
        try runLoop(database, terminal, box: box)
        #expect(box.loop?.state.isEmptyDatabase == true)
        let first = try #require(terminal.frames.first)
        #expect(!first.text.contains("Contacts …"), "the first frame of an empty database has its counts")
    }

    @Test func lateResultsOfAnEarlierQueryAreDroppedEvenWhenTheyArriveLast() throws {
        let file = try PressFile()
        let runner = EffectRunner(database: file.database, today: today)
        let gate = DispatchSemaphore(value: 0)
        let held = Flags()
        let box = LoopBox()
        // The first page (no search) is held until the search's page is on screen.
        let performer: AppLoop.Performer = { effect, progress in
            if case let .loadContactsPage(_, filter, _, _) = effect, filter.search == nil, held.setOnce("held") {
                gate.wait()
                let msg = runner.perform(effect, progress: progress)
                held.set("delivered")
                return msg
            }
            return runner.perform(effect, progress: progress)
        }
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { !$0.frames.isEmpty },
            .key(.char("/")), .key(.char("z")), .key(.char("o")),
            .waitUntil("the search's rows") { $0.shows("Zoé Girard") },
            .run { gate.signal() },
            .waitUntil("the first page, delivered late and taken in") { _ in
                held.isSet("delivered") && box.loop?.isBackgroundBusy == false
            },
            .key(.enter),
            .key(.char("q")),
        ])
        let loop = try runLoop(file.database, terminal, box: box, performer: performer)
        #expect(loop.state.contacts.rows.map(\.name) == ["Zoé Girard"])
        #expect(!terminal.shows("Bruno Martin"))
    }

    // MARK: Writes

    @Test func aSaveWaitingForAnotherProgramSaysSoAndEscGivesUpKeepingTheForm() throws {
        let file = try PressFile()
        let lock = WriteLockHolder(file.other)
        defer { lock.release() }
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Zoé Girard") },
            .key(.char("G")),
            .key(.char("l")),
            .key(.char("Q")), .key(.char("u")), .key(.char("i")), .key(.char("c")), .key(.char("k")),
            .run { lock.take() },
            .key(.enter),
            .waitUntil("the footer saying the save waits") { $0.shows(App.waitingForWriteText) },
            // The app still takes keys: the form shows what is typed.
            .key(.char("!")),
            .waitUntil("the key typed while waiting") { $0.shows("Quick!") },
            .key(.escape),
            .waitUntil("the form saying nothing was saved") { $0.shows("Gave up waiting for another program's write") },
            .run { lock.release() },
            .key(.ctrl("c")),
        ])
        let loop = try runLoop(file.database, terminal)
        guard case .form(let form) = loop.state.overlay else {
            Issue.record("the form was closed")
            return
        }
        #expect(form.fields.contains { field in
            if case .text(let editor) = field.kind { return editor.text == "Quick!" }
            return false
        })
        #expect(!terminal.shows(App.waitingForWriteText))
        lock.waitUntilReleased()
        #expect(try file.database.exchanges(contactId: try file.database.contact(named: "Zoé Girard").id).isEmpty)
    }

    @Test func aSaveWaitingForAnotherProgramGoesThroughWhenItEnds() throws {
        let file = try PressFile()
        let lock = WriteLockHolder(file.other)
        defer { lock.release() }
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Zoé Girard") },
            .key(.char("G")),
            .key(.char("l")),
            .key(.char("H")), .key(.char("i")),
            .run { lock.take() },
            .key(.enter),
            .waitUntil("the footer saying the save waits") { $0.shows(App.waitingForWriteText) },
            .run { lock.release() },
            .waitUntil("the save") { $0.shows("Logged exchange with Zoé Girard") },
            .key(.char("u")),
            .waitUntil("the undo") { $0.shows("Undid the exchange logged with Zoé Girard") },
            .key(.char("q")),
        ])
        try runLoop(file.database, terminal)
        #expect(try file.database.exchanges(contactId: try file.database.contact(named: "Zoé Girard").id).isEmpty)
    }

    // MARK: $EDITOR

    @Test func theEditorGetsTheTerminalAndTheNotesComeBack() throws {
        let file = try PressFile()
        let seen = Flags()
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Zoé Girard") },
            .key(.char("G")),
            .waitUntil("Zoé's detail") { $0.shows("Prefers Signal") },
            .key(.char("n")),
            .waitUntil("the edited notes") { $0.shows("Call before 10") },
            .key(.char("q")),
        ])
        var notesFile: String?
        terminal.external = { arguments in
            guard let path = arguments.last else { return 1 }
            notesFile = path
            let before = try String(contentsOfFile: path, encoding: .utf8)
            if before == "Prefers Signal; met at the Lyon climate forum\n" { seen.set("notes") }
            try "Prefers Signal\nCall before 10\n".write(toFile: path, atomically: false, encoding: .utf8)
            return 0
        }
        try runLoop(file.database, terminal, editor: ["my-editor", "--wait"])
        #expect(terminal.externalRuns.count == 1)
        #expect(terminal.externalRuns.first?.prefix(2) == ["my-editor", "--wait"])
        #expect(seen.isSet("notes"), "the editor opened on the notes")
        #expect(terminal.fullRedraws >= 1, "the screen is redrawn whole after the editor")
        let path = try #require(notesFile)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
        #expect(try file.database.contact(named: "Zoé Girard").notes == "Prefers Signal\nCall before 10")
    }
}

/// A clock the test moves on.
final class SettableClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var day: Day
    init(_ day: Day) { self.day = day }
    var today: Day {
        lock.lock()
        defer { lock.unlock() }
        return day
    }
    func set(_ day: Day) {
        lock.lock()
        self.day = day
        lock.unlock()
    }
}

/// Named flags shared between the loop's lanes and the test.
final class Flags: @unchecked Sendable {
    private let lock = NSLock()
    private var flags: Set<String> = []
    func set(_ name: String) {
        lock.lock()
        flags.insert(name)
        lock.unlock()
    }
    /// Sets the flag; true the first time only.
    func setOnce(_ name: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return flags.insert(name).inserted
    }
    func isSet(_ name: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return flags.contains(name)
    }
}

/// Another program holding the database's write lock (`BEGIN IMMEDIATE`)
/// until released.
final class WriteLockHolder: @unchecked Sendable {
    private let database: RapportDatabase
    private let taken = DispatchSemaphore(value: 0)
    private let releasing = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var holding = false

    init(_ database: RapportDatabase) { self.database = database }

    /// Takes the lock on a thread of its own; returns once it is held.
    func take() {
        lock.lock()
        holding = true
        lock.unlock()
        let database = self.database
        let taken = self.taken, releasing = self.releasing, finished = self.finished
        Thread.detachNewThread {
            try? database.writer.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                taken.signal()
                releasing.wait()
                try db.execute(sql: "ROLLBACK")
            }
            finished.signal()
        }
        taken.wait()
    }

    func release() {
        lock.lock()
        defer { lock.unlock() }
        guard holding else { return }
        holding = false
        releasing.signal()
    }

    func waitUntilReleased() {
        finished.wait()
        finished.signal()
    }
}

extension RapportDatabase {
    func contact(named name: String) throws -> Contact {
        for id in try contactIds(ContactFilter(includeArchived: true), sort: .name, today: today) {
            if let contact = try contact(id: id), contact.name == name { return contact }
        }
        throw FixtureError("no contact called \(name)")
    }
}

/// The effects a performer was asked to run, in order, from any thread.
final class StartedEffects: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ name: String) {
        lock.lock()
        list.append(name)
        lock.unlock()
    }
    var names: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}

@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// The fixed day every app test runs on.
let today = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

/// Drives the full-screen app as `AppLoop` does, without a terminal and
/// synchronously: a key goes to `App.update`, quick effects run at once on
/// a real in-memory database and their messages go back to `update`, list
/// queries (the loop's background effects) run after them in order. Effects
/// only the loop can perform (redraw, quit, the notes editor) are recorded.
final class AppDriver {
    private(set) var state: AppState
    let database: RapportDatabase
    let runner: EffectRunner

    /// Every effect `update` asked for since the last `send`, in order.
    private(set) var effects: [Effect] = []
    /// Effects the runner has no message for (redraw, quit, editNotes), since the last `send`.
    private(set) var loopEffects: [Effect] = []
    /// Messages fed to `update` since the last `send`, keys included.
    private(set) var messages: [Msg] = []
    /// Set when a key (or message) kept producing effects past `messageCap`: the app never settled.
    private(set) var runaway = false
    /// While true, list queries wait in `heldEffects` (as a slow query would); `release()` runs them.
    var holdBackground = false
    private(set) var heldEffects: [Effect] = []

    static let messageCap = 30
    private var messageCount = 0

    /// - Parameter store: what the app runs on, when not `database` itself
    ///   (a `TeamStoreDouble` forwarding to it).
    init(_ database: RapportDatabase, store: (any Store)? = nil, width: Int = 120, height: Int = 32,
         keymap: Keymap<AppAction> = AppAction.defaultKeymap()) {
        self.database = database
        runner = EffectRunner(database: store ?? database, today: today)
        state = AppState(width: width, height: height, today: today, databaseName: "press.sqlite", keymap: keymap)
        begin()
        perform(App.start(&state))
        settle()
    }

    /// Presses keys one after the other, letting each settle before the next.
    func send(_ keys: Key...) { send(keys) }

    func send(_ keys: [Key]) {
        begin()
        for key in keys {
            messageCount = 0
            dispatch(.key(key))
            settle()
        }
    }

    /// Types text, one `.char` per grapheme cluster.
    func type(_ text: String) { send(text.map { Key.char($0) }) }

    /// The terminal changed size.
    func resize(width: Int, height: Int) {
        begin()
        dispatch(.resize(width: width, height: height))
        settle()
    }

    /// Feeds one message (a key, a size, an effect's result) and settles.
    func deliver(_ msg: Msg) {
        begin()
        dispatch(msg)
        settle()
    }

    /// Runs the held list queries (and whatever they lead to).
    func release() {
        messageCount = 0
        let wasHolding = holdBackground
        holdBackground = false
        settle()
        holdBackground = wasHolding
    }

    func screen() -> ScreenBuffer { Screen.render(state) }
    func lines() -> [String] { screen().trimmedLines() }

    // MARK: Running

    private func begin() {
        effects = []
        loopEffects = []
        messages = []
        messageCount = 0
    }

    private func dispatch(_ msg: Msg) {
        messageCount += 1
        guard messageCount <= AppDriver.messageCap else {
            runaway = true
            heldEffects = []
            return
        }
        messages.append(msg)
        perform(App.update(&state, msg))
    }

    private func perform(_ newEffects: [Effect]) {
        for effect in newEffects {
            effects.append(effect)
            if EffectRunner.runsInBackground(effect) {
                heldEffects.append(effect)
            } else if let msg = runner.perform(effect) {
                dispatch(msg)
            } else {
                loopEffects.append(effect)
            }
        }
    }

    private func settle() {
        while !holdBackground, !heldEffects.isEmpty, messageCount <= AppDriver.messageCap {
            let effect = heldEffects.removeFirst()
            if let msg = runner.perform(effect) { dispatch(msg) }
        }
    }
}

// MARK: State shortcuts

extension AppDriver {
    /// Names of the loaded contact rows, in list order.
    var contactNames: [String] { state.contacts.rows.map(\.name) }
    var reviewNames: [String] { state.review.rows.map(\.row.name) }
    var followUpNames: [String] { state.followUps.rows.map(\.contact.name) }
    var selectedName: String? { state.selectedContactName }
    var detailName: String? { state.detail?.contact.name }
    var status: String? { state.status?.text }
    var form: FormState? {
        if case .form(let form) = state.overlay { return form }
        return nil
    }
    var picker: PickerState? {
        if case .picker(let picker) = state.overlay { return picker }
        return nil
    }
    var confirm: ConfirmState? {
        if case .confirm(let confirm) = state.overlay { return confirm }
        return nil
    }
    /// The ranges of the contact pages asked for since the last `send`.
    var contactPageRanges: [Range<Int>] {
        effects.compactMap { effect in
            if case let .loadContactsPage(_, _, _, range) = effect { return range }
            return nil
        }
    }

    /// Moves the selection to the contact called `name` in the current list (from the top).
    func select(_ name: String) throws {
        send(.char("g"))
        for _ in 0..<max(1, state.contacts.total + state.review.total + state.followUps.total) {
            if selectedName == name { return }
            send(.char("j"))
        }
        try #require(selectedName == name, "no row called \(name)")
    }

    func contact(_ name: String) throws -> Contact {
        let ids = try database.contactIds(ContactFilter(includeArchived: true), sort: .name, today: today)
        for id in ids {
            if let contact = try database.contact(id: id), contact.name == name { return contact }
        }
        throw FixtureError("no contact called \(name)")
    }

    func exchanges(of name: String) throws -> [Exchange] {
        try database.exchanges(contactId: try contact(name).id)
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

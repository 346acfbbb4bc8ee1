import RapportLocalization
import RapportCore
import RapportStore
import TerminalUI

/// The full-screen app's logic: `update(&state, msg)` changes the state and
/// returns the effects to run. Pure: no database, no terminal, no clock.
public enum App {
    /// The effects to run when the app starts.
    public static func start(_ state: inout AppState) -> [Effect] {
        reloadAll(&state) + [.loadTeam]
    }

    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            if key == .resize { return [] }
            // Esc followed quickly by a key arrives as Alt-key: nothing is
            // bound to Alt, so it is the two keys, as the user typed them.
            // Not in text fields: there Alt-b, Alt-f, Alt-d and Alt-Backspace
            // edit, and a form ignores any other Alt-key.
            if case .alt(let character) = key, state.keymap.action(for: key, in: context(state)) == nil,
               !altKeyStaysWhole(state, key) {
                let plain = character.unicodeScalars.first.flatMap { Key(codePoint: $0.value) } ?? .char(character)
                return handleKey(&state, .escape) + update(&state, .key(plain))
            }
            return handleKey(&state, key)
        case let .resize(width, height):
            state.width = width
            state.height = height
            return scrolled(&state)
        default:
            return receive(&state, msg)
        }
    }

    /// An Alt-key goes as it is to a form, and to the search field when it edits there.
    static func altKeyStaysWhole(_ state: AppState, _ key: Key) -> Bool {
        if case .form = state.overlay { return true }
        return state.overlay == nil && state.search.isEditing && LineEditor.isEditingKey(key)
    }

    /// The context a key is read in: the overlay, the welcome, or the focused pane.
    public static func context(_ state: AppState) -> KeyContext {
        switch state.overlay {
        case .help, .notice: return AppContext.help
        case .form: return AppContext.form
        case .picker, .confirm: return AppContext.picker
        case .exchange: return AppContext.exchange
        case nil: break
        }
        if showsWelcome(state) { return AppContext.welcome }
        if state.pane == .detail { return AppContext.detail }
        switch state.view {
        case .contacts: return AppContext.contacts
        case .review: return AppContext.review
        case .followUps: return AppContext.followUps
        }
    }

    /// The welcome shows on an empty database until something is added.
    static func isWelcome(_ state: AppState) -> Bool {
        state.loaded && state.isEmptyDatabase
    }

    /// The welcome has the keyboard (no overlay over it).
    static func showsWelcome(_ state: AppState) -> Bool {
        isWelcome(state) && state.overlay == nil
    }

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let context = context(state)
        let action = state.keymap.action(for: key, in: context)
        if action == .forceQuit { return quit(&state) }
        if action == .redraw { return [.redraw] + reloadKeepingSelection(&state) }
        if state.layout.isTooSmall {
            return action == .quit ? quit(&state) : []
        }
        if state.overlay != nil { return overlayKey(&state, key, action: action) }
        if state.search.isEditing { return searchKey(&state, key) }
        state.status = nil
        if showsWelcome(state) {
            if state.importInProgress, let action, action != .help { return mainAction(&state, action) }
            return welcomeKey(&state, action: action)
        }
        guard let action else { return [] }
        return mainAction(&state, action)
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        state.quitRequested = true
        return [.quit]
    }

    static func welcomeKey(_ state: inout AppState, action: AppAction?) -> [Effect] {
        switch action {
        case .add: return openAddForm(&state)
        case .welcomeDemo:
            state.status = StatusMessage(L10n.text("Loading the demo data…"))
            return [.loadDemo]
        case .welcomeImport, .importFile: return openImportPrompt(&state)
        case .help:
            state.overlay = .help(scroll: 0)
            return []
        case .quit: return quit(&state)
        default: return []
        }
    }
}

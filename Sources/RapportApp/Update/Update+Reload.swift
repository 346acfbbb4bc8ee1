import RapportLocalization
import RapportCore
import RapportStore
import TerminalUI

extension App {
    /// The footer while a save waits for another program's write lock.
    public static var waitingForWriteText: String { L10n.text("Waiting for another program's write… Esc to give up") }

    /// Messages from the loop about the database itself: another program's
    /// commit, and a write waiting for another program's lock.
    static func loopResult(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .databaseChanged, .retryConnection:
            return reloadKeepingSelection(&state)
        case .connectionLost:
            // As a failed read says it: the footer's "lost — retrying"
            // (an older message gives way to it; an open form is untouched).
            state.connectionLost = true
            if state.status?.kind != .error { state.status = nil }
            return []
        case .writeWaiting(let waiting):
            if waiting {
                state.status = StatusMessage(waitingForWriteText, .warning)
            } else if state.status?.text == waitingForWriteText {
                state.status = nil
            }
            return []
        case .writeGaveUp(let effect):
            return refusedWrite(&state, effect, L10n.text("Gave up waiting for another program's write; nothing was saved"))
        case .writeRefused(let effect):
            return refusedWrite(&state, effect, L10n.text("The previous change is still being saved; nothing else was saved"))
        default:
            return []
        }
    }

    /// A write that did not happen: undo keeps its entry, an open form keeps
    /// its text and says why.
    static func refusedWrite(_ state: inout AppState, _ effect: Effect, _ text: String) -> [Effect] {
        if case .undo(let entry) = effect { state.undo.append(entry) }
        if case .form(var form) = state.overlay {
            form.error = text
            state.overlay = .form(form)
            if state.status?.text == waitingForWriteText { state.status = nil }
        } else {
            state.status = StatusMessage(text, .warning)
        }
        return []
    }

    /// Reads again everything on screen (another program wrote, or Ctrl-l),
    /// keeping the contact list's selection on the same person and leaving
    /// an open form or search as it is.
    static func reloadKeepingSelection(_ state: inout AppState) -> [Effect] {
        let selected = state.view == .contacts ? state.contacts.selectedRow?.id : nil
        // Who is in the team too (names and initials in the history).
        let effects = reloadAll(&state) + [.loadTeam]
        guard let selected else { return effects }
        // Where the person stands now, asked before the page on the same lane.
        return [.locate(generation: state.generation, contactId: selected, filter: state.contactQuery, sort: state.sort)] + effects
    }

    /// The selected contact's detail, read again.
    static func reloadDetail(_ state: AppState) -> [Effect] {
        state.selectedContactId.map { [.loadDetail(contactId: $0)] } ?? []
    }
}

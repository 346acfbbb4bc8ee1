import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

/// Wording what the runner did: every footer message after a write, an undo
/// or a refusal is made here, with the keys of the action table (so `[keys]`
/// overrides show), from the domain values the runner returns.
extension App {
    /// The first key of an action, as help shows it.
    static func key(_ state: AppState, _ action: AppAction) -> String {
        state.keymap.keys(for: action).first?.displayName ?? action.rawValue
    }

    /// A write went through.
    static func saved(_ state: inout AppState, _ outcome: Outcome) -> [Effect] {
        if case .form = state.overlay { state.overlay = nil }
        state.connectionLost = false
        state.status = StatusMessage(savedText(outcome, undoKey: key(state, .undo)), .success)
        if let entry = undoEntry(for: outcome) { state.undo.append(entry) }
        guard case .contactAdded(let contact) = outcome else { return reloadAll(&state) }
        // A new contact: select it in the contact list, which shows everyone again.
        state.view = .contacts
        state.pane = .list
        state.search = SearchState()
        state.filter = ContactFilter()
        let effects = reloadAll(&state)
        return effects + [.locate(generation: state.generation, contactId: contact.id, filter: state.contactQuery, sort: state.sort)]
    }

    static func savedText(_ outcome: Outcome, undoKey: String) -> String {
        // The undo hint is a clause of its own after a dash, so it is translated alone.
        let undo = " — " + L10n.text("%@ to undo", undoKey)
        switch outcome {
        case let .logged(_, contact, warnings):
            let warning = warnings.isEmpty ? "" : " (" + warnings.joined(separator: " ") + ")"
            return L10n.text("Logged exchange with %@", contact.name) + undo + warning
        case .contactAdded(let contact): return L10n.text("Added %@", contact.name)
        case .contactEdited(_, let after): return L10n.text("Edited %@", after.name) + undo
        case .notesSaved(_, let after): return L10n.text("Saved the notes of %@", after.name) + undo
        case let .snoozed(contact, until):
            return until.map { L10n.text("Snoozed %1$@ until %2$@", contact.name, $0.shown) + undo }
                ?? L10n.text("%@ is awake again", contact.name)
        case .archived(let contact): return L10n.text("Archived %@", contact.name) + undo
        case .unarchived(let contact): return L10n.text("Unarchived %@", contact.name) + undo
        case .followUpDone(_, let name): return L10n.text("Follow-up with %@ done", name) + undo
        case .exchangeEdited(_, _, let name): return L10n.text("Edited the exchange with %@", name) + undo
        case let .exchangeDeleted(exchange, name):
            return L10n.text("Deleted the exchange of %1$@ with %2$@", exchange.day.shown, name) + undo
        case .demoLoaded(let report):
            return L10n.text("Loaded the demo: %1$@ fictional people, %2$@",
                             L10n.number(report.contacts), L10n.plural("%'d exchange", "%'d exchanges", report.exchanges))
        case let .coverageAdded(coverage, name): return coverageSavedText(coverage, contactName: name)
        }
    }

    /// What undo will put back after a write (nothing after an add or the demo).
    static func undoEntry(for outcome: Outcome) -> UndoEntry? {
        switch outcome {
        case let .logged(exchange, contact, _): return .logged(exchange, contactName: contact.name)
        case .contactAdded, .demoLoaded: return nil
        case .coverageAdded: return nil
        case let .contactEdited(before, after): return .edited(before: before, after: after, what: "edit")
        case let .notesSaved(before, after): return .edited(before: before, after: after, what: "notes edit") // l10n-exempt: an internal tag, worded by undoneText
        case .snoozed(let before, _): return .snoozed(contactId: before.id, name: before.name, previous: before.snoozedUntil)
        case .archived(let contact): return .archived(contactId: contact.id, name: contact.name)
        case .unarchived(let contact): return .unarchived(contactId: contact.id, name: contact.name)
        case let .followUpDone(exchangeId, name): return .followUpDone(exchangeId: exchangeId, contactName: name)
        case let .exchangeEdited(before, after, name): return .exchangeEdited(before: before, after: after, contactName: name)
        case let .exchangeDeleted(exchange, name): return .exchangeDeleted(exchange, contactName: name)
        }
    }

    static func undoneText(_ entry: UndoEntry) -> String {
        switch entry {
        case .exchangeEdited(_, _, let name): return L10n.text("Undid the edit of the exchange with %@", name)
        case let .exchangeDeleted(exchange, name): return L10n.text("Put back the exchange of %1$@ with %2$@", exchange.day.shown, name)
        case .unarchived(_, let name): return L10n.text("Undid the unarchive of %@", name)
        case .logged(_, let name): return L10n.text("Undid the exchange logged with %@", name)
        case let .edited(before, _, what):
            return what == "notes edit" ? L10n.text("Undid the notes edit of %@", before.name) : L10n.text("Undid the edit of %@", before.name) // l10n-exempt: an internal tag
        case .snoozed(_, let name, _): return L10n.text("Undid the snooze of %@", name)
        case .archived(_, let name): return L10n.text("Undid the archive of %@", name)
        case .followUpDone(_, let name): return L10n.text("The follow-up with %@ is open again", name)
        }
    }

    static func undoStaleText(_ entry: UndoEntry) -> String {
        switch entry {
        case .exchangeDeleted(_, let name): return L10n.text("Cannot undo: %@ changed or was removed since", name)
        case .edited(_, let after, _): return L10n.text("Cannot undo: %@ changed or was removed since", after.name)
        case .unarchived(_, let name), .snoozed(_, let name, _), .archived(_, let name),
             .logged(_, let name), .exchangeEdited(_, _, let name), .followUpDone(_, let name):
            return L10n.text("Cannot undo: %@ was removed since", name)
        }
    }

    /// The footer while the team database cannot be reached.
    public static var connectionLostText: String { L10n.text("connection to the team database lost — retrying") }

    /// What a refused write says: never that anything was saved.
    static func refusedText(_ error: StoreError, write: Bool) -> String {
        switch error {
        case .connectionLost:
            return write ? L10n.text("Not saved: the connection to the team database was lost; nothing was written. Retrying; try again once it is back")
                : L10n.text("The team database cannot be reached: %@", error.description)
        case .changedSince:
            // The store's own words: who changed it, when, and that nothing was overwritten.
            return error.description
        default:
            return write ? L10n.text("Not saved: %@", error.description) : error.description
        }
    }

    /// The store refused an effect, or could not be reached. A form keeps
    /// every character typed and says why; an undo that could not reach the
    /// database can be tried again.
    static func refused(_ state: inout AppState, _ error: StoreError, _ effect: Effect) -> [Effect] {
        let write = EffectRunner.writes(effect)
        let lost: Bool
        if case .connectionLost = error { lost = true } else { lost = false }
        if lost {
            state.connectionLost = true
            if case .undo(let entry) = effect { state.undo.append(entry) }
            // A read that failed: the footer says the connection is lost
            // (an older message, "Logged…" say, gives way to it).
            guard write else {
                if state.status?.kind != .error { state.status = nil }
                return []
            }
        }
        let text = refusedText(error, write: write)
        // A write's refusal shows in its form; a failed read behind an open
        // form goes to the footer, not into the form.
        if write, case .form(var form) = state.overlay {
            form.error = text
            state.overlay = .form(form)
        } else {
            state.status = StatusMessage(text, .error)
        }
        return []
    }

    /// The team's members arrived (who wrote what, in the history).
    static func teamLoaded(_ state: inout AppState, _ team: TeamState) -> [Effect] {
        state.team = team
        return []
    }
}

import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

/// The history in the detail pane: a highlight moved with j/k, an exchange
/// read in full (Enter), edited in the log form (e) or deleted (D).
extension App {
    /// Open, edit or delete the highlighted exchange.
    static func historyAction(_ state: inout AppState, _ action: AppAction) -> [Effect] {
        guard let detail = selectedDetail(state) else { return [] }
        guard let exchange = detail.highlightedExchange else {
            // No history: `e` still edits the person, as it does in the list.
            if action == .editExchange { return openEditForm(&state) }
            state.status = StatusMessage(L10n.text("No exchange here yet: %@ logs one", key(state, .log)), .warning)
            return []
        }
        switch action {
        case .openExchange:
            state.overlay = .exchange(ExchangeOverlayState(exchange: exchange, contactName: detail.contact.name,
                                                                 colleague: state.team.colleagueName(exchange.author)))
            return []
        case .editExchange:
            return openExchangeEditForm(&state, exchange, detail: detail)
        case .deleteExchange:
            return askToDelete(&state, exchange, contactName: detail.contact.name)
        default:
            return []
        }
    }

    static func askToDelete(_ state: inout AppState, _ exchange: Exchange, contactName: String) -> [Effect] {
        let summary = TextSanitizer.singleLine(exchange.summary)
        state.overlay = .confirm(ConfirmState(
            question: L10n.text("Delete the exchange of %1$@ with %2$@ (“%3$@”)? %4$@ undoes it. (y/n)",
                                exchange.day.shown, contactName, summary, key(state, .undo)),
            purpose: .deleteExchange(exchange, contactName: contactName)))
        return []
    }

    static func openExchangeEditForm(_ state: inout AppState, _ exchange: Exchange, detail: DetailState) -> [Effect] {
        let window = state.today.adding(days: -PesteringGuard.askWindowDays - 1)
        let context = LogContext(
            contactId: detail.contact.id, contactName: detail.contact.name, doNotContact: detail.contact.doNotContact,
            recent: guardEntries(state, detail.exchanges.filter { $0.id != exchange.id && $0.day >= window }),
            lastChannel: exchange.channel)
        state.overlay = .form(Forms.editExchange(exchange, context: context, today: state.today, team: state.team.isTeam))
        return []
    }

    static func saveExchangeEdit(_ state: inout AppState, _ form: inout FormState, original: Exchange, context: LogContext) -> [Effect] {
        guard let draft = Forms.exchangeDraft(&form, original: original, today: state.today) else { return [] }
        var unchanged = ExchangeDraft(original)
        unchanged.notesPrivate = original.notesPrivate
        if draft == unchanged {
            state.overlay = nil
            state.status = StatusMessage(L10n.text("No change"))
            return []
        }
        form.error = nil
        return [.updateExchange(before: original, draft, contactName: context.contactName)]
    }

    /// `x`: archive, or offer to unarchive a contact already archived.
    static func archiveAction(_ state: inout AppState) -> [Effect] {
        guard let id = state.selectedContactId, let name = state.selectedContactName else { return [] }
        let archived = state.view == .contacts ? state.contacts.selectedRow?.archived == true
            : selectedDetail(state)?.contact.archived == true
        if archived {
            state.overlay = .confirm(ConfirmState(question: L10n.text("Unarchive %@? They come back to lists and the review. (y/n)", name),
                                                  purpose: .unarchive(contactId: id, name: name)))
        } else {
            state.overlay = .confirm(ConfirmState(question: L10n.text("Archive %@? It leaves lists and the review; nothing is deleted. (y/n)", name),
                                                  purpose: .archive(contactId: id, name: name)))
        }
        return []
    }

    // MARK: The highlight

    /// `j`/`k` in the focused detail: the highlight moves through the
    /// history and the pane scrolls to keep it in view. Past either end
    /// (or with no history) the pane scrolls instead.
    static func moveHighlight(_ state: inout AppState, by delta: Int) -> [Effect] {
        guard var detail = selectedDetail(state) else { return move(&state, by: delta) }
        let target = min(max(0, detail.highlight + delta), detail.exchanges.count - 1)
        guard !detail.exchanges.isEmpty, target != detail.highlight else { return move(&state, by: delta) }
        detail.highlight = target
        detail.scroll = scrollShowing(state, detail)
        state.detail = detail
        return []
    }

    /// `g`/`G` in the focused detail: the top (newest exchange) or the bottom (oldest).
    static func highlightEnd(_ state: inout AppState, last: Bool) -> [Effect] {
        guard var detail = selectedDetail(state) else { return [] }
        detail.highlight = last ? max(0, detail.exchanges.count - 1) : 0
        detail.scroll = last ? detailScrollLimit(state) : 0
        state.detail = detail
        return []
    }

    /// The scroll that shows the highlighted exchange (and its follow-up line).
    static func scrollShowing(_ state: AppState, _ detail: DetailState) -> Int {
        let area = DetailPane.textArea(state.layout.detail)
        let lines = DetailPane.lines(detail, today: state.today, width: area.width, team: state.team)
        guard let range = DetailPane.lineRange(ofExchange: detail.highlight, in: lines) else { return detail.scroll }
        var scroll = detail.scroll
        // The last row may say "↓ more": keep the highlight above it.
        let room = max(1, area.height - 1)
        if range.lowerBound < scroll { scroll = range.lowerBound }
        if range.upperBound > scroll + room { scroll = range.upperBound - room }
        return min(max(0, scroll), max(0, lines.count - area.height))
    }

    /// The highlight stays on the same exchange when the detail is read
    /// again (after an edit, a delete, a reload).
    static func keepHighlight(_ loaded: inout DetailState, previous: DetailState) {
        if let id = previous.highlightedExchange?.id, let index = loaded.exchanges.firstIndex(where: { $0.id == id }) {
            loaded.highlight = index
        } else {
            loaded.highlight = min(previous.highlight, max(0, loaded.exchanges.count - 1))
        }
    }

    // MARK: The exchange overlay

    static func exchangeOverlayKey(_ state: inout AppState, _ reading: inout ExchangeOverlayState, _ key: Key,
                                   action: AppAction?) -> [Effect] {
        if state.importInProgress, let action, writing.contains(action) {
            state.status = StatusMessage(L10n.text("An import is running; this can wait until it ends"), .warning)
            return []
        }
        let limit = ExchangeOverlay.scrollLimit(reading, screen: state.layout.screen, today: state.today)
        let page = max(1, ExchangeOverlay.frame(reading, screen: state.layout.screen, today: state.today).inner.height - 1)
        let clamp = { (value: Int) in min(max(0, value), limit) }
        switch action {
        case .down: reading.scroll = clamp(reading.scroll + 1)
        case .up: reading.scroll = clamp(reading.scroll - 1)
        case .pageDown: reading.scroll = clamp(reading.scroll + page)
        case .pageUp: reading.scroll = clamp(reading.scroll - page)
        case .top: reading.scroll = 0
        case .bottom: reading.scroll = limit
        case .back:
            state.overlay = nil
            return []
        case .editExchange:
            guard let detail = state.detail, detail.contact.id == reading.exchange.contactId else { return [] }
            return openExchangeEditForm(&state, reading.exchange, detail: detail)
        case .deleteExchange:
            return askToDelete(&state, reading.exchange, contactName: reading.contactName)
        default:
            if key == .char("q") || key == .enter {
                state.overlay = nil
                return []
            }
        }
        state.overlay = .exchange(reading)
        return []
    }
}

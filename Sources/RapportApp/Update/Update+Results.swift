import RapportLocalization
import RapportCore
import RapportStore
import TerminalUI

extension App {
    /// Results of effects.
    static func receive(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        let visible = state.visibleRows
        switch msg {
        case let .counts(counts, isEmpty):
            // The database answers again.
            state.connectionLost = false
            state.counts = counts
            state.isEmptyDatabase = isEmpty
            state.loaded = true
            return []
        case let .contactsPage(generation, start, rows, total):
            guard generation == state.generation else { return [] }
            state.contacts.receive(rows, start: start, total: total, visible: visible)
            return (state.view == .contacts ? pageEffects(&state) + detailEffects(state) : [])
        case let .contactsPartialPage(generation, start, rows):
            guard generation == state.generation else { return [] }
            state.contacts.receivePartial(rows, start: start, visible: visible)
            let count: [Effect] = state.contacts.totalIsEstimate
                ? [.countContacts(generation: generation, filter: state.contactQuery, sort: state.sort)] : []
            return count + (state.view == .contacts ? pageEffects(&state) + detailEffects(state) : [])
        case let .contactsTotal(generation, total):
            guard generation == state.generation else { return [] }
            state.contacts.receiveTotal(total, visible: visible)
            return state.view == .contacts ? pageEffects(&state) + detailEffects(state) : []
        case let .reviewPage(generation, start, rows, total):
            guard generation == state.generation else { return [] }
            state.review.receive(rows, start: start, total: total, visible: visible)
            state.counts.review = total
            return (state.view == .review ? pageEffects(&state) + detailEffects(state) : [])
        case let .followUpsLoaded(generation, entries):
            guard generation == state.generation else { return [] }
            state.followUps.receive(entries, start: 0, total: entries.count, visible: visible)
            return state.view == .followUps ? detailEffects(state) : []
        case .detailLoaded(let detail):
            let keepScroll = state.detail?.contact.id == detail.contact.id
            var loaded = detail
            if keepScroll, let previous = state.detail {
                loaded.scroll = previous.scroll
                keepHighlight(&loaded, previous: previous)
            }
            state.detail = loaded
            return []
        case .tagsLoaded(let tags):
            state.tags = tags
            return []
        case .projectsLoaded(let projects):
            state.projects = projects
            return []
        case .saved(let outcome):
            return saved(&state, outcome)
        case .undone(let entry):
            state.connectionLost = false
            state.status = StatusMessage(undoneText(entry))
            return reloadAll(&state)
        case .undoStale(let entry):
            state.status = StatusMessage(undoStaleText(entry), .error)
            return []
        case .contactMissing:
            state.status = StatusMessage(L10n.text("That contact no longer exists"), .error)
            return []
        case let .refused(error, effect):
            return refused(&state, error, effect)
        case .teamLoaded(let team):
            return teamLoaded(&state, team)
        case .failed(let message):
            if case .form(var form) = state.overlay {
                form.error = message
                state.overlay = .form(form)
            } else {
                state.status = StatusMessage(message, .error)
            }
            return []
        case let .notesEdited(id, notes):
            guard let notes else {
                state.status = StatusMessage(L10n.text("Notes unchanged"))
                return [.redraw]
            }
            return [.redraw, .saveNotes(contactId: id, notes: notes)]
        case let .pathCompleted(text, candidates):
            guard case .form(var form) = state.overlay, let index = form.fields.firstIndex(where: { $0.id == .path }),
                  case .text(var editor) = form.fields[index].kind else { return [] }
            if let text {
                editor.setText(text)
                form.fields[index].kind = .text(editor)
            }
            form.fields[index].error = nil
            form.fields[index].hint = candidates.isEmpty ? L10n.text("no match") : candidates.prefix(6).joined(separator: "  ")
            state.overlay = .form(form)
            return []
        case let .located(generation, index):
            guard generation == state.generation else { return [] }
            // The page may not have arrived yet: it clamps the selection when it does.
            state.contacts.selected = index
            state.contacts.top = max(0, index - visible / 2)
            if state.contacts.total > 0 { state.contacts.select(index, visible: visible) }
            return pageEffects(&state) + detailEffects(state)
        case let .importProgress(done, total):
            let bar = total.map { total in
                total > 0 ? " " + HorizontalBar(value: Double(done), maximum: Double(total)).segments(width: 20).filled : ""
            } ?? ""
            let progress = total.map { L10n.text("Importing… %1$@ of %2$@ records", L10n.number(done), L10n.number($0)) }
                ?? L10n.text("Importing… %@ records", L10n.number(done))
            state.status = StatusMessage(progress + bar)
            return []
        case let .imported(message, warnings):
            state.importInProgress = false
            state.status = message
            showImportWarnings(&state, summary: message.text, warnings: warnings)
            return reloadAll(&state)
        case .dayChanged(let day):
            state.today = day
            return reloadAll(&state)
        case .databaseChanged, .writeWaiting, .writeGaveUp, .writeRefused, .retryConnection, .connectionLost:
            return loopResult(&state, msg)
        case .key, .resize:
            return []
        }
    }
}

import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

extension App {
    /// Actions that write to the database.
    static let writing: Set<AppAction> = [.log, .add, .edit, .notes, .snooze, .archive, .followUpDone, .undo, .importFile, .welcomeDemo, .welcomeImport,
                                          .editExchange, .deleteExchange,
                                          .coverage]

    /// A command on the main screen.
    static func mainAction(_ state: inout AppState, _ action: AppAction) -> [Effect] {
        if state.importInProgress && writing.contains(action) {
            state.status = StatusMessage(L10n.text("An import is running; this can wait until it ends"), .warning)
            return []
        }
        if state.importInProgress && action == .quit {
            state.status = StatusMessage(L10n.text("An import is running: quitting would cancel it. Ctrl-c quits anyway"), .warning)
            return []
        }
        switch action {
        case .down: return state.pane == .detail ? moveHighlight(&state, by: 1) : move(&state, by: 1)
        case .up: return state.pane == .detail ? moveHighlight(&state, by: -1) : move(&state, by: -1)
        case .pageDown: return move(&state, by: max(1, state.visibleRows - 1))
        case .pageUp: return move(&state, by: -max(1, state.visibleRows - 1))
        case .top: return state.pane == .detail ? highlightEnd(&state, last: false) : move(&state, to: 0)
        case .bottom: return state.pane == .detail ? highlightEnd(&state, last: true) : move(&state, to: Int.max / 2)
        case .switchPane:
            state.pane = state.pane == .list ? .detail : .list
            return []
        case .open:
            guard state.selectedContactId != nil else { return [] }
            state.pane = .detail
            return []
        case .back:
            if state.pane == .detail {
                state.pane = .list
                return []
            }
            if !state.search.query.isEmpty {
                state.search = SearchState()
                return reloadContacts(&state)
            }
            return []
        case .viewContacts: return switchView(&state, to: .contacts)
        case .viewReview: return switchView(&state, to: .review)
        case .viewFollowUps: return switchView(&state, to: .followUps)
        case .search:
            state.search.isEditing = true
            state.pane = .list
            if state.view != .contacts { return switchView(&state, to: .contacts) }
            return []
        case .sort where state.view != .contacts, .filter where state.view != .contacts:
            state.status = StatusMessage(L10n.text("Sort and filter apply to the contact list: press %@", key(state, .viewContacts)), .warning)
            return []
        case .sort:
            let all = ContactSort.allCases
            state.sort = all[((all.firstIndex(of: state.sort) ?? 0) + 1) % all.count]
            // The store's label is the msgid (context "sort"); already French, it passes through unchanged.
            state.status = StatusMessage(L10n.text("Sorted by %@", L10n.text(state.sort.label, context: "sort")))
            return reloadContacts(&state)
        case .filter: return openFilterPicker(&state)
        case .reviewScope: return toggleReviewScope(&state)
        case .log: return openLogForm(&state)
        case .add: return openAddForm(&state)
        case .edit: return openEditForm(&state)
        case .notes:
            guard let detail = selectedDetail(state) else { return [] }
            return [.editNotes(contactId: detail.contact.id, notes: detail.contact.notes)]
        case .snooze: return openSnoozePicker(&state)
        case .archive: return archiveAction(&state)
        case .openExchange, .editExchange, .deleteExchange: return historyAction(&state, action)
        case .followUpDone: return markFollowUpDone(&state)
        case .undo:
            guard let entry = state.undo.popLast() else {
                state.status = StatusMessage(L10n.text("Nothing to undo"), .warning)
                return []
            }
            return [.undo(entry)]
        case .importFile: return openImportPrompt(&state)
        case .coverage: return openCoverageForm(&state)
        case .help:
            state.overlay = .help(scroll: 0)
            return []
        case .quit: return quit(&state)
        default: return []
        }
    }

    /// `t` in the review (team mode): the user's own contacts, or everyone's.
    static func toggleReviewScope(_ state: inout AppState) -> [Effect] {
        guard state.team.isTeam else {
            state.status = StatusMessage(L10n.text("A personal file has no owners: the review shows every contact"), .warning)
            return []
        }
        state.reviewScope = state.reviewScope == .mine ? .team : .mine
        let key = key(state, .reviewScope)
        state.status = StatusMessage(state.reviewScope == .mine
            ? L10n.text("Review: your own contacts — %@ shows the whole team's", key)
            : L10n.text("Review: the whole team's contacts — %@ shows only yours", key))
        state.review.reset()
        return switchView(&state, to: .review)
    }

    /// The detail, when it is the selected contact's.
    static func selectedDetail(_ state: AppState) -> DetailState? {
        guard let detail = state.detail, detail.contact.id == state.selectedContactId else { return nil }
        return detail
    }

    static func switchView(_ state: inout AppState, to view: AppView) -> [Effect] {
        state.view = view
        state.pane = .list
        newGeneration(&state)
        switch view {
        case .contacts:
            // Switching views reloads that view (another program may have written).
            state.contacts.invalidate()
            return [.loadCounts(review: state.reviewScope)] + pageEffects(&state) + reloadDetail(state)
        case .review:
            state.review.invalidate()
            return [.loadCounts(review: state.reviewScope)] + pageEffects(&state) + reloadDetail(state)
        case .followUps:
            return [.loadFollowUps(generation: state.generation)]
        }
    }

    /// How far the detail can scroll: until its last line is on the last row.
    static func detailScrollLimit(_ state: AppState) -> Int {
        guard let detail = selectedDetail(state) else { return 0 }
        let area = DetailPane.textArea(state.layout.detail)
        return max(0, DetailPane.shownLines(detail, state: state, width: area.width).count - area.height)
    }

    /// Moves the selection of the current list, or scrolls the detail when it has the keyboard.
    static func move(_ state: inout AppState, by delta: Int) -> [Effect] {
        if state.pane == .detail, var detail = state.detail {
            detail.scroll = min(max(0, detail.scroll + delta), detailScrollLimit(state))
            state.detail = detail
            return []
        }
        let visible = state.visibleRows
        switch state.view {
        case .contacts: state.contacts.move(by: delta, visible: visible)
        case .review: state.review.move(by: delta, visible: visible)
        case .followUps: state.followUps.move(by: delta, visible: visible)
        }
        return pageEffects(&state) + detailEffects(state)
    }

    static func move(_ state: inout AppState, to index: Int) -> [Effect] {
        if state.pane == .detail, var detail = state.detail {
            detail.scroll = index == 0 ? 0 : detailScrollLimit(state)
            state.detail = detail
            return []
        }
        let visible = state.visibleRows
        switch state.view {
        case .contacts: state.contacts.select(index, visible: visible)
        case .review: state.review.select(index, visible: visible)
        case .followUps: state.followUps.select(index, visible: visible)
        }
        return pageEffects(&state) + detailEffects(state)
    }

    /// Loads the rows the screen needs and are not loaded yet.
    static func pageEffects(_ state: inout AppState) -> [Effect] {
        let visible = state.visibleRows
        switch state.view {
        case .contacts:
            guard let range = state.contacts.missingPage(visible: visible) ?? initialRange(state.contacts, visible) else { return [] }
            state.contacts.pending = range
            return [.loadContactsPage(generation: state.generation, filter: state.contactQuery, sort: state.sort, range: range)]
        case .review:
            guard let range = state.review.missingPage(visible: visible) ?? initialRange(state.review, visible) else { return [] }
            state.review.pending = range
            return [.loadReviewPage(generation: state.generation, scope: state.reviewScope, range: range)]
        case .followUps:
            return []
        }
    }

    /// Answers to requests made before now will be dropped: forget that
    /// they are pending, so what the screen needs is asked for again.
    static func newGeneration(_ state: inout AppState) {
        state.generation += 1
        state.contacts.pending = nil
        state.review.pending = nil
    }

    /// The first page of a list not loaded yet (its length is not known).
    static func initialRange<Row>(_ list: PagedList<Row>, _ visible: Int) -> Range<Int>? {
        guard !list.isLoaded || list.isStale, list.pending == nil else { return nil }
        let start = max(0, list.top - visible)
        return start..<(list.top + 3 * max(visible, 20))
    }

    /// Loads the selected contact's detail when it is someone else's.
    static func detailEffects(_ state: AppState) -> [Effect] {
        guard let id = state.selectedContactId else { return [] }
        if let detail = state.detail, detail.contact.id == id { return [] }
        return [.loadDetail(contactId: id)]
    }

    /// The contact list's query changed: start again from the top.
    static func reloadContacts(_ state: inout AppState) -> [Effect] {
        newGeneration(&state)
        state.contacts.reset()
        state.view = .contacts
        return pageEffects(&state)
    }

    /// Everything the screen shows, read again (after a write, at start).
    static func reloadAll(_ state: inout AppState) -> [Effect] {
        newGeneration(&state)
        state.contacts.invalidate()
        state.review.invalidate()
        var effects: [Effect] = [.loadCounts(review: state.reviewScope), .loadTags, .loadProjects]
        effects += pageEffects(&state)
        if state.view == .followUps { effects.append(.loadFollowUps(generation: state.generation)) }
        if let id = state.selectedContactId ?? state.detail?.contact.id { effects.append(.loadDetail(contactId: id)) }
        return effects
    }

    /// After a resize: keep the selection visible and load what is now shown.
    static func scrolled(_ state: inout AppState) -> [Effect] {
        let visible = state.visibleRows
        state.contacts.scroll(visible: visible)
        state.review.scroll(visible: visible)
        state.followUps.scroll(visible: visible)
        return pageEffects(&state)
    }

    static func markFollowUpDone(_ state: inout AppState) -> [Effect] {
        var target: (Int64, String)?
        switch state.view {
        case .review where state.pane == .list:
            if let entry = state.review.selectedRow {
                for reason in entry.item.reasons {
                    if case let .followUpDue(exchangeId, _, _) = reason { target = (exchangeId, entry.row.name); break }
                }
            }
        case .followUps where state.pane == .list:
            if let entry = state.followUps.selectedRow { target = (entry.exchangeId, entry.contact.name) }
        default:
            if let detail = selectedDetail(state), let open = pendingFollowUp(detail) {
                target = (open.id, detail.contact.name)
            }
        }
        guard let (exchangeId, name) = target else {
            state.status = StatusMessage(L10n.text("No follow-up to mark done here"), .warning)
            return []
        }
        return [.followUpDone(exchangeId: exchangeId, contactName: name)]
    }

    /// The earliest open follow-up of a contact.
    static func pendingFollowUp(_ detail: DetailState) -> Exchange? {
        detail.exchanges.filter { $0.followUp != nil && $0.followUp?.done == nil }
            .min { ($0.followUp?.due ?? $0.day) < ($1.followUp?.due ?? $1.day) }
    }

    /// Keys while the search field has the keyboard: every change filters the list.
    static func searchKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        switch key {
        case .enter:
            state.search.isEditing = false
            return []
        case .escape:
            state.search = SearchState()
            return reloadContacts(&state)
        case .up, .down, .pageUp, .pageDown:
            state.search.isEditing = false
            if let action = state.keymap.action(for: key, in: AppContext.contacts) { return mainAction(&state, action) }
            return []
        default:
            let before = state.search.query
            _ = state.search.editor.handle(key)
            guard state.search.query != before else { return [] }
            return reloadContacts(&state)
        }
    }
}

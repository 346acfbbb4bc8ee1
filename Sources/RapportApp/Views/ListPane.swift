import RapportCore
import RapportLocalization
import RapportSettings
import RapportStore
import TerminalUI

/// The left pane: the list of the current view (contacts, review or
/// follow-ups), showing only the rows on screen.
struct ListPane: Widget {
    let state: AppState

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let focused = state.pane == .list
        switch state.view {
        case .contacts: renderContacts(into: &buffer, area: area, focused: focused)
        case .review: renderReview(into: &buffer, area: area, focused: focused)
        case .followUps: renderFollowUps(into: &buffer, area: area, focused: focused)
        }
    }

    /// The rows from `top` that fit, with placeholders for rows still loading.
    static func window<Row>(_ list: PagedList<Row>, visible: Int, make: (Row) -> ListRow) -> (rows: [ListRow], state: ListState) {
        let end = min(list.total, list.top + visible)
        let rows = (list.top..<max(list.top, end)).map { index in
            list.row(at: index).map(make) ?? ListRow([ListCell("…")], role: .listDim)
        }
        return (rows, ListState(selected: list.total > 0 ? list.selected - list.top : nil, offset: 0))
    }

    static func listView(columns: [ListColumn], window: (rows: [ListRow], state: ListState), focused: Bool, empty: String) -> ListView {
        var view = ListView(columns: columns, rows: window.rows, state: window.state, showHeader: true, emptyMessage: empty)
        if !focused { view.selectedRole = .listDim }
        return view
    }

    func renderContacts(into buffer: inout ScreenBuffer, area: Rect, focused: Bool) {
        let wide = area.width >= 64, withOutlet = area.width >= 46, wider = area.width >= 80
        // The role column as wide as the longest role name, 10 to 13 columns (French names are longer).
        let roleWidth = min(13, max(10, Role.allCases.map { DisplayWidth.of(shownName($0)) }.max() ?? 10))
        var columns = [ListColumn(L10n.text("Name"), width: .flexible(min: 12, weight: 3))]
        if withOutlet { columns.append(ListColumn(L10n.text("Outlet"), width: .flexible(min: 8, weight: 2))) }
        if wider { columns.append(ListColumn(L10n.text("Role"), width: .fixed(roleWidth))) }
        columns.append(ListColumn(L10n.text("Last", context: "days since the last exchange, 5 columns"), width: .fixed(5), alignment: .right))
        columns.append(ListColumn(L10n.text("Warmth"), width: .fixed(wide ? 10 : 7)))
        let terms = state.searchTerms
        let window = ListPane.window(state.contacts, visible: state.visibleRows) { row in
            var cells = [SearchHighlight.cell(row.name + (row.doNotContact ? " ⊘" : ""), terms: terms)]
            if withOutlet { cells.append(SearchHighlight.cell(row.outlet, terms: terms)) }
            if wider { cells.append(ListCell(shownName(row.role))) }
            cells.append(ListCell(RowText.days(row.daysSinceLast)))
            // Archived, snoozed and do-not-contact people are dimmed, every cell.
            let dim = row.archived || row.doNotContact || row.isSnoozed(state.today)
            cells.append(ListCell(RowText.warmthBar(row.warmth, width: wide ? 6 : 3), role: dim ? nil : row.warmth.label.styleRole))
            let role: StyleRole? = dim ? .listDim : (row.due.isDue ? .listOverdue : nil)
            return ListRow(cells, role: role)
        }
        let empty = state.search.query.isEmpty && state.filter.role == nil && state.filter.tag == nil && !state.filter.archivedOnly
            && state.filter.project == nil
            ? L10n.text("No contacts yet: %@ adds one.", App.key(state, .add)) : L10n.text("No contact matches.")
        ListPane.listView(columns: columns, window: window, focused: focused, empty: state.loaded ? empty : "")
            .render(into: &buffer, area: area)
    }

    func renderReview(into buffer: inout ScreenBuffer, area: Rect, focused: Bool) {
        var columns = [ListColumn(L10n.text("Due", context: "column"), width: .flexible(min: 12, weight: 2))]
        if area.width >= 70 { columns.append(ListColumn(L10n.text("Tier", context: "column, 4 columns"), width: .fixed(4))) }
        columns.append(ListColumn(L10n.text("Why"), width: .flexible(min: 20, weight: 3)))
        let window = ListPane.window(state.review, visible: state.visibleRows) { entry in
            var cells = [ListCell(entry.row.name)]
            if area.width >= 70 { cells.append(ListCell(entry.row.tier.rawValue)) }
            let followUp = entry.item.hasFollowUpDue
            cells.append(ListCell(entry.item.reasonText, role: followUp ? .statusWarning : nil))
            return ListRow(cells, role: .listOverdue)
        }
        ListPane.listView(columns: columns, window: window, focused: focused,
                          empty: state.loaded ? L10n.text("Nobody is due. Well done.") : "").render(into: &buffer, area: area)
    }

    func renderFollowUps(into buffer: inout ScreenBuffer, area: Rect, focused: Bool) {
        let columns = [
            ListColumn(L10n.text("Date"), width: .fixed(10)),
            ListColumn(L10n.text("With"), width: .flexible(min: 10, weight: 2)),
            ListColumn(L10n.text("Promised"), width: .flexible(min: 10, weight: 3)),
        ]
        let window = ListPane.window(state.followUps, visible: state.visibleRows) { entry in
            let late = entry.due <= state.today
            return ListRow([ListCell(entry.due.shown), ListCell(entry.contact.name), ListCell(entry.text)],
                           role: late ? .listOverdue : nil)
        }
        ListPane.listView(columns: columns, window: window, focused: focused,
                          empty: state.loaded ? L10n.text("No open follow-up.") : "").render(into: &buffer, area: area)
    }
}

/// Short texts shared by lists and the detail.
enum RowText {
    /// `12d`, `today`, `—` when never.
    static func days(_ days: Int?) -> String {
        guard let days else { return "—" }
        return days == 0 ? L10n.text("today", context: "days, short") : L10n.text("%'dd", context: "days, short", days)
    }

    /// A warmth bar and its value: `███▌░░ 63`.
    static func warmthBar(_ warmth: Warmth, width: Int) -> String {
        let (filled, empty) = HorizontalBar(value: Double(warmth.value)).segments(width: width)
        let value = String(warmth.value)
        return filled + empty + String(repeating: " ", count: max(1, 4 - value.count)) + value
    }
}

extension ContactRow {
    func isSnoozed(_ today: Day) -> Bool {
        guard let snoozedUntil else { return false }
        return snoozedUntil > today
    }
}

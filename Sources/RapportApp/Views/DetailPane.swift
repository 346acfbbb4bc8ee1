import RapportCore
import RapportLocalization
import RapportSettings
import RapportStore
import TerminalUI

/// One line of the detail pane: pieces of text, each in its role.
struct StyledLine: Equatable {
    var pieces: [(text: String, role: StyleRole)]
    /// The exchange of the history this line shows (its index in `exchanges`).
    var exchangeIndex: Int?
    /// The heading of the history, where the focused pane says its keys.
    var isHistoryHeading = false

    init(_ pieces: [(String, StyleRole)]) {
        self.pieces = pieces.map { (text: $0.0, role: $0.1) }
    }

    static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.pieces.map(\.text) == rhs.pieces.map(\.text) && lhs.pieces.map(\.role) == rhs.pieces.map(\.role)
    }

    static let blank = StyledLine([])
}

/// The right pane (or the whole body on narrow terminals): everything about
/// the selected contact, then the history, newest first. Scrolls when the
/// pane has the keyboard.
struct DetailPane: Widget {
    let state: AppState

    /// Where the detail's text goes in its pane: a column of margin each side.
    static func textArea(_ area: Rect) -> Rect {
        area.inset(left: 1, right: 1)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .detail)
        let inner = DetailPane.textArea(area)
        guard let detail = App.selectedDetail(state) else {
            let message = state.selectedContactId == nil ? "" : "…"
            buffer.write(message, x: inner.x, y: inner.y, maxWidth: inner.width, role: .placeholder)
            return
        }
        let lines = DetailPane.shownLines(detail, state: state, width: inner.width)
        let start = min(detail.scroll, max(0, lines.count - inner.height))
        // When more follows, the last row says so instead of showing a line.
        let more = start + inner.height < lines.count
        let rows = more ? inner.height - 1 : inner.height
        // The highlight of the history shows while the pane has the keyboard.
        let highlight = state.pane == .detail && !detail.exchanges.isEmpty ? detail.highlight : nil
        for (offset, var line) in lines.dropFirst(start).prefix(max(0, rows)).enumerated() {
            if line.isHistoryHeading && highlight != nil { line.pieces.append((text: "  " + historyKeys, role: .placeholder)) }
            let highlighted = highlight != nil && line.exchangeIndex == highlight
            if highlighted {
                buffer.fill(Rect(x: area.x, y: inner.y + offset, width: area.width, height: 1), role: .listSelected)
                // Search matches stay lit on the highlighted line, as on the selected list row.
                line.pieces = line.pieces.map { (text: $0.text, role: $0.role == .listMatch ? .listMatch : .listSelected) }
            }
            DetailPane.draw(line, into: &buffer, x: inner.x, y: inner.y + offset, width: inner.width)
        }
        if more, inner.height > 0 {
            let hint = state.pane == .detail ? L10n.text("↓ more (j/k scroll)") : L10n.text("↓ more (Tab, then j/k)")
            buffer.write(hint, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, role: .placeholder)
        }
    }

    static let labelWidth = 12

    /// The keys of the history, from the key table (so `[keys]` overrides show).
    var historyKeys: String {
        let keymap = state.keymap
        return L10n.text("%1$@ read · %2$@ edit · %3$@ delete", keymap.keyLabel(for: .openExchange),
                         keymap.keyLabel(for: .editExchange), keymap.keyLabel(for: .deleteExchange))
    }

    /// The lines that show one exchange of the history.
    static func lineRange(ofExchange index: Int, in lines: [StyledLine]) -> Range<Int>? {
        guard let first = lines.firstIndex(where: { $0.exchangeIndex == index }) else { return nil }
        let end = lines[first...].firstIndex(where: { $0.exchangeIndex != index }) ?? lines.count
        return first..<end
    }

    static func labelled(_ label: String, _ value: String, role: StyleRole = .detailValue) -> StyledLine {
        StyledLine([(padded(label, to: labelWidth), .detailLabel), (value, role)])
    }

    /// `text` and spaces to fill `width` columns (at least one space), measured in display columns.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - DisplayWidth.of(text)))
    }

    /// A label shown with its first letter capitalised ("Journalist", "Journaliste").
    static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Wrapped text under a label, continuation lines indented.
    static func wrapped(_ label: String, _ text: String, width: Int, role: StyleRole = .detailValue) -> [StyledLine] {
        let lines = TextWrapping.wrappedLines(text, width: max(8, width - labelWidth))
        return lines.enumerated().map { index, line in
            index == 0 ? labelled(label, line, role: role) : StyledLine([(String(repeating: " ", count: labelWidth), .detailLabel), (line, role)])
        }
    }

    static func lines(_ detail: DetailState, today: Day, width: Int, team: TeamState = TeamState()) -> [StyledLine] {
        let contact = detail.contact
        var lines: [StyledLine] = []
        var title: [(String, StyleRole)] = [(contact.name, .detailHeading)]
        if contact.doNotContact { title.append(("  " + L10n.text("do not contact"), .statusError)) }
        if contact.archived { title.append(("  " + L10n.text("archived", context: "contact"), .listDim)) }
        if let until = contact.snoozedUntil, until > today {
            title.append(("  " + L10n.text("snoozed until %@", until.shownLong), .statusWarning))
        }
        lines.append(StyledLine(title))
        let work = [capitalised(shownName(contact.role)), contact.outlet, contact.title].filter { !$0.isEmpty }.joined(separator: " · ")
        lines.append(StyledLine([(work, .detailValue)]))
        lines += careerLines(detail, width: width)
        let stage = shownName(contact.stage)
        lines.append(labelled(L10n.text("Stage"), contact.cadenceOverride == nil
            ? L10n.text("%1$@ · tier %2$@ · every %3$'dd", stage, contact.tier.label, detail.cadence)
            : L10n.text("%1$@ · tier %2$@ · every %3$'dd (own)", stage, contact.tier.label, detail.cadence)))
        let warmth = detail.summary.warmth
        let (filled, empty) = HorizontalBar(value: Double(warmth.value)).segments(width: 10)
        lines.append(StyledLine([(padded(L10n.text("Warmth"), to: labelWidth), .detailLabel),
                                 (filled, warmth.label.styleRole), (empty, .barEmpty),
                                 (" \(warmth.value) " + L10n.text(warmth.label.rawValue, context: "warmth"), warmth.label.styleRole)]))
        lines += wrapped("", detail.summary.explanation, width: width, role: .detailValue)
        let reciprocity = detail.summary.reciprocity
        lines += wrapped(L10n.text("Reciprocity"), reciprocity.summary, width: width,
                         role: reciprocity.asksMoreThanGives ? .intentAsked : .detailValue)
        if detail.summary.due.isDue {
            let due = detail.summary.due
            lines.append(labelled(L10n.text("Due", context: "detail"), due.neverContacted ? L10n.text("never contacted")
                                    : L10n.text("%1$'dd since last, cadence %2$'dd", due.daysSince, due.cadence),
                                  role: .listOverdue))
        }
        lines.append(StyledLine([(padded(L10n.text("Activity"), to: labelWidth), .detailLabel),
                                 (Sparkline(detail.activity).text(width: 12), .sparkline),
                                 ("  " + L10n.text("12 months"), .placeholder)]))
        if let pending = App.pendingFollowUp(detail), let followUp = pending.followUp {
            lines.append(labelled(L10n.text("Follow-up"), "\(followUp.due.shownLong) \(followUp.text)",
                                  role: followUp.due <= today ? .statusWarning : .detailValue))
        }
        for handle in contact.handles {
            lines.append(labelled(handle.kind.label, handle.value + (handle.label.isEmpty ? "" : " (\(handle.label))")))
        }
        if !contact.tags.isEmpty { lines += wrapped(L10n.text("Tags"), contact.tags.joined(separator: ", "), width: width) }
        if !contact.howMet.isEmpty { lines += wrapped(L10n.text("How we met"), contact.howMet, width: width) }
        if !contact.notes.isEmpty {
            lines.append(StyledLine([(L10n.text("Notes"), .detailLabel)]))
            for line in TextWrapping.wrappedLines(contact.notes, width: max(8, width - 2)) {
                lines.append(StyledLine([("  " + line, .detailValue)]))
            }
        }
        lines += coverageLines(detail, width: width)
        lines.append(.blank)
        let total = detail.totalExchanges, shown = detail.exchanges.count
        let headingText = total > shown
            ? L10n.plural("History · %1$'d exchange (newest %2$'d)", "History · %1$'d exchanges (newest %2$'d)", total, shown)
            : L10n.plural("History · %'d exchange", "History · %'d exchanges", total)
        var heading = StyledLine([(headingText, .detailHeading)])
        heading.isHistoryHeading = true
        lines.append(heading)
        if detail.exchanges.isEmpty { lines.append(StyledLine([(L10n.text("No exchange yet: l logs one."), .placeholder)])) }
        // Team mode: colleagues' exchanges carry their initials in a column
        // of their own (none when every exchange shown is the user's).
        let marks = detail.exchanges.map { team.initials(ofAuthor: $0.author) }
        let markWidth = marks.compactMap { $0.map(DisplayWidth.of) }.max().map { $0 + 1 }
        for (index, exchange) in detail.exchanges.enumerated() {
            var pieces: [(String, StyleRole)] = [(exchange.day.shown + " ", .detailLabel)]
            if let markWidth {
                let mark = marks[index] ?? ""
                pieces.append((mark + String(repeating: " ", count: max(1, markWidth - DisplayWidth.of(mark))), .detailHeading))
            }
            pieces += [
                (padded(exchange.channel.label, to: 11), .detailValue),
                (exchange.direction.arrow + " ", exchange.direction.styleRole),
                (exchange.summary, .detailValue),
            ]
            if let rating = exchange.rating { pieces.append(("  " + String(repeating: "★", count: rating), .detailLabel)) }
            if exchange.intent != .chat { pieces.append(("  " + shownName(exchange.intent), exchange.intent.styleRole ?? .detailLabel)) }
            if let project = exchange.project { pieces.append(("  " + ProjectLabel.compact(project), .detailLabel)) }
            var line = StyledLine(pieces)
            line.exchangeIndex = index
            lines.append(line)
            if let followUp = exchange.followUp {
                let done = followUp.done.map { " ✓ \($0.shown)" } ?? ""
                var promise = StyledLine([("           ↳ " + L10n.text("follow-up %1$@: %2$@", followUp.due.shown, followUp.text) + done,
                                           followUp.done == nil ? .detailValue : .listDim)])
                promise.exchangeIndex = index
                lines.append(promise)
            }
            lines += coverageMarks(for: exchange, index: index, in: detail)
        }
        return lines
    }
}

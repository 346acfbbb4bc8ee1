import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

/// What the detail adds for the list it belongs to: why the person is in
/// the review, or why they matched the search (the words highlighted, and
/// the exchange they matched through when their own fields did not).
extension DetailPane {
    /// Every line the detail shows for `detail` at `width`: what it draws and scrolls through.
    static func shownLines(_ detail: DetailState, state: AppState, width: Int) -> [StyledLine] {
        annotated(lines(detail, today: state.today, width: width, team: state.team), state: state, detail: detail, width: width)
    }

    /// `lines` (from `DetailPane.lines`) with the review's reason or the
    /// search's match added under the heading, and the search's words
    /// highlighted in the texts the search looks at.
    static func annotated(_ lines: [StyledLine], state: AppState, detail: DetailState, width: Int) -> [StyledLine] {
        var extra: [StyledLine] = []
        if state.view == .review, let entry = state.review.selectedRow, entry.row.id == detail.contact.id {
            extra = wrapped(L10n.text("Why"), entry.item.reasonText, width: width, role: .listOverdue)
        }
        guard let terms = state.searchTerms else { return inserted(extra, into: lines) }
        var result = highlighted(lines, detail: detail, terms: terms, width: width)
        if let past = pastOutletLines(detail, terms: terms, width: width) {
            extra += past
        } else if let match = exchangeMatch(detail, terms: terms) {
            extra += matchedLines(match, detail: detail, terms: terms, width: width)
        }
        result = inserted(extra, into: result)
        return result
    }

    /// After the name and the work line.
    static func inserted(_ extra: [StyledLine], into lines: [StyledLine]) -> [StyledLine] {
        guard !extra.isEmpty else { return lines }
        var result = lines
        result.insert(contentsOf: extra, at: min(2, result.count))
        return result
    }

    /// The exchange a person matched through: nil when their own fields
    /// (name, outlet, title, notes, tags, handles: what the store searches)
    /// hold every word. `.older` when none of the exchanges loaded holds
    /// them all but older ones exist.
    enum ExchangeMatch: Equatable {
        case exchange(Exchange)
        case older
    }

    static func exchangeMatch(_ detail: DetailState, terms: SearchTerms) -> ExchangeMatch? {
        let contact = detail.contact
        let own = [contact.name, contact.outlet, contact.title, contact.notes] + contact.tags + contact.handles.map(\.value)
        guard !terms.allMatch(in: own) else { return nil }
        if let exchange = detail.exchanges.first(where: { terms.allMatch(in: [$0.summary]) }) { return .exchange(exchange) }
        return detail.totalExchanges > detail.exchanges.count ? .older : nil
    }

    /// `Matched      exchange 2026-10-12 · Pitch on the heat-pump study`, wrapped, words highlighted.
    static func matchedLines(_ match: ExchangeMatch, detail: DetailState, terms: SearchTerms, width: Int) -> [StyledLine] {
        switch match {
        case .older:
            return wrapped(L10n.text("Matched"), L10n.text("an exchange older than the newest %'d", detail.exchanges.count), width: width)
        case .exchange(let exchange):
            let text = L10n.text("exchange %1$@ · %2$@", exchange.day.shown, exchange.summary)
            return wrapped(L10n.text("Matched"), text, width: width).map { line in
                StyledLine(line.pieces.flatMap { piece in
                    piece.role == .detailValue ? SearchHighlight.pieces(piece.text, role: piece.role, terms: terms) : [(piece.text, piece.role)]
                })
            }
        }
    }

    /// The texts of the detail the search looks at, exactly as
    /// `DetailPane.lines` draws them: only these get highlighted, never a
    /// label or a computed figure.
    static func searchedTexts(_ detail: DetailState, width: Int) -> Set<String> {
        let contact = detail.contact
        var texts: Set<String> = [contact.name, [capitalised(shownName(contact.role)), contact.outlet, contact.title].filter { !$0.isEmpty }.joined(separator: " · ")]
        for handle in contact.handles {
            texts.insert(handle.value + (handle.label.isEmpty ? "" : " (\(handle.label))"))
        }
        if !contact.tags.isEmpty {
            texts.formUnion(TextWrapping.wrappedLines(contact.tags.joined(separator: ", "), width: max(8, width - labelWidth)))
        }
        if !contact.notes.isEmpty {
            texts.formUnion(TextWrapping.wrappedLines(contact.notes, width: max(8, width - 2)).map { "  " + $0 })
        }
        texts.formUnion(detail.exchanges.map(\.summary))
        return texts
    }

    static func highlighted(_ lines: [StyledLine], detail: DetailState, terms: SearchTerms, width: Int) -> [StyledLine] {
        let searched = searchedTexts(detail, width: width)
        return lines.map { line in
            StyledLine(line.pieces.flatMap { piece -> [(String, StyleRole)] in
                guard piece.role != .detailLabel, searched.contains(piece.text) else { return [(piece.text, piece.role)] }
                return SearchHighlight.pieces(piece.text, role: piece.role, terms: terms)
            })
        }
    }

    /// One detail line drawn across `width` columns, cut as a whole.
    static func draw(_ line: StyledLine, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
        var text = StyledText()
        for piece in line.pieces { text.append(piece.text, role: piece.role) }
        buffer.write(text, x: x, y: y, maxWidth: width, reveal: .listMatch)
    }
}

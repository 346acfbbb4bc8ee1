import RapportCore
import RapportLocalization
import TerminalUI

extension DetailPane {
    /// `Matched      ex-Libération (until 2026)` when the person matched the
    /// search through a previous outlet only, words highlighted.
    static func pastOutletLines(_ detail: DetailState, terms: SearchTerms, width: Int) -> [StyledLine]? {
        let contact = detail.contact
        let own = [contact.name, contact.outlet, contact.title, contact.notes] + contact.tags + contact.handles.map(\.value)
        guard !terms.allMatch(in: own),
              let position = detail.career.positions.first(where: { !$0.outlet.isEmpty && terms.allMatch(in: [$0.outlet]) }) else {
            return nil
        }
        let text = L10n.text("ex-%1$@ (until %2$d)", position.outlet, position.to.components.year)
        return wrapped(L10n.text("Matched"), text, width: width).map { line in
            StyledLine(line.pieces.flatMap { piece in
                piece.role == .detailValue ? SearchHighlight.pieces(piece.text, role: piece.role, terms: terms) : [(piece.text, piece.role)]
            })
        }
    }
}

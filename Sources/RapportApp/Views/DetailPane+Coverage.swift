import RapportCore
import RapportLocalization
import TerminalUI

/// The detail pane's coverage: a section of its own, newest first, and a
/// line under each exchange that led to some.
extension DetailPane {
    /// "Coverage · 2", then one line each: date, title, outlet.
    static func coverageLines(_ detail: DetailState, width: Int) -> [StyledLine] {
        guard !detail.coverage.isEmpty else { return [] }
        var lines: [StyledLine] = [.blank, StyledLine([(L10n.text("Coverage · %'d", detail.coverage.count), .detailHeading)])]
        for item in detail.coverage {
            var pieces: [(String, StyleRole)] = [(item.day.shown + " ", .detailLabel), (item.title, .detailValue)]
            if !item.outlet.isEmpty { pieces.append(("  " + item.outlet, .placeholder)) }
            if let project = item.project { pieces.append(("  [" + project + "]", .detailLabel)) }
            lines.append(StyledLine(pieces))
            if !item.url.isEmpty { lines.append(StyledLine([("           " + item.url, .placeholder)])) }
        }
        return lines
    }

    /// "→ coverage: TITLE" under an exchange, once for each piece it led to.
    static func coverageMarks(for exchange: Exchange, index: Int, in detail: DetailState) -> [StyledLine] {
        detail.coverage.filter { $0.exchangeId == exchange.id }.reversed().map { item in
            var line = StyledLine([("           → " + L10n.text("coverage: %@", item.title), .intentGave)])
            line.exchangeIndex = index
            return line
        }
    }
}

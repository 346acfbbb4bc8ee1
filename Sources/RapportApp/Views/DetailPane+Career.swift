import RapportCore
import RapportLocalization
import TerminalUI

extension DetailPane {
    /// The career timeline and introductions under the contact's work line:
    /// "at Le Monde since 03/2026 · before: Libération 2021–2026",
    /// "Introduced by  X", "Introduced     Y, Z"; wrapped to the width.
    static func careerLines(_ detail: DetailState, width: Int) -> [StyledLine] {
        let career = detail.career
        var lines: [StyledLine] = []
        if let text = CareerText.line(outlet: detail.contact.outlet, title: detail.contact.title, career: career) {
            lines += wrapped(L10n.text("Career"), text, width: width)
        }
        if let by = career.introducedBy { lines += wrapped(L10n.text("Introduced by"), by.name, width: width) }
        if !career.introduced.isEmpty {
            lines += wrapped(L10n.text("Introduced", context: "detail"), career.introduced.map(\.name).joined(separator: ", "), width: width)
        }
        return lines
    }
}

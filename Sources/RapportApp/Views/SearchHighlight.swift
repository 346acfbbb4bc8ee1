import RapportCore
import TerminalUI

/// Finding the search's words again in what the screen draws, so list
/// rows and the detail show why a person matched (`list.match`).
enum SearchHighlight {
    /// A list cell with the search's matches marked.
    static func cell(_ text: String, terms: SearchTerms?, role: StyleRole? = nil) -> ListCell {
        ListCell(text, role: role, marked: marks(text, terms: terms))
    }

    /// The matches in `text`, as indexes into the clusters it is drawn as.
    static func marks(_ text: String, terms: SearchTerms?) -> [Range<Int>] {
        guard let terms, !terms.isEmpty else { return [] }
        return terms.ranges(in: TextSanitizer.clusters(text).map(\.text))
    }

    /// One piece of a detail line split into pieces, matches in `list.match`.
    static func pieces(_ text: String, role: StyleRole, terms: SearchTerms) -> [(String, StyleRole)] {
        let marked = marks(text, terms: terms)
        guard !marked.isEmpty else { return [(text, role)] }
        return StyledText(text, role: role, marked: marked, markRole: .listMatch).runs.map { ($0.text, $0.role) }
    }
}

extension AppState {
    /// The search in force on the contact list, nil when there is none.
    var searchTerms: SearchTerms? {
        guard view == .contacts, !search.query.isEmpty else { return nil }
        let terms = SearchTerms(search.query)
        return terms.isEmpty ? nil : terms
    }
}

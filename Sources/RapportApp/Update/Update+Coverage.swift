import RapportLocalization
import RapportCore
import RapportStore
import TerminalUI

/// `c`: coverage from the selected contact, or from the highlighted
/// exchange when the detail's history has the keyboard.
extension App {
    static func openCoverageForm(_ state: inout AppState) -> [Effect] {
        guard let detail = selectedDetail(state) else {
            let waiting = state.selectedContactId != nil || (state.view == .contacts && state.contacts.total > 0)
            state.status = StatusMessage(waiting ? L10n.text("Still loading; try again in a moment") : L10n.text("Select a contact first"), .warning)
            return state.selectedContactId.map { [.loadDetail(contactId: $0)] } ?? []
        }
        let exchange = state.pane == .detail ? detail.highlightedExchange : nil
        let context = CoverageContext(contactId: detail.contact.id, contactName: detail.contact.name,
                                      outlet: detail.contact.outlet, exchange: exchange)
        state.overlay = .form(Forms.coverage(context))
        return []
    }

    static func saveCoverageForm(_ state: inout AppState, _ form: inout FormState, context: CoverageContext) -> [Effect] {
        guard let draft = Forms.coverageDraft(&form, context: context, today: state.today) else { return [] }
        form.error = nil
        return [.addCoverage(contactId: context.contactId, contactName: context.contactName, draft)]
    }

    static func coverageSavedText(_ coverage: Coverage, contactName: String) -> String {
        L10n.text("Recorded coverage from %1$@: “%2$@”", contactName, coverage.title)
    }
}

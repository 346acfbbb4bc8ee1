import RapportCore
import RapportLocalization

extension Forms {
    static var introducerHint: String { L10n.text("a contact: id, handle or part of the name; empty: nobody") }

    /// The contact form with its "Introduced by" field (after "Don't
    /// contact", before a team's private-notes choice), holding the
    /// current introducer's name.
    static func withIntroducer(_ form: FormState, current: ContactReference?) -> FormState {
        var form = form
        let field = FormField(.introducedBy, L10n.text("Introduced by"), text: current?.name ?? "", hint: introducerHint)
        let index = form.fields.firstIndex { $0.id == .doNotContact }.map { $0 + 1 } ?? form.fields.endIndex
        form.fields.insert(field, at: index)
        form.markUnchanged()
        return form
    }

    /// nil when the field is as the form opened; `.some(nil)` to clear;
    /// `.some(text)` for a contact to resolve as the command line does.
    static func changedIntroducer(_ form: FormState) -> String?? {
        guard let field = form[.introducedBy] else { return nil }
        let text = field.value.trimmingCharacters(in: .whitespaces)
        let opening = (form.openingValues[.introducedBy] ?? "").trimmingCharacters(in: .whitespaces)
        guard text != opening else { return nil }
        return .some(text.isEmpty ? nil : text)
    }
}

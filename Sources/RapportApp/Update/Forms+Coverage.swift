import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

/// The coverage form (`c`): a title, then everything else defaulted, so
/// `c`, a headline and Enter is the shortest path.
extension Forms {
    static func coverage(_ context: CoverageContext) -> FormState {
        var title = L10n.text("Coverage from %@", context.contactName)
        if let exchange = context.exchange {
            title = L10n.text("Coverage from %1$@, after the exchange of %2$@ (“%3$@”)", context.contactName,
                              exchange.day.shown, TextSanitizer.singleLine(exchange.summary))
        }
        return FormState(title: title, fields: [
            FormField(.title, L10n.text("Title", context: "coverage"), hint: L10n.text("the headline, in one line")),
            FormField(.url, L10n.text("Link"), hint: L10n.text("optional: https://…")),
            FormField(.outlet, L10n.text("Outlet"), text: context.outlet, hint: L10n.text("where it came out")),
            FormField(.date, L10n.text("Date"), defaultText: L10n.text("today", context: "typed date"), hint: dateHint),
            FormField(.notes, L10n.text("Note"), hint: L10n.text("optional")),
        ], purpose: .addCoverage(context))
    }

    /// The coverage the form describes, or nil with its errors marked.
    static func coverageDraft(_ form: inout FormState, context: CoverageContext, today: Day) -> CoverageDraft? {
        for index in form.fields.indices { form.fields[index].error = nil }
        let title = form.value(.title).trimmingCharacters(in: .whitespaces)
        if title.isEmpty { form.setError(.title, L10n.text("required")) }
        let url = form.value(.url).trimmingCharacters(in: .whitespaces)
        if !url.isEmpty && !CoverageDraft.isWebAddress(url) { form.setError(.url, L10n.text("an http:// or https:// address, or empty")) }
        let day = DayInput.parse(form.value(.date), today: today, toward: .past)
        if day == nil { form.setError(.date, L10n.text("not a date (%@)", dateHint)) }
        if let day, day > today { form.setError(.date, L10n.text("after today (%@)", today.shown)) }
        guard !form.hasErrors, let day else {
            form.focusFirstError()
            return nil
        }
        let draft = CoverageDraft(day: day, title: title, url: url, outlet: form.value(.outlet),
                                  exchangeId: context.exchange?.id, note: form.value(.notes))
        do {
            return try draft.validated(today: today)
        } catch {
            form.error = error.message
            return nil
        }
    }
}

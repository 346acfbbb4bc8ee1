import RapportCore
import RapportStore
import TerminalUI

/// The coverage form (`c`): a title, then everything else defaulted, so
/// `c`, a headline and Enter is the shortest path.
extension Forms {
    static func coverage(_ context: CoverageContext) -> FormState {
        var title = "Coverage from \(context.contactName)"
        if let exchange = context.exchange {
            title += ", after the exchange of \(exchange.day.iso) (“\(TextSanitizer.singleLine(exchange.summary))”)"
        }
        return FormState(title: title, fields: [
            FormField(.title, "Title", hint: "the headline, in one line"),
            FormField(.url, "Link", hint: "optional: https://…"),
            FormField(.outlet, "Outlet", text: context.outlet, hint: "where it came out"),
            FormField(.date, "Date", defaultText: "today", hint: dateHint),
            FormField(.notes, "Note", hint: "optional"),
        ], purpose: .addCoverage(context))
    }

    /// The coverage the form describes, or nil with its errors marked.
    static func coverageDraft(_ form: inout FormState, context: CoverageContext, today: Day) -> CoverageDraft? {
        for index in form.fields.indices { form.fields[index].error = nil }
        let title = form.value(.title).trimmingCharacters(in: .whitespaces)
        if title.isEmpty { form.setError(.title, "required") }
        let url = form.value(.url).trimmingCharacters(in: .whitespaces)
        if !url.isEmpty && !CoverageDraft.isWebAddress(url) { form.setError(.url, "an http:// or https:// address, or empty") }
        let day = DayInput.parse(form.value(.date), today: today, toward: .past)
        if day == nil { form.setError(.date, "not a date (\(dateHint))") }
        if let day, day > today { form.setError(.date, "after today (\(today.iso))") }
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

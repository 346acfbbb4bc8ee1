import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

/// The log form, prefilled with an exchange to correct it.
extension Forms {
    /// Line breaks of multi-line notes, as shown in the one-line notes field.
    static let lineBreakMark: Character = "⏎"

    static func editExchange(_ exchange: Exchange, context: LogContext, today: Day, team: Bool = false) -> FormState {
        var form = log(context, today: today, team: team)
        form.title = L10n.text("Edit the exchange of %1$@ with %2$@", exchange.day.shown, context.contactName)
        form.purpose = .editExchange(exchange, context)
        form.setText(.summary, exchange.summary)
        form.choose(.channel, exchange.channel.rawValue)
        form.choose(.direction, exchange.direction.rawValue)
        form.choose(.intent, exchange.intent.rawValue)
        form.choose(.rating, exchange.rating.map(String.init) ?? "")
        form.setText(.date, exchange.day.shown)
        form.setText(.followUpDate, exchange.followUp?.due.shown ?? "")
        form.setText(.followUpText, exchange.followUp?.text ?? "")
        form.setText(.notes, notesField(exchange.notes))
        form.choose(.notesPrivate, exchange.notesPrivate ? "private" : "shared")
        form.setText(.project, exchange.project ?? "")
        form.warnings = logWarnings(form, context: context, today: today)
        // Prefilled, not typed: Esc closes it at once until the user changes something.
        form.markUnchanged()
        return form
    }

    /// Notes in the one-line field: each line break shown as ⏎.
    static func notesField(_ notes: String) -> String {
        String(notes.map { $0.isNewline ? lineBreakMark : $0 })
    }

    /// The exchange the edit form describes, or nil with its errors marked.
    /// A follow-up keeps the done day it had; the notes keep their line breaks.
    static func exchangeDraft(_ form: inout FormState, original: Exchange, today: Day) -> ExchangeDraft? {
        guard var draft = logDraft(&form, today: today) else { return nil }
        if var followUp = draft.followUp, let done = original.followUp?.done {
            followUp.done = done
            draft.followUp = followUp
        }
        let typed = form.value(.notes)
        draft.notes = typed == notesField(original.notes)
            ? original.notes : NativeText.trimmed(typed.replacingOccurrences(of: String(lineBreakMark), with: "\n"))
        return draft
    }
}

extension FormState {
    /// Puts a text in a text field (the cursor at its end).
    mutating func setText(_ id: FieldID, _ text: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }), case .text = fields[index].kind else { return }
        fields[index].kind = .text(LineEditor(text: text))
    }

    /// Selects the option with this value in a choice field.
    mutating func choose(_ id: FieldID, _ value: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }),
              case let .choice(options, _) = fields[index].kind,
              let selected = options.firstIndex(where: { $0.value == value }) else { return }
        fields[index].kind = .choice(options, selected: selected)
    }
}

extension Forms {
    /// The do-not-contact choice of the add/edit form.
    /// Team mode: whether the notes are the author's alone. The database
    /// enforces it (row-level security); a personal file has no such field.
    static func privateNotesField(_ on: Bool) -> FormField {
        FormField(.notesPrivate, L10n.text("Private notes"), options: [ChoiceOption("shared", L10n.text("no: the team sees the notes")),
                                                                        ChoiceOption("private", L10n.text("yes: only I see the notes"))],
                  selected: on ? 1 : 0, hint: L10n.text("everything else is shared with the team"))
    }

    static func doNotContactField(_ on: Bool) -> FormField {
        FormField(.doNotContact, L10n.text("Don't contact"), options: [ChoiceOption("no", L10n.text("no")),
                                                                       ChoiceOption("yes", L10n.text("yes: never to be contacted"))],
                  selected: on ? 1 : 0, hint: L10n.text("logging an exchange with them warns first; the review leaves them out"))
    }
}

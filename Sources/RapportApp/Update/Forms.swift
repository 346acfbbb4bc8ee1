import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

/// Building the app's forms and reading them back.
enum Forms {
    static var dateHint: String { L10n.text("YYYY-MM-DD, yesterday, -3d") }

    static func options<T: NamedValue>(_ type: T.Type, label: (T) -> String = { $0.rawValue }) -> [ChoiceOption] {
        T.allCases.map { ChoiceOption($0.rawValue, label($0)) }
    }

    static func index<T: NamedValue>(of value: T) -> Int {
        T.allCases.firstIndex(of: value).map { T.allCases.distance(from: T.allCases.startIndex, to: $0) } ?? 0
    }

    // MARK: Log an exchange

    /// The log form: the cursor in the summary, everything else defaulted,
    /// so `l`, a summary and Enter is the shortest path.
    static func log(_ context: LogContext, today: Day, team: Bool = false) -> FormState {
        let channel = context.lastChannel ?? .email
        var form = FormState(title: L10n.text("Log an exchange with %@", context.contactName), fields: [
            FormField(.summary, L10n.text("Summary"), hint: L10n.text("what was said, in one line")),
            FormField(.channel, L10n.text("Channel"), options: options(Channel.self) { $0.label }, selected: index(of: channel)),
            FormField(.direction, L10n.text("Direction"), options: [ChoiceOption("out", L10n.text("→ I reached out")),
                                                                    ChoiceOption("in", L10n.text("← they reached out"))]),
            FormField(.intent, L10n.text("Intent"), options: [ChoiceOption("chat", L10n.text("chat", context: "intent")),
                                                              ChoiceOption("gave", L10n.text("gave (tip, data, intro)")),
                                                              ChoiceOption("asked", L10n.text("asked (pitch, request)"))]),
            FormField(.rating, L10n.text("Rating"), options: [ChoiceOption("", L10n.text("none", context: "rating"))] + (1...5).map {
                ChoiceOption(String($0), String(repeating: "★", count: $0) + String(repeating: "☆", count: 5 - $0))
            }),
            FormField(.date, L10n.text("Date"), defaultText: L10n.text("today", context: "typed date"), hint: dateHint),
            FormField(.followUpDate, L10n.text("Follow-up on"), hint: L10n.text("optional: %@", dateHint)),
            FormField(.followUpText, L10n.text("Promised"), hint: L10n.text("optional: what I promised")),
            FormField(.notes, L10n.text("Notes"), hint: L10n.text("optional")),
            projectField(),
        ] + (team ? [privateNotesField(false)] : []), purpose: .log(context))
        form.warnings = logWarnings(form, context: context, today: today)
        return form
    }

    /// The draft the log form describes, or the form with its errors marked.
    static func logDraft(_ form: inout FormState, today: Day) -> ExchangeDraft? {
        for index in form.fields.indices { form.fields[index].error = nil }
        let summary = form.value(.summary).trimmingCharacters(in: .whitespaces)
        if summary.isEmpty { form.setError(.summary, L10n.text("required")) }
        let day = DayInput.parse(form.value(.date), today: today, toward: .past)
        if day == nil { form.setError(.date, L10n.text("not a date (%@)", dateHint)) }
        if let day, day > today { form.setError(.date, L10n.text("after today (%@)", today.shown)) }
        var followUp: FollowUp?
        let followUpDate = form.value(.followUpDate).trimmingCharacters(in: .whitespaces)
        let followUpText = form.value(.followUpText).trimmingCharacters(in: .whitespaces)
        if !followUpDate.isEmpty || !followUpText.isEmpty {
            if let due = DayInput.parse(followUpDate, today: today, toward: .future) {
                if followUpText.isEmpty { form.setError(.followUpText, L10n.text("say what you promised")) }
                followUp = FollowUp(due: due, text: followUpText)
            } else {
                form.setError(.followUpDate, followUpDate.isEmpty ? L10n.text("when? (%@)", dateHint) : L10n.text("not a date (%@)", dateHint))
            }
        }
        guard !form.hasErrors, let day else {
            form.focusFirstError()
            return nil
        }
        let draft = ExchangeDraft(
            day: day, channel: Channel(rawValue: form.value(.channel)) ?? .email,
            direction: Direction(rawValue: form.value(.direction)) ?? .outbound, summary: summary,
            notes: form.value(.notes), rating: Int(form.value(.rating)),
            intent: Intent(rawValue: form.value(.intent)) ?? .chat, followUp: followUp,
            notesPrivate: form.value(.notesPrivate) == "private", project: form.value(.project))
        do {
            return try draft.validated(today: today)
        } catch {
            form.error = error.message
            return nil
        }
    }

    /// The guard's warnings for what the form says now (shown before saving).
    static func logWarnings(_ form: FormState, context: LogContext, today: Day) -> [String] {
        let facts = ExchangeFacts(
            day: DayInput.parse(form.value(.date), today: today, toward: .past) ?? today,
            channel: Channel(rawValue: form.value(.channel)) ?? .email,
            direction: Direction(rawValue: form.value(.direction)) ?? .outbound,
            intent: Intent(rawValue: form.value(.intent)) ?? .chat)
        return PesteringGuard.warnings(contactName: context.contactName, doNotContact: context.doNotContact,
                                       entries: context.recent, draft: facts)
    }

    // MARK: Add or edit a contact

    static func contact(_ contact: Contact?, team: Bool = false) -> FormState {
        let draft = contact.map {
            ContactDraft(name: $0.name, role: $0.role, outlet: $0.outlet, title: $0.title, tier: $0.tier,
                         cadenceOverride: $0.cadenceOverride, stage: $0.stage, howMet: $0.howMet, handles: $0.handles, tags: $0.tags)
        } ?? ContactDraft(name: "")
        return FormState(title: contact.map { L10n.text("Edit %@", $0.name) } ?? L10n.text("Add a contact"), fields: [
            FormField(.name, L10n.text("Name"), text: draft.name, hint: L10n.text("required")),
            FormField(.role, L10n.text("Role"), options: options(Role.self) { shownName($0) }, selected: index(of: draft.role)),
            FormField(.outlet, L10n.text("Outlet"), text: draft.outlet, hint: L10n.text("outlet or organisation")),
            FormField(.title, L10n.text("Title"), text: draft.title, hint: L10n.text("job title")),
            FormField(.tier, L10n.text("Tier"), options: options(Tier.self) { $0.label }, selected: index(of: draft.tier)),
            FormField(.cadence, L10n.text("Cadence"), text: draft.cadenceOverride.map(String.init) ?? "", hint: L10n.text("days; empty: the tier's")),
            FormField(.stage, L10n.text("Stage"), options: options(Stage.self) { shownName($0) }, selected: index(of: draft.stage)),
            FormField(.tags, L10n.text("Tags"), text: draft.tags.joined(separator: ", "), hint: L10n.text("comma-separated")),
            FormField(.handles, L10n.text("Handles"), text: HandleText.field(draft.handles),
                      hint: L10n.text("email, +33…, @name, @name@server, name.bsky.social, URLs")),
            FormField(.howMet, L10n.text("How we met"), text: draft.howMet),
            doNotContactField(contact?.doNotContact ?? false),
        ] + (team ? [privateNotesField(contact?.notesPrivate ?? false)] : []), purpose: contact.map { .editContact($0) } ?? .addContact)
    }

    /// The contact the form describes, or the form with its errors marked.
    static func contactDraft(_ form: inout FormState, keeping original: Contact?) -> ContactDraft? {
        for index in form.fields.indices { form.fields[index].error = nil }
        let name = form.value(.name).trimmingCharacters(in: .whitespaces)
        if name.isEmpty { form.setError(.name, L10n.text("required")) }
        var cadence: Int?
        let cadenceText = form.value(.cadence).trimmingCharacters(in: .whitespaces)
        if !cadenceText.isEmpty {
            if let days = Int(cadenceText), Cadence.allowed.contains(days) {
                cadence = days
            } else {
                form.setError(.cadence, L10n.text("a number of days, 1–3650, or empty"))
            }
        }
        var tags: [String] = []
        do {
            tags = try Tag.clean(form.value(.tags).split(separator: ",").map(String.init))
        } catch {
            form.setError(.tags, error.message)
        }
        var handles: [Handle] = []
        let originalHandles = original?.handles ?? []
        if let original, form.value(.handles) == HandleText.field(original.handles) {
            // Untouched: keep the handles exactly, even those whose value has a comma.
            handles = original.handles
        } else {
            for entry in HandleText.entries(form.value(.handles)) {
                if let same = originalHandles.first(where: { HandleText.entry($0) == entry }) {
                    handles.append(same)
                    continue
                }
                do {
                    var handle = try HandleText.parse(entry)
                    if let same = originalHandles.first(where: { $0.kind == handle.kind && $0.normalized == handle.normalized }) {
                        handle.label = same.label
                    }
                    handles.append(handle)
                } catch {
                    form.setError(.handles, error.message)
                    break
                }
            }
        }
        guard !form.hasErrors else {
            form.focusFirstError()
            return nil
        }
        return ContactDraft(
            name: name, role: Role(rawValue: form.value(.role)) ?? .journalist, outlet: form.value(.outlet),
            title: form.value(.title), tier: Tier(rawValue: form.value(.tier)) ?? .b, cadenceOverride: cadence,
            stage: Stage(rawValue: form.value(.stage)) ?? .new, howMet: form.value(.howMet),
            notes: original?.notes ?? "", doNotContact: form.value(.doNotContact) == "yes", handles: handles, tags: tags,
            notesPrivate: form[.notesPrivate].map { $0.value == "private" } ?? (original?.notesPrivate ?? false))
    }

    /// What an edit changes, field by field.
    static func change(from original: Contact, to draft: ContactDraft) -> ContactChange {
        var change = ContactChange()
        if draft.name != original.name { change.name = draft.name }
        if draft.role != original.role { change.role = draft.role }
        if draft.outlet != original.outlet { change.outlet = draft.outlet }
        if draft.title != original.title { change.title = draft.title }
        if draft.tier != original.tier { change.tier = draft.tier }
        if draft.cadenceOverride != original.cadenceOverride { change.cadenceOverride = .some(draft.cadenceOverride) }
        if draft.stage != original.stage { change.stage = draft.stage }
        if draft.howMet != original.howMet { change.howMet = draft.howMet }
        if draft.doNotContact != original.doNotContact { change.doNotContact = draft.doNotContact }
        if draft.notesPrivate != original.notesPrivate { change.notesPrivate = draft.notesPrivate }
        let oldTags = Set(original.tags.map(TextKey.fold)), newTags = Set(draft.tags.map(TextKey.fold))
        change.addTags = draft.tags.filter { !oldTags.contains(TextKey.fold($0)) }
        change.removeTags = original.tags.filter { !newTags.contains(TextKey.fold($0)) }
        let key = { (handle: Handle) in handle.kind.rawValue + " " + handle.normalized }
        let oldHandles = Set(original.handles.map(key)), newHandles = Set(draft.handles.map(key))
        change.addHandles = draft.handles.filter { !oldHandles.contains(key($0)) }
        change.removeHandles = original.handles.filter { !newHandles.contains(key($0)) }.map { "\($0.kind.rawValue):\($0.value)" }
        return change
    }

    /// The change that takes a contact from `after` back to `before`, in
    /// the fields that differ between them only.
    static func inverse(from after: Contact, to before: Contact) -> ContactChange {
        let draft = ContactDraft(
            name: before.name, role: before.role, outlet: before.outlet, title: before.title, tier: before.tier,
            cadenceOverride: before.cadenceOverride, stage: before.stage, howMet: before.howMet, notes: before.notes,
            doNotContact: before.doNotContact, handles: before.handles, tags: before.tags, notesPrivate: before.notesPrivate)
        var change = Forms.change(from: after, to: draft)
        if before.notes != after.notes { change.notes = before.notes }
        if before.doNotContact != after.doNotContact { change.doNotContact = before.doNotContact }
        if before.familyName != after.familyName || before.givenName != after.givenName {
            change.familyName = .some(before.familyName)
            change.givenName = .some(before.givenName)
        }
        return change
    }

    // MARK: Prompts

    static func snoozeDate(contactId: Int64, name: String) -> FormState {
        FormState(title: L10n.text("Snooze %@ until", name), fields: [FormField(.snoozeDate, L10n.text("Until"), hint: L10n.text("YYYY-MM-DD, +2w, +10d"))],
                  purpose: .snoozeDate(contactId: contactId, name: name))
    }

    static func importPath() -> FormState {
        FormState(title: L10n.text("Import contacts"), fields: [FormField(.path, L10n.text("File"), hint: L10n.text("a .vcf or .csv file; Tab completes"))],
                  purpose: .importPath)
    }
}

/// Handles as typed in the one-line handles field: comma-separated, each
/// recognised by its shape (`camille@example.org`, `+33 6…`, `@name`,
/// `@name@server`, `name.bsky.social`, a URL) or written `kind:value`.
enum HandleText {
    static func entries(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func parse(_ entry: String) throws(InputError) -> Handle {
        if let colon = entry.firstIndex(of: ":"), let kind = HandleKind(rawValue: entry[..<colon].lowercased()),
           !entry.hasPrefix("http") {
            return try Handle.parse(kind: kind, String(entry[entry.index(after: colon)...]))
        }
        let lower = entry.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") || lower.contains("linkedin.com/") {
            if let handle = Handle.fromURL(entry) { return handle }
        }
        let ats = entry.filter { $0 == "@" }.count
        if ats == 2 && entry.hasPrefix("@") { return try Handle.parse(kind: .mastodon, entry) }
        if ats == 1 && !entry.hasPrefix("@") { return try Handle.parse(kind: .email, entry) }
        if entry.hasPrefix("@") || lower.hasSuffix(".bsky.social") {
            return try Handle.parse(kind: entry.contains(".") ? .bluesky : .twitter, entry)
        }
        if let first = entry.first, first == "+" || first.isASCIIDigit || first == "(" {
            return try Handle.parse(kind: .phone, entry)
        }
        if lower.contains(".") && !lower.contains(" ") { return try Handle.parse(kind: .website, entry) }
        throw InputError(L10n.text("cannot tell what '%@' is; write it as kind:value (%@)", entry, HandleKind.allNames.joined(separator: ", ")))
    }

    /// The handles field for a contact's handles.
    static func field(_ handles: [Handle]) -> String {
        handles.map(entry).joined(separator: ", ")
    }

    /// How a handle is written back in the field, recognisable by `parse`.
    static func entry(_ handle: Handle) -> String {
        if let parsed = try? parse(handle.value), parsed.kind == handle.kind { return handle.value }
        return "\(handle.kind.rawValue):\(handle.value)"
    }
}

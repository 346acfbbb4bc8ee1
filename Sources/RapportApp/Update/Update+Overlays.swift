import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

extension App {
    static func overlayKey(_ state: inout AppState, _ key: Key, action: AppAction?) -> [Effect] {
        switch state.overlay {
        case .help(let scroll):
            let limit = HelpOverlay.scrollLimit(keymap: state.keymap, screen: state.layout.screen)
            let page = max(1, state.height - 4)
            let clamp = { (value: Int) in min(max(0, value), limit) }
            switch action {
            case .down: state.overlay = .help(scroll: clamp(scroll + 1))
            case .up: state.overlay = .help(scroll: clamp(scroll - 1))
            case .pageDown: state.overlay = .help(scroll: clamp(scroll + page))
            case .pageUp: state.overlay = .help(scroll: clamp(scroll - page))
            case .top: state.overlay = .help(scroll: 0)
            case .bottom: state.overlay = .help(scroll: limit)
            case .back, .help: state.overlay = nil
            default: if key == .char("q") { state.overlay = nil }
            }
            return []
        case .form(var form):
            let effects = formKey(&state, &form, key, action: action)
            if case .form = state.overlay { state.overlay = .form(form) }
            return effects
        case .picker(var picker):
            return pickerKey(&state, &picker, key, action: action)
        case .notice(let notice):
            return noticeKey(&state, notice, key, action: action)
        case .confirm(let confirm):
            switch key {
            case _ where AZERTY.isYes(key):
                state.overlay = nil
                switch confirm.purpose {
                case let .archive(id, name): return [.archive(contactId: id, name: name)]
                case let .unarchive(id, name): return [.unarchive(contactId: id, name: name)]
                case let .deleteExchange(exchange, name): return [.deleteExchange(exchange, contactName: name)]
                }
            case .char("n"), .char("N"), .escape, .char("q"):
                state.overlay = nil
                state.status = StatusMessage(L10n.text("Cancelled"))
                return []
            default:
                return []
            }
        case .exchange(var reading):
            return exchangeOverlayKey(&state, &reading, key, action: action)
        case nil:
            return []
        }
    }

    // MARK: Forms

    static func formKey(_ state: inout AppState, _ form: inout FormState, _ key: Key, action: AppAction?) -> [Effect] {
        if form.confirmingDiscard { return discardAnswer(&state, &form, key) }
        switch action {
        case .cancel:
            // Only a lone Esc gets here: Alt-keys and escape sequences are keys of their own.
            if form.hasChanges {
                form.confirmingDiscard = true
                return []
            }
            state.overlay = nil
            state.status = StatusMessage(L10n.text("Cancelled; nothing was saved"))
            return []
        case .save:
            return saveForm(&state, &form)
        case .nextField:
            if case .importPath = form.purpose, key == .tab { return completePath(&form) }
            form.focus = (form.focus + 1) % max(1, form.fields.count)
            return []
        case .previousField:
            form.focus = (form.focus - 1 + form.fields.count) % max(1, form.fields.count)
            return []
        default:
            break
        }
        guard form.fields.indices.contains(form.focus) else { return [] }
        if form.fields[form.focus].id == .project, let picker = projectPicker(state, form, key) {
            state.overlay = .picker(picker)
            return []
        }
        var field = form.fields[form.focus]
        switch field.kind {
        case .text(var editor):
            if editor.handle(key) {
                field.kind = .text(editor)
                field.error = nil
            }
        case let .choice(options, selected):
            field.kind = .choice(options, selected: cycled(options, selected, key))
        }
        form.fields[form.focus] = field
        if case .log(let context) = form.purpose {
            form.warnings = Forms.logWarnings(form, context: context, today: state.today)
        }
        if case .editExchange(_, let context) = form.purpose {
            form.warnings = Forms.logWarnings(form, context: context, today: state.today)
        }
        return []
    }

    /// The answer to "discard changes? y/n": y closes the form, n or Esc
    /// goes back to it with every field as it was; other keys wait.
    static func discardAnswer(_ state: inout AppState, _ form: inout FormState, _ key: Key) -> [Effect] {
        switch key {
        case _ where AZERTY.isYes(key):
            state.overlay = nil
            state.status = StatusMessage(L10n.text("Cancelled; nothing was saved"))
        case .char("n"), .char("N"), .escape:
            form.confirmingDiscard = false
        default:
            break
        }
        return []
    }

    /// ←/→ and Space cycle a choice; a letter or digit jumps to the next
    /// option starting with it; an AZERTY digit key (`é`) that starts no
    /// option jumps as its digit (`2`) does.
    static func cycled(_ options: [ChoiceOption], _ selected: Int, _ key: Key) -> Int {
        guard !options.isEmpty else { return 0 }
        switch key {
        case .right, .char(" "): return (selected + 1) % options.count
        case .left: return (selected - 1 + options.count) % options.count
        case .char(let character):
            var typed = [String(character).lowercased()]
            if let digit = AZERTY.unshifted[character] { typed.append(String(digit)) }
            for text in typed {
                for step in 1...options.count {
                    let index = (selected + step) % options.count
                    let option = options[index]
                    if option.label.lowercased().hasPrefix(text) || option.value.lowercased().hasPrefix(text) { return index }
                }
            }
            return selected
        default: return selected
        }
    }

    static func saveForm(_ state: inout AppState, _ form: inout FormState) -> [Effect] {
        switch form.purpose {
        // The form stays open until the store accepts the write (`.saved`
        // closes it); a refusal (`.refused`) is shown in it, nothing typed is lost.
        case .log(let context):
            guard let draft = Forms.logDraft(&form, today: state.today) else { return [] }
            form.error = nil
            return [.logExchange(contactId: context.contactId, contactName: context.contactName, draft)]
        case .addContact:
            guard let draft = Forms.contactDraft(&form, keeping: nil) else { return [] }
            form.error = nil
            if let introducer = Forms.changedIntroducer(form), let name = introducer {
                return [.addContactIntroduced(draft, introducer: name)]
            }
            return [.addContact(draft)]
        case .editContact(let original):
            guard let draft = Forms.contactDraft(&form, keeping: original) else { return [] }
            let change = Forms.change(from: original, to: draft)
            if let introducer = Forms.changedIntroducer(form) {
                form.error = nil
                return [.updateContactIntroduced(before: original, change, introducer: introducer)]
            }
            if change.isEmpty {
                state.overlay = nil
                state.status = StatusMessage(L10n.text("No change"))
                return []
            }
            form.error = nil
            return [.updateContact(before: original, change)]
        case let .snoozeDate(id, name):
            guard let day = DayInput.parse(form.value(.snoozeDate), today: state.today, toward: .future), day > state.today else {
                form.setError(.snoozeDate, L10n.text("a date after today (YYYY-MM-DD, +2w)"))
                return []
            }
            return [.snooze(contactId: id, name: name, until: day)]
        case let .editExchange(original, context):
            return saveExchangeEdit(&state, &form, original: original, context: context)
        case .addCoverage(let context):
            return saveCoverageForm(&state, &form, context: context)
        case .importPath:
            let path = form.value(.path).trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                form.setError(.path, L10n.text("which file?"))
                return []
            }
            state.overlay = nil
            state.status = StatusMessage(L10n.text("Importing %@…", path))
            state.importInProgress = true
            return [.importFile(path: path)]
        }
    }

    static func completePath(_ form: inout FormState) -> [Effect] {
        [.completePath(form.value(.path))]
    }

    static func openLogForm(_ state: inout AppState) -> [Effect] {
        guard let detail = selectedDetail(state) else {
            let waiting = state.selectedContactId != nil || (state.view == .contacts && state.contacts.total > 0)
            state.status = StatusMessage(waiting ? L10n.text("Still loading; try again in a moment") : L10n.text("Select a contact first"), .warning)
            return state.selectedContactId.map { [.loadDetail(contactId: $0)] } ?? []
        }
        let context = LogContext(
            contactId: detail.contact.id, contactName: detail.contact.name, doNotContact: detail.contact.doNotContact,
            recent: guardEntries(state, detail.exchanges.filter { $0.day >= state.today.adding(days: -PesteringGuard.askWindowDays - 1) }),
            lastChannel: detail.exchanges.first?.channel)
        state.overlay = .form(Forms.log(context, today: state.today, team: state.team.isTeam))
        return []
    }

    /// Earlier exchanges as the guard sees them: a colleague's (team mode)
    /// named, with her summary, so the warning can say who asked what.
    static func guardEntries(_ state: AppState, _ exchanges: [Exchange]) -> [GuardEntry] {
        exchanges.map { GuardEntry(facts: $0.facts, colleague: state.team.colleagueName($0.author), summary: $0.summary) }
    }

    static func openAddForm(_ state: inout AppState) -> [Effect] {
        state.overlay = .form(Forms.withIntroducer(Forms.contact(nil, team: state.team.isTeam), current: nil))
        return []
    }

    static func openEditForm(_ state: inout AppState) -> [Effect] {
        guard let detail = selectedDetail(state) else { return [] }
        state.overlay = .form(Forms.withIntroducer(Forms.contact(detail.contact, team: state.team.isTeam),
                                                   current: detail.career.introducedBy))
        return []
    }

    static func openImportPrompt(_ state: inout AppState) -> [Effect] {
        state.overlay = .form(Forms.importPath())
        return []
    }

    // MARK: Pickers

    static func openSnoozePicker(_ state: inout AppState) -> [Effect] {
        guard let id = state.selectedContactId, let name = state.selectedContactName else { return [] }
        let days = { (count: Int) in L10n.plural("%'d day", "%'d days", count) }
        state.overlay = .picker(PickerState(title: L10n.text("Snooze %@", name), choices: [
            .init(label: days(7), value: "7"), .init(label: days(30), value: "30"), .init(label: days(90), value: "90"),
            .init(label: L10n.text("Until a date…"), value: "date"), .init(label: L10n.text("Wake up now"), value: "off"),
        ], purpose: .snooze(contactId: id, name: name)))
        return []
    }

    static func openFilterPicker(_ state: inout AppState) -> [Effect] {
        var choices: [PickerState.Choice] = [.init(label: L10n.text("All contacts"), value: "")]
        choices += Role.allCases.map { .init(label: L10n.text("Role: %@", shownName($0)), value: "role:\($0.rawValue)") }
        choices.append(.init(label: L10n.text("Archived contacts"), value: "archived"))
        choices += state.tags.map { .init(label: L10n.text("Tag: %@", $0), value: "tag:\($0)") }
        choices += projectFilterChoices(state)
        var picker = PickerState(title: L10n.text("Show", context: "filter"), choices: choices, purpose: .filter)
        if state.filter.archivedOnly { picker.selected = choices.firstIndex { $0.value == "archived" } ?? 0 }
        if let role = state.filter.role { picker.selected = choices.firstIndex { $0.value == "role:\(role.rawValue)" } ?? 0 }
        if let tag = state.filter.tag { picker.selected = choices.firstIndex { $0.value == "tag:\(tag)" } ?? 0 }
        if let project = state.filter.project { picker.selected = choices.firstIndex { $0.value == "project:\(project)" } ?? 0 }
        state.overlay = .picker(picker)
        return []
    }

    static func pickerKey(_ state: inout AppState, _ picker: inout PickerState, _ key: Key, action: AppAction?) -> [Effect] {
        switch action {
        case .down: picker.selected = min(picker.choices.count - 1, picker.selected + 1)
        case .up: picker.selected = max(0, picker.selected - 1)
        case .pageDown: picker.selected = min(picker.choices.count - 1, picker.selected + 8)
        case .pageUp: picker.selected = max(0, picker.selected - 8)
        case .top: picker.selected = 0
        case .bottom: picker.selected = max(0, picker.choices.count - 1)
        case .back:
            state.overlay = nil
            if case .project(let form) = picker.purpose { state.overlay = .form(form) }
            return []
        case .open:
            state.overlay = nil
            return choose(&state, picker)
        default:
            if case .char(let character) = key, let digit = AZERTY.digit(character), digit >= 1, digit <= picker.choices.count {
                picker.selected = digit - 1
                state.overlay = nil
                return choose(&state, picker)
            }
        }
        state.overlay = .picker(picker)
        return []
    }

    static func choose(_ state: inout AppState, _ picker: PickerState) -> [Effect] {
        guard picker.choices.indices.contains(picker.selected) else { return [] }
        let value = picker.choices[picker.selected].value
        switch picker.purpose {
        case let .snooze(id, name):
            switch value {
            case "date":
                state.overlay = .form(Forms.snoozeDate(contactId: id, name: name))
                return []
            case "off":
                return [.snooze(contactId: id, name: name, until: nil)]
            default:
                return [.snooze(contactId: id, name: name, until: state.today.adding(days: Int(value) ?? 7))]
            }
        case .filter:
            state.filter.role = nil
            state.filter.tag = nil
            state.filter.archivedOnly = value == "archived"
            if value.hasPrefix("role:") { state.filter.role = Role(rawValue: String(value.dropFirst(5))) }
            if value.hasPrefix("tag:") { state.filter.tag = String(value.dropFirst(4)) }
            state.filter.project = value.hasPrefix("project:") ? String(value.dropFirst(8)) : nil
            state.status = StatusMessage(value.isEmpty ? L10n.text("Showing all contacts")
                                         : L10n.text("Showing %@", picker.choices[picker.selected].label.lowercased()))
            return reloadContacts(&state)
        case .project(var form):
            form.setText(.project, value)
            state.overlay = .form(form)
            return []
        }
    }
}

import RapportLocalization
import RapportCore
import RapportStore
import TerminalUI

// Projects in the app (issue 11): the log form's project field and its
// picker of recent projects, and the projects of the `f` filter.

extension AppState {
    /// How many recent projects the picker and the filter offer.
    public static let projectPickerLimit = 30
}

extension Forms {
    /// The project field of the log and exchange edit forms: a name typed
    /// in (a new one creates the project), or Space in the empty field to
    /// pick a recent one.
    static func projectField() -> FormField {
        FormField(.project, L10n.text("Project"), hint: L10n.text("optional: Space picks a recent one, or type a new name"))
    }
}

extension App {
    /// The picker of recent projects, when Space is pressed in the empty
    /// project field and there are projects; nil otherwise (the key types).
    static func projectPicker(_ state: AppState, _ form: FormState, _ key: Key) -> PickerState? {
        guard key == .char(" "), form.value(.project).isEmpty, !state.projects.isEmpty else { return nil }
        let choices = state.projects.map { PickerState.Choice(label: TextSanitizer.singleLine($0), value: $0) }
        return PickerState(title: L10n.text("Project"), choices: choices, purpose: .project(form))
    }

    /// The filter's project choices, most recently used first.
    static func projectFilterChoices(_ state: AppState) -> [PickerState.Choice] {
        state.projects.map { .init(label: L10n.text("Project: %@", TextSanitizer.singleLine($0)), value: "project:\($0)") }
    }
}

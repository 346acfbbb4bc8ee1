import RapportCore
import TerminalUI

/// What a form field is for.
public enum FieldID: String, Sendable, Equatable {
    case summary, channel, direction, intent, rating, date, followUpDate, followUpText, notes
    case name, role, outlet, title, tier, cadence, stage, tags, handles, howMet
    case snoozeDate, path
    case doNotContact
    /// Team mode: the notes are for their author's eyes only.
    case notesPrivate
    /// The coverage form's link.
    case url
    /// The contact who introduced this one (career, Forms+Career.swift).
    case introducedBy
    /// The project an exchange was for (issue 11).
    case project
}

/// One option of a choice field: the value the app uses and the label shown.
public struct ChoiceOption: Equatable, Sendable {
    public var value: String
    public var label: String

    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// One field of a form: a line of text or a choice cycled with ←/→.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text(LineEditor)
        case choice([ChoiceOption], selected: Int)
    }

    public var id: FieldID
    public var label: String
    public var kind: Kind
    /// Shown dimmed beside an empty or focused field ("YYYY-MM-DD, yesterday, -3d").
    public var hint: String
    /// The problem with the value, shown next to the field; nothing saves while any field has one.
    public var error: String?

    public init(_ id: FieldID, _ label: String, text: String = "", hint: String = "") {
        self.id = id
        self.label = label
        self.kind = .text(LineEditor(text: text))
        self.hint = hint
    }

    /// A text field holding a default (`today`) that typing replaces.
    public init(_ id: FieldID, _ label: String, defaultText: String, hint: String = "") {
        self.id = id
        self.label = label
        self.kind = .text(LineEditor(defaultText: defaultText))
        self.hint = hint
    }

    public init(_ id: FieldID, _ label: String, options: [ChoiceOption], selected: Int = 0, hint: String = "") {
        self.id = id
        self.label = label
        self.kind = .choice(options, selected: min(max(0, selected), max(0, options.count - 1)))
        self.hint = hint
    }

    /// The text of a text field, or the value of the chosen option.
    public var value: String {
        switch kind {
        case .text(let editor): return editor.text
        case let .choice(options, selected): return options.indices.contains(selected) ? options[selected].value : ""
        }
    }
}

/// A form over the screen: the log form, the add/edit contact form, and
/// one-line prompts (a snooze date, a file to import).
public struct FormState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case log(LogContext)
        case addContact
        case editContact(Contact)
        case snoozeDate(contactId: Int64, name: String)
        case importPath
        /// The log form, prefilled with an exchange: saving replaces it.
        case editExchange(Exchange, LogContext)
        /// The coverage form, for a contact and maybe one of its exchanges.
        case addCoverage(CoverageContext)
    }

    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// Warnings that do not stop saving (anti-pestering, do-not-contact).
    public var warnings: [String] = []
    /// A problem that concerns the whole form (a save that failed).
    public var error: String?
    public var purpose: Purpose
    /// The values the form opened with, to tell whether anything changed.
    public private(set) var openingValues: [FieldID: String]
    /// Esc was pressed on a changed form: "discard changes? y/n" is asked,
    /// and the fields wait, untouched, for the answer.
    public var confirmingDiscard = false

    public init(title: String, fields: [FormField], purpose: Purpose) {
        self.title = title
        self.fields = fields
        self.purpose = purpose
        openingValues = FormState.values(of: fields)
    }

    /// Whether any field differs from what the form opened with (a field
    /// added later counts as changed once it holds something).
    public var hasChanges: Bool {
        fields.contains { $0.value != (openingValues[$0.id] ?? FormState.emptyValue($0)) }
    }

    /// Takes the current values as the unchanged ones (after prefilling a form).
    public mutating func markUnchanged() {
        openingValues = FormState.values(of: fields)
    }

    private static func values(of fields: [FormField]) -> [FieldID: String] {
        Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    private static func emptyValue(_ field: FormField) -> String {
        if case let .choice(options, _) = field.kind { return options.first?.value ?? "" }
        return ""
    }

    public subscript(_ id: FieldID) -> FormField? {
        fields.first { $0.id == id }
    }

    public func value(_ id: FieldID) -> String {
        self[id]?.value ?? ""
    }

    public mutating func setError(_ id: FieldID, _ message: String?) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[index].error = message
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// Puts the focus on the first field with an error.
    public mutating func focusFirstError() {
        if let index = fields.firstIndex(where: { $0.error != nil }) { focus = index }
    }
}

/// What the log form knows about the contact, loaded when it opens: enough
/// to default the channel and to warn before saving.
public struct LogContext: Equatable, Sendable {
    public var contactId: Int64
    public var contactName: String
    public var doNotContact: Bool
    /// Exchanges of the last weeks, for the anti-pestering guard; in team
    /// mode a colleague's carry her name and summary, so the warning names her.
    public var recent: [GuardEntry]
    public var lastChannel: Channel?

    public init(contactId: Int64, contactName: String, doNotContact: Bool, recent: [GuardEntry], lastChannel: Channel?) {
        self.contactId = contactId
        self.contactName = contactName
        self.doNotContact = doNotContact
        self.recent = recent
        self.lastChannel = lastChannel
    }
}

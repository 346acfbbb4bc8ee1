import RapportLocalization

/// One row of the app's action table: an action, its default keys, where
/// it applies, and how help and the footer describe it. The help screen and
/// footer are generated from these rows, so they never disagree with the keys.
public struct KeyBinding<Action: KeyAction>: Sendable {
    public var action: Action
    public var keys: [Key]
    /// Contexts the binding applies in; `.global` means all of them.
    public var contexts: [KeyContext]
    /// One line for the help screen ("Log an exchange with this contact").
    public var help: String
    /// A word or two for the footer ("log"); nil keeps the action out of the footer.
    public var hint: String?
    /// The help section it is listed under; nil uses the first context's name.
    public var section: String?

    public init(_ action: Action, keys: [Key], contexts: [KeyContext] = [.global], help: String,
                hint: String? = nil, section: String? = nil) {
        self.action = action
        self.keys = keys
        self.contexts = contexts
        self.help = help
        self.hint = hint
        self.section = section
    }

    // The table holds English (the catalog's msgids); help and the footer
    // translate when they show it, so the language can change after the
    // table is built (tests, and the binary choosing at start).

    /// `help` in the current language.
    public var shownHelp: String { L10n.text(help) }
    /// `hint` in the current language.
    public var shownHint: String? { hint.map { L10n.text($0, context: "key hint") } }
    /// `section` in the current language.
    public var shownSection: String? { section.map { L10n.text($0, context: "help section") } }

    /// Whether the binding applies in `context`.
    public func applies(in context: KeyContext) -> Bool {
        contexts.contains(context) || contexts.contains(.global)
    }
}

/// One section of the help screen: a title and key/description rows.
public struct HelpSection: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        /// The keys, joined for display: `j/↓`.
        public var keys: String
        public var text: String
        public init(keys: String, text: String) {
            self.keys = keys
            self.text = text
        }
    }

    public var title: String
    public var rows: [Row]

    public init(title: String, rows: [Row]) {
        self.title = title
        self.rows = rows
    }
}

/// A footer hint: the keys to show and a short word (`L log`).
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var label: String
    public init(keys: String, label: String) {
        self.keys = keys
        self.label = label
    }
}

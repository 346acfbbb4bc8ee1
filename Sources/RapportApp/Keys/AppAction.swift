import TerminalUI
// l10n-exempt-file: the key table holds English help texts as the catalog's msgids; KeyBinding.shownHelp, shownHint and shownSection translate them when help and the footer show them.

/// Everything a key can do in the full-screen app. The raw value is the
/// name users write in `[keys]` of config.toml (`log = "L"`).
public enum AppAction: String, KeyAction, CaseIterable, Sendable {
    case quit, forceQuit = "force-quit", help, redraw
    case viewContacts = "view-contacts", viewReview = "view-review", viewFollowUps = "view-follow-ups"
    case down, up, pageDown = "page-down", pageUp = "page-up", top, bottom
    case switchPane = "switch-pane", open, back
    case search, sort, filter
    case reviewScope = "review-scope"
    case log, add, edit, notes, snooze, archive, undo
    case followUpDone = "follow-up-done"
    case openExchange = "open-exchange", editExchange = "edit-exchange", deleteExchange = "delete-exchange"
    case welcomeImport = "welcome-import", welcomeDemo = "welcome-demo"
    case importFile = "import"
    case save, cancel, nextField = "next-field", previousField = "previous-field"
    case coverage
}

/// Where a key is pressed: the focused pane, view or overlay.
public enum AppContext {
    /// The contact list (view 1).
    public static let contacts: KeyContext = "contacts"
    /// The detail pane.
    public static let detail: KeyContext = "detail"
    /// The review list (view 2).
    public static let review: KeyContext = "review"
    /// The follow-up list (view 3).
    public static let followUps: KeyContext = "follow-ups"
    /// The first-launch welcome.
    public static let welcome: KeyContext = "welcome"
    /// A form (log, add, edit) or a one-line prompt.
    public static let form: KeyContext = "form"
    /// The help screen.
    public static let help: KeyContext = "help"
    /// A picker (snooze, filter) or a yes/no question.
    public static let picker: KeyContext = "picker"
    /// One exchange read in full, over the screen.
    public static let exchange: KeyContext = "exchange"

    /// The main screen, where single letters are commands.
    static let main: [KeyContext] = [contacts, detail, review, followUps]
    /// Everywhere a list or the detail pane is focused, plus help and pickers (for moving).
    static let moving: [KeyContext] = main + [help, picker, exchange]
}

extension AppAction {
    /// The default key table: keys, where they apply, and how help and the
    /// footer describe them. The help screen and footer hints are made from
    /// it, so they always tell the truth; docs/keymap.md lists the same.
    public static let table: [KeyBinding<AppAction>] = {
        let main = AppContext.main
        let lists = [AppContext.contacts, AppContext.review, AppContext.followUps]
        return [
            KeyBinding(.down, keys: [.char("j"), .down], contexts: AppContext.moving, help: "Move down", hint: "move", section: "Moving"),
            KeyBinding(.up, keys: [.char("k"), .up], contexts: AppContext.moving, help: "Move up", section: "Moving"),
            KeyBinding(.pageDown, keys: [.pageDown, .ctrl("d")], contexts: AppContext.moving, help: "Page down", section: "Moving"),
            KeyBinding(.pageUp, keys: [.pageUp, .ctrl("u")], contexts: AppContext.moving, help: "Page up", section: "Moving"),
            KeyBinding(.top, keys: [.char("g"), .home], contexts: AppContext.moving, help: "Go to the top", section: "Moving"),
            KeyBinding(.bottom, keys: [.char("G"), .end], contexts: AppContext.moving, help: "Go to the bottom", section: "Moving"),
            KeyBinding(.switchPane, keys: [.tab], contexts: main, help: "Switch between the list and the detail", section: "Moving"),
            KeyBinding(.open, keys: [.enter], contexts: lists + [AppContext.picker], help: "Open the detail / choose", hint: "open", section: "Moving"),
            KeyBinding(.back, keys: [.escape], contexts: main + [AppContext.help, AppContext.picker, AppContext.exchange],
                       help: "Go back, close, or clear the search", section: "Moving"),

            // With the AZERTY keys of the same digits (`AZERTY`), shown in help in French.
            KeyBinding(.viewContacts, keys: [.char("1"), .char("&")], contexts: main, help: "Contacts", section: "Views"),
            KeyBinding(.viewReview, keys: [.char("2"), .char("é")], contexts: main, help: "Review: who is due", section: "Views"),
            KeyBinding(.viewFollowUps, keys: [.char("3"), .char("\"")], contexts: main, help: "Follow-ups by date", section: "Views"),
            KeyBinding(.reviewScope, keys: [.char("t")], contexts: [AppContext.review],
                       help: "Review: my own contacts or the whole team's (team mode)", section: "Views"),
            KeyBinding(.search, keys: [.char("/")], contexts: main, help: "Search as you type (Enter keeps, Esc clears)", hint: "search", section: "Views"),
            KeyBinding(.sort, keys: [.char("s")], contexts: [AppContext.contacts, AppContext.detail],
                       help: "Sort by name, last contact, warmth, due, surname", hint: "sort", section: "Views"),
            KeyBinding(.filter, keys: [.char("f")], contexts: [AppContext.contacts, AppContext.detail],
                       help: "Filter by role, tag or project", section: "Views"),

            KeyBinding(.log, keys: [.char("l")], contexts: main, help: "Log an exchange with this contact", hint: "log", section: "Contact"),
            KeyBinding(.add, keys: [.char("a")], contexts: main + [AppContext.welcome], help: "Add a contact", hint: "add", section: "Contact"),
            KeyBinding(.edit, keys: [.char("e")], contexts: lists, help: "Edit this contact", section: "Contact"),
            KeyBinding(.notes, keys: [.char("n")], contexts: main, help: "Edit the notes in $EDITOR", section: "Contact"),
            KeyBinding(.snooze, keys: [.char("z")], contexts: main, help: "Snooze: 7, 30, 90 days or a date", hint: "snooze", section: "Contact"),
            KeyBinding(.archive, keys: [.char("x")], contexts: main, help: "Archive, or unarchive an archived contact (asks first)", section: "Contact"),
            KeyBinding(.followUpDone, keys: [.char("d")], contexts: [AppContext.review, AppContext.followUps, AppContext.detail],
                       help: "Mark the follow-up done", hint: "done", section: "Contact"),
            KeyBinding(.undo, keys: [.char("u")], contexts: main, help: "Undo the last log, edit, delete, snooze, archive or done", section: "Contact"),
            KeyBinding(.importFile, keys: [.char("i")], contexts: main, help: "Import contacts from a vCard or CSV file", section: "Contact"),
            KeyBinding(.coverage, keys: [.char("c")], contexts: main,
                       help: "Add coverage from this contact or highlighted exchange", section: "Contact"),

            KeyBinding(.openExchange, keys: [.enter], contexts: [AppContext.detail],
                       help: "Read the highlighted exchange in full", section: "History (detail focused)"),
            KeyBinding(.editExchange, keys: [.char("e")], contexts: [AppContext.detail, AppContext.exchange],
                       help: "Edit the highlighted exchange", section: "History (detail focused)"),
            KeyBinding(.deleteExchange, keys: [.char("D")], contexts: [AppContext.detail, AppContext.exchange],
                       help: "Delete the highlighted exchange (asks first)", section: "History (detail focused)"),

            KeyBinding(.welcomeDemo, keys: [.char("d")], contexts: [AppContext.welcome], help: "Load the demo data", hint: "demo", section: "Welcome"),
            KeyBinding(.welcomeImport, keys: [.char("i")], contexts: [AppContext.welcome], help: "Import contacts", hint: "import", section: "Welcome"),

            KeyBinding(.save, keys: [.enter], contexts: [AppContext.form], help: "Save (from any field)", hint: "save", section: "Forms"),
            KeyBinding(.cancel, keys: [.escape], contexts: [AppContext.form], help: "Cancel; nothing is written", hint: "cancel", section: "Forms"),
            KeyBinding(.nextField, keys: [.tab, .down], contexts: [AppContext.form], help: "Next field", hint: "next", section: "Forms"),
            KeyBinding(.previousField, keys: [.backTab, .up], contexts: [AppContext.form], help: "Previous field", section: "Forms"),

            KeyBinding(.help, keys: [.char("?")], contexts: main + [AppContext.welcome, AppContext.help], help: "This help", hint: "help", section: "General"),
            KeyBinding(.quit, keys: [.char("q")], contexts: main + [AppContext.welcome, AppContext.help], help: "Quit (from the main screen)", hint: "quit", section: "General"),
            KeyBinding(.redraw, keys: [.ctrl("l")], help: "Reload from the database and redraw", section: "General"),
            KeyBinding(.forceQuit, keys: [.ctrl("c")], help: "Quit at once (nothing unsaved is written)", section: "General"),
        ]
    }()

    /// The default keymap.
    public static func defaultKeymap() -> Keymap<AppAction> {
        do {
            return try Keymap(table)
        } catch {
            preconditionFailure("the built-in key table is inconsistent: \(error)")
        }
    }
}

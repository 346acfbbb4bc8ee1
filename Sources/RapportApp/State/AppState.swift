import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI

/// The three views of the main screen.
public enum AppView: Int, CaseIterable, Sendable {
    case contacts = 1, review = 2, followUps = 3

    var title: String {
        switch self {
        case .contacts: return L10n.text("Contacts")
        case .review: return L10n.text("Review")
        case .followUps: return L10n.text("Follow-ups")
        }
    }
}

/// Which pane has the keyboard on the main screen.
public enum Pane: Sendable, Equatable {
    case list, detail
}

/// A message in the footer.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, success, warning, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// Everything the full-screen app shows and remembers. `update` changes it;
/// views draw it; nothing else touches it.
public struct AppState: Sendable {
    public var width: Int
    public var height: Int
    public var today: Day
    public var databaseName: String
    public var keymap: Keymap<AppAction>
    public var borders: BorderSet

    public var view: AppView = .contacts
    public var pane: Pane = .list
    /// True once the first counts arrive: until then the welcome is not judged.
    public var loaded = false
    public var isEmptyDatabase = false

    public var sort: ContactSort = .name
    public var filter = ContactFilter()
    public var search = SearchState()

    public var contacts = PagedList<ContactRow>()
    public var review = PagedList<ReviewEntry>()
    public var followUps = PagedList<FollowUpEntry>()
    public var counts = Counts()

    public var detail: DetailState?
    public var overlay: Overlay?
    public var status: StatusMessage?
    public var undo: [UndoEntry] = []
    public var tags: [String] = []
    /// Project names, most recently used first: the filter and the log form's picker.
    public var projects: [String] = []
    /// Who the user is and the team's members (team mode).
    public var team = TeamState()
    /// Whose contacts the review shows (team mode; a file has no owners).
    public var reviewScope: ReviewScope = .mine
    /// The team database could not be reached: the footer says so and the
    /// loop's wake-ups read everything again until it answers.
    public var connectionLost = false
    public var quitRequested = false
    /// An import runs in the background: it holds the database's write
    /// lock, so other writes wait for it to end.
    public var importInProgress = false

    /// Bumped whenever a list's query changes, so late results of an
    /// earlier query are recognised and dropped.
    public var generation = 0

    public init(width: Int, height: Int, today: Day, databaseName: String,
                keymap: Keymap<AppAction> = AppAction.defaultKeymap(), borders: BorderSet = .light) {
        self.width = width
        self.height = height
        self.today = today
        self.databaseName = databaseName
        self.keymap = keymap
        self.borders = borders
    }

    /// Contacts, contacts due, open follow-ups: the header's numbers.
    public struct Counts: Equatable, Sendable {
        public var contacts = 0
        public var review = 0
        public var followUps = 0
    }

    /// The contact the selection points at in the current view.
    public var selectedContactId: Int64? {
        switch view {
        case .contacts: return contacts.selectedRow?.id
        case .review: return review.selectedRow?.row.id
        case .followUps: return followUps.selectedRow?.contact.id
        }
    }

    /// The name of the selected contact, for messages.
    public var selectedContactName: String? {
        switch view {
        case .contacts: return contacts.selectedRow?.name
        case .review: return review.selectedRow?.row.name
        case .followUps: return followUps.selectedRow?.contact.name
        }
    }

    /// The query behind the contact list.
    public var contactQuery: ContactFilter {
        var query = filter
        query.search = search.query.isEmpty ? nil : search.query
        return query
    }
}

/// The live search: what is typed, and whether the field has the keyboard.
public struct SearchState: Equatable, Sendable {
    public var editor = LineEditor()
    public var isEditing = false
    /// The query the list is filtered by.
    public var query: String { editor.text.trimmingCharacters(in: .whitespaces) }
}

/// The selected contact's detail: loaded whenever the selection settles on
/// someone else.
public struct DetailState: Equatable, Sendable {
    public var contact: Contact
    public var exchanges: [Exchange]
    public var totalExchanges: Int
    public var summary: RelationshipSummary
    public var cadence: Int
    public var activity: [Int]
    /// Career timeline and introductions (DetailPane+Career.swift).
    public var career: Career = .empty
    /// First line shown when the detail is scrolled.
    public var scroll = 0
    /// The exchange of the history the highlight is on (an index in
    /// `exchanges`), shown while the detail pane has the keyboard.
    public var highlight = 0
    /// The contact's coverage, newest first.
    public var coverage: [Coverage] = []

    /// The highlighted exchange, if there is history.
    public var highlightedExchange: Exchange? {
        exchanges.indices.contains(highlight) ? exchanges[highlight] : nil
    }
}

/// What undo puts back. Each entry undoes only what its action changed,
/// so changes made meanwhile (by the command line, say) are kept.
public enum UndoEntry: Equatable, Sendable {
    /// A logged exchange: undo deletes it.
    case logged(Exchange, contactName: String)
    /// An edit (form or notes): undo sets back the fields it changed.
    case edited(before: Contact, after: Contact, what: String)
    /// A snooze: undo puts back the previous snooze date.
    case snoozed(contactId: Int64, name: String, previous: Day?)
    /// An archive: undo unarchives.
    case archived(contactId: Int64, name: String)
    /// A follow-up marked done: undo opens it again.
    case followUpDone(exchangeId: Int64, contactName: String)
    /// An exchange edited: undo puts back how it was, if it is still as edited.
    case exchangeEdited(before: Exchange, after: Exchange, contactName: String)
    /// An exchange deleted: undo puts it back.
    case exchangeDeleted(Exchange, contactName: String)
    /// An unarchive: undo archives again.
    case unarchived(contactId: Int64, name: String)
}

import RapportCore
import RapportStore
import TerminalUI

/// Something that happened: a key, a new terminal size, or the result of an effect.
public enum Msg: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)

    case counts(AppState.Counts, isEmpty: Bool)
    case contactsPage(generation: Int, start: Int, rows: [ContactRow], total: Int)
    /// A page of a broadly searched list, read without counting the list;
    /// its length follows in `contactsTotal`.
    case contactsPartialPage(generation: Int, start: Int, rows: [ContactRow])
    /// The length of a broadly searched list (`countContacts`).
    case contactsTotal(generation: Int, total: Int)
    case reviewPage(generation: Int, start: Int, rows: [ReviewEntry], total: Int)
    case followUpsLoaded(generation: Int, [FollowUpEntry])
    case detailLoaded(DetailState)
    case tagsLoaded([String])
    /// Project names, most recently used first.
    case projectsLoaded([String])

    /// The team's members and who the user is (all empty on a file).
    case teamLoaded(TeamState)
    /// A write went through: what it did, in domain values. `update` words
    /// the footer from it and keeps what undo needs.
    case saved(Outcome)
    /// An undo went through.
    case undone(UndoEntry)
    /// An undo did not run: its contact changed or was removed since.
    case undoStale(UndoEntry)
    /// The contact whose detail was asked for no longer exists.
    case contactMissing(contactId: Int64)
    /// The store refused an effect or could not be reached: nothing of it
    /// was written.
    case refused(StoreError, Effect)
    /// Something outside the store failed (the notes editor).
    case failed(String)
    /// The notes editor closed; nil when nothing changed.
    case notesEdited(contactId: Int64, notes: String?)
    /// Tab in the file prompt: the completed text (nil when nothing to add) and the matches.
    case pathCompleted(text: String?, candidates: [String])
    /// Where a contact stands in the contact list.
    case located(generation: Int, index: Int)
    /// Midnight passed while the app was open.
    case dayChanged(Day)
    /// An import is under way.
    case importProgress(done: Int, total: Int?)
    /// An import finished: its one-line summary, and its warnings (columns
    /// not imported, values that were not UTF-8…), shown after it.
    case imported(StatusMessage, warnings: [String] = [])
    /// Another program committed to the database (the loop noticed).
    case databaseChanged
    /// A write waits for another program's write lock (true), or no longer does.
    case writeWaiting(Bool)
    /// The user gave up waiting for another program's write: nothing was written.
    case writeGaveUp(Effect)
    /// A write asked for while the previous one is still being saved: not run.
    case writeRefused(Effect)
    /// The loop's wake-up while the connection is lost: try reading again.
    case retryConnection
    /// The change watch lost the team database while the app was idle
    /// (the footer says so; the loop then retries).
    case connectionLost
}

/// What a write did, in domain values: the runner returns it, `update`
/// words it (with keys from the action table) and derives the undo entry.
public enum Outcome: Equatable, Sendable {
    /// An exchange was logged (what `Store.logExchange` returned).
    case logged(Exchange, contact: Contact, warnings: [String])
    case contactAdded(Contact)
    case contactEdited(before: Contact, after: Contact)
    case notesSaved(before: Contact, after: Contact)
    /// Snoozed until a day, or woken up (nil); the contact as it was before.
    case snoozed(Contact, until: Day?)
    /// Archived; the contact as it was before.
    case archived(Contact)
    case unarchived(Contact)
    case followUpDone(exchangeId: Int64, contactName: String)
    case exchangeEdited(before: Exchange, after: Exchange, contactName: String)
    case exchangeDeleted(Exchange, contactName: String)
    case demoLoaded(DemoReport)
    /// A piece of coverage was recorded.
    case coverageAdded(Coverage, contactName: String)
}

/// Work for the effects runner: reads and writes on the store, and the few
/// things only the terminal loop can do. Plain values, so tests check them.
public enum Effect: Equatable, Sendable {
    /// The header's numbers; the review's for `review` (mine or the team's).
    case loadCounts(review: ReviewScope)
    case loadContactsPage(generation: Int, filter: ContactFilter, sort: ContactSort, range: Range<Int>)
    /// How long a searched list is (read whole, in the background, after its first page is shown).
    case countContacts(generation: Int, filter: ContactFilter, sort: ContactSort)
    case loadReviewPage(generation: Int, scope: ReviewScope, range: Range<Int>)
    case loadFollowUps(generation: Int)
    case loadDetail(contactId: Int64)
    case loadTags
    case loadProjects
    /// Who the user is and the team's members (team mode).
    case loadTeam
    case locate(generation: Int, contactId: Int64, filter: ContactFilter, sort: ContactSort)

    case logExchange(contactId: Int64, contactName: String, ExchangeDraft)
    case addContact(ContactDraft)
    /// Apply a change to a contact as the form read it (`expecting`: a
    /// colleague's change since is refused, nothing overwritten).
    case updateContact(before: Contact, ContactChange)
    /// The contact form with a new "Introduced by" (a contact as typed;
    /// resolved and checked before anything is written).
    case addContactIntroduced(ContactDraft, introducer: String)
    /// The same for an edit; nil introducer clears it.
    case updateContactIntroduced(before: Contact, ContactChange, introducer: String?)
    case snooze(contactId: Int64, name: String, until: Day?)
    case archive(contactId: Int64, name: String)
    case followUpDone(exchangeId: Int64, contactName: String)
    /// Replace an exchange (as it was before, so undo can put it back) with a draft.
    case updateExchange(before: Exchange, ExchangeDraft, contactName: String)
    case deleteExchange(Exchange, contactName: String)
    case addCoverage(contactId: Int64, contactName: String, CoverageDraft)
    case unarchive(contactId: Int64, name: String)
    case undo(UndoEntry)
    case loadDemo
    case importFile(path: String)
    case completePath(String)

    /// Hand the terminal to `$EDITOR` on the contact's notes (the loop does it).
    case editNotes(contactId: Int64, notes: String)
    case saveNotes(contactId: Int64, notes: String)
    case redraw
    case quit
}

import RapportCore
import RapportStore
import TerminalUI

/// Something that happened: a key, a new terminal size, or the result of an effect.
public enum Msg: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)

    case counts(AppState.Counts, isEmpty: Bool)
    case contactsPage(generation: Int, start: Int, rows: [ContactRow], total: Int)
    case reviewPage(generation: Int, start: Int, rows: [ReviewEntry], total: Int)
    case followUpsLoaded(generation: Int, [FollowUpEntry])
    case detailLoaded(DetailState)
    case tagsLoaded([String])

    /// A write went through: what to say, what undo can put back, and
    /// whether lists should be read again.
    case saved(StatusMessage, undo: UndoEntry?, select: Int64?)
    case undone(StatusMessage)
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
}

/// Work for the effects runner: reads and writes on the store, and the few
/// things only the terminal loop can do. Plain values, so tests check them.
public enum Effect: Equatable, Sendable {
    case loadCounts
    case loadContactsPage(generation: Int, filter: ContactFilter, sort: ContactSort, range: Range<Int>)
    case loadReviewPage(generation: Int, range: Range<Int>)
    case loadFollowUps(generation: Int)
    case loadDetail(contactId: Int64)
    case loadTags
    case locate(generation: Int, contactId: Int64, filter: ContactFilter, sort: ContactSort)

    case logExchange(contactId: Int64, contactName: String, ExchangeDraft)
    case addContact(ContactDraft)
    case updateContact(id: Int64, ContactChange, what: String)
    case snooze(contactId: Int64, name: String, until: Day?)
    case archive(contactId: Int64, name: String)
    case followUpDone(exchangeId: Int64, contactName: String)
    /// Replace an exchange (as it was before, so undo can put it back) with a draft.
    case updateExchange(before: Exchange, ExchangeDraft, contactName: String)
    case deleteExchange(Exchange, contactName: String)
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

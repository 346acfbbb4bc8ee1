import Foundation
import RapportCore
import RapportLocalization

/// Why the database could not be used or changed, said in one line that
/// names the file when the file is the problem.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// True when the problem is in what the user typed, not in the data.
    public var isInputError: Bool {
        if case .invalidInput = self { return true }
        return false
    }

    /// There is no database file there (and the command does not create one).
    case noDatabase(path: String)
    /// The file exists but is not an SQLite database.
    case notSQLite(path: String)
    /// An SQLite database made by something other than Rapport.
    case notRapport(path: String)
    /// A Rapport database from a newer version of Rapport.
    case newerSchema(path: String, unknown: [String])
    /// The file is damaged.
    case corrupt(path: String, detail: String)
    /// The file or its folder could not be created, opened or read.
    case cannotOpen(path: String, detail: String)
    /// The disk (or the user's quota) is full: nothing was saved.
    case diskFull(path: String)
    /// The database was opened for reading only (a reading command, or a
    /// read-only file or folder), so it cannot be changed.
    case readOnly(path: String)
    /// The database is still being checked for damage; writes wait for it.
    case checking(path: String)
    /// Another program held the write lock longer than the busy timeout
    /// (a long import, say).
    case busy(path: String)
    /// No contact, exchange… with that id.
    case notFound(String)
    /// What the user gave is not valid (an empty name, a date after today…).
    case invalidInput(String)
    /// The user's request could not be carried out as given.
    case invalid(String)
    /// A handle that identifies someone (an email, a social profile)
    /// already belongs to another contact.
    case handleTaken(String)
    /// The database refused an operation for a reason we did not foresee.
    case database(String)
    /// Someone else changed the record since it was read (a colleague in
    /// team mode, another program on a file): nothing was overwritten.
    /// `by` is their display name or login when known, `at` the time (HH:MM).
    case changedSince(what: String, by: String?, at: String?)
    /// The connection to the team database was lost (server restarted,
    /// network down): what was being written was not saved.
    case connectionLost(String)
    /// The team database refused for lack of privileges (not a member,
    /// not allowed to manage the team…).
    case permissionDenied(String)

    public var description: String {
        switch self {
        case let .noDatabase(path):
            return L10n.text("no database at %@ (rapport add, import, demo or the full-screen app creates one)", path)
        case let .notSQLite(path):
            return L10n.text("%@ is not a Rapport database (it is not an SQLite file); it was left untouched", path)
        case let .notRapport(path):
            return L10n.text("%@ is an SQLite database but not a Rapport database; it was left untouched", path)
        case let .newerSchema(path, unknown):
            return L10n.text("%1$@ was written by a newer version of Rapport (schema %2$@); upgrade Rapport to open it. The file was left untouched",
                             path, unknown.joined(separator: ", "))
        case let .corrupt(path, detail):
            return L10n.text("%1$@ is damaged (%2$@); it was left untouched. Restore a backup over it with: rapport restore --force BACKUP",
                             path, SystemMessages.translated(detail))
        case let .cannotOpen(path, detail):
            return L10n.text("cannot open %1$@: %2$@", path, SystemMessages.translated(detail))
        case let .diskFull(path):
            return L10n.text("cannot write %@: the disk is full; nothing was saved. Free some space and try again", path)
        case let .readOnly(path):
            return L10n.text("cannot write %@: it is open for reading only (the file or its folder is read-only); nothing was saved", path)
        case let .checking(path):
            return L10n.text("%@ is still being checked for damage; nothing was saved, try again in a moment", path)
        case let .busy(path):
            return L10n.text("%@ is busy: another Rapport has been writing to it for a while (a long import?); try again when it is done", path)
        case let .notFound(what):
            return what
        case let .invalid(message), let .invalidInput(message), let .handleTaken(message):
            return message
        case let .database(message):
            return L10n.text("database error: %@", SystemMessages.translated(message))
        case let .changedSince(what, by?, at?):
            return L10n.text("%1$@ was changed by %2$@ at %3$@ — reopen to see their change; nothing was overwritten", what, by, at)
        case let .changedSince(what, by?, nil):
            return L10n.text("%1$@ was changed by %2$@ — reopen to see their change; nothing was overwritten", what, by)
        case let .changedSince(what, nil, at?):
            return L10n.text("%1$@ was changed at %2$@ — reopen to see the change; nothing was overwritten", what, at)
        case let .changedSince(what, nil, nil):
            return L10n.text("%@ was changed — reopen to see the change; nothing was overwritten", what)
        case let .connectionLost(detail):
            return L10n.text("the connection to the team database was lost (%@); nothing was saved", detail)
        case let .permissionDenied(detail):
            return L10n.text("permission denied: %@", detail)
        }
    }
}

extension InputError {
    var storeError: StoreError { .invalidInput(message) }
}

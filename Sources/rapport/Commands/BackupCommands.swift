import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportSettings
import RapportStore
import RapportTransfer

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: L10n.text("Copy the database to a file, safely even while it is in use."),
        discussion: L10n.text("""
            Uses SQLite's online backup API: the copy is consistent even while the app or another command \
            writes. The file is created with mode 0600, checked, then moved into place; it is a normal \
            Rapport database (open it with --db, or bring it back with rapport restore).
            """))

    @Argument(help: ArgumentHelp(L10n.text("The file to create."), valueName: "file"))
    var file: String
    @Flag(help: ArgumentHelp(L10n.text("Replace the file if it exists.")))
    var force = false
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let path = database.path
        if !database.isTeam {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure(message: L10n.text("there is no database at %@ to back up", path))
            }
        }
        if !database.isTeam, DatabaseLocation.isDatabaseFile(file, database: path) {
            throw CommandFailure(message: L10n.text("%@ is the database itself (or one of its files); give another file", file))
        }
        let context = try database.openForReading()
        let target = try AtomicFile(destination: file, replace: force)
        target.removingAlso(["-journal", "-wal", "-shm"])
        target.closeDescriptor()
        try context.store.backup(intoEmptyFile: target.temporaryPath)
        let summary = try RapportDatabase.checkRestorable(target.temporaryPath)
        try target.commit()
        print(L10n.text("Backed up %1$@ and %2$@ to %3$@", Shown.contacts(summary.contacts), Shown.exchanges(summary.exchanges),
                        CLIText.clean(file)))
    }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: L10n.text("Replace the database's content with a backup."),
        discussion: L10n.text("""
            The file must be a Rapport database (from rapport backup, or a copy of a database file) that this \
            version can read; anything else is refused and nothing changes. A database that holds contacts \
            or exchanges is only replaced with --force. The content is replaced in one transaction. A \
            damaged database is never opened for writing: with --force, the file is replaced by a copy of \
            the backup.
            """))

    @Argument(help: ArgumentHelp(L10n.text("The backup file."), valueName: "file"))
    var file: String
    @Flag(help: ArgumentHelp(L10n.text("Replace a database that holds data.")))
    var force = false
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try database.requireFile("restore", instead: L10n.text("use pg_restore, or rapport copy --from FILE --to URI"))
        let summary = try RapportDatabase.checkRestorable(file)
        let path = database.path
        if DatabaseLocation.isDatabaseFile(file, database: path) {
            throw CommandFailure(message: L10n.text("%@ is the database itself; nothing to restore", file))
        }
        // Restoring replaces a file's content: the SQLite engine itself.
        let settings = try SettingsFile.load()
        let sqlite: RapportDatabase
        do {
            sqlite = try Self.openFile(path, cadence: settings.cadence)
        } catch StoreError.corrupt(let damaged, let detail) {
            guard force else {
                throw CommandFailure(message: L10n.text("%1$@ is damaged (%2$@); it was left untouched. Pass --force to replace the damaged file with the backup",
                                                        damaged, detail))
            }
            try replaceDamaged(path)
            print(L10n.text("Replaced the damaged %1$@ with %2$@: %3$@ and %4$@", CLIText.clean(path), CLIText.clean(file),
                            Shown.contacts(summary.contacts), Shown.exchanges(summary.exchanges)))
            return
        }
        let isEmpty = try sqlite.isEmpty()
        if !force && !isEmpty {
            let count = try sqlite.contactCount()
            throw CommandFailure(message: L10n.text("%1$@ already holds %2$@; pass --force to replace everything in it with the backup (back it up first: rapport backup FILE)",
                                                    path, Shown.contacts(count)))
        }
        try sqlite.restore(from: file)
        // Brings a backup made by an older Rapport up to the current schema.
        _ = try RapportDatabase.open(path: path, cadence: settings.cadence)
        print(L10n.text("Restored %1$@ and %2$@ from %3$@ into %4$@", Shown.contacts(summary.contacts), Shown.exchanges(summary.exchanges),
                        CLIText.clean(file), CLIText.clean(path)))
    }
}

extension Restore {
    /// Opens (or creates) the database file to restore into.
    static func openFile(_ path: String, cadence: Cadence) throws -> RapportDatabase {
        try RapportDatabase.open(path: path, cadence: cadence, create: true)
    }

    /// Replaces a damaged database file (never opened for writing) with a
    /// copy of the backup: the copy is written beside it, checked, its
    /// stale `-wal` and `-shm` removed, then moved over it in one step.
    func replaceDamaged(_ path: String) throws {
        let target = try AtomicFile(destination: path, replace: true)
        target.removingAlso(["-journal", "-wal", "-shm"])
        target.closeDescriptor()
        try RapportDatabase.copyDatabase(from: file, intoEmptyFile: target.temporaryPath)
        _ = try RapportDatabase.checkRestorable(target.temporaryPath)
        for suffix in ["-wal", "-shm", "-journal"] { unlink(path + suffix) }
        try target.commit()
        // Brings a backup made by an older Rapport up to the current schema.
        _ = try RapportDatabase.open(path: path, cadence: try SettingsFile.load().cadence)
    }
}

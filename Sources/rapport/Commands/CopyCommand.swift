import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportPostgres
import RapportSettings
import RapportStore
import RapportTransfer

/// `rapport copy --from SRC --to DEST`: everything in one database copied
/// into an empty one, whatever the engines (a personal SQLite file into a
/// team database on PostgreSQL, or back). Works through the `Store`
/// interface alone: the source's export feeds the destination's import.
struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: L10n.text("Copy a whole database into an empty one (a file into a team database, or back)."),
        discussion: L10n.text("""
            Copies every contact with its handles, tags, exchanges and follow-ups, archived, snoozed and \
            review dates included, and its coverage, projects, career moves and introductions. Ids are new; \
            in a team database the copied exchanges' and coverage's author is you (the database sets it). \
            One transaction on the destination: everything is copied or nothing. The destination must be \
            empty: a new file, or a team database set up with rapport team init. SRC and DEST are file \
            paths or postgresql:// URIs.
            """))

    @Option(help: ArgumentHelp(L10n.text("The database to copy: a file or a postgresql:// URI."), valueName: "src"))
    var from: String
    @Option(help: ArgumentHelp(L10n.text("The empty database to fill: a file (created) or a postgresql:// URI."), valueName: "dest"))
    var to: String

    func validate() throws {
        if from.isEmpty || to.isEmpty { throw ValidationError(L10n.text("--from and --to need a file or a postgresql:// URI")) }
        if from == to { throw ValidationError(L10n.text("--from and --to are the same database")) }
    }

    func run() throws {
        let settings = try SettingsFile.load()
        let today = try SystemClock.fromEnvironment().today
        let source = try CopyEndpoint(from, cadence: settings.cadence, reading: true)
        let destination = try CopyEndpoint(to, cadence: settings.cadence, reading: false)
        do {
            guard try destination.store.isEmpty() else {
                throw CommandFailure(message: L10n.text("%@ is not empty; copy needs an empty destination (a new file, or a team database just set up with rapport team init); nothing was copied",
                                                        destination.shown))
            }
            let counts = try DatabaseCopy.run(from: source.store, to: destination.store, today: today)
            print(L10n.text("Copied %1$@ with %2$@ from %3$@ to %4$@", Shown.contacts(counts.imported), Shown.exchanges(counts.exchanges),
                            source.shown, destination.shown))
        } catch {
            destination.discardIfCreated()
            throw error
        }
    }
}

/// One side of a copy: the open store, and what to call it.
private struct CopyEndpoint {
    let store: any Store
    /// The location without any password, sanitized.
    let shown: String
    /// A file this copy created (removed again if the copy fails).
    let createdFile: String?

    init(_ location: String, cadence: Cadence, reading: Bool) throws {
        shown = CLIText.clean(PGLocation.redacted(location))
        if PGLocation.isPostgres(location) {
            store = try PostgresStore.open(conninfo: PGLocation.conninfo(location), cadence: cadence)
            createdFile = nil
        } else {
            let path = DatabaseLocation.resolve(explicit: location)
            if reading {
                store = try RapportDatabase.openForReading(path: path, cadence: cadence)
                createdFile = nil
            } else {
                let existed = FileManager.default.fileExists(atPath: path)
                store = try RapportDatabase.open(path: path, cadence: cadence, create: true)
                createdFile = existed ? nil : path
            }
        }
    }

    /// Removes the file this copy created, with SQLite's side files.
    func discardIfCreated() {
        guard let createdFile else { return }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: createdFile + suffix)
        }
    }
}

/// Copies every contact of one store into another through `exportContacts`
/// and `importContacts`: one transaction on the destination.
enum DatabaseCopy {
    static func run(from source: any Store, to destination: any Store, today: Day) throws -> ImportCounts {
        let options = ImportOptions(policy: .create, tags: [], role: nil, dryRun: false)
        return try destination.importContacts(options, today: today) { sink in
            try source.exportContacts(ExportFilter(), withExchanges: true, batchSize: 500) { exported in
                _ = try sink.add(try record(exported))
            }
        }.counts
    }

    /// The import record that recreates an exported contact as it was:
    /// its dates and states, its exchanges oldest first, its coverage,
    /// career and introducer.
    static func record(_ exported: ExportedContact) throws -> ImportRecord {
        let contact = exported.contact
        // The drafts as they are: a field added to ContactDraft or ExchangeDraft is copied without a change here.
        let draft = contact.draft
        let exchanges = exported.exchanges.reversed().map(\.draft)
        let validated: ContactDraft
        do {
            validated = try draft.validated()
        } catch {
            throw CommandFailure(message: L10n.text("contact #%1$d (%2$@) cannot be copied: %3$@; nothing was copied",
                                                    contact.id, CLIText.clean(contact.name), error.message))
        }
        var record = ImportRecord(draft: validated, exchanges: exchanges, created: contact.created, updated: contact.updated,
                                  reviewFrom: contact.reviewFrom, snoozedUntil: contact.snoozedUntil, archived: contact.archived)
        record.pressWork = exported.importPressWork
        return record
    }
}

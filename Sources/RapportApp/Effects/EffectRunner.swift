import Foundation
import RapportCore
import RapportStore

/// Runs effects against the store and turns their outcome into messages.
/// Synchronous and free of the terminal: the loop decides what runs in the
/// background, tests run everything in order.
public struct EffectRunner: Sendable {
    /// The data, whatever the engine: only `Store`'s requirements are used.
    public let database: any Store
    /// Where today comes from: read at each effect, so an app left open
    /// past midnight logs on the right day.
    public let clock: any Clock
    public var today: Day { clock.today }
    /// Imports a file and returns its one-line summary and its warnings,
    /// reporting progress (records done, records in all when known) as it
    /// goes. Supplied by the executable, which owns the file formats.
    public typealias Importer = @Sendable (_ path: String, _ progress: @escaping @Sendable (_ done: Int, _ total: Int?) -> Void) throws -> ImportOutcome

    public var importer: Importer?
    /// The ids of the last searched or tag-filtered list, so scrolling it
    /// does not search again.
    private let narrowIds = NarrowListCache()

    public init(database: any Store, clock: any Clock, importer: Importer? = nil) {
        self.database = database
        self.clock = clock
        self.importer = importer
    }

    /// A runner whose today never changes (tests, the benchmark).
    public init(database: any Store, today: Day, importer: Importer? = nil) {
        self.init(database: database, clock: FixedClock(today), importer: importer)
    }

    /// Whether an effect may take long enough to run off the keyboard's thread.
    public static func runsInBackground(_ effect: Effect) -> Bool {
        switch effect {
        case .loadCounts, .loadContactsPage, .loadReviewPage, .loadFollowUps, .locate, .importFile: return true
        default: return false
        }
    }

    /// Whether an effect changes the database (so cached lists are stale).
    public static func writes(_ effect: Effect) -> Bool {
        switch effect {
        case .logExchange, .addContact, .updateContact, .snooze, .archive, .followUpDone, .undo, .loadDemo, .saveNotes, .importFile,
             .updateExchange, .deleteExchange, .unarchive:
            return true
        default:
            return false
        }
    }

    /// The message an effect produces; nil for the loop's own effects
    /// (redraw, quit, the notes editor). Long effects (an import) report
    /// along the way through `progress`.
    public func perform(_ effect: Effect, progress: @escaping @Sendable (Msg) -> Void = { _ in }) -> Msg? {
        do {
            return try run(effect, progress: progress)
        } catch let error as StoreError {
            return .failed(error.description)
        } catch let error as InputError {
            return .failed(error.message)
        } catch {
            return .failed("\(error)")
        }
    }

    private func run(_ effect: Effect, progress: @escaping @Sendable (Msg) -> Void) throws -> Msg? {
        if EffectRunner.writes(effect) { narrowIds.clear() }
        switch effect {
        case .loadCounts:
            let counts = AppState.Counts(
                contacts: try database.countContacts(ContactFilter()),
                review: try database.reviewCount(today: today, owner: nil),
                followUps: try database.openFollowUpCount())
            let isEmpty = counts.contacts == 0 ? try database.isEmpty() : false
            return .counts(counts, isEmpty: isEmpty)
        case let .loadContactsPage(generation, filter, sort, range):
            if RapportDatabase.isNarrow(filter) {
                let ids = try narrowIds.ids(for: filter, sort: sort) {
                    try database.contactIds(filter, sort: sort, today: today)
                }
                let page = Array(ids.dropFirst(range.lowerBound).prefix(range.count))
                return .contactsPage(generation: generation, start: range.lowerBound,
                                     rows: try database.contactRows(ids: page, today: today), total: ids.count)
            }
            let rows = try database.listContacts(filter, sort: sort, today: today, limit: range.count, offset: range.lowerBound)
            return .contactsPage(generation: generation, start: range.lowerBound, rows: rows, total: try database.countContacts(filter))
        case let .loadReviewPage(generation, range):
            let rows = try database.review(today: today, owner: nil, limit: range.count, offset: range.lowerBound)
            return .reviewPage(generation: generation, start: range.lowerBound, rows: rows, total: try database.reviewCount(today: today, owner: nil))
        case .loadFollowUps(let generation):
            return .followUpsLoaded(generation: generation, try database.openFollowUps(dueBy: nil, includeInactive: false, limit: 5000))
        case .loadDetail(let id):
            guard let contact = try database.contact(id: id) else { return .failed("That contact no longer exists") }
            return .detailLoaded(try detail(contact))
        case .loadTags:
            return .tagsLoaded(try database.tagNames())
        case let .locate(generation, id, filter, sort):
            let ids = try database.contactIds(filter, sort: sort, today: today)
            return ids.firstIndex(of: id).map { .located(generation: generation, index: $0) }

        case let .logExchange(id, name, draft):
            let result = try database.logExchange(contactId: id, draft, today: today, allowFuture: false)
            let warning = result.warnings.isEmpty ? "" : " (" + result.warnings.joined(separator: " ") + ")"
            return .saved(StatusMessage("Logged exchange with \(name) — u to undo\(warning)", .success),
                          undo: .logged(result.exchange, contactName: name), select: nil)
        case .addContact(let draft):
            let contact = try database.addContact(draft, today: today, reviewFrom: nil, allowSharedHandles: false)
            return .saved(StatusMessage("Added \(contact.name)", .success), undo: nil, select: contact.id)
        case let .updateContact(id, change, what):
            let (before, after) = try database.updateContact(id: id, change, today: today, allowSharedHandles: false, expecting: nil)
            return .saved(StatusMessage("\(what) — u to undo", .success), undo: .edited(before: before, after: after, what: "edit"), select: nil)
        case let .snooze(id, name, until):
            let before = try database.snooze(contactId: id, until: until, today: today)
            let text = until.map { "Snoozed \(name) until \($0.iso) — u to undo" } ?? "\(name) is awake again"
            return .saved(StatusMessage(text, .success), undo: .snoozed(contactId: id, name: name, previous: before.snoozedUntil), select: nil)
        case let .archive(id, name):
            _ = try database.setArchived(contactId: id, true, today: today)
            return .saved(StatusMessage("Archived \(name) — u to undo", .success), undo: .archived(contactId: id, name: name), select: nil)
        case let .followUpDone(exchangeId, name):
            try database.setFollowUpDone(exchangeId: exchangeId, on: today)
            return .saved(StatusMessage("Follow-up with \(name) done — u to undo", .success),
                          undo: .followUpDone(exchangeId: exchangeId, contactName: name), select: nil)
        case let .updateExchange(before, draft, name):
            let edit = try database.updateExchange(id: before.id, draft, today: today, allowFuture: false, expecting: before)
            return .saved(StatusMessage("Edited the exchange with \(name) — u to undo", .success),
                          undo: .exchangeEdited(before: edit.before, after: edit.after, contactName: name), select: nil)
        case let .deleteExchange(exchange, name):
            let deleted = try database.deleteExchange(exchange)
            return .saved(StatusMessage("Deleted the exchange of \(deleted.day.iso) with \(name) — u to undo", .success),
                          undo: .exchangeDeleted(deleted, contactName: name), select: nil)
        case let .unarchive(id, name):
            _ = try database.setArchived(contactId: id, false, today: today)
            return .saved(StatusMessage("Unarchived \(name) — u to undo", .success), undo: .unarchived(contactId: id, name: name), select: nil)
        case .undo(let entry):
            switch entry {
            case let .exchangeEdited(before, after, name):
                _ = try database.updateExchange(id: after.id, ExchangeDraft(before), today: today, allowFuture: true, expecting: after)
                return .undone(StatusMessage("Undid the edit of the exchange with \(name)"))
            case let .exchangeDeleted(exchange, name):
                guard try isStill(exchange.contactId, named: name) else { return .failed("Cannot undo: \(name) changed or was removed since") }
                _ = try database.restoreExchange(exchange)
                return .undone(StatusMessage("Put back the exchange of \(exchange.day.iso) with \(name)"))
            case let .unarchived(id, name):
                guard try isStill(id, named: name) else { return .failed("Cannot undo: \(name) was removed since") }
                _ = try database.setArchived(contactId: id, true, today: today)
                return .undone(StatusMessage("Undid the unarchive of \(name)"))
            case let .logged(exchange, name):
                _ = try database.deleteExchange(exchange)
                return .undone(StatusMessage("Undid the exchange logged with \(name)"))
            case let .edited(before, after, what):
                guard try isStill(after.id, named: after.name) else { return .failed("Cannot undo: \(after.name) changed or was removed since") }
                let change = Forms.inverse(from: after, to: before)
                if !change.isEmpty {
                    _ = try database.updateContact(id: before.id, change, today: today, allowSharedHandles: true, expecting: nil)
                }
                return .undone(StatusMessage("Undid the \(what) of \(before.name)"))
            case let .snoozed(id, name, previous):
                guard try isStill(id, named: name) else { return .failed("Cannot undo: \(name) was removed since") }
                _ = try database.snooze(contactId: id, until: previous, today: today)
                return .undone(StatusMessage("Undid the snooze of \(name)"))
            case let .archived(id, name):
                guard try isStill(id, named: name) else { return .failed("Cannot undo: \(name) was removed since") }
                _ = try database.setArchived(contactId: id, false, today: today)
                return .undone(StatusMessage("Undid the archive of \(name)"))
            case let .followUpDone(exchangeId, name):
                try database.setFollowUpDone(exchangeId: exchangeId, on: nil)
                return .undone(StatusMessage("The follow-up with \(name) is open again"))
            }
        case .loadDemo:
            let report = try database.loadDemo(.standard, today: today)
            return .saved(StatusMessage("Loaded the demo: \(report.contacts) fictional people, \(report.exchanges) exchanges", .success),
                          undo: nil, select: nil)
        case let .saveNotes(id, notes):
            var change = ContactChange()
            change.notes = notes
            let (before, after) = try database.updateContact(id: id, change, today: today, allowSharedHandles: false, expecting: nil)
            return .saved(StatusMessage("Saved the notes of \(after.name) — u to undo", .success),
                          undo: .edited(before: before, after: after, what: "notes edit"), select: nil)
        case .importFile(let path):
            guard let importer else { return .imported(StatusMessage("Import is not available", .error)) }
            let expanded = path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst(1) : path
            do {
                let outcome = try importer(expanded) { done, total in progress(.importProgress(done: done, total: total)) }
                return .imported(StatusMessage(outcome.summary, .success), warnings: outcome.warnings)
            } catch {
                let message = (error as? StoreError)?.description ?? (error as? InputError)?.message ?? String(describing: error)
                return .imported(StatusMessage(message, .error))
            }
        case .completePath(let text):
            let completion = PathCompletion.complete(text)
            return .pathCompleted(text: completion.text, candidates: completion.candidates)
        case .editNotes, .redraw, .quit:
            return nil
        }
    }

    /// Whether the contact with this id is still the one undo remembers
    /// (ids of erased contacts can be given to new ones).
    func isStill(_ id: Int64, named name: String) throws -> Bool {
        try database.contact(id: id)?.name == name
    }

    /// Everything the detail pane shows about a contact.
    func detail(_ contact: Contact) throws -> DetailState {
        let limit = 500
        let exchanges = try database.exchanges(contactId: contact.id, limit: limit)
        let total = exchanges.count < limit ? exchanges.count : try database.exchangeCount(contactId: contact.id)
        let cadence = database.cadence.days(for: contact)
        let facts = total <= limit ? exchanges.map(\.facts) : try database.exchanges(contactId: contact.id, limit: nil).map(\.facts)
        let summary = RelationshipSummary(exchanges: facts, reviewFrom: contact.reviewFrom, cadence: cadence, today: today)
        return DetailState(contact: contact, exchanges: exchanges, totalExchanges: total, summary: summary, cadence: cadence,
                           activity: Activity.monthly(facts.map(\.day), today: today))
    }
}

/// The ordered ids of one searched or tag-filtered list. Any write clears it.
final class NarrowListCache: @unchecked Sendable {
    private let lock = NSLock()
    private var key: (filter: ContactFilter, sort: ContactSort)?
    private var cached: [Int64] = []
    /// Bumped by every write: ids read before a write are not kept after it.
    private var writes = 0

    func ids(for filter: ContactFilter, sort: ContactSort, load: () throws -> [Int64]) rethrows -> [Int64] {
        lock.lock()
        if let key, key.filter == filter, key.sort == sort {
            defer { lock.unlock() }
            return cached
        }
        let started = writes
        lock.unlock()
        let ids = try load()
        lock.lock()
        if writes == started {
            key = (filter, sort)
            cached = ids
        }
        lock.unlock()
        return ids
    }

    func clear() {
        lock.lock()
        key = nil
        cached = []
        writes += 1
        lock.unlock()
    }
}

/// Completing a file path typed in the import prompt.
enum PathCompletion {
    /// The longest common completion of `text` among the files of its
    /// folder, and the names that match (folders end with `/`).
    static func complete(_ text: String) -> (text: String?, candidates: [String]) {
        let expanded = text.hasPrefix("~/") ? NSHomeDirectory() + text.dropFirst(1) : text
        let folder: String
        let prefix: String
        if let slash = expanded.lastIndex(of: "/") {
            folder = String(expanded[...slash])
            prefix = String(expanded[expanded.index(after: slash)...])
        } else {
            folder = ""
            prefix = expanded
        }
        let directory = folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return (nil, []) }
        let matches = names.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }.sorted()
        guard let first = matches.first else { return (nil, []) }
        var common = first
        for name in matches.dropFirst() {
            while !name.hasPrefix(common) { common.removeLast() }
        }
        var isDirectory: ObjCBool = false
        let candidates = matches.map { name -> String in
            _ = FileManager.default.fileExists(atPath: directory + (folder.isEmpty ? "/" : "") + name, isDirectory: &isDirectory)
            return isDirectory.boolValue ? name + "/" : name
        }
        var completed = folder + common
        if matches.count == 1, candidates.first?.hasSuffix("/") == true { completed += "/" }
        if text.hasPrefix("~/"), completed.hasPrefix(NSHomeDirectory()) {
            completed = "~" + completed.dropFirst(NSHomeDirectory().count)
        }
        return (completed, candidates)
    }
}

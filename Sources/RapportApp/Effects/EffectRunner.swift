import Foundation
import RapportCore
import RapportStore
import RapportTransfer

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
    /// The ids of the last searched or tag-filtered list, so scrolling it
    /// does not search again.
    private let narrowIds = NarrowListCache()

    public init(database: any Store, clock: any Clock) {
        self.database = database
        self.clock = clock
    }

    /// A runner whose today never changes (tests, the benchmark).
    public init(database: any Store, today: Day) {
        self.init(database: database, clock: FixedClock(today))
    }

    /// Whether an effect may take long enough to run off the keyboard's thread.
    public static func runsInBackground(_ effect: Effect) -> Bool {
        switch effect {
        case .loadCounts, .loadContactsPage, .countContacts, .loadReviewPage, .loadFollowUps, .locate, .importFile, .loadTeam: return true
        default: return false
        }
    }

    /// Whether an effect changes the database (so cached lists are stale).
    public static func writes(_ effect: Effect) -> Bool {
        switch effect {
        case .logExchange, .addContact, .updateContact, .snooze, .archive, .followUpDone, .undo, .loadDemo, .saveNotes, .importFile,
             .updateExchange, .deleteExchange, .unarchive,
             .addCoverage, .addContactIntroduced, .updateContactIntroduced:
            return true
        default:
            return false
        }
    }

    /// The message an effect produces; nil for the loop's own effects
    /// (redraw, quit, the notes editor). Long effects (an import) report
    /// along the way through `progress`. Results are domain values: the
    /// wording is `update`'s.
    public func perform(_ effect: Effect, progress: @escaping @Sendable (Msg) -> Void = { _ in }) -> Msg? {
        do {
            return try run(effect, progress: progress)
        } catch let error as StoreError {
            return .refused(error, effect)
        } catch let error as InputError {
            return .refused(.invalidInput(error.message), effect)
        } catch {
            return .refused(.database("\(error)"), effect)
        }
    }

    /// Whose contacts the review asks for: the user's own ("mine", which
    /// on a file, where nobody owns anything, is everyone's) or everyone's.
    func owner(_ scope: ReviewScope) -> String? {
        scope == .mine ? database.currentMember : nil
    }

    private func run(_ effect: Effect, progress: @escaping @Sendable (Msg) -> Void) throws -> Msg? {
        if EffectRunner.writes(effect) { narrowIds.clear() }
        switch effect {
        case .loadCounts(let scope):
            let counts = AppState.Counts(
                contacts: try database.countContacts(ContactFilter()),
                review: try database.reviewCount(today: today, owner: owner(scope)),
                followUps: try database.openFollowUpCount())
            let isEmpty = counts.contacts == 0 ? try database.isEmpty() : false
            return .counts(counts, isEmpty: isEmpty)
        case let .loadContactsPage(generation, filter, sort, range):
            if RapportDatabase.isNarrow(filter) {
                // A broad search shows its page at once; its length (every
                // matching id, kept for scrolling) follows: `countContacts`.
                if narrowIds.cached(for: filter, sort: sort) == nil,
                   let rows = try database.searchedPage(filter, sort: sort, today: today, limit: range.count, offset: range.lowerBound) {
                    return .contactsPartialPage(generation: generation, start: range.lowerBound, rows: rows)
                }
                let ids = try narrowList(filter, sort: sort)
                let page = Array(ids.dropFirst(range.lowerBound).prefix(range.count))
                return .contactsPage(generation: generation, start: range.lowerBound,
                                     rows: try database.contactRows(ids: page, today: today), total: ids.count)
            }
            let rows = try database.listContacts(filter, sort: sort, today: today, limit: range.count, offset: range.lowerBound)
            return .contactsPage(generation: generation, start: range.lowerBound, rows: rows, total: try database.countContacts(filter))
        case let .countContacts(generation, filter, sort):
            return .contactsTotal(generation: generation, total: try narrowList(filter, sort: sort).count)
        case let .loadReviewPage(generation, scope, range):
            let rows = try database.review(today: today, owner: owner(scope), limit: range.count, offset: range.lowerBound)
            return .reviewPage(generation: generation, start: range.lowerBound, rows: rows,
                               total: try database.reviewCount(today: today, owner: owner(scope)))
        case .loadFollowUps(let generation):
            return .followUpsLoaded(generation: generation, try database.openFollowUps(dueBy: nil, includeInactive: false, limit: 5000))
        case .loadDetail(let id):
            guard let contact = try database.contact(id: id) else { return .contactMissing(contactId: id) }
            return .detailLoaded(try detail(contact))
        case .loadTags:
            return .tagsLoaded(try database.tagNames())
        case .loadProjects:
            return .projectsLoaded(try database.recentProjectNames(limit: AppState.projectPickerLimit))
        case .loadTeam:
            // Names are a nicety: without them (a member not allowed to read
            // the member list, say) the history falls back to logins.
            let members = (try? database.teamMembers()) ?? []
            return .teamLoaded(TeamState(isTeam: database.engine.isTeam, currentMember: database.currentMember, members: members))
        case let .locate(generation, id, filter, sort):
            let ids = try database.contactIds(filter, sort: sort, today: today)
            return ids.firstIndex(of: id).map { .located(generation: generation, index: $0) }

        case let .logExchange(id, _, draft):
            let result = try database.logExchange(contactId: id, draft, today: today, allowFuture: false)
            return .saved(.logged(result.exchange, contact: result.contact, warnings: result.warnings))
        case .addContact(let draft):
            return .saved(.contactAdded(try database.addContact(draft, today: today, reviewFrom: nil, allowSharedHandles: false,
                                                                          introducerId: nil)))
        case let .addContactIntroduced(draft, introducer):
            return try addContact(draft, introducedBy: introducer)
        case let .updateContactIntroduced(original, change, introducer):
            return try updateContact(original, change, introducedBy: introducer)
        case let .updateContact(original, change):
            let (before, after) = try database.updateContact(id: original.id, change, today: today, allowSharedHandles: false,
                                                             expecting: original)
            return .saved(.contactEdited(before: before, after: after))
        case let .snooze(id, _, until):
            return .saved(.snoozed(try database.snooze(contactId: id, until: until, today: today), until: until))
        case let .archive(id, _):
            return .saved(.archived(try database.setArchived(contactId: id, true, today: today)))
        case let .followUpDone(exchangeId, name):
            try database.setFollowUpDone(exchangeId: exchangeId, on: today)
            return .saved(.followUpDone(exchangeId: exchangeId, contactName: name))
        case let .updateExchange(before, draft, name):
            let edit = try database.updateExchange(id: before.id, draft, today: today, allowFuture: false, expecting: before)
            return .saved(.exchangeEdited(before: edit.before, after: edit.after, contactName: name))
        case let .deleteExchange(exchange, name):
            return .saved(.exchangeDeleted(try database.deleteExchange(exchange), contactName: name))
        case let .unarchive(id, _):
            return .saved(.unarchived(try database.setArchived(contactId: id, false, today: today)))
        case let .addCoverage(id, name, draft):
            return .saved(.coverageAdded(try database.addCoverage(contactId: id, draft, today: today), contactName: name))
        case .undo(let entry):
            return try undo(entry)
        case .loadDemo:
            return .saved(.demoLoaded(try database.loadDemo(.standard, today: today)))
        case let .saveNotes(id, notes):
            var change = ContactChange()
            change.notes = notes
            let (before, after) = try database.updateContact(id: id, change, today: today, allowSharedHandles: false, expecting: nil)
            return .saved(.notesSaved(before: before, after: after))
        case .importFile(let path):
            let expanded = path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst(1) : path
            do {
                let report = try ImportRunner.run(paths: [expanded], store: database, today: today) { done, total in
                    progress(.importProgress(done: done, total: total))
                }
                return .imported(StatusMessage(report.summary, .success), warnings: report.warnings)
            } catch {
                return .imported(StatusMessage(ImportRunner.message(for: error), .error))
            }
        case .completePath(let text):
            let completion = PathCompletion.complete(text)
            return .pathCompleted(text: completion.text, candidates: completion.candidates)
        case .editNotes, .redraw, .quit:
            return nil
        }
    }

    /// Every id of a searched or tag-filtered list, in order, then the
    /// contacts found by a past outlet ("ex-…"); kept until the next write.
    private func narrowList(_ filter: ContactFilter, sort: ContactSort) throws -> [Int64] {
        try narrowIds.ids(for: filter, sort: sort) {
            try withPastOutlets(database.contactIds(filter, sort: sort, today: today), filter: filter)
        }
    }

    /// Puts back what an undo entry remembers, if its contact is still there.
    private func undo(_ entry: UndoEntry) throws -> Msg {
        switch entry {
        case let .exchangeEdited(before, after, _):
            var draft = ExchangeDraft(before)
            draft.notesPrivate = before.notesPrivate
            _ = try database.updateExchange(id: after.id, draft, today: today, allowFuture: true, expecting: after)
        case let .exchangeDeleted(exchange, name):
            guard try isStill(exchange.contactId, named: name) else { return .undoStale(entry) }
            _ = try database.restoreExchange(exchange)
        case let .unarchived(id, name):
            guard try isStill(id, named: name) else { return .undoStale(entry) }
            _ = try database.setArchived(contactId: id, true, today: today)
        case .logged(let exchange, _):
            _ = try database.deleteExchange(exchange)
        case let .edited(before, after, _):
            guard try isStill(after.id, named: after.name) else { return .undoStale(entry) }
            let change = Forms.inverse(from: after, to: before)
            if !change.isEmpty {
                _ = try database.updateContact(id: before.id, change, today: today, allowSharedHandles: true, expecting: nil)
            }
        case let .snoozed(id, name, previous):
            guard try isStill(id, named: name) else { return .undoStale(entry) }
            _ = try database.snooze(contactId: id, until: previous, today: today)
        case let .archived(id, name):
            guard try isStill(id, named: name) else { return .undoStale(entry) }
            _ = try database.setArchived(contactId: id, false, today: today)
        case .followUpDone(let exchangeId, _):
            try database.setFollowUpDone(exchangeId: exchangeId, on: nil)
        }
        return .undone(entry)
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
        let coverage = try database.listCoverage(contactId: contact.id, project: nil, since: nil, limit: nil).map(\.coverage)
        let summary = RelationshipSummary(exchanges: facts, coverage: coverage.map(\.day), reviewFrom: contact.reviewFrom,
                                          cadence: cadence, today: today)
        var detail = DetailState(contact: contact, exchanges: exchanges, totalExchanges: total, summary: summary, cadence: cadence,
                           activity: Activity.monthly(facts.map(\.day), today: today), coverage: coverage)
        detail.career = try database.career(contactId: contact.id)
        return detail
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

    /// The ids kept for this list, if any.
    func cached(for filter: ContactFilter, sort: ContactSort) -> [Int64]? {
        lock.lock()
        defer { lock.unlock() }
        guard let key, key.filter == filter, key.sort == sort else { return nil }
        return cached
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

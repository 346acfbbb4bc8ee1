import Foundation
import RapportCore
import RapportInterchange
import RapportStore
import RapportLocalization

/// One import of one or more files into the database, all or nothing
/// (staged outside the write lock, then copied in one transaction): what
/// `rapport import` runs, and the full-screen app's import prompt too.
public struct ImportJob {
    public var paths: [String]
    public var format: InterchangeFormat?
    public var overrides: [String] = []
    public var options = ImportOptions()

    public init(paths: [String], format: InterchangeFormat?, overrides: [String] = [], options: ImportOptions = ImportOptions()) {
        self.paths = paths
        self.format = format
        self.overrides = overrides
        self.options = options
    }

    /// At most this many warnings are kept to be shown; the rest are counted.
    public static let warningLimit = 20

    /// What the import did, and its one-line summary.
    public struct Report {
        public var counts: ImportCounts
        public var withoutName: Int
        public var warnings: [String]
        public var moreWarnings: Int
        public var dryRun: Bool

        /// `imported 1,204 contacts, merged 12, skipped 3 duplicates, 2 without a name`.
        public var summary: String {
            let n = groupedNumber
            let contacts = L10n.plural("%2$@ contact", "%2$@ contacts", counts.imported, n(counts.imported))
            let exchanges = L10n.plural("%2$@ exchange", "%2$@ exchanges", counts.exchanges, n(counts.exchanges))
            let duplicates = L10n.plural("%2$@ duplicate", "%2$@ duplicates", counts.skippedDuplicates, n(counts.skippedDuplicates))
            let merged = n(counts.merged), unnamed = n(withoutName)
            switch (dryRun, counts.exchanges > 0) {
            case (true, true):
                return L10n.text("dry run: would import %1$@ with %2$@, merge %3$@, skip %4$@, %5$@ without a name; nothing was written",
                                 contacts, exchanges, merged, duplicates, unnamed)
            case (true, false):
                return L10n.text("dry run: would import %1$@, merge %2$@, skip %3$@, %4$@ without a name; nothing was written",
                                 contacts, merged, duplicates, unnamed)
            case (false, true):
                return L10n.text("imported %1$@ with %2$@, merged %3$@, skipped %4$@, %5$@ without a name",
                                 contacts, exchanges, merged, duplicates, unnamed)
            case (false, false):
                return L10n.text("imported %1$@, merged %2$@, skipped %3$@, %4$@ without a name", contacts, merged, duplicates, unnamed)
            }
        }
    }

    /// Reads every file and imports it; a malformed file throws its
    /// `InterchangeError` and the database is left as it was. `progress`
    /// gets (records read, about how many in all) now and then. The files
    /// are read and parsed on a second thread while this one stages the
    /// records, a few hundred records apart, so memory stays flat.
    public func run(store: any Store, today: Day, progress: ((Int, Int?) -> Void)? = nil) throws -> Report {
        var total: Int?
        if progress != nil {
            total = paths.reduce(Optional(0)) { sum, path in
                guard let sum, let count = ImportSources.estimate(path, format: format) else { return nil }
                return sum + count
            }
        }
        var withoutName = 0
        var warnings: [String] = []
        var moreWarnings = 0
        func warn(_ text: String) {
            if warnings.count < Self.warningLimit { warnings.append(text) } else { moreWarnings += 1 }
        }
        let channel = ImportChannel()
        let finished = DispatchSemaphore(value: 0)
        let (files, chosenFormat, columnMaps) = (paths, format, overrides)
        DispatchQueue.global().async {
            ImportChannel.read(paths: files, format: chosenFormat, overrides: columnMaps, into: channel)
            finished.signal()
        }
        defer {
            channel.cancel()
            finished.wait()
        }
        let (_, counts) = try store.importContacts(options, today: today) { importer in
            var done = 0
            var skippedInFile = 0
            while let message = channel.receive() {
                switch message {
                case let .opened(path, notices):
                    for notice in notices { warn("\(path):1: \(notice)") }
                case let .records(path, items, skipped):
                    for item in items {
                        for warning in item.warnings { warn("\(path):\(item.line): \(warning)") }
                        try importer.add(item.record)
                    }
                    done += items.count + skipped - skippedInFile
                    skippedInFile = skipped
                    progress?(done, total.map { max($0, done) })
                case let .closed(skipped):
                    done += skipped - skippedInFile
                    withoutName += skipped
                    skippedInFile = 0
                case let .failed(error):
                    throw error
                }
            }
            progress?(done, total.map { max($0, done) })
        }
        return Report(counts: counts, withoutName: withoutName, warnings: warnings, moreWarnings: moreWarnings,
                      dryRun: options.dryRun)
    }
}

/// Records on their way from the reading thread to the writing one, a
/// batch at a time, with at most a few batches waiting.
final class ImportChannel: @unchecked Sendable {
    enum Message {
        /// A file was opened; remarks about it.
        case opened(path: String, notices: [String])
        /// The next records of the file, and how many it skipped so far for lack of a name.
        case records(path: String, [ImportItem], skippedWithoutName: Int)
        /// The file is read to its end.
        case closed(skippedWithoutName: Int)
        case failed(InterchangeError)
    }

    static let batchSize = 256
    static let capacity = 4

    private let condition = NSCondition()
    private var queue: [Message] = []
    private var closed = false
    private var cancelled = false

    /// Reads every file into the channel, then closes it; stops at the
    /// first malformed place or when the writer gives up.
    static func read(paths: [String], format: InterchangeFormat?, overrides: [String], into channel: ImportChannel) {
        defer { channel.close() }
        do {
            for path in paths {
                let source = try ImportSources.open(path, format: format, overrides: overrides)
                guard channel.send(.opened(path: path, notices: source.notices)) else { return }
                var batch: [ImportItem] = []
                batch.reserveCapacity(batchSize)
                while var item = try source.next() {
                    item.record.prepare()
                    batch.append(item)
                    if batch.count == batchSize {
                        guard channel.send(.records(path: path, batch, skippedWithoutName: source.skippedWithoutName)) else { return }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                guard channel.send(.records(path: path, batch, skippedWithoutName: source.skippedWithoutName)),
                      channel.send(.closed(skippedWithoutName: source.skippedWithoutName)) else { return }
            }
        } catch {
            _ = channel.send(.failed(error))
        }
    }

    /// Waits for room; false when the writer has given up.
    func send(_ message: Message) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        queue.append(message)
        condition.broadcast()
        return true
    }

    /// The next message; nil once the reader is done and everything was received.
    func receive() -> Message? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let message = queue.removeFirst()
        condition.broadcast()
        return message
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The writer stops listening: a waiting reader gives up.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// The import behind the full-screen app's prompt: the same import as the
/// command, skipping duplicates, reporting progress.
public enum ImportRunner {
    public struct Report {
        public let summary: String
        /// The import's warnings, and a last line counting those left out.
        public let warnings: [String]
    }

    public static func run(paths: [String], store: any Store, today: Day,
                    progress: @escaping @Sendable (Int, Int?) -> Void) throws -> Report {
        let job = ImportJob(paths: paths, format: nil, options: ImportOptions(policy: .skip))
        let report = try job.run(store: store, today: today, progress: progress)
        let summary = report.summary
        let more = report.moreWarnings
        let warnings = report.warnings + (more > 0 ? [L10n.plural("and %2$@ more warning", "and %2$@ more warnings", more, groupedNumber(more))] : [])
        return Report(summary: summary.prefix(1).uppercased() + summary.dropFirst(), warnings: warnings)
    }

    /// The one line to show for an import that failed: `FILE:LINE: …` for
    /// a malformed file, the store's own words otherwise.
    public static func message(for error: any Error) -> String {
        if let error = error as? InterchangeError { return error.description }
        if let error = error as? StoreError { return error.description }
        if let error = error as? InputError { return error.message }
        return String(describing: error)
    }
}

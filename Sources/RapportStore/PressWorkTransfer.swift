import RapportCore

/// What an import record brings of press work (issue 11) besides its
/// contact and exchanges: career, introduction and coverage, as a Rapport
/// JSON export, a `copy` or a team backup carries them. References are
/// local to the file: the introducer is another record's `fileId`, a
/// coverage's exchange is an index into the record's own exchanges.
public struct ImportPressWork: Hashable, Sendable {
    /// The contact's id in the file; other records name their introducer by it.
    public var fileId: Int64?
    /// The `fileId` of the record that introduced this one.
    public var introducedBy: Int64?
    /// When the current position began (nil: unknown).
    public var positionSince: Day?
    /// Previous positions, newest first (as exported).
    public var positions: [Position]
    /// Coverage, newest first (as exported).
    public var coverage: [ImportedCoverage]

    public init(fileId: Int64? = nil, introducedBy: Int64? = nil, positionSince: Day? = nil, positions: [Position] = [],
                coverage: [ImportedCoverage] = []) {
        self.fileId = fileId
        self.introducedBy = introducedBy
        self.positionSince = positionSince
        self.positions = positions
        self.coverage = coverage
    }

    /// Nothing to write (a file id alone only names the record).
    public var isEmpty: Bool { introducedBy == nil && positionSince == nil && positions.isEmpty && coverage.isEmpty }
}

/// A piece of coverage to import. The draft's `exchangeId` is not used:
/// the link is `exchange`, an index into the record's `exchanges`,
/// found again in the database by the exchange's day, channel, direction
/// and summary (how imports recognise an exchange they already have).
public struct ImportedCoverage: Hashable, Sendable {
    public var draft: CoverageDraft
    public var exchange: Int?

    public init(draft: CoverageDraft, exchange: Int? = nil) {
        self.draft = draft
        self.exchange = exchange
    }
}

/// The few writes an engine offers for importing press work, inside the
/// import's own transaction (`RapportDatabase`, `PostgresStore`).
public protocol PressWorkWriter {
    /// Nil when the contact does not exist.
    func careerLinks(contactId: Int64) throws -> (since: Day?, introducer: Int64?)?
    func positions(contactId: Int64) throws -> [Position]
    func insertPosition(contactId: Int64, _ position: Position) throws
    func setPositionSince(contactId: Int64, _ day: Day) throws
    func setIntroducer(contactId: Int64, _ introducer: Int64) throws
    /// The contact's oldest exchange with that day, channel, direction and summary.
    func exchangeId(contactId: Int64, like exchange: ExchangeDraft) throws -> Int64?
    /// (day, title) of the contact's coverage.
    func coverageKeys(contactId: Int64) throws -> [(day: Day, title: String)]
    /// Inserts coverage (its project found or created by name).
    func insertCoverage(contactId: Int64, _ draft: CoverageDraft, today: Day) throws
    /// Recomputes the warmth caches (coverage counts in warmth).
    func refreshCaches(_ ids: [Int64]) throws
}

/// Collects the press work of an import's records with their outcomes, then
/// writes it once every contact is in, in the import's transaction (an
/// introducer may come later in the file than the people it introduced).
///
/// The import's matching rules apply, "nothing is overwritten":
/// - a skipped record (a duplicate under `skip`) adds nothing, but still
///   stands for the existing contact as an introducer;
/// - a merged record adds the positions its contact lacks, the start of
///   the current position and the introducer only when the contact has
///   none, and the coverage it lacks (same day and title: already there);
/// - an introducer is the contact its record became: new, merged into,
///   or the existing duplicate it was skipped for. A file id the file
///   does not hold (a filtered export), a link to oneself, or a two-way
///   link (B by A while A is by B) is left out.
public final class PressWorkPlan {
    private var contacts: [Int64: ImportOutcome] = [:]
    private var entries: [(outcome: ImportOutcome, work: ImportPressWork, exchanges: [ExchangeDraft])] = []

    public init() {}

    /// Notes what `sink.add(record)` did with a record.
    public func note(_ record: ImportRecord, _ outcome: ImportOutcome) {
        let work = record.pressWork
        if let id = work.fileId, contacts[id] == nil { contacts[id] = outcome }
        if !work.isEmpty { entries.append((outcome, work, work.coverage.isEmpty ? [] : record.exchanges)) }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Writes the press work. `contactId` gives the live contact an
    /// outcome stands for (nil: none any more).
    public func apply(to writer: some PressWorkWriter, today: Day, contactId: (ImportOutcome) throws -> Int64?) throws {
        var refresh = Set<Int64>()
        for entry in entries {
            if case .skipped = entry.outcome { continue }
            guard let id = try contactId(entry.outcome), let links = try writer.careerLinks(contactId: id) else { continue }
            let work = entry.work
            if !work.positions.isEmpty {
                let known = Set(try writer.positions(contactId: id).map(Self.key))
                for position in work.positions.reversed() where !known.contains(Self.key(position)) {
                    try writer.insertPosition(contactId: id, position)
                }
            }
            if let since = work.positionSince, links.since == nil { try writer.setPositionSince(contactId: id, since) }
            if let fileId = work.introducedBy, links.introducer == nil, let outcome = contacts[fileId],
               let introducer = try contactId(outcome), introducer != id,
               let theirs = try writer.careerLinks(contactId: introducer), theirs.introducer != id {
                try writer.setIntroducer(contactId: id, introducer)
            }
            if !work.coverage.isEmpty {
                var known = Set(try writer.coverageKeys(contactId: id).map { "\($0.day.ordinal) \(TextKey.fold($0.title))" })
                // Oldest first, so the ids follow the days as in the file's database.
                for item in work.coverage.reversed() {
                    let key = "\(item.draft.day.ordinal) \(TextKey.fold(item.draft.title))"
                    guard !known.contains(key) else { continue }
                    known.insert(key)
                    var draft = item.draft
                    draft.exchangeId = nil
                    if let index = item.exchange, entry.exchanges.indices.contains(index) {
                        draft.exchangeId = try writer.exchangeId(contactId: id, like: entry.exchanges[index])
                    }
                    try writer.insertCoverage(contactId: id, draft, today: today)
                    refresh.insert(id)
                }
            }
        }
        try writer.refreshCaches(refresh.sorted())
    }

    private static func key(_ position: Position) -> String {
        "\(TextKey.fold(position.outlet))\u{1F}\(TextKey.fold(position.title))\u{1F}\(position.from?.ordinal ?? -1)\u{1F}\(position.to.ordinal)"
    }
}

/// An import sink that notes each record's outcome in a `PressWorkPlan`
/// and hands the record on.
public final class PressWorkRecordingSink: ImportSink {
    let base: any ImportSink
    public let plan: PressWorkPlan

    public init(_ base: any ImportSink, plan: PressWorkPlan) {
        self.base = base
        self.plan = plan
    }

    public func add(_ record: ImportRecord) throws -> ImportOutcome {
        let outcome = try base.add(record)
        plan.note(record, outcome)
        return outcome
    }
}

extension ExportedContact {
    /// The press work of an exported contact as an import record carries
    /// it: the contact's id as the file id, the introducer's id, the
    /// coverage's exchange as an index into `exchanges` taken oldest first
    /// (the order of `ImportRecord.exchanges`).
    public var importPressWork: ImportPressWork {
        let oldestFirst = exchanges.reversed().map(\.id)
        return ImportPressWork(
            fileId: contact.id, introducedBy: career.introducedBy?.id, positionSince: career.since, positions: career.positions,
            coverage: coverage.map { item in
                ImportedCoverage(draft: item.draft, exchange: item.exchangeId.flatMap { oldestFirst.firstIndex(of: $0) })
            })
    }
}

/// SQL both engines use to export press work.
public enum PressWorkExport {
    /// The ids, among a batch's `(1,2,3)` list, of the contacts with a
    /// career or an introduction (either way) to read.
    public static func careerSQL(_ list: String) -> String {
        """
        SELECT c.id FROM contact c WHERE c.id IN \(list) AND (c.position_since_day IS NOT NULL OR c.introduced_by IS NOT NULL
          OR EXISTS (SELECT 1 FROM position p WHERE p.contact_id = c.id)
          OR EXISTS (SELECT 1 FROM contact i WHERE i.introduced_by = c.id))
        ORDER BY c.id
        """
    }
}

import RapportCore
import RapportLocalization

/// A small, fast, seedable random generator (SplitMix64), so the same seed
/// always gives the same demo.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    /// Picks by weight.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        var roll = Int.random(in: 0..<items.reduce(0) { $0 + $1.1 }, using: &self)
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }
}

/// How much demo data to make.
public struct DemoOptions: Sendable {
    public var contacts: Int
    public var exchanges: Int
    public var seed: UInt64

    /// About 80 people and 600 exchanges over 18 months.
    public static let standard = DemoOptions(contacts: 80, exchanges: 600, seed: 1)

    public init(contacts: Int, exchanges: Int, seed: UInt64) {
        self.contacts = contacts
        self.exchanges = exchanges
        self.seed = seed
    }
}

/// What the demo put in the database.
public struct DemoReport: Sendable, Equatable {
    public let contacts: Int
    public let exchanges: Int
}

/// Makes a realistic, clearly fictional relationship history relative to
/// today: every role, accented and CJK names, handles, beats, 18 months of
/// exchanges, follow-ups, a few snoozed, archived and do-not-contact people.
struct DemoGenerator {
    let options: DemoOptions
    let today: Day
    let cadence: Cadence
    static let historyDays = 548

    func run(into bulk: BulkInsert) throws {
        var random = SeededRandom(seed: options.seed)
        let weights = (0..<options.contacts).map { index -> Double in
            index % 12 == 11 ? 0 : Double.random(in: 0.2...1.8, using: &random)
        }
        let totalWeight = max(weights.reduce(0, +), 1)
        var remaining = options.exchanges
        for index in 0..<options.contacts {
            var draft = makeContact(index: index, random: &random)
            let share = index == options.contacts - 1
                ? remaining
                : min(remaining, Int((Double(options.exchanges) * weights[index] * tierFactor(draft.tier) / totalWeight).rounded()))
            remaining -= share
            let created = today.adding(days: -Int.random(in: 60...DemoGenerator.historyDays, using: &random))
            var exchanges = (0..<share).map { _ in makeExchange(created: created, random: &random) }
            for slot in exchanges.indices { exchanges[slot].project = project(contact: index, day: exchanges[slot].day) }
            let days = cadence.days(tier: draft.tier, override: draft.cadenceOverride)
            let base = WarmthModel.baseScore(exchanges.map(\.facts), cadence: days)
            if index == 5 { draft.doNotContact = true }
            let snoozed = random.chance(0.04) ? today.adding(days: Int.random(in: 5...40, using: &random)) : nil
            let archived = index > 12 && random.chance(0.02)
            let id = try bulk.addContact(draft, created: created, reviewFrom: created, snoozedUntil: snoozed,
                                         archived: archived, caches: base.map { ($0.last, $0.score) })
            for exchange in exchanges { try bulk.addExchange(contactId: id, exchange, cachesGiven: true) }
        }
    }

    /// The demo's two projects (PRESS-DESIGN.md), drawn from no random
    /// number so the rest of the demo stays as it was: among the first 40
    /// people, every fifth one's exchanges of the last 90 days are for the
    /// launch, the next one's of the last 200 days for the study.
    static let projects = ["Lancement Atlas", "Étude mobilité 2026"] // l10n-exempt: demo data

    private func project(contact index: Int, day: Day) -> String? {
        guard index < 40 else { return nil }
        let age = today.days(since: day)
        switch index % 5 {
        case 0 where age <= 90: return DemoGenerator.projects[0]
        case 1 where age <= 200: return DemoGenerator.projects[1]
        default: return nil
        }
    }

    /// Tier A people get more conversations; the factor averages about 1.
    private func tierFactor(_ tier: Tier) -> Double {
        switch tier {
        case .a: return 1.8
        case .b: return 1.0
        case .c: return 0.6
        }
    }

    private func makeContact(index: Int, random: inout SeededRandom) -> ContactDraft {
        let vocabulary = DemoVocabulary.self
        let outlets = vocabulary.outlets
        let name: String
        let outletIndex: Int
        var twitter: String?
        if index < vocabulary.featured.count && options.contacts <= 1000 {
            let featured = vocabulary.featured[index]
            name = featured.name
            outletIndex = featured.outletIndex
            twitter = featured.twitter
        } else {
            name = random.pick(vocabulary.firstNames) + " " + random.pick(vocabulary.lastNames)
            let slot = index - vocabulary.featured.count
            outletIndex = slot >= 0 && slot < outlets.count ? slot : Int.random(in: 0..<outlets.count, using: &random)
        }
        let outlet = outlets[outletIndex]
        let ascii = TextKey.fold(name).filter { $0.isASCII && ($0.isLetter || $0 == " ") }
        let local = ascii.split(separator: " ").joined(separator: ".")
        var handles: [Handle] = []
        let domain = outlet.domain.isEmpty ? "mail.example" : outlet.domain
        // The index keeps two namesakes at one outlet apart: an email identifies one person.
        let mailbox = local + (index >= vocabulary.featured.count ? String(index) : "")
        if !local.isEmpty { handles.append(Handle(kind: .email, value: "\(mailbox)@\(domain)", label: "work")) }
        let nick = local.replacingOccurrences(of: ".", with: "") + (index >= vocabulary.featured.count ? String(index) : "")
        if twitter == nil && random.chance(0.45) && !nick.isEmpty { twitter = nick }
        if let twitter { handles.append(Handle(kind: .twitter, value: "@" + twitter)) }
        if random.chance(0.2) && !nick.isEmpty { handles.append(Handle(kind: .mastodon, value: "@\(nick)@social.example")) }
        if random.chance(0.25) && !nick.isEmpty { handles.append(Handle(kind: .bluesky, value: "@\(nick).bsky.social")) }
        if random.chance(0.3) && !nick.isEmpty {
            handles.append(Handle(kind: .linkedin, value: "https://www.linkedin.com/in/\(nick)"))
        }
        if random.chance(0.4) {
            let number = (0..<4).map { _ in String(format2(Int.random(in: 0...99, using: &random))) }.joined(separator: " ")
            handles.append(Handle(kind: .phone, value: "+33 6 \(number)", label: "mobile"))
        }
        let tags = (0..<Int.random(in: 1...3, using: &random)).map { _ in random.pick(DemoVocabulary.beats) }
        return ContactDraft(
            name: name, role: outlet.role, outlet: outlet.domain.isEmpty ? "" : outlet.name, title: random.pick(outlet.titles),
            tier: random.weighted([(.a, 20), (.b, 45), (.c, 35)]),
            cadenceOverride: random.chance(0.05) ? random.pick([14, 21, 45, 90]) : nil,
            stage: random.weighted([(.new, 15), (.acquainted, 30), (.engaged, 30), (.trusted, 18), (.ally, 7)]),
            howMet: random.pick(DemoVocabulary.howMet),
            notes: random.chance(0.6) ? random.pick(DemoVocabulary.notes) : "",
            handles: handles, tags: Array(Set(tags)).sorted())
    }

    private func makeExchange(created: Day, random: inout SeededRandom) -> ExchangeDraft {
        let span = max(1, today.days(since: created))
        let day = created.adding(days: Int.random(in: 0...span, using: &random))
        let (intent, summary) = random.pick(DemoVocabulary.summaries)
        let channel: Channel = random.weighted([
            (.email, 30), (.twitter, 10), (.twitterDM, 8), (.mastodon, 7), (.bluesky, 7),
            (.phone, 12), (.meeting, 10), (.event, 6), (.other, 4),
        ])
        let rating: Int? = random.chance(0.4) ? nil : random.weighted([(1, 2), (2, 4), (3, 30), (4, 40), (5, 24)])
        var followUp: FollowUp?
        if random.chance(0.1) {
            let due = day.adding(days: Int.random(in: 3...21, using: &random))
            let done = due < today.adding(days: -5) && random.chance(0.97) ? due : nil
            followUp = FollowUp(due: due, text: random.pick(DemoVocabulary.followUps), done: done)
        }
        return ExchangeDraft(
            day: day, channel: channel, direction: random.chance(0.35) ? .inbound : .outbound, summary: summary,
            notes: random.chance(0.12) ? "Follow the thread in the shared folder." : "", rating: rating, // l10n-exempt: demo data
            intent: intent, followUp: followUp)
    }
}

private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

extension RapportDatabase {
    /// Fills an empty database with demo data; refuses one that holds anything.
    @discardableResult
    public func loadDemo(_ options: DemoOptions = .standard, today: Day) throws(StoreError) -> DemoReport {
        guard options.contacts >= 1, options.exchanges >= 0 else {
            throw .invalid(L10n.text("the demo needs at least 1 contact and 0 or more exchanges"))
        }
        guard try isEmpty() else {
            throw .invalid(path.map { L10n.text("%@ already holds contacts; the demo only fills an empty database (use --db with a new file)", $0) }
                           ?? L10n.text("the database already holds contacts; the demo only fills an empty database (use --db with a new file)"))
        }
        do {
            return try bulkInsert { bulk in
                guard try Int.fetchOne(bulk.db, sql: "SELECT count(*) FROM contact") == 0 else {
                    throw StoreError.invalid(L10n.text("the database is no longer empty; nothing was added"))
                }
                try DemoGenerator(options: options, today: today, cadence: cadence).run(into: bulk)
                try DemoCoverage.add(bulk.db, seed: options.seed, today: today, cadence: cadence)
                try DemoCareer.apply(bulk.db, today: today)  // career moves and introductions
                defer { FaultPoint.hit(FaultPoint.demoBeforeCommit) }
                return DemoReport(contacts: bulk.contactsAdded, exchanges: bulk.exchangesAdded)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }
}

import RapportCore
import RapportLocalization

/// The summary of a report, computed once for every format: people
/// contacted, exchanges by channel, replies, asks versus gives, coverage,
/// open follow-ups and the chart's series.
struct ReportFigures {
    /// A follow-up still open, with the person it was promised to.
    struct OpenFollowUp {
        let person: ReportPerson
        let exchange: ReportExchange
        let followUp: FollowUp
        let overdue: Bool
    }

    /// One bar group of the chart: the days from `start` on.
    struct Bucket {
        let start: Day
        var exchanges = 0
        var coverage = 0
    }

    let peopleContacted: Int
    let exchanges: Int
    /// Most used first; channels with no exchange are left out.
    let byChannel: [(channel: Channel, count: Int)]
    let inbound: Int
    let asked: Int
    let gave: Int
    let chats: Int
    let rated: Int
    /// Mean rating of the rated exchanges, nil when none is rated.
    let meanRating: Double?
    let coverage: Int
    let peopleWithCoverage: Int
    /// Oldest due day first.
    let openFollowUps: [OpenFollowUp]
    let buckets: [Bucket]
    /// Days per bucket: 7, or a multiple of 7 for long periods.
    let bucketDays: Int

    /// At most this many bars on the chart; longer periods group weeks.
    static let maxBuckets = 53

    init(_ data: ReportData, today: Day) {
        let all = data.people.flatMap(\.exchanges)
        peopleContacted = data.people.filter { !$0.exchanges.isEmpty }.count
        exchanges = all.count
        var channels: [Channel: Int] = [:]
        for exchange in all { channels[exchange.channel, default: 0] += 1 }
        let order = Dictionary(uniqueKeysWithValues: Channel.allCases.enumerated().map { ($1, $0) })
        byChannel = channels.map { (channel: $0.key, count: $0.value) }
            .sorted { (-$0.count, order[$0.channel] ?? 0) < (-$1.count, order[$1.channel] ?? 0) }
        inbound = all.filter { $0.direction == .inbound }.count
        asked = all.filter { $0.intent == .asked }.count
        gave = all.filter { $0.intent == .gave }.count
        chats = all.filter { $0.intent == .chat }.count
        let ratings = all.compactMap(\.rating)
        rated = ratings.count
        meanRating = ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count)
        coverage = data.people.reduce(0) { $0 + $1.coverage.count }
        peopleWithCoverage = data.people.filter { !$0.coverage.isEmpty }.count
        openFollowUps = data.people.flatMap { person in
            person.exchanges.compactMap { exchange -> OpenFollowUp? in
                guard let followUp = exchange.followUp, followUp.done == nil else { return nil }
                return OpenFollowUp(person: person, exchange: exchange, followUp: followUp, overdue: followUp.due < today)
            }
        }.sorted { ($0.followUp.due, $0.exchange.id) < ($1.followUp.due, $1.exchange.id) }

        let first = Self.monday(onOrBefore: data.since)
        let weeks = data.until.days(since: first) / 7 + 1
        let step = (weeks + Self.maxBuckets - 1) / Self.maxBuckets
        let size = 7 * step
        bucketDays = size
        var series: [Bucket] = []
        var start = first
        while start <= data.until {
            series.append(Bucket(start: start))
            start = start.adding(days: size)
        }
        func index(_ day: Day) -> Int? {
            let offset = day.days(since: first) / size
            return series.indices.contains(offset) && day >= first ? offset : nil
        }
        for exchange in all { if let at = index(exchange.day) { series[at].exchanges += 1 } }
        for piece in data.people.flatMap(\.coverage) { if let at = index(piece.day) { series[at].coverage += 1 } }
        buckets = series
    }

    /// The Monday of `day`'s week (weeks start on Monday, ISO 8601).
    static func monday(onOrBefore day: Day) -> Day {
        // 2024-01-01 was a Monday.
        let knownMonday = Day(year: 2024, month: 1, day: 1) ?? day
        let offset = ((day.days(since: knownMonday) % 7) + 7) % 7
        return day.adding(days: -offset)
    }

    /// "Email 4, Phone 2".
    var channelText: String {
        byChannel.map { "\($0.channel.label) \($0.count)" }.joined(separator: ", ")
    }

    /// The summary lines, label and value, shared by Markdown and HTML.
    var lines: [(label: String, value: String)] {
        var lines: [(String, String)] = [
            (L10n.text("People contacted"), L10n.number(peopleContacted)),
            (L10n.text("Exchanges", context: "report"), exchanges == 0 ? "0" : L10n.text("%1$'d (%2$@)", exchanges, channelText)),
            (L10n.text("Replies"), L10n.plural("%1$'d inbound exchange of %2$'d (%3$@)", "%1$'d inbound exchanges of %2$'d (%3$@)",
                                               inbound, exchanges, ReportText.percent(inbound, of: exchanges))),
            (L10n.text("Asks versus gives"), L10n.plural("%2$'d asked, %3$'d gave, %1$'d chat", "%2$'d asked, %3$'d gave, %1$'d chats",
                                                         chats, asked, gave)),
        ]
        if let meanRating {
            let mean = ReportText.decimal((meanRating * 10).rounded() / 10)
            lines.append((L10n.text("Outcomes"), L10n.plural("%2$@/5 on average over %1$'d rated exchange",
                                                             "%2$@/5 on average over %1$'d rated exchanges", rated, mean)))
        }
        lines.append((L10n.text("Coverage obtained"), coverage == 0 ? L10n.text("none", context: "coverage")
                        : L10n.text("%1$@ from %2$@", L10n.plural("%'d piece", "%'d pieces", coverage),
                                    L10n.plural("%'d person", "%'d people", peopleWithCoverage))))
        let overdue = openFollowUps.filter(\.overdue).count
        lines.append((L10n.text("Open follow-ups", context: "report"), overdue > 0
                        ? L10n.plural("%2$'d (%1$'d overdue)", "%2$'d (%1$'d overdue)", overdue, openFollowUps.count)
                        : L10n.number(openFollowUps.count)))
        return lines
    }
}

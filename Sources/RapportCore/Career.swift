import RapportLocalization

/// A contact's career and introductions (issue 11): where they work now
/// and since when, where they worked before, who introduced them and whom
/// they introduced.
public struct Career: Hashable, Sendable {
    /// The day the current outlet/title began, when a change was recorded;
    /// nil when Rapport never saw them move.
    public var since: Day?
    /// Previous positions, newest first.
    public var positions: [Position]
    public var introducedBy: ContactReference?
    /// The contacts this one introduced, by name.
    public var introduced: [ContactReference]

    public init(since: Day? = nil, positions: [Position] = [], introducedBy: ContactReference? = nil,
                introduced: [ContactReference] = []) {
        self.since = since
        self.positions = positions
        self.introducedBy = introducedBy
        self.introduced = introduced
    }

    public static let empty = Career()
}

/// The rules of the career timeline, shared by both engines.
///
/// - A *move* is a change of outlet or title that replaces a non-empty
///   value: filling in an outlet or a title for the first time is not a
///   move (Rapport learns something, the person did not change jobs); a
///   change of title alone is a move. Comparison ignores case, accents and
///   surrounding spaces (`TextKey.fold`).
/// - A move records the previous outlet and title as a `Position` from the
///   previous `since` day (nil: unknown) to today, and the current position
///   starts today.
/// - Several changes on the same day fold into one: when the current
///   position already started today, the position that ended today stays
///   as it is (it is not recorded again), and if the contact goes back to
///   it the same day, that position is removed and its start restored.
public enum CareerMove {
    /// How long after a move the review mentions it.
    public static let reviewWindowDays = 90

    /// Whether going from `before` to `after` (outlet, title) is a move.
    public static func isMove(before: (outlet: String, title: String), after: (outlet: String, title: String)) -> Bool {
        let outletMoved = !TextKey.fold(before.outlet).isEmpty && TextKey.fold(before.outlet) != TextKey.fold(after.outlet)
        let titleMoved = !TextKey.fold(before.title).isEmpty && TextKey.fold(before.title) != TextKey.fold(after.title)
        return outletMoved || titleMoved
    }

    /// What a store does about a change of outlet/title.
    public enum Step: Equatable, Sendable {
        /// Nothing to record.
        case none
        /// Insert `position` and set `since` to today.
        case record(Position)
        /// Changed again on the day of the last move: leave the history as it is.
        case foldIntoToday
        /// Back to the position that ended today: delete it (the newest) and
        /// set `since` back to its start.
        case undoToday(restoredSince: Day?)
    }

    /// The step for a change from `before` to `after`, given the current
    /// `since` and the newest recorded position.
    public static func step(before: (outlet: String, title: String), after: (outlet: String, title: String),
                            since: Day?, newest: Position?, today: Day) -> Step {
        guard isMove(before: before, after: after) || since == today else { return .none }
        let unchanged = TextKey.fold(before.outlet) == TextKey.fold(after.outlet)
            && TextKey.fold(before.title) == TextKey.fold(after.title)
        if unchanged { return .none }
        if since == today {
            if let newest, newest.to == today, TextKey.fold(newest.outlet) == TextKey.fold(after.outlet),
               TextKey.fold(newest.title) == TextKey.fold(after.title) {
                return .undoToday(restoredSince: newest.from)
            }
            return .foldIntoToday
        }
        let from = since.map { min($0, today) }
        return .record(Position(outlet: before.outlet, title: before.title, from: from, to: today))
    }

    /// "moved to Le Monde 12 days ago, not contacted since": when the
    /// contact moved within `reviewWindowDays` and no exchange was logged on
    /// or after the move's day.
    public static func recentMove(outlet: String, since: Day?, lastExchange: Day?, today: Day) -> ReviewReason? {
        guard let since, since <= today else { return nil }
        let days = today.days(since: since)
        guard days <= reviewWindowDays else { return nil }
        if let lastExchange, lastExchange >= since { return nil }
        return .recentMove(outlet: outlet, daysAgo: days)
    }
}

extension ReviewItem {
    /// This item with a recent-move reason, placed after the follow-ups and
    /// before the cadence reason. The rank and score are unchanged.
    public func adding(move reason: ReviewReason) -> ReviewItem {
        var reasons = self.reasons
        let index = reasons.firstIndex { if case .followUpDue = $0 { return false } else { return true } } ?? reasons.endIndex
        reasons.insert(reason, at: index)
        return ReviewItem(contactId: contactId, reasons: reasons, score: score, status: status)
    }
}

/// How the detail pane and `show` write a career: "at Le Monde since
/// 03/2026 · before: Libération 2021–2026".
public enum CareerText {
    /// "Le Monde" / "Energy editor, Le Monde" / "" for a position.
    public static func place(outlet: String, title: String) -> String {
        if outlet.isEmpty { return title }
        return outlet
    }

    /// "at Le Monde since 03/2026", or nil when there is nothing to say.
    public static func current(outlet: String, title: String, since: Day?) -> String? {
        let place = place(outlet: outlet, title: title)
        guard let since else { return nil }
        let (year, number, _) = since.components
        let month = number < 10 ? "0\(number)" : "\(number)"
        let when = "\(month)/\(year)"
        return place.isEmpty ? L10n.text("since %@", when) : L10n.text("at %1$@ since %2$@", place, when)
    }

    /// "Libération 2021–2026", "Libération –2026" (start unknown), with the
    /// title when the outlet did not change ("Reporter, Le Monde 2024–2026").
    public static func previous(_ position: Position) -> String {
        let place = position.outlet.isEmpty ? position.title : position.outlet
        let years: String
        let end = position.to.components.year
        if let start = position.from?.components.year {
            years = start == end ? "\(start)" : "\(start)–\(end)"
        } else {
            years = "–\(end)"
        }
        return "\(place) \(years)"
    }

    /// The whole line, or nil when there is no recorded career.
    public static func line(outlet: String, title: String, career: Career) -> String? {
        var parts: [String] = []
        if let current = current(outlet: outlet, title: title, since: career.since) { parts.append(current) }
        if !career.positions.isEmpty {
            parts.append(L10n.text("before: %@", career.positions.map(previous).joined(separator: ", ")))
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

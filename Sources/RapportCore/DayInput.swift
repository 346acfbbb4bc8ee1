import RapportLocalization

/// How people type a day, on the command line and in the app's forms, in
/// English or French whatever the language of the interface:
///
/// - ISO `YYYY-MM-DD`;
/// - `DD/MM/YYYY` (also `D/M/YYYY`, and `DD/MM/YY` for 20YY);
/// - `DD/MM` without a year: the next such day (today included) for a day
///   ahead (a follow-up, a snooze), the last one (today included) for a day
///   that happened (an exchange); see `Direction`;
/// - words: `today`/`aujourd'hui` (straight or typographic apostrophe),
///   `yesterday`/`hier`, `avant-hier` (two days ago), `tomorrow`/`demain`,
///   `après-demain` (in two days);
/// - `-N` or `+N` then a unit: days `d`/`j` (jours), weeks `w`/`s`
///   (semaines), months `m` (months/mois, clamped to the month's end:
///   31 January `+1m` is 28 or 29 February); up to about a hundred years.
///
/// Case, accents and spaces around the text do not matter.
public enum DayInput {
    /// Which way a day typed without its year points.
    public enum Direction: Sendable, Equatable {
        /// The last such day, today included: the day of an exchange.
        case past
        /// The next such day, today included: a follow-up, a snooze.
        case future
        /// Whichever of the last and the next is closer to today (the last
        /// on a tie): for a day that could be either.
        case nearest
    }

    /// The day `raw` stands for, relative to `today`; nil when it is not a day.
    public static func parse(_ raw: String, today: Day, toward direction: Direction = .nearest) -> Day? {
        let text = normalized(raw)
        if let offset = words[text] { return today.adding(days: offset) }
        if let day = Day(iso: text) { return day }
        if text.contains("/") { return slashed(text, today: today, toward: direction) }
        return relative(text, today: today)
    }

    /// The accepted forms, for error messages, in the language of the interface.
    public static var accepted: String {
        L10n.text("YYYY-MM-DD, DD/MM/YYYY, DD/MM, today, yesterday, tomorrow, -Nd, +Nd, -Nw, +Nw or +Nm")
    }

    /// Words for days, by how many days from today.
    static let words: [String: Int] = [
        "today": 0, "now": 0, "aujourd'hui": 0,
        "yesterday": -1, "hier": -1,
        "avant-hier": -2, "avant hier": -2, // l10n-exempt: French words typed as input
        "tomorrow": 1, "demain": 1,
        "après-demain": 2, "apres-demain": 2, "après demain": 2, "apres demain": 2, // l10n-exempt: French words typed as input
    ]

    /// Largest amounts of `-N`/`+N` per unit: about a hundred years.
    static let limits: [Character: Int] = ["d": 36_500, "j": 36_500, "w": 5_215, "s": 5_215, "m": 1_200]

    /// Trimmed, lower case, with typographic apostrophes made straight and inner spaces collapsed.
    static func normalized(_ raw: String) -> String {
        let lowered = NativeText.trimmedSpaces(raw).lowercased()
        var result = ""
        var lastWasSpace = false
        for character in lowered {
            let plain: Character = (character == "\u{2019}" || character == "\u{02BC}") ? "'" : character
            if plain == " " || plain == "\t" {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(plain)
                lastWasSpace = false
            }
        }
        return result
    }

    /// `DD/MM/YYYY`, `DD/MM/YY` or `DD/MM`.
    static func slashed(_ text: String, today: Day, toward direction: Direction) -> Day? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count <= 2, parts[1].count <= 2,
              let day = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        if parts.count == 3 {
            guard parts[2].count == 4 || parts[2].count == 2, let written = Int(parts[2]) else { return nil }
            return Day(year: parts[2].count == 2 ? 2000 + written : written, month: month, day: day)
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return withoutYear(day: day, month: month, today: today, toward: direction)
    }

    /// The day `day`/`month` nearest to `today` in `direction`; nil when no
    /// year has it (31/04), or for 29/02 when no leap year is near enough.
    static func withoutYear(day: Int, month: Int, today: Day, toward direction: Direction) -> Day? {
        let year = today.components.year
        // 29 February comes back within eight years (1896 → 1904).
        let last = (0...8).lazy.compactMap { Day(year: year - $0, month: month, day: day) }.first { $0 <= today }
        let next = (0...8).lazy.compactMap { Day(year: year + $0, month: month, day: day) }.first { $0 >= today }
        switch direction {
        case .past: return last
        case .future: return next
        case .nearest:
            guard let last else { return next }
            guard let next else { return last }
            return today.days(since: last) <= next.days(since: today) ? last : next
        }
    }

    /// `-3d`, `+2w`, `+1m`, `-3j`, `+2s`, with or without a space before the unit.
    static func relative(_ text: String, today: Day) -> Day? {
        guard let sign = text.first, sign == "-" || sign == "+", let unit = text.last,
              let limit = limits[unit] else { return nil }
        let digits = text.dropFirst().dropLast().drop { $0 == " " }
        let number = digits.hasSuffix(" ") ? digits.dropLast() : digits
        guard !number.isEmpty, number.count <= 6, number.allSatisfy(\.isASCIIDigit),
              let amount = Int(number), amount <= limit else { return nil }
        let signed = sign == "-" ? -amount : amount
        switch unit {
        case "m": return today.adding(months: signed)
        case "w", "s": return today.adding(days: signed * 7)
        default: return today.adding(days: signed)
        }
    }
}

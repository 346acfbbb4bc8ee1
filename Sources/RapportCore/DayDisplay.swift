import RapportLocalization

/// How a day is shown to a reader of each language. English keeps ISO
/// (`2026-11-26`) everywhere; French writes `26/11/2026` in tables and
/// `26 nov. 2026` in a detail (`1er nov. 2026` on the first of the month),
/// with the usual French abbreviations of the months.
public enum DayStyle: Sendable {
    /// Short and of fixed width, for columns.
    case table
    /// For reading, in a contact's detail or an exchange.
    case detail
}

extension Day {
    /// The day as a reader of `language` expects it in `style`.
    public func text(_ style: DayStyle, in language: Language) -> String {
        guard language == .french else { return iso }
        let (y, m, d) = components
        switch style {
        case .table:
            return "\(Day.twoDigits(d))/\(Day.twoDigits(m))/\(y)"
        case .detail:
            return "\(d == 1 ? "1er" : String(d)) \(Day.frenchMonths[m - 1]) \(y)"
        }
    }

    /// Month abbreviations as French typography has them (CLDR): four
    /// months are short enough to be written whole.
    public static let frenchMonths = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ]

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}

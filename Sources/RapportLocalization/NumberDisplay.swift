/// Whole numbers as a reader of the language expects them. French separates
/// thousands with a narrow no-break space (U+202F: `1 204`, `12 345 678`);
/// English output keeps plain digits (`1204`), as Rapport always wrote them.
public enum NumberDisplay {
    /// The narrow no-break space French typography puts between groups of three digits.
    public static let frenchGroupSeparator: Character = "\u{202F}"

    public static func text(_ value: Int, in language: Language) -> String {
        switch language {
        case .english: return String(value)
        case .french: return grouped(value, separator: frenchGroupSeparator)
        }
    }

    /// Digits in groups of three from the right, `separator` between groups;
    /// numbers under 10 000 too (`1 204`), as French typography does in running text.
    public static func grouped(_ value: Int, separator: Character) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}

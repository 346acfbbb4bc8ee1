import Foundation
import RapportLocalization

/// `1,204`: digits grouped by three with commas, whatever the locale, so
/// summaries read the same in scripts and tests; in French, `1 204` with a
/// narrow no-break space, as French text writes it (`L10n.number`).
public func groupedNumber(_ value: Int) -> String {
    if L10n.language == .french { return L10n.number(value) }
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return value < 0 ? "-" + result : result
}

/// `1 contact`, `1,204 contacts`.
public func counted(_ value: Int, _ noun: String) -> String {
    "\(groupedNumber(value)) \(noun)\(value == 1 ? "" : "s")"
}

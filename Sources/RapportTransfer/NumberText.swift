import Foundation

/// `1,204`: digits grouped by three with commas, whatever the locale, so
/// summaries read the same in scripts and tests.
public func groupedNumber(_ value: Int) -> String {
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

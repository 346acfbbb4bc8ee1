import Foundation
import RapportLocalization

/// Where "today" comes from. Everything date-dependent takes a clock or a
/// `Day`, so tests and `RAPPORT_NOW` can fix the date.
public protocol Clock: Sendable {
    var today: Day { get }
}

/// Today in the local time zone.
public struct SystemClock: Clock {
    public init() {}

    /// The C library's local date (TZ and /etc/localtime, as Foundation's
    /// calendar would say): no calendar or ICU data is loaded for it,
    /// which the app's first frame would otherwise wait for.
    public var today: Day {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return Day(ordinal: Int(now / 86_400)) }
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) ?? Day(ordinal: 0)
    }
}

/// Always the same day.
public struct FixedClock: Clock {
    public let today: Day
    public init(_ today: Day) { self.today = today }
}

extension SystemClock {
    /// The clock for a process: `RAPPORT_NOW=YYYY-MM-DD` fixes today,
    /// otherwise the system clock. A malformed value is an error, not ignored.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(InputError) -> any Clock {
        guard let value = environment["RAPPORT_NOW"], !value.isEmpty else { return SystemClock() }
        guard let day = Day(iso: value) else {
            throw InputError(L10n.text("RAPPORT_NOW='%@' is not a date (expected YYYY-MM-DD)", value))
        }
        return FixedClock(day)
    }
}

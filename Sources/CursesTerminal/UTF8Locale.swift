import RapportLocalization
import Foundation
import Glibc

/// Puts the process in a UTF-8 character-type locale, so ncurses draws
/// accented letters, bars and emoji instead of silently dropping them.
/// The user's locale (`LC_ALL`, `LC_CTYPE`, `LANG`) is used when it is
/// UTF-8 and installed; otherwise the character type switches to the first
/// UTF-8 locale that exists (`C.UTF-8`, which glibc ships, then
/// `en_US.UTF-8`). Messages, dates and sorting are not affected: Rapport
/// formats them itself.
public enum UTF8Locale {
    /// What `setUp` found and did.
    public enum Outcome: Equatable, Sendable {
        /// The user's locale is UTF-8: nothing changed.
        case userLocale
        /// The user's locale is missing or not UTF-8: the character type is now this locale.
        case switched(to: String)
        /// No UTF-8 locale exists on this system.
        case unavailable
    }

    /// UTF-8 locales tried, in order, when the user's is not.
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]

    /// Sets the locale from the environment, then makes its character type
    /// UTF-8 if it is not. Call once, first thing, before any output.
    @discardableResult
    public static func setUp() -> Outcome {
        setlocale(LC_ALL, "")
        if isActive { return .userLocale }
        for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
            if isActive { return .switched(to: name) }
        }
        return .unavailable
    }

    /// Whether characters are read and written as UTF-8 now.
    public static var isActive: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// The one line to show when no UTF-8 locale exists.
    public static var missingMessage: String {
        let environment = ProcessInfo.processInfo.environment
        let asked = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { name in
            environment[name].flatMap { $0.isEmpty ? nil : "\(name)=\($0)" }
        }.first ?? L10n.text("no LANG")
        return L10n.text("no UTF-8 locale is installed (%@); accented letters and symbols may not show: install C.UTF-8 or set LANG to a UTF-8 locale", asked)
    }
}

import RapportCore
import RapportLocalization

/// Days as the app shows them in the current language: ISO in English,
/// `26/11/2026` (short) or `26 nov. 2026` (long) in French.
extension Day {
    /// For columns, messages and form fields (typed back, it reads again).
    var shown: String { text(.table, in: L10n.language) }
    /// For reading in the detail pane and an exchange.
    var shownLong: String { text(.detail, in: L10n.language) }
}

/// The display label of a stored vocabulary value (the stored value itself is never translated).
func shownName<T: NamedValue>(_ value: T) -> String {
    L10n.text(value.rawValue, context: T.valueKind)
}

/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a
/// formula, so a name like `=HYPERLINK(…)` in an export could act when the
/// file is opened. Such cells are written with a leading `'` (which
/// spreadsheets show as text and hide), and read back without it.
enum SpreadsheetCell {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written to a CSV file.
    static func protect(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The cell as read from a CSV file: a `'` that protects a formula start is dropped.
    static func unprotect(_ text: String) -> String {
        guard text.first == "'", let second = text.dropFirst().first, formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }
}

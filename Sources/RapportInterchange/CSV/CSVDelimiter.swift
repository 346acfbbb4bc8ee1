/// The character between the fields of a CSV file Rapport writes: `,`, or
/// `;` for spreadsheet programs set up for French (where `,` is the decimal
/// separator, and a `,`-separated file opens as one column).
public enum CSVDelimiter: String, CaseIterable, Sendable {
    case comma = ","
    case semicolon = ";"
}

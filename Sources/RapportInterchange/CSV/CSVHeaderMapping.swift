import RapportCore
import RapportLocalization

/// Decides what each column of a CSV file is read as: recognised headers,
/// then the caller's `COLUMN=FIELD` overrides. Requires a name column.
enum CSVHeaderMapping {
    static func columns(header: [String], overrides: [String], fileName: String) throws(InterchangeError) -> [CSVColumn] {
        func fail(_ message: String) -> InterchangeError { InterchangeError(file: fileName, line: 1, message: message) }
        let headers = header.map { NativeText.trimmed($0) }
        var fields = headers.map(CSVField.guess(header:))
        let hasFirstName = fields.contains(.firstName)
        for index in headers.indices where fields[index] == nil && CSVField.headerKey(headers[index]) == "nom" {
            fields[index] = hasFirstName ? .lastName : .name
        }
        for override in overrides {
            guard let equals = override.lastIndex(of: "=") else {
                throw fail(L10n.text("--map '%@' is not COLUMN=FIELD", override))
            }
            let column = NativeText.trimmedSpaces(override[..<equals])
            let fieldName = NativeText.trimmedSpaces(override[override.index(after: equals)...])
            guard let field = CSVField.named(fieldName) else {
                throw fail(L10n.text("unknown field '%1$@' in --map '%2$@'; expected one of: %3$@", fieldName, override,
                                     CSVField.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            let matches = headers.indices.filter { TextKey.fold(headers[$0]) == TextKey.fold(column) }
            let loose = matches.isEmpty
                ? headers.indices.filter { CSVField.headerKey(headers[$0]) == CSVField.headerKey(column) } : matches
            guard !loose.isEmpty else { throw fail(L10n.text("--map column '%@' is not in the header", column)) }
            for index in loose { fields[index] = field }
        }
        guard fields.contains(where: { $0 == .name || $0 == .firstName || $0 == .lastName }) else {
            throw fail(L10n.text("no name column (expected Name, Nom, First name/Prénom or Last name/Nom de famille; or use --map COLUMN=name)"))
        }
        return zip(headers, fields).map { CSVColumn(header: $0, field: $1) }
    }
}

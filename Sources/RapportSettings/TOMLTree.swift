import RapportLocalization
import TOMLKit

/// A parsed TOML document as plain values, so the rest of the code never
/// touches TOMLKit's reference types.
indirect enum TOMLTree: Equatable {
    case table([String: TOMLTree])
    case array([TOMLTree])
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// A date, time or date-time, kept only to say that it is one.
    case other(String)

    /// Parses `text`; a syntax error is `file:line: message` from TOMLKit.
    static func parse(_ text: String, file: String) throws(SettingsError) -> [String: TOMLTree] {
        if let problem = TOMLHeaderCheck.problem(in: text) {
            throw SettingsError(file: file, line: problem.line, problem.message)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SettingsError(file: file, line: max(1, error.source.begin.line), error.description)
        } catch {
            throw SettingsError(file: file, L10n.text("cannot read TOML: %@", "\(error)"))
        }
        return convert(table)
    }

    private static func convert(_ table: TOMLTable) -> [String: TOMLTree] {
        var result: [String: TOMLTree] = [:]
        for (key, value) in table {
            result[key] = convert(value)
        }
        return result
    }

    private static func convert(_ value: TOMLValueConvertible) -> TOMLTree {
        switch value.type {
        case .table: return .table(value.table.map(convert) ?? [:])
        case .array: return .array(value.array.map { $0.map(convert) } ?? [])
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .boolean(value.bool ?? false)
        case .date: return .other("date")
        case .time: return .other("time")
        case .dateTime: return .other("date-time")
        }
    }

    /// What kind of value this is, for error messages ("a string").
    var kind: String {
        switch self {
        case .table: return L10n.text("a table")
        case .array: return L10n.text("a list")
        case .string: return L10n.text("a string")
        case .integer: return L10n.text("an integer")
        case .float: return L10n.text("a decimal number")
        case .boolean: return L10n.text("true/false")
        case .other(let name): return L10n.text("a %@", context: "TOML value kind", name)
        }
    }
}

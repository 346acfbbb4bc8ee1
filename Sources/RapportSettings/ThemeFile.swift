import RapportLocalization
import TerminalUI

/// A theme file read but not yet resolved: its palette and styles as
/// written, each with the file and line it came from, so that a theme that
/// `inherits` another can override the parent's palette before colours are
/// looked up, and every error still points at the right file and line.
struct ThemeFile {
    struct Located<Value> {
        var value: Value
        var file: String
        var line: Int
    }

    /// A colour as written: a name (palette, ANSI, `default`, `#rrggbb`) or a 0–255 number.
    enum ColorText {
        case name(String)
        case index(Int)
    }

    struct StyleText {
        var fg: ColorText?
        var bg: ColorText?
        var modifiers: Modifiers?
    }

    var inherits: Located<String>?
    var palette: [String: Located<Color>] = [:]
    var styles: [StyleRole: Located<StyleText>] = [:]

    /// Reads the text of a theme file; throws the first problem, by line.
    static func parse(_ text: String, file: String) throws(SettingsError) -> ThemeFile {
        let tree = try TOMLTree.parse(text, file: file)
        let index = KeyLineIndex(text)
        var problems = Problems(file: file, index: index)
        var theme = ThemeFile()
        for (key, value) in tree {
            switch key {
            case "inherits":
                guard case .string(let parent) = value else {
                    problems.add(["inherits"], L10n.text("'inherits' must be a theme name or path, not %@", value.kind))
                    continue
                }
                theme.inherits = Located(value: parent, file: file, line: index.line(of: ["inherits"]) ?? 1)
            case "palette":
                theme.palette = readPalette(value, problems: &problems)
            default:
                let role = StyleRole(key)
                guard role.isKnown else {
                    problems.add([key], unknownRoleMessage(key, value: value))
                    continue
                }
                if let style = readStyle(value, key: key, problems: &problems) {
                    theme.styles[role] = Located(value: style, file: file, line: index.line(of: [key]) ?? 1)
                }
            }
        }
        try problems.throwFirst()
        return theme
    }

    private static func unknownRoleMessage(_ key: String, value: TOMLTree) -> String {
        if case .table(let fields) = value, !fields.keys.allSatisfy(["fg", "bg", "modifiers"].contains) {
            let nested = fields.keys.sorted().first(where: { !["fg", "bg", "modifiers"].contains($0) }) ?? ""
            if StyleRole(key + "." + nested).isKnown {
                return L10n.text("unknown style role '%1$@'; write dotted roles in quotes: \"%1$@.%2$@\" = { … }", key, nested)
            }
        }
        let suggestion = Suggestion.closest(to: key, in: StyleRole.all.map(\.rawValue)).map { L10n.text(" (did you mean '%@'?)", $0) } ?? ""
        return L10n.text("unknown style role '%1$@'%2$@", key, suggestion)
    }

    private static func readPalette(_ value: TOMLTree, problems: inout Problems) -> [String: Located<Color>] {
        guard case .table(let entries) = value else {
            problems.add(["palette"], L10n.text("[palette] must be a table of colours, not %@", value.kind))
            return [:]
        }
        var palette: [String: Located<Color>] = [:]
        for (name, entry) in entries {
            let path = ["palette", name]
            let color: Color?
            switch entry {
            case .string(let text): color = Color(parsing: text)
            case .integer(let number): color = (0...255).contains(number) ? .indexed(UInt8(number)) : nil
            default:
                problems.add(path, L10n.text("palette colour '%1$@' must be a colour name, 0–255 or \"#rrggbb\", not %2$@", name, entry.kind))
                continue
            }
            guard let color else {
                problems.add(path, L10n.text("palette colour '%1$@': %2$@", name, colorProblem(entry)))
                continue
            }
            palette[name] = Located(value: color, file: problems.file, line: problems.index.line(of: path) ?? 1)
        }
        return palette
    }

    private static func readStyle(_ value: TOMLTree, key: String, problems: inout Problems) -> StyleText? {
        switch value {
        case .string(let name):
            return StyleText(fg: .name(name))
        case .table(let fields):
            var style = StyleText()
            for (field, fieldValue) in fields {
                switch field {
                case "fg", "bg":
                    let color: ColorText
                    switch fieldValue {
                    case .string(let name): color = .name(name)
                    case .integer(let number): color = .index(number)
                    default:
                        problems.add([key], L10n.text("'%1$@' %2$@ must be a colour, not %3$@", key, field, fieldValue.kind))
                        continue
                    }
                    if field == "fg" { style.fg = color } else { style.bg = color }
                case "modifiers":
                    style.modifiers = readModifiers(fieldValue, key: key, problems: &problems)
                default:
                    if StyleRole(key + "." + field).isKnown {
                        problems.add([key], L10n.text("unknown attribute '%1$@' in '%2$@'; write dotted roles in quotes: \"%2$@.%1$@\" = { … }", field, key))
                    } else {
                        problems.add([key], L10n.text("unknown attribute '%1$@' in '%2$@' (expected fg, bg, modifiers)", field, key))
                    }
                }
            }
            return style
        default:
            problems.add([key], L10n.text("style '%1$@' must be a table like { fg = \"red\", modifiers = [\"bold\"] } or a colour, not %2$@", key, value.kind))
            return nil
        }
    }

    private static func readModifiers(_ value: TOMLTree, key: String, problems: inout Problems) -> Modifiers? {
        let names: [TOMLTree]
        switch value {
        case .array(let items): names = items
        case .string: names = [value]
        default:
            problems.add([key], L10n.text("'%1$@' modifiers must be a list like [\"bold\", \"underline\"], not %2$@", key, value.kind))
            return nil
        }
        var modifiers: Modifiers = []
        for item in names {
            guard case .string(let name) = item, let modifier = Modifiers(name: name) else {
                let written = if case .string(let name) = item { "'\(name)'" } else { item.kind }
                let known = Modifiers.named.map(\.name).joined(separator: ", ")
                problems.add([key], L10n.text("unknown modifier %1$@ in '%2$@' (expected %3$@)", written, key, known))
                return nil
            }
            modifiers.insert(modifier)
        }
        return modifiers
    }

    static func colorProblem(_ value: TOMLTree) -> String {
        switch value {
        case .string(let text): return L10n.text("unknown colour '%@' (expected a colour name, \"default\", 0–255 or \"#rrggbb\")", text)
        case .integer(let number): return L10n.text("colour %d is out of range (0–255)", number)
        default: return L10n.text("expected a colour, not %@", value.kind)
        }
    }
}

/// Problems found while reading a file, kept so the one on the earliest
/// line is reported (TOML tables come back in no particular order).
struct Problems {
    let file: String
    let index: KeyLineIndex
    private var found: [SettingsError] = []

    init(file: String, index: KeyLineIndex) {
        self.file = file
        self.index = index
    }

    mutating func add(_ path: [String], _ message: String) {
        found.append(SettingsError(file: file, line: index.line(of: path) ?? 1, message))
    }

    func throwFirst() throws(SettingsError) {
        if let first = found.min(by: { ($0.line ?? 0, $0.message) < ($1.line ?? 0, $1.message) }) { throw first }
    }
}

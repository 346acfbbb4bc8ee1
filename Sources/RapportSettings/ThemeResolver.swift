import RapportLocalization
import TerminalUI

/// Turns a parsed (and merged) theme file into a `Theme`: looks colours up
/// in the palette, then as colour names, numbers or `#rrggbb`.
enum ThemeResolver {
    static func theme(named name: String, from file: ThemeFile) throws(SettingsError) -> Theme {
        var styles: [StyleRole: Style] = [:]
        var problems: [SettingsError] = []
        for (role, located) in file.styles {
            var style = Style(modifiers: located.value.modifiers)
            for (field, text) in [("fg", located.value.fg), ("bg", located.value.bg)] {
                guard let text else { continue }
                switch color(text, palette: file.palette) {
                case .success(let color):
                    if field == "fg" { style.fg = color } else { style.bg = color }
                case .failure(let problem):
                    problems.append(SettingsError(file: located.file, line: located.line, "'\(role)' \(field): \(problem.message)"))
                }
            }
            styles[role] = style
        }
        if let first = problems.min(by: { ($0.file ?? "", $0.line ?? 0) < ($1.file ?? "", $1.line ?? 0) }) { throw first }
        return Theme(name: name, styles: styles)
    }

    private static func color(_ text: ThemeFile.ColorText, palette: [String: ThemeFile.Located<Color>]) -> Result<Color, SettingsErrorText> {
        switch text {
        case .index(let number):
            guard (0...255).contains(number) else { return .failure(SettingsErrorText(L10n.text("colour %d is out of range (0–255)", number))) }
            return .success(.indexed(UInt8(number)))
        case .name(let name):
            if let entry = palette[name] { return .success(entry.value) }
            if let parsed = Color(parsing: name) { return .success(parsed) }
            let names = Array(palette.keys) + NamedColor.allCases.map(\.name)
            let hint = Suggestion.closest(to: name, in: names).map { L10n.text(" (did you mean '%@'?)", $0) } ?? ""
            return .failure(SettingsErrorText(L10n.text("unknown colour '%1$@'%2$@; use a palette name, a colour name, \"default\", 0–255 or \"#rrggbb\"", name, hint)))
        }
    }
}

/// An error message without a place yet.
struct SettingsErrorText: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

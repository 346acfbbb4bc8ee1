import Foundation
import RapportCore
import RapportLocalization
import TerminalUI

/// Reading `config.toml`: where it is, and what it says. Unknown settings
/// and values of the wrong type are errors with the file and line.
public enum SettingsFile {
    /// The settings file to read: `explicitPath`, else `RAPPORT_CONFIG`, else
    /// `$XDG_CONFIG_HOME/rapport/config.toml`, else `~/.config/rapport/config.toml`.
    /// `required` is true for the first two: a file the user named must exist.
    public static func location(explicitPath: String? = nil, environment: [String: String]) -> (path: String, required: Bool)? {
        if let explicitPath, !explicitPath.isEmpty { return (explicitPath, true) }
        if let named = environment["RAPPORT_CONFIG"], !named.isEmpty { return (named, true) }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return (xdg + "/rapport/config.toml", false)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return (home + "/.config/rapport/config.toml", false)
        }
        return nil
    }

    /// The user's settings: the file from `location`, or the defaults when
    /// that file is the default one and does not exist.
    public static func load(explicitPath: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(SettingsError) -> Settings {
        guard let (path, required) = location(explicitPath: explicitPath, environment: environment) else { return Settings() }
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw SettingsError(file: path, L10n.text("no such settings file")) }
            return Settings()
        }
        guard let text = try UTF8File.read(path) else { throw SettingsError(file: path, L10n.text("cannot read the settings file")) }
        return try parse(text, file: path)
    }

    /// Reads settings from the text of a file called `file`.
    public static func parse(_ text: String, file: String) throws(SettingsError) -> Settings {
        let tree = try TOMLTree.parse(text, file: file)
        var reader = SettingsReader(file: file, index: KeyLineIndex(text))
        let settings = reader.read(tree)
        try reader.problems.throwFirst()
        return settings
    }
}

/// Walks a parsed settings file, collecting values and problems.
struct SettingsReader {
    let file: String
    let index: KeyLineIndex
    var problems: Problems

    static let topLevel = ["theme", "editor", "cadence", "keys", "ui", "language", "sort"]

    init(file: String, index: KeyLineIndex) {
        self.file = file
        self.index = index
        self.problems = Problems(file: file, index: index)
    }

    mutating func read(_ tree: [String: TOMLTree]) -> Settings {
        var settings = Settings(file: file)
        for (key, value) in tree {
            settings.lines[key] = index.line(of: [key])
            switch key {
            case "theme":
                if let text = string(value, path: ["theme"], what: L10n.text("a theme name or path")) { settings.theme = text }
            case "editor":
                settings.editor = editor(value)
            case "language":
                guard case .string(let code) = value, let language = Language(rawValue: code.lowercased()) else {
                    problems.add([key], L10n.text("'language' must be \"fr\" or \"en\""))
                    continue
                }
                settings.language = language
            case "sort":
                guard case .string(let name) = value, Settings.sortNames.contains(name.lowercased()) else {
                    problems.add([key], L10n.text("'sort' must be one of %@", Settings.sortNames.map { "\"\($0)\"" }.joined(separator: ", ")))
                    continue
                }
                settings.sort = name.lowercased()
            case "cadence":
                settings.cadence = cadence(value, lines: &settings.lines)
            case "keys":
                settings.keys = keys(value).sorted { $0.line < $1.line }
            case "ui":
                readUI(value, into: &settings)
            default:
                let hint = Suggestion.closest(to: key, in: SettingsReader.topLevel).map { L10n.text(" (did you mean '%@'?)", $0) } ?? ""
                problems.add([key], L10n.text("unknown setting '%1$@'%2$@; known: %3$@", key, hint, SettingsReader.topLevel.joined(separator: ", ")))
            }
        }
        return settings
    }

    private mutating func string(_ value: TOMLTree, path: [String], what: String) -> String? {
        guard case .string(let text) = value, !text.isEmpty else {
            let name = path.joined(separator: ".")
            if case .string = value {
                problems.add(path, L10n.text("'%1$@' must be %2$@, not empty", name, what))
            } else {
                problems.add(path, L10n.text("'%1$@' must be %2$@, not %3$@", name, what, value.kind))
            }
            return nil
        }
        return text
    }

    private mutating func table(_ value: TOMLTree, path: [String], example: String) -> [String: TOMLTree]? {
        guard case .table(let entries) = value else {
            problems.add(path, L10n.text("'%1$@' must be a table, like %2$@, not %3$@", path.joined(separator: "."), example, value.kind))
            return nil
        }
        return entries
    }

    private mutating func editor(_ value: TOMLTree) -> [String]? {
        switch value {
        case .string(let command):
            let words = command.split(separator: " ").map(String.init)
            guard !words.isEmpty else { break }
            return words
        case .array(let items):
            let words = items.compactMap { item -> String? in if case .string(let word) = item { return word } else { return nil } }
            guard !words.isEmpty, words.count == items.count else { break }
            return words
        default:
            break
        }
        problems.add(["editor"], L10n.text("'editor' must be a command like \"nvim\" or [\"code\", \"--wait\"], not %@", value.kind))
        return nil
    }

    private mutating func cadence(_ value: TOMLTree, lines: inout [String: Int]) -> Cadence {
        var cadence = Cadence.standard
        guard let entries = table(value, path: ["cadence"], example: "[cadence] A = 30") else { return cadence }
        for (key, days) in entries {
            let path = ["cadence", key]
            lines["cadence." + key] = index.line(of: path)
            guard let tier = Tier(rawValue: key.uppercased()) else {
                problems.add(path, L10n.text("unknown tier '%@' in [cadence] (expected A, B or C)", key))
                continue
            }
            guard case .integer(let number) = days else {
                problems.add(path, L10n.text("cadence for tier %1$@ must be a whole number of days, not %2$@", tier.rawValue, days.kind))
                continue
            }
            guard Cadence.allowed.contains(number) else {
                problems.add(path, L10n.text("cadence for tier %1$@ is %2$d days; expected %3$d–%4$d", tier.rawValue, number,
                                             Cadence.allowed.lowerBound, Cadence.allowed.upperBound))
                continue
            }
            cadence.tierDays[tier] = number
        }
        return cadence
    }

    private mutating func keys(_ value: TOMLTree) -> [KeyOverride] {
        guard let entries = table(value, path: ["keys"], example: "[keys] log = \"L\"") else { return [] }
        var overrides: [KeyOverride] = []
        for (action, written) in entries {
            let path = ["keys", action]
            let names: [TOMLTree]
            switch written {
            case .string: names = [written]
            case .array(let items): names = items
            default:
                problems.add(path, L10n.text("keys for '%1$@' must be a key name like \"L\" or a list like [\"L\", \"ctrl-l\"], not %2$@", action, written.kind))
                continue
            }
            guard !names.isEmpty else {
                problems.add(path, L10n.text("no keys given for '%@'", action))
                continue
            }
            var keys: [Key] = []
            for name in names {
                guard case .string(let text) = name else {
                    problems.add(path, L10n.text("keys for '%1$@' must be key names in quotes, not %2$@", action, name.kind))
                    break
                }
                do {
                    keys.append(try Key(name: text))
                } catch {
                    problems.add(path, L10n.text("%1$@ for '%2$@'", error.message, action))
                }
            }
            if keys.count == names.count {
                overrides.append(KeyOverride(action: action, keys: keys, line: index.line(of: path) ?? 1))
            }
        }
        return overrides
    }

    private mutating func readUI(_ value: TOMLTree, into settings: inout Settings) {
        guard let entries = table(value, path: ["ui"], example: "[ui] borders = \"rounded\"") else { return }
        for (key, entry) in entries {
            let path = ["ui", key]
            settings.lines["ui." + key] = index.line(of: path)
            switch key {
            case "borders":
                let names = BorderStyle.allCases.map(\.rawValue).joined(separator: ", ")
                guard case .string(let name) = entry, let style = BorderStyle(rawValue: name) else {
                    problems.add(path, L10n.text("'ui.borders' must be one of %@", names))
                    continue
                }
                settings.borders = style
            case "escape_delay":
                let range = Settings.escapeDelayRange
                guard case .integer(let milliseconds) = entry, range.contains(milliseconds) else {
                    problems.add(path, L10n.text("'ui.escape_delay' must be a whole number of milliseconds, %1$d–%2$d", range.lowerBound, range.upperBound))
                    continue
                }
                settings.escapeDelay = milliseconds
            default:
                problems.add(path, L10n.text("unknown setting '%@' in [ui]; known: borders, escape_delay", key))
            }
        }
    }
}

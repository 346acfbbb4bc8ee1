import Foundation
import RapportCore
import RapportLocalization
import TerminalUI

/// What the user set in `config.toml`. Every field has a default, so a
/// missing file is simply `Settings()`.
public struct Settings: Sendable, Equatable {
    /// The theme, by name or path, as written; nil when not set.
    public var theme: String?
    /// Days between conversations per tier (`[cadence]`).
    public var cadence: Cadence
    /// Key rebindings from `[keys]`, in file order, still by action name:
    /// the app checks the names against its actions (`apply(to:)` helps).
    public var keys: [KeyOverride]
    /// The editor for long notes (`editor`); nil uses `$VISUAL`, then `$EDITOR`.
    public var editor: [String]?
    /// How boxes are drawn (`[ui] borders`).
    public var borders: BorderStyle
    /// How long to wait after Esc for the rest of a key sequence, in
    /// milliseconds (`[ui] escape_delay`).
    public var escapeDelay: Int
    /// The interface language (`language`); nil follows `RAPPORT_LANG` and the locale.
    public var language: Language? = nil
    /// How contact lists are sorted by default (`sort`: one of `sortNames`);
    /// nil: by surname in French, by name otherwise.
    public var sort: String? = nil
    /// The values `sort` accepts: the names of `ContactSort` (a test keeps them equal).
    public static let sortNames = ["name", "last", "warmth", "due", "surname"]
    /// The file these settings were read from; nil for the defaults.
    public var file: String?
    /// The line of each setting in `file`, by dotted key (`"cadence.A"`), for errors found later.
    public var lines: [String: Int]

    public init(theme: String? = nil, cadence: Cadence = .standard, keys: [KeyOverride] = [], editor: [String]? = nil,
                borders: BorderStyle = .light, escapeDelay: Int = 25, file: String? = nil, lines: [String: Int] = [:]) {
        self.theme = theme
        self.cadence = cadence
        self.keys = keys
        self.editor = editor
        self.borders = borders
        self.escapeDelay = escapeDelay
        self.file = file
        self.lines = lines
    }

    /// Accepted values of `escape_delay`, in milliseconds.
    public static let escapeDelayRange = 0...1000

    /// The folder of the settings file, for paths written relative to it.
    public var folder: String? {
        guard let file else { return nil }
        return URL(fileURLWithPath: file).deletingLastPathComponent().path
    }
}

/// One `[keys]` entry: an action name and the keys the user wants for it.
public struct KeyOverride: Sendable, Equatable {
    public var action: String
    public var keys: [Key]
    /// The line of the entry in the settings file.
    public var line: Int

    public init(action: String, keys: [Key], line: Int) {
        self.action = action
        self.keys = keys
        self.line = line
    }
}

/// How boxes and overlays are drawn.
public enum BorderStyle: String, Sendable, CaseIterable {
    case light, rounded, ascii

    /// The border characters for this style.
    public var borderSet: BorderSet {
        switch self {
        case .light: return .light
        case .rounded: return .rounded
        case .ascii: return .ascii
        }
    }
}

extension Settings {
    /// The command that edits long notes: `editor` from the file, else
    /// `$VISUAL`, else `$EDITOR` (split at spaces), else `vi`.
    public func editorCommand(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if let editor, !editor.isEmpty { return editor }
        for variable in ["VISUAL", "EDITOR"] {
            let words = (environment[variable] ?? "").split(separator: " ").map(String.init)
            if !words.isEmpty { return words }
        }
        return ["vi"]
    }
}

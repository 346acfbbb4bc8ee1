import Foundation
import TerminalUI

/// Which theme to use, and why: `--theme` beats `RAPPORT_THEME`, which
/// beats `theme` in the settings file, which beats `default`; `NO_COLOR`
/// (set and not empty) beats them all with `monochrome`.
public struct ThemeChoice: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case noColor
        case flag
        case environment
        case settings(file: String?, line: Int?)
        case standard
    }

    /// The theme name or path.
    public let value: String
    public let source: Source

    public init(value: String, source: Source) {
        self.value = value
        self.source = source
    }

    public static let defaultName = "default"
    public static let monochromeName = "monochrome"

    /// Applies the precedence rules.
    public static func choose(flag: String?, environment: [String: String], settings: Settings) -> ThemeChoice {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            return ThemeChoice(value: monochromeName, source: .noColor)
        }
        if let flag, !flag.isEmpty { return ThemeChoice(value: flag, source: .flag) }
        if let named = environment["RAPPORT_THEME"], !named.isEmpty {
            return ThemeChoice(value: named, source: .environment)
        }
        if let theme = settings.theme {
            return ThemeChoice(value: theme, source: .settings(file: settings.file, line: settings.lines["theme"]))
        }
        return ThemeChoice(value: defaultName, source: .standard)
    }

    /// Loads the chosen theme. A problem with the choice itself (an unknown
    /// name, a missing file) names where the choice came from:
    /// `--theme: …`, `RAPPORT_THEME: …`, or `FILE:LINE: …` of the settings.
    public func load(from library: ThemeLibrary) throws(SettingsError) -> Theme {
        var relativeTo: String?
        if case .settings(let file?, _) = source {
            relativeTo = URL(fileURLWithPath: file).deletingLastPathComponent().path
        }
        do {
            return try library.theme(value, relativeTo: relativeTo)
        } catch where error.file == nil {
            switch source {
            case .flag: throw SettingsError(file: "--theme", error.message)
            case .environment: throw SettingsError(file: "RAPPORT_THEME", error.message)
            case .settings(let file, let line): throw SettingsError(file: file, line: line, error.message)
            case .noColor, .standard: throw error
            }
        }
    }
}

extension Settings {
    /// The theme to draw with: chosen by `ThemeChoice.choose` and loaded from `library`.
    public func theme(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                      library: ThemeLibrary? = nil) throws(SettingsError) -> Theme {
        let choice = ThemeChoice.choose(flag: flag, environment: environment, settings: self)
        return try choice.load(from: library ?? .standard(environment: environment))
    }
}

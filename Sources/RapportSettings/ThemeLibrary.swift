import Foundation
import RapportLocalization
import TerminalUI

/// Where themes come from, and how they are read: by name from theme
/// directories (`RAPPORT_THEMES_DIR`, then a `Themes/` folder found near
/// the executable), falling back to the copies built into the program, or
/// from a file path. Theme files may `inherits = "name"` another theme.
public struct ThemeLibrary: Sendable {
    /// Folders searched for `NAME.toml`, in order.
    public var directories: [String]
    /// Built-in theme texts by name, used when no folder has the theme.
    public var embedded: [String: String]

    public init(directories: [String] = [], embedded: [String: String] = EmbeddedThemes.files) {
        self.directories = directories
        self.embedded = embedded
    }

    /// The library a program uses: `RAPPORT_THEMES_DIR` when set, then the
    /// first `Themes/` folder (with a `default.toml`) in the executable's
    /// folder or one of its parents (a source checkout), or
    /// `../share/rapport/themes` beside it (an install), then the built-in copies.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executablePath: String? = nil) -> ThemeLibrary {
        var directories: [String] = []
        if let dir = environment["RAPPORT_THEMES_DIR"], !dir.isEmpty { directories.append(dir) }
        let executable = executablePath ?? ThemeLibrary.currentExecutablePath()
        if let found = executable.flatMap(ThemeLibrary.themesFolder(near:)) { directories.append(found) }
        return ThemeLibrary(directories: directories)
    }

    /// Whether a `--theme` value names a file rather than a theme.
    public static func isPath(_ text: String) -> Bool {
        text.contains("/") || text.hasSuffix(".toml") || text.hasPrefix("~")
    }

    /// The themes that can be chosen by name, sorted.
    public var availableNames: [String] {
        var names = Set(embedded.keys)
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// A theme by name or path. A relative path is taken from `directory`
    /// when given (the folder of the config file that named it).
    public func theme(_ nameOrPath: String, relativeTo directory: String? = nil) throws(SettingsError) -> Theme {
        if ThemeLibrary.isPath(nameOrPath) {
            return try theme(atPath: ThemeLibrary.expand(nameOrPath, relativeTo: directory))
        }
        return try theme(named: nameOrPath)
    }

    /// A theme by name: `NAME.toml` in the directories, else the built-in copy.
    public func theme(named name: String) throws(SettingsError) -> Theme {
        let file = try file(named: name, source: nil)
        return try resolve(file, name: name)
    }

    /// A theme from a file; its name is the file name without `.toml`.
    public func theme(atPath path: String) throws(SettingsError) -> Theme {
        let file = try readFile(path)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try resolve(file, name: name)
    }

    private func resolve(_ source: (text: String, file: String), name: String) throws(SettingsError) -> Theme {
        let merged = try load(source, visited: [source.file])
        return try ThemeResolver.theme(named: name, from: merged)
    }

    /// The parsed file with its parents merged under it.
    private func load(_ source: (text: String, file: String), visited: [String]) throws(SettingsError) -> ThemeFile {
        var theme = try ThemeFile.parse(source.text, file: source.file)
        guard let inherits = theme.inherits else { return theme }
        let parentSource: (text: String, file: String)
        if ThemeLibrary.isPath(inherits.value) {
            let folder = URL(fileURLWithPath: source.file).deletingLastPathComponent().path
            parentSource = try readFile(ThemeLibrary.expand(inherits.value, relativeTo: folder), from: inherits)
        } else {
            parentSource = try file(named: inherits.value, source: inherits)
        }
        guard !visited.contains(parentSource.file) else {
            throw SettingsError(file: inherits.file, line: inherits.line,
                                L10n.text("theme inherits itself ('%@')", inherits.value))
        }
        let parent = try load(parentSource, visited: visited + [parentSource.file])
        theme.palette = parent.palette.merging(theme.palette) { _, own in own }
        theme.styles = parent.styles.merging(theme.styles) { _, own in own }
        theme.inherits = nil
        return theme
    }

    private func file(named name: String, source: ThemeFile.Located<String>?) throws(SettingsError) -> (text: String, file: String) {
        let valid = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        if valid {
            for directory in directories {
                let path = URL(fileURLWithPath: directory).appendingPathComponent(name + ".toml").path
                if FileManager.default.fileExists(atPath: path) { return try readFile(path, from: source) }
            }
            if let text = embedded[name] { return (text, L10n.text("Themes/%@.toml (built in)", name)) }
        }
        let message = L10n.text("unknown theme '%1$@' (available: %2$@)", name, availableNames.joined(separator: ", "))
        throw SettingsError(file: source?.file, line: source?.line, message)
    }

    private func readFile(_ path: String, from source: ThemeFile.Located<String>? = nil) throws(SettingsError) -> (text: String, file: String) {
        if let text = try UTF8File.read(path) { return (text, path) }
        let reason = FileManager.default.fileExists(atPath: path)
            ? L10n.text("cannot read theme file '%@'", path) : L10n.text("no theme file '%@'", path)
        throw SettingsError(file: source?.file, line: source?.line, reason)
    }

    static func expand(_ path: String, relativeTo directory: String?) -> String {
        if path == "~" || path.hasPrefix("~/") {
            return NSString(string: path).expandingTildeInPath
        }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
        guard let directory else { return path }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }

    static func currentExecutablePath() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }

    /// A `Themes/` folder holding `default.toml` in the executable's folder or
    /// up to six parents, or `../share/rapport/themes` beside it.
    static func themesFolder(near executable: String) -> String? {
        let manager = FileManager.default
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/rapport/themes")
        if manager.fileExists(atPath: installed.appendingPathComponent("default.toml").path) { return installed.path }
        for _ in 0..<7 {
            let candidate = folder.appendingPathComponent("Themes") // l10n-exempt: a folder name
            if manager.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) { return candidate.path }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }
}

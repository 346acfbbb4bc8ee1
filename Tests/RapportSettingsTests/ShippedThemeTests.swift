import Foundation
import Testing
import TerminalUI
@testable import RapportSettings

@Suite struct ShippedThemeTests {
    static let files: [String] = (try? FileManager.default.contentsOfDirectory(atPath: themesFolder.path))?
        .filter { $0.hasSuffix(".toml") }.sorted() ?? []

    @Test func theRequiredThemesAreShipped() {
        for name in ["default.toml", "light.toml", "high-contrast.toml", "monochrome.toml"] {
            #expect(ShippedThemeTests.files.contains(name))
        }
    }

    @Test(arguments: files)
    func everyThemeDefinesEveryRole(file: String) throws {
        let library = ThemeLibrary(directories: [], embedded: [:])
        let theme = try library.theme(atPath: themesFolder.appendingPathComponent(file).path)
        let missing = StyleRole.all.filter { !theme.defines($0) }
        #expect(missing.isEmpty, "\(file) does not define \(missing.map(\.rawValue))")
    }

    @Test(arguments: files)
    func selectionAndOverdueStandOutAtEveryDepth(file: String) throws {
        let theme = try ThemeLibrary().theme(atPath: themesFolder.appendingPathComponent(file).path)
        for depth in ColorDepth.allCases {
            let list = theme.style(for: .list).reduced(to: depth)
            #expect(theme.style(for: .listSelected).reduced(to: depth) != list, "\(file) at \(depth)")
            #expect(theme.style(for: .listOverdue).reduced(to: depth) != list, "\(file) at \(depth)")
            for role in StyleRole.all {
                let style = theme.style(for: role).reduced(to: depth)
                #expect(style.fg == .default || style.fg != style.bg, "\(file) \(role) unreadable at \(depth)")
            }
        }
    }

    @Test(arguments: files)
    func warmthRolesAreDistinct(file: String) throws {
        let theme = try ThemeLibrary().theme(atPath: themesFolder.appendingPathComponent(file).path)
        let warmth: [StyleRole] = [.warmthCold, .warmthCooling, .warmthWarm, .warmthStrong]
        #expect(Set(warmth.map { theme.style(for: $0) }).count == 4)
    }

    @Test func monochromeHasNoColours() throws {
        let theme = try ThemeLibrary().theme(named: "monochrome")
        for role in StyleRole.all {
            let style = theme.style(for: role)
            #expect(style.fg == .default && style.bg == .default, "\(role)")
        }
    }
}

@Suite struct EmbeddedThemesTests {
    @Test func embeddedCopiesMatchTheThemesFolder() throws {
        let files = ShippedThemeTests.files
        var texts: [String: String] = [:]
        for file in files {
            texts[String(file.dropLast(5))] = try String(contentsOf: themesFolder.appendingPathComponent(file), encoding: .utf8)
        }
        if ProcessInfo.processInfo.environment["RAPPORT_REGENERATE_THEMES"] == "1" {
            try regenerate(texts)
            return
        }
        #expect(Set(EmbeddedThemes.files.keys) == Set(texts.keys),
                "Themes/ changed: run RAPPORT_REGENERATE_THEMES=1 swift test --filter EmbeddedThemesTests")
        for (name, text) in texts {
            #expect(EmbeddedThemes.files[name] == text,
                    "\(name).toml changed: run RAPPORT_REGENERATE_THEMES=1 swift test --filter EmbeddedThemesTests")
        }
    }

    @Test func embeddedThemesLoadWithoutTheFolder() throws {
        let library = ThemeLibrary(directories: [])
        for name in EmbeddedThemes.files.keys {
            #expect(try library.theme(named: name).name == name)
        }
    }

    /// Rewrites EmbeddedThemes.swift from the theme files.
    private func regenerate(_ texts: [String: String]) throws {
        var lines = [
            "// Generated from Themes/*.toml; do not edit by hand.",
            "// EmbeddedThemesTests fails when this file and Themes/ differ, and rewrites",
            "// it when run with RAPPORT_REGENERATE_THEMES=1.",
            "// l10n-exempt-file: theme files, not messages",
            "",
            "/// The shipped themes, built into the program so an installed binary works",
            "/// without the Themes/ folder.",
            "public enum EmbeddedThemes {",
            "    /// Theme file texts by theme name.",
            "    public static let files: [String: String] = [",
        ]
        for name in texts.keys.sorted() {
            let text = texts[name] ?? ""
            try #require(!text.contains("\"\"\"#") && text.hasSuffix("\n"))
            lines.append("        \"\(name)\": #\"\"\"")
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.append("\"\"\"#,")
        }
        lines += ["    ]", "}"]
        let file = packageRoot.appendingPathComponent("Sources/RapportSettings/EmbeddedThemes.swift")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}

import Foundation
import Testing
import TerminalUI
@testable import RapportSettings

@Suite struct ThemeFileErrorTests {
    func load(_ text: String, name: String = "bad.toml") throws -> (String, String?) {
        let folder = try temporaryFolder()
        let path = try folder.write(text, to: name)
        return (path, errorLine { try ThemeLibrary(directories: [folder.path]).theme(atPath: path) })
    }

    @Test func syntaxErrorCarriesTOMLKitsLine() throws {
        let (path, error) = try load("\"list\" = { fg = \"red\" }\n\"header\" = { fg = \n")
        let message = try #require(error)
        #expect(message.hasPrefix("\(path):2: "))
    }

    @Test func unknownColourPointsAtItsStyle() throws {
        let (path, error) = try load("""
            "list" = { fg = "red" }
            # a comment
            "list.selected" = { fg = "black", bg = "acent" }

            [palette]
            accent = "#5fafd7"
            """)
        #expect(error == "\(path):3: 'list.selected' bg: unknown colour 'acent' (did you mean 'accent'?); use a palette name, a colour name, \"default\", 0–255 or \"#rrggbb\"")
    }

    @Test func unknownModifier() throws {
        let (path, error) = try load("\"list\" = { fg = \"red\" }\n\"footer\" = { modifiers = [\"bold\", \"blink\"] }\n")
        #expect(error == "\(path):2: unknown modifier 'blink' in 'footer' (expected bold, dim, italic, underline, reverse)")
    }

    @Test func unknownRoleWithSuggestion() throws {
        let (path, error) = try load("\"list\" = {}\n\n\"list.selectd\" = { fg = \"red\" }\n")
        #expect(error == "\(path):3: unknown style role 'list.selectd' (did you mean 'list.selected'?)")
    }

    @Test func unquotedDottedRoleGetsAHint() throws {
        let (path, error) = try load("list.selected = { fg = \"red\" }\n")
        #expect(error == "\(path):1: unknown attribute 'selected' in 'list'; write dotted roles in quotes: \"list.selected\" = { … }")
    }

    @Test func unquotedDottedRoleWithUnknownFirstPart() throws {
        let (path, error) = try load("warmth.cold = { fg = \"blue\" }\n")
        #expect(error == "\(path):1: unknown style role 'warmth'; write dotted roles in quotes: \"warmth.cold\" = { … }")
    }

    @Test func unknownAttribute() throws {
        let (path, error) = try load("\"list\" = { fg = \"red\", bold = true }\n")
        #expect(error == "\(path):1: unknown attribute 'bold' in 'list' (expected fg, bg, modifiers)")
    }

    @Test func badPaletteEntry() throws {
        let (path, error) = try load("\"list\" = { fg = \"accent\" }\n[palette]\naccent = \"#12345g\"\nother = 300\n")
        #expect(error == "\(path):3: palette colour 'accent': unknown colour '#12345g' (expected a colour name, \"default\", 0–255 or \"#rrggbb\")")
    }

    @Test func outOfRangeIndex() throws {
        let (path, error) = try load("\"list\" = { fg = 256 }\n")
        #expect(error == "\(path):1: 'list' fg: colour 256 is out of range (0–255)")
    }

    @Test func earliestProblemIsReported() throws {
        let (path, error) = try load("\"zzz\" = {}\n\"aaa\" = {}\n")
        #expect(error == "\(path):1: unknown style role 'zzz'")
    }

    @Test func wrongTypeForAStyle() throws {
        let (path, error) = try load("\"list\" = 3\n")
        #expect(error?.hasPrefix("\(path):1: style 'list' must be a table") == true)
    }

    @Test func colourShorthandAndPaletteAndIndex() throws {
        let folder = try temporaryFolder()
        let path = try folder.write("""
            "list" = "accent"
            "footer" = { fg = 208, bg = "#000000", modifiers = ["bold", "underlined"] }
            [palette]
            accent = 33
            """, to: "mine.toml")
        let theme = try ThemeLibrary().theme(atPath: path)
        #expect(theme.name == "mine")
        #expect(theme.style(for: .list).fg == .indexed(33))
        #expect(theme.style(for: .footer) == ResolvedStyle(fg: .indexed(208), bg: .rgb(red: 0, green: 0, blue: 0), modifiers: [.bold, .underline]))
    }
}

@Suite struct ThemeLibraryTests {
    @Test func findsThemesByNameInFoldersThenBuiltIn() throws {
        let folder = try temporaryFolder()
        try folder.write("\"list\" = { fg = \"red\" }\n", to: "default.toml")
        let library = ThemeLibrary(directories: [folder.path])
        #expect(try library.theme(named: "default").style(for: .list).fg == .named(.red))
        #expect(try library.theme(named: "light").defines(.listSelected))
    }

    @Test func unknownNameListsTheAvailableOnes() {
        let error = errorLine { try ThemeLibrary().theme(named: "solarized") }
        #expect(error == "unknown theme 'solarized' (available: default, high-contrast, light, monochrome)")
    }

    @Test func inheritsAParentAndOverridesItsPalette() throws {
        let folder = try temporaryFolder()
        let path = try folder.write("""
            inherits = "default"
            "list.overdue" = { fg = "magenta" }
            [palette]
            accent = "#ff0000"
            """, to: "mine.toml")
        let theme = try ThemeLibrary().theme(atPath: path)
        #expect(theme.style(for: .listOverdue).fg == .named(.magenta))
        #expect(theme.style(for: .listSelected).bg == .rgb(red: 255, green: 0, blue: 0))
        #expect(theme.defines(.warmthCold))
    }

    @Test func inheritingAnUnknownThemeNamesTheLine() throws {
        let folder = try temporaryFolder()
        let path = try folder.write("# mine\ninherits = \"nope\"\n", to: "mine.toml")
        let error = errorLine { try ThemeLibrary().theme(atPath: path) }
        #expect(error?.hasPrefix("\(path):2: unknown theme 'nope'") == true)
    }

    @Test func inheritanceCyclesAreErrors() throws {
        let folder = try temporaryFolder()
        let a = try folder.write("inherits = \"./b.toml\"\n", to: "a.toml")
        try folder.write("inherits = \"./a.toml\"\n", to: "b.toml")
        let error = errorLine { try ThemeLibrary().theme(atPath: a) }
        #expect(error?.contains("theme inherits itself") == true)
    }

    @Test func findsTheThemesFolderAboveTheExecutable() throws {
        let executable = packageRoot.appendingPathComponent(".build/debug/rapport").path
        #expect(ThemeLibrary.themesFolder(near: executable) == themesFolder.path)
        let library = ThemeLibrary.standard(environment: ["RAPPORT_THEMES_DIR": "/custom"], executablePath: executable)
        #expect(library.directories == ["/custom", themesFolder.path])
    }

    @Test func namesAndPaths() {
        #expect(ThemeLibrary.isPath("./mine.toml"))
        #expect(ThemeLibrary.isPath("mine.toml"))
        #expect(ThemeLibrary.isPath("~/themes/x"))
        #expect(!ThemeLibrary.isPath("high-contrast"))
    }
}

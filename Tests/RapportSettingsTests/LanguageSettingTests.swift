import Testing
@testable import RapportSettings

@Suite("Settings: language")
struct LanguageSettingTests {
    let file = "/home/u/.config/rapport/config.toml"

    @Test func readsTheLanguage() throws {
        #expect(try SettingsFile.parse("language = \"fr\"\n", file: file).language?.rawValue == "fr")
        #expect(try SettingsFile.parse("language = \"EN\"\n", file: file).language?.rawValue == "en")
        #expect(try SettingsFile.parse("theme = \"light\"\n", file: file).language == nil)
    }

    @Test(arguments: ["language = \"de\"\n", "language = 1\n", "language = \"\"\n", "language = \"fr_FR\"\n"])
    func refusesOtherValues(_ text: String) {
        #expect(errorLine { try SettingsFile.parse(text, file: file) } == "\(file):1: 'language' must be \"fr\" or \"en\"")
    }
}

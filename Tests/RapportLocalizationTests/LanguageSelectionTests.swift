import RapportLocalization
import Testing

@Suite("Language: from the locale variables, RAPPORT_LANG and config.toml")
struct LanguageSelectionTests {
    @Test(arguments: ["fr", "fr_FR", "fr_FR.UTF-8", "fr_CA.utf8", "fr_BE@euro", "FR_fr", "french", "fr-CH"])
    func frenchLocales(_ value: String) {
        #expect(LanguageSelection(environment: ["LANG": value]).language == .french)
    }

    @Test(arguments: ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "de_DE.UTF-8", "fy_NL", "frr_DE", "free", " "])
    func otherLocalesAreEnglish(_ value: String) {
        #expect(LanguageSelection(environment: ["LANG": value]).language == .english)
    }

    @Test func lcAllThenLcMessagesThenLang() {
        let all: [String: String] = ["LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_GB.UTF-8"]
        #expect(LanguageSelection(environment: all).language == .french)
        #expect(LanguageSelection(environment: all).source == .locale("LC_ALL"))
        let messages = ["LC_MESSAGES": "fr_FR.UTF-8", "LANG": "C.UTF-8"]
        #expect(LanguageSelection(environment: messages).source == .locale("LC_MESSAGES"))
        #expect(LanguageSelection(environment: messages).language == .french)
        let lang = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"]
        #expect(LanguageSelection(environment: lang).source == .locale("LANG"))
        #expect(LanguageSelection(environment: ["LC_ALL": "C", "LANG": "fr_FR.UTF-8"]).language == .english)
        #expect(LanguageSelection(environment: ["LC_CTYPE": "fr_FR.UTF-8"]).source == .fallback)
        #expect(LanguageSelection(environment: [:]).language == .english)
    }

    @Test func overrideThenSettingsThenLocale() {
        let french = ["LANG": "fr_FR.UTF-8"]
        #expect(LanguageSelection(environment: french, configured: .english).language == .english)
        #expect(LanguageSelection(environment: french, configured: .english).source == .settings)
        var overridden = french
        overridden["RAPPORT_LANG"] = "en"
        #expect(LanguageSelection(environment: overridden, configured: .french).language == .english)
        #expect(LanguageSelection(environment: overridden, configured: .french).source == .override)
        #expect(LanguageSelection(environment: ["RAPPORT_LANG": "FR", "LANG": "C"]).language == .french)
        #expect(LanguageSelection(environment: ["LANG": "C"], configured: .french).language == .french)
    }

    @Test func unknownOverrideIsPassedOverAndReported() {
        let selection = LanguageSelection(environment: ["RAPPORT_LANG": "de", "LANG": "fr_FR.UTF-8"])
        #expect(selection.language == .french)
        #expect(selection.ignoredOverride == "de")
        #expect(LanguageSelection(environment: ["RAPPORT_LANG": "", "LANG": "fr"]).ignoredOverride == nil)
    }

    @Test func languageCodes() {
        #expect(Language(code: "en") == .english)
        #expect(Language(code: "fr") == .french)
        #expect(Language(code: "de") == nil)
        #expect(Language(code: "") == nil)
    }
}

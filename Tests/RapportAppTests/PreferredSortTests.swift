@testable import RapportApp
import RapportCore
import RapportLocalization
import RapportSettings
import RapportStore
import Testing

/// The order a list starts in: `sort` from config.toml, else by surname in
/// French and by name in English; the setting's names are the sorts'.
@Suite struct PreferredSortTests {
    @Test func theSettingAcceptsEverySortByItsName() {
        #expect(Settings.sortNames.sorted() == ContactSort.allCases.map(\.rawValue).sorted())
    }

    @Test func frenchListsStartBySurnameUnlessTheSettingSaysOtherwise() {
        var settings = Settings()
        #expect(ContactSort.preferred(settings, language: .french) == .surname)
        #expect(ContactSort.preferred(settings, language: .english) == .name)
        settings.sort = "warmth"
        #expect(ContactSort.preferred(settings, language: .french) == .warmth)
        settings.sort = "surname"
        #expect(ContactSort.preferred(settings, language: .english) == .surname)
    }

    @Test func theAppCyclesThroughSurnameToo() throws {
        let app = AppDriver(try Fixture.pressOffice())
        #expect(app.state.sort == .name)
        for _ in 0..<4 { app.send(.char("s")) }
        #expect(app.state.sort == .surname)
        #expect(app.status == "Sorted by surname")
        let names = app.contactNames
        let keys = names.map { SurnameSort(name: $0).key }
        #expect(keys == keys.sorted(), "\(names)")
        app.send(.char("s"))
        #expect(app.state.sort == .name)
    }
}

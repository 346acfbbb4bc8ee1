import Foundation
@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// An import started in the app shows its warnings after it, in a notice
/// that scrolls, instead of dropping them.
@Suite struct ImportWarningsTests {
    static let warnings = (1...12).map { "people.csv:\($0 + 1): column 'Fax \($0)' was not imported" }

    func importing(_ app: AppDriver, warnings: [String]) {
        app.deliver(.imported(StatusMessage("Imported 12 contacts, merged 0, skipped 0 duplicates, 0 without a name", .success),
                              warnings: warnings))
    }

    @Test func theRunnerImportsThroughTheTransferLibraryAndPassesItsWarningsOn() throws {
        let database = try RapportDatabase.inMemory()
        let path = NSTemporaryDirectory() + "rapport-app-import-\(UUID().uuidString).csv"
        try Data("Name,Fax\nAda Lovelace,0102\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let runner = EffectRunner(database: database, today: today)
        let message = runner.perform(.importFile(path: path))
        #expect(message == .imported(StatusMessage("Imported 1 contact, merged 0, skipped 0 duplicates, 0 without a name", .success),
                                     warnings: ["\(path):1: columns not imported: Fax (use --map COLUMN=FIELD)"]))
        #expect(try database.contactCount() == 1)
    }

    @Test func aMalformedFileIsReportedWithItsLineAndNothingIsSaved() throws {
        let database = try RapportDatabase.inMemory()
        let path = NSTemporaryDirectory() + "rapport-app-import-\(UUID().uuidString).vcf"
        try Data("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nEND:VCARD\nBEGIN:VCARD\nFN:Bob\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let message = EffectRunner(database: database, today: today).perform(.importFile(path: path))
        guard case let .imported(status, warnings) = message else {
            Issue.record("\(String(describing: message))")
            return
        }
        #expect(status.kind == .error)
        #expect(status.text.hasPrefix("\(path):"), "\(status.text)")
        #expect(warnings.isEmpty)
        #expect(try database.contactCount() == 0)
    }

    @Test func warningsOpenInANoticeWithTheSummary() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 30)
        importing(app, warnings: Array(Self.warnings.prefix(2)))
        guard case .notice(let notice) = app.state.overlay else {
            Issue.record("no notice")
            return
        }
        #expect(notice.title == "Import: 2 warnings — Esc closes")
        let screen = app.screen()
        let summary = try #require(screen.find("Imported 12 contacts"))
        #expect(screen.find("⚠ people.csv:2: column 'Fax 1' was not imported")?.y == summary.y + 2)
        #expect(screen.role(of: "⚠ people.csv:3") == .formWarning)
        #expect(app.lines()[29] == " j/↓ k/↑ scroll  Esc close")
        #expect(!app.lines().contains { $0.contains("more below") })
        app.send(.escape)
        #expect(app.state.overlay == nil)
        #expect(app.status?.hasPrefix("Imported 12 contacts") == true)
    }

    @Test func manyWarningsScrollAndSaySoWhenMoreFollows() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 80, height: 14)
        importing(app, warnings: Self.warnings)
        var lines = app.lines()
        #expect(lines.contains { $0.contains("↓ more below") })
        #expect(!lines.contains { $0.contains("Fax 12") })
        app.send(.char("G"))
        lines = app.lines()
        #expect(lines.contains { $0.contains("column 'Fax 12' was not imported") })
        #expect(!lines.contains { $0.contains("more below") })
        app.send(.char("g"))
        #expect(app.lines().contains { $0.contains("Imported 12 contacts") })
        app.send(.char("q"))
        #expect(app.state.overlay == nil)
        #expect(!app.state.quitRequested, "q closes the notice, it does not quit")
    }

    @Test func anImportWithoutWarningsOnlySaysHowItWent() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 30)
        importing(app, warnings: [])
        #expect(app.state.overlay == nil)
        #expect(app.lines()[29].hasPrefix(" Imported 12 contacts"))
    }
}

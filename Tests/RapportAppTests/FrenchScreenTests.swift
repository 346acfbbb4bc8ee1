@testable import RapportApp
import LeakCheck
import RapportCore
import RapportLocalization
import RapportStore
import TerminalUI
import Testing

/// Issue 12's first leak test for the full-screen app: every screen and
/// overlay rendered in French holds no English word, the same screens in
/// English hold no French one, and French columns still line up at 80×24.
@Suite("French: the full-screen app")
struct FrenchScreenTests {
    /// French words of the app's catalog that are not English: the English
    /// screens must not show any.
    static let frenchWords: Set<String> = [
        "relance", "relances", "échange", "échanges", "consigner", "consigné", "aucun", "aucune", "revue", "modifier",
        "annuler", "annulé", "fiche", "chaleur", "jours", "entrée", "échap", "suite", "touches", "rôle", "média",
        "étiquettes", "enregistrer", "enregistré", "historique", "reporter", "reporté", "quitter", "aide", "retombée",
        "retombées", "résumé", "canal", "niveau", "stade", "obligatoire", "facultatif", "jamais", "personne",
        "supprimer", "archiver", "désarchiver", "coordonnées", "équipe", "contacté", "aujourd’hui", "tri", "trier",
    ]

    /// Words of `text` from the French list.
    static func frenchFound(in text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "’" || $0 == "·") }
            .map { String($0).split(separator: "·").first.map(String.init) ?? "" }
            .filter { frenchWords.contains($0) }
    }

    @Test func everyScreenInFrenchHoldsNoEnglish() throws {
        let tour = try L10n.$override.withValue(.french) { try ScreenTour.walk() }
        #expect(tour.screens.count >= 80)
        for (name, text) in tour.screens {
            let english = EnglishWords.found(in: text, allowing: ScreenTour.userData)
            #expect(english.isEmpty, "English in the French screen “\(name)”: \(english)\n\(text)")
        }
    }

    @Test func theSameScreensInEnglishHoldNoFrench() throws {
        let tour = try L10n.$override.withValue(.english) { try ScreenTour.walk() }
        let data = Set(ScreenTour.userData.flatMap { EnglishWords.found(in: $0) + Self.frenchFound(in: $0) })
        for (name, text) in tour.screens {
            let french = Self.frenchFound(in: text).filter { !data.contains($0) }
            #expect(french.isEmpty, "French in the English screen “\(name)”: \(french)\n\(text)")
        }
    }

    /// Headings sit over their cells, labels show whole, help texts are not cut.
    @Test func frenchColumnsLineUpAt80x24() throws {
        try L10n.$override.withValue(.french) {
            let app = AppDriver(try Fixture.bureauDePresse(), width: 80, height: 24)
            try app.select("Bastien Roux")
            var screen = app.screen()
            var lines = screen.trimmedLines()
            let shown = lines.joined(separator: "\n")
            // Contacts: "Dern." right-aligned over the days, "Chaleur" over the bars.
            let heading = try #require(screen.find("Chaleur"), "\(shown)")
            let daysEnd = try #require(screen.find("Dern.")).x + 4
            let bars = Set("█▉▊▋▌▍▎▏░")
            for row in (heading.y + 1)..<(heading.y + 7) {
                #expect(screen.text(x: heading.x, y: row, count: 1).first.map(bars.contains) == true, "row \(row):\n\(shown)")
                #expect(["j", "—"].contains(screen.text(x: daysEnd, y: row, count: 1)), "row \(row):\n\(shown)")
                #expect(screen.text(x: daysEnd + 1, y: row, count: 1) == " ", "row \(row):\n\(shown)")
            }
            // The pane separator, when both panes show, stays in one column on every body row.
            let separator = Set((1..<23).compactMap { screen.column(of: "│", row: $0) })
            #expect(separator.count <= 1, "\(shown)")
            // Review and follow-ups: each heading over its cells.
            app.send(.char("2"))
            screen = app.screen()
            let why = try #require(screen.find("Motif"))
            #expect(screen.text(x: why.x - 1, y: why.y + 1, count: 1) == " " && screen.text(x: why.x, y: why.y + 1, count: 1) != " ",
                    "\(app.lines().joined(separator: "\n"))")
            app.send(.char("3"))
            screen = app.screen()
            lines = screen.trimmedLines()
            let with = try #require(screen.find("Avec"))
            #expect(lines[with.y + 1].hasPrefix("25/11/2026"), "\(lines.joined(separator: "\n"))")
            #expect(screen.column(of: "Bastien Roux", row: with.y + 1) == with.x)
            let promised = try #require(screen.find("Promis"))
            #expect(screen.column(of: "envoyer les données", row: with.y + 1) == promised.x)
            // Forms: every label shows whole, all in one column.
            app.send(.char("1"))
            for keys in [[Key.char("l")], [.char("a")], [.char("e")], [.char("c")]] {
                app.send(keys)
                let form = try #require(app.form)
                screen = app.screen()
                var columns: Set<Int> = []
                for field in form.fields {
                    let row = try #require(screen.formRow(field.label), "label “\(field.label)” cut:\n\(app.lines().joined(separator: "\n"))")
                    columns.insert(try #require(screen.column(of: field.label, row: row)))
                }
                #expect(columns.count == 1, "labels in one column: \(app.lines().joined(separator: "\n"))")
                app.send(.escape)
                if app.form != nil { app.send(.char("y")) }
            }
            // Help: no description cut short.
            app.send(.char("?"))
            let texts = Set(app.state.keymap.helpSections(separator: " ").flatMap(\.rows).map(\.text))
            var seen: Set<String> = []
            for _ in 0..<8 {
                for line in app.lines() { seen.formUnion(texts.filter { line.contains($0) }) }
                app.send(.pageDown)
            }
            #expect(texts.subtracting(seen).isEmpty, "cut in help: \(texts.subtracting(seen))")
        }
    }

    @Test func frenchDatesAndDaysInTheScreens() throws {
        try L10n.$override.withValue(.french) {
            let app = AppDriver(try Fixture.bureauDePresse(), width: 120, height: 40)
            try app.select("Éloïse Martin")
            let screen = app.screen()
            #expect(screen.find("45 j") != nil)
            #expect(screen.find("18/08/2026 Meeting") != nil || screen.find("18/08/2026") != nil)
            #expect(screen.find("Historique · 2 échanges") != nil)
            app.send(.char("l"))
            #expect(app.form?.value(.date) == "aujourd’hui")
            app.type("Appel")
            app.send(.enter)
            #expect(app.status == "Échange consigné avec Éloïse Martin — u pour annuler")
            #expect(try app.exchanges(of: "Éloïse Martin").first?.day == today, "« aujourd’hui » reads back as today")
        }
    }
}

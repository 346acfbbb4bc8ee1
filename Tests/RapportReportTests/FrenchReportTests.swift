import Foundation
import LeakCheck
import RapportCore
import RapportLocalization
@testable import RapportReport
import Testing

/// The pitch report (bilan presse) in French (issue 12): Markdown and HTML
/// wholly French around the user's data, French dates and numbers; the CSV
/// the same in both languages (data for spreadsheets, English headings).
@Suite("French: the pitch report")
struct FrenchReportTests {
    func french<T>(_ body: () throws -> T) rethrows -> T { try L10n.$override.withValue(.french) { try body() } }
    func english<T>(_ body: () throws -> T) rethrows -> T { try L10n.$override.withValue(.english) { try body() } }

    static func day(_ iso: String) throws -> Day { try #require(Day(iso: iso)) }

    /// French data: Éloïse (an email given, a phone call asked with an
    /// overdue follow-up, a meeting from her, one piece of coverage) and
    /// Inès (one exchange with a follow-up not yet due).
    static func data() throws -> ReportData {
        let eloise = ReportPerson(
            id: 1, name: "Éloïse Martin", outlet: "Le Monde", title: "Rédactrice en chef", role: .journalist,
            handles: [Handle(kind: .email, value: "eloise@lemonde.example"), Handle(kind: .phone, value: "+33 6 12 34 56 78")],
            exchanges: [
                ReportExchange(id: 10, day: try day("2026-05-04"), channel: .email, direction: .outbound, intent: .gave,
                               rating: 4, summary: "Envoi de l’étude", project: "Lancement Atlas", followUp: nil),
                ReportExchange(id: 11, day: try day("2026-05-20"), channel: .phone, direction: .outbound, intent: .asked,
                               rating: 5, summary: "Demande d’interview", project: "Lancement Atlas",
                               followUp: FollowUp(due: try day("2026-05-27"), text: "Rappeler pour le créneau")),
                ReportExchange(id: 12, day: try day("2026-05-25"), channel: .meeting, direction: .inbound, intent: .chat,
                               rating: nil, summary: "Déjeuner", project: nil, followUp: nil),
            ],
            coverage: [
                ReportCoverage(id: 1, day: try day("2026-05-22"), title: "Atlas change la donne",
                               url: "https://lemonde.example/atlas", outlet: "Le Monde", exchangeId: 11, project: "Lancement Atlas"),
            ])
        let ines = ReportPerson(
            id: 2, name: "Inès Dupont", outlet: "Libération", title: "", role: .journalist, handles: [],
            exchanges: [
                ReportExchange(id: 20, day: try day("2026-05-31"), channel: .email, direction: .outbound, intent: .chat,
                               rating: nil, summary: "Relance du dossier", project: nil,
                               followUp: FollowUp(due: try day("2026-06-10"), text: "Envoyer les visuels")),
            ],
            coverage: [])
        return ReportData(since: try day("2026-05-01"), until: try day("2026-06-01"), project: "Lancement Atlas", people: [eloise, ines])
    }

    /// Every text the user typed, allowed in a French report.
    static let userData = [
        "Éloïse Martin", "Le Monde", "Rédactrice en chef", "eloise@lemonde.example", "Envoi de l’étude", "Lancement Atlas",
        "Demande d’interview", "Rappeler pour le créneau", "Déjeuner", "Atlas change la donne", "https://lemonde.example/atlas",
        "Inès Dupont", "Libération", "Relance du dossier", "Envoyer les visuels",
    ]

    func render(_ format: ReportFormat) throws -> String {
        ReportRenderer.render(try Self.data(), format: format, today: try Self.day("2026-06-01"))
    }

    /// The text a reader sees in the HTML: no style sheet, no tags.
    static func visibleText(_ html: String) -> String {
        var text = html
        if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(start.lowerBound..<end.upperBound) }
        return text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    @Test func markdownInFrench() throws {
        let markdown = try french { try render(.markdown) }
        for line in [
            "# Bilan presse : Lancement Atlas",
            "Période : 1er mai 2026 – 1er juin 2026 · établi le 1er juin 2026",
            "## Synthèse",
            "- **Personnes contactées :** 2",
            "- **Échanges :** 4 (E-mail 2, Téléphone 1, Rendez-vous 1)",
            "- **Réponses :** 1 échange entrant sur 4 (25\u{00A0}%)",
            "- **Demandes et dons :** demandé : 1, donné : 1, discussions : 2",
            "- **Résultats :** 4,5/5 en moyenne sur 2 échanges notés",
            "- **Retombées obtenues :** 1 retombée (1 personne)",
            "- **Relances en cours :** 2 (1 en retard)",
            "e-mail : eloise@lemonde.example · téléphone : +33 6 12 34 56 78",
            "| Date | Canal | Sens | Intention | Résultat | Résumé | Projet |",
            "| 20/05/2026 | Téléphone | sortant | demandé | ★★★★★ 5/5 | Demande d’interview | Lancement Atlas |",
            "| Retombée | Titre | Média |",
            "## Relances en cours",
            "| Échéance | Personne | Relance | Échange d’origine |",
            "| 27/05/2026 (en retard) | Éloïse Martin | Rappeler pour le créneau | 20/05/2026 : Demande d’interview |",
        ] {
            #expect(markdown.contains(line + "\n"), "missing: \(line)\n\(markdown)")
        }
        #expect(EnglishWords.found(in: markdown, allowing: Self.userData).isEmpty, "\(EnglishWords.found(in: markdown, allowing: Self.userData))")
    }

    @Test func htmlInFrench() throws {
        let html = try french { try render(.html) }
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<h1>Bilan presse : Lancement Atlas</h1>"))
        #expect(html.contains("<caption>Échanges</caption>") && html.contains("<th>Intention</th>"))
        #expect(html.contains("<span class=\"overdue\">27/05/2026 (en retard)</span>"))
        #expect(html.contains("Semaine du 18 mai : 1 échange, 1 retombée"))
        let text = Self.visibleText(html)
        #expect(EnglishWords.found(in: text, allowing: Self.userData).isEmpty, "\(EnglishWords.found(in: text, allowing: Self.userData))")
    }

    @Test func emptyPeriodInFrench() throws {
        let data = ReportData(since: try Self.day("2026-05-01"), until: try Self.day("2026-05-31"), project: nil, people: [])
        let markdown = french { ReportRenderer.render(data, format: .markdown, today: data.until) }
        #expect(markdown == "# Bilan presse\n\nPériode : 1er mai 2026 – 31 mai 2026 · établi le 31 mai 2026\n\n"
                + "Aucun échange ni aucune retombée sur cette période.\n")
    }

    @Test func csvIsTheSameInBothLanguages() throws {
        let french = try french { try render(.csv) }
        let english = try english { try render(.csv) }
        #expect(french == english)
        #expect(french.hasPrefix("type,date,person,outlet,channel,direction,intent,rating,summary or title,url,project,"))
        #expect(french.contains("exchange,2026-05-20,Éloïse Martin,Le Monde,phone,out,asked,5,"))
        #expect(french.contains("email: eloise@lemonde.example"))
    }

    @Test func markdownUnchangedInEnglish() throws {
        let markdown = try english { try render(.markdown) }
        #expect(markdown.contains("# Pitch report: Lancement Atlas\n"))
        #expect(markdown.contains("Period: 1 May 2026 – 1 June 2026 · generated 1 June 2026\n"))
        #expect(markdown.contains("- **Replies:** 1 inbound exchange of 4 (25%)\n"))
        #expect(markdown.contains("- **Outcomes:** 4.5/5 on average over 2 rated exchanges\n"))
        #expect(markdown.contains("| 2026-05-20 | Phone | out | asked | ★★★★★ 5/5 | Demande d’interview | Lancement Atlas |\n"))
        #expect(markdown.contains("email: eloise@lemonde.example · phone: +33 6 12 34 56 78\n"))
    }
}

import RapportCore
import RapportLocalization

/// The report as one self-contained HTML file: inline style, an inline SVG
/// chart, no script, font, image or any other outside reference; the only
/// addresses in it are the coverage links (http and https only), and a
/// content security policy forbids loading anything at all.
struct HTMLReport {
    let data: ReportData
    let figures: ReportFigures
    let today: Day

    var title: String {
        data.project.map { L10n.text("Pitch report: %@", HTMLText.escape($0)) } ?? HTMLText.escape(L10n.text("Pitch report"))
    }

    func document() -> String {
        var out: [String] = [
            "<!DOCTYPE html>", // l10n-exempt: HTML markup
            "<html lang=\"\(L10n.language.rawValue)\">", // l10n-exempt: HTML markup
            "<head>",
            "<meta charset=\"utf-8\">", // l10n-exempt: HTML markup
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">", // l10n-exempt: HTML markup
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", // l10n-exempt: HTML markup
            "<meta name=\"generator\" content=\"Rapport\">", // l10n-exempt: HTML markup
            "<title>\(title) · \(ReportText.period(data))</title>",
            "<style>",
            HTMLStyle.css,
            "</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(title)</h1>",
            "<p class=\"meta\">\(L10n.text("%1$@ · generated %2$@", ReportText.period(data), ReportText.long(today)))</p>",
            "</header>",
        ]
        if data.isEmpty {
            out.append("<p class=\"empty\">\(L10n.text("No exchanges or coverage in this period."))</p>")
        } else {
            out += summary()
            out += people()
            out += followUps()
        }
        out += ["<footer>\(L10n.text("Made with Rapport."))</footer>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func summary() -> [String] {
        var out = ["<section class=\"summary\">", "<h2>\(L10n.text("Summary", context: "report"))</h2>", "<dl class=\"figures\">"] // l10n-exempt: HTML markup
        for line in figures.lines {
            out.append("<dt>\(HTMLText.escape(line.label))</dt><dd>\(HTMLText.escape(line.value))</dd>")
        }
        out.append("</dl>")
        out.append("<figure>")
        out.append(ReportChart(figures: figures).svg())
        out.append("<figcaption>" + (figures.bucketDays == 7
            ? L10n.text("Exchanges (blue) and coverage (orange) per week, weeks starting on Monday.")
            : L10n.text("Exchanges (blue) and coverage (orange) per %d weeks, weeks starting on Monday.", figures.bucketDays / 7))
            + "</figcaption>")
        out.append("</figure>")
        out.append("</section>")
        return out
    }

    private func people() -> [String] {
        var out = ["<section class=\"people\">", "<h2>\(L10n.text("People", context: "report"))</h2>"] // l10n-exempt: HTML markup
        for person in data.people {
            out.append("<article class=\"person\">") // l10n-exempt: HTML markup
            out.append("<h3>\(HTMLText.escape(person.name))</h3>")
            let position = ReportText.position(person)
            if !position.isEmpty { out.append("<p class=\"position\">\(HTMLText.escape(position))</p>") }
            if !person.handles.isEmpty { out.append("<p class=\"handles\">\(HTMLText.escape(ReportText.handles(person)))</p>") }
            if !person.exchanges.isEmpty {
                out.append("<table class=\"exchanges\"><caption>\(L10n.text("Exchanges", context: "report"))</caption>") // l10n-exempt: HTML markup
                out.append("<thead><tr>" + ReportText.exchangeHeadings.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
                           + "</tr></thead><tbody>")
                for exchange in person.exchanges {
                    out.append("<tr><td class=\"day\">\(ReportText.day(exchange.day))</td><td>\(exchange.channel.label)</td>" // l10n-exempt: HTML markup
                               + "<td>\(ReportText.directionText(exchange.direction))</td><td>\(exchange.intent.word)</td>"
                               + "<td class=\"stars\">\(ReportText.outcome(exchange.rating))</td>" // l10n-exempt: HTML markup
                               + "<td>\(HTMLText.escape(exchange.summary))</td><td>\(HTMLText.escape(exchange.project ?? ""))</td></tr>")
                }
                out.append("</tbody></table>")
            }
            if !person.coverage.isEmpty {
                out.append("<table class=\"coverage\"><caption>\(L10n.text("Coverage", context: "report"))</caption>") // l10n-exempt: HTML markup
                out.append("<thead><tr><th>\(L10n.text("Date", context: "report"))</th><th>\(L10n.text("Title", context: "report"))</th>"
                           + "<th>\(L10n.text("Outlet", context: "report"))</th><th>\(L10n.text("Project", context: "report"))</th></tr></thead><tbody>")
                for piece in person.coverage {
                    out.append("<tr><td class=\"day\">\(ReportText.day(piece.day))</td><td>\(Self.link(piece))</td>" // l10n-exempt: HTML markup
                               + "<td>\(HTMLText.escape(piece.outlet))</td><td>\(HTMLText.escape(piece.project ?? ""))</td></tr>")
                }
                out.append("</tbody></table>")
            }
            out.append("</article>")
        }
        out.append("</section>")
        return out
    }

    private func followUps() -> [String] {
        var out = ["<section class=\"follow-ups\">", "<h2>\(L10n.text("Open follow-ups", context: "report"))</h2>"] // l10n-exempt: HTML markup
        if figures.openFollowUps.isEmpty {
            out.append("<p>\(L10n.text("None.", context: "follow-ups"))</p>")
        } else {
            out.append("<table><thead><tr><th>\(L10n.text("Due", context: "report"))</th><th>\(L10n.text("Person", context: "report"))</th>"
                       + "<th>\(L10n.text("Follow-up", context: "report"))</th><th>\(L10n.text("From the exchange of"))</th></tr></thead><tbody>")
            for open in figures.openFollowUps {
                let day = ReportText.day(open.followUp.due)
                let due = open.overdue ? "<span class=\"overdue\">\(L10n.text("%@ (overdue)", day))</span>" : day // l10n-exempt: HTML markup
                out.append("<tr><td class=\"day\">\(due)</td><td>\(HTMLText.escape(open.person.name))</td>" // l10n-exempt: HTML markup
                           + "<td>\(HTMLText.escape(open.followUp.text))</td>"
                           + "<td>\(ReportText.labelled(ReportText.day(open.exchange.day), HTMLText.escape(open.exchange.summary)))</td></tr>")
            }
            out.append("</tbody></table>")
        }
        out.append("</section>")
        return out
    }

    /// The title, linked when its address is http or https; otherwise the
    /// title and the address as plain text.
    static func link(_ piece: ReportCoverage) -> String {
        guard let url = ReportText.safeLink(piece.url) else {
            let text = HTMLText.escape(piece.title)
            return piece.url.isEmpty ? text : text + " (" + HTMLText.escape(piece.url) + ")"
        }
        return "<a class=\"coverage\" href=\"\(HTMLText.escape(url))\" rel=\"noreferrer noopener\">\(HTMLText.escape(piece.title))</a>" // l10n-exempt: HTML markup
    }
}

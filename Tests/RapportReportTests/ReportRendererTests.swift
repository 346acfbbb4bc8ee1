import RapportCore
@testable import RapportReport
import Testing

/// The report's three formats from hand-made data: the summary figures, a
/// table per person, the open follow-ups, escaping, handles only when
/// present, and an empty period.
@Suite struct ReportRendererTests {
    func render(_ data: ReportData, _ format: ReportFormat) throws -> String {
        ReportRenderer.render(data, format: format, today: try ReportSamples.today())
    }

    @Test func theSummaryCountsPeopleChannelsRepliesAsksAndCoverage() throws {
        let figures = ReportFigures(try ReportSamples.twoPeople(), today: try ReportSamples.today())
        #expect(figures.peopleContacted == 2 && figures.exchanges == 4)
        #expect(figures.channelText == "Email 2, Phone 1, Meeting 1")
        #expect(figures.inbound == 2 && figures.asked == 1 && figures.gave == 1 && figures.chats == 2)
        #expect(figures.coverage == 2 && figures.peopleWithCoverage == 1)
        #expect(figures.meanRating == 4 && figures.rated == 2)
        #expect(figures.openFollowUps.map(\.followUp.text) == ["Call back about the slot", "Send <b>the</b> kit, now"])
        #expect(figures.openFollowUps.map(\.overdue) == [true, false])
        let markdown = try render(try ReportSamples.twoPeople(), .markdown)
        for line in ["- **People contacted:** 2", "- **Exchanges:** 4 (Email 2, Phone 1, Meeting 1)",
                     "- **Replies:** 2 inbound exchanges of 4 (50%)", "- **Asks versus gives:** 1 asked, 1 gave, 2 chats",
                     "- **Outcomes:** 4.0/5 on average over 2 rated exchanges",
                     "- **Coverage obtained:** 2 pieces from 1 person", "- **Open follow-ups:** 2 (1 overdue)"] {
            #expect(markdown.contains(line + "\n"), "\(line)\n\(markdown)")
        }
    }

    @Test func markdownHasATablePerPersonAndTheOpenFollowUps() throws {
        let markdown = try render(try ReportSamples.twoPeople(), .markdown)
        #expect(markdown.hasPrefix("# Pitch report\n\nPeriod: 3 May 2026 – 1 June 2026 · generated 1 June 2026\n"))
        #expect(markdown.contains("### Camille Lefèvre\n\nRédactrice en chef, Le Quotidien du Soir\n"))
        #expect(markdown.contains("| 2026-05-20 | Phone | out | asked | ★★★☆☆ 3/5 | Asked for an interview slot | Lancement Atlas |"))
        #expect(markdown.contains("| 2026-05-22 | [Atlas changes the game](https://quotidien.example/atlas?a=1&b=2) | Le Quotidien du Soir |"))
        // A javascript: address is never a link.
        #expect(markdown.contains("| 2026-05-29 | A podcast (javascript:alert(1)) |  |"), "\(markdown)")
        #expect(markdown.contains("## Open follow-ups\n\n| Due | Person | Follow-up | From the exchange of |"))
        #expect(markdown.contains("| 2026-05-27 (overdue) | Camille Lefèvre | Call back about the slot | 2026-05-20: Asked for an interview slot |"))
        // The period's facts, in order: summary, people, follow-ups.
        let order = ["## Summary", "## People", "## Open follow-ups"].compactMap { markdown.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
    }

    @Test func markdownEscapesEverythingUsersTyped() throws {
        let markdown = try render(try ReportSamples.twoPeople(), .markdown)
        #expect(markdown.contains("### \\<script\\>alert('x')\\</script\\> \\| \\*Zoé\\* \\& \"Co\"\n"), "\(markdown)")
        #expect(!markdown.contains("<script>") && !markdown.contains("\u{1B}"))
        #expect(markdown.contains("Line one line two \\| \\[link\\](ftp://evil.example)  \\[31mred"), "\(markdown)")
        // Every table row keeps its cell count.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| 2026") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect([4, 5, 8].contains(cells), "\(line)")
        }
    }

    @Test func htmlIsOneSelfContainedEscapedFile() throws {
        let html = try render(try ReportSamples.twoPeople(), .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<style>") && html.contains("@media print") && html.contains("<svg class=\"chart\""))
        #expect(!html.lowercased().contains("<script"))
        for reference in ["src=", "url(", "@import", "<link", "xmlns", "<img", "<iframe", "<object", "<embed", "srcset"] {
            #expect(!html.lowercased().contains(reference), "\(reference)")
        }
        #expect(HTMLChecks.addresses(in: html) == ["https://quotidien.example/atlas?a=1&amp;b=2"])
        #expect(html.contains("<a class=\"coverage\" href=\"https://quotidien.example/atlas?a=1&amp;b=2\" rel=\"noreferrer noopener\">Atlas changes the game</a>"))
        #expect(html.contains("A podcast (javascript:alert(1))") && !html.contains("href=\"javascript"))
        #expect(html.contains("<h3>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *Zoé* &amp; &quot;Co&quot;</h3>"))
        #expect(html.contains("<td>Send &lt;b&gt;the&lt;/b&gt; kit, now</td>") && !html.contains("\u{1B}"))
        #expect(html.contains("<span class=\"overdue\">2026-05-27 (overdue)</span>"))
    }

    @Test func handlesAppearOnlyWhenTheDataHasThem() throws {
        for format in ReportFormat.allCases {
            let without = try render(try ReportSamples.twoPeople(withHandles: false), format)
            let with = try render(try ReportSamples.twoPeople(withHandles: true), format)
            #expect(!without.contains("camille@quotidien.example") && !without.contains("+33 6 12"), "\(format)")
            #expect(with.contains("camille@quotidien.example") && with.contains("+33 6 12 34 56 78"), "\(format)")
        }
    }

    @Test func csvHasOneRowPerExchangeAndCoverageAndGuardsFormulas() throws {
        let csv = try render(try ReportSamples.twoPeople(), .csv)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + 4 + 2)
        #expect(lines[0] == "type,date,person,outlet,channel,direction,intent,rating,summary or title,url,project,follow-up due,follow-up,follow-up done")
        #expect(lines[3] == "exchange,2026-05-20,Camille Lefèvre,Le Quotidien du Soir,phone,out,asked,3,Asked for an interview slot,,Lancement Atlas,2026-05-27,Call back about the slot,")
        #expect(lines[4] == "coverage,2026-05-22,Camille Lefèvre,Le Quotidien du Soir,,,,,Atlas changes the game,https://quotidien.example/atlas?a=1&b=2,Lancement Atlas,,,")
        #expect(lines[6].contains(",\"'=HYPERLINK(\"\"evil.example\"\")\",meeting,in,chat,"), "\(lines[6])")
        #expect(lines[6].contains("\"Send <b>the</b> kit, now\""))
    }

    @Test func anEmptyPeriodSaysSo() throws {
        let data = try ReportSamples.empty()
        let markdown = try render(data, .markdown)
        #expect(markdown == "# Pitch report: Étude mobilité 2026\n\nPeriod: 3 May 2026 – 1 June 2026 · generated 1 June 2026\n\nNo exchanges or coverage in this period.\n")
        let html = try render(data, .html)
        #expect(html.contains("<p class=\"empty\">No exchanges or coverage in this period.</p>") && !html.contains("<svg"))
        #expect(try render(data, .csv).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1)
    }

    @Test func theChartCountsWeeksFromMondayAndGroupsLongPeriods() throws {
        let figures = ReportFigures(try ReportSamples.twoPeople(), today: try ReportSamples.today())
        // 3 May 2026 is a Sunday: the first week starts on Monday 27 April.
        let monday = try ReportSamples.day("2026-04-27")
        #expect(figures.bucketDays == 7 && figures.buckets.first?.start == monday)
        #expect(figures.buckets.map(\.exchanges) == [0, 2, 0, 1, 1, 0])
        #expect(figures.buckets.map(\.coverage) == [0, 0, 0, 1, 1, 0])
        var long = try ReportSamples.twoPeople()
        long.since = try ReportSamples.day("2020-01-01")
        let grouped = ReportFigures(long, today: try ReportSamples.today())
        // 2020-01-01 (in the week of Monday 2019-12-30) to 2026-06-01: 336 weeks, 7 per bar.
        #expect(grouped.buckets.count == 48 && grouped.bucketDays == 49)
        #expect(grouped.buckets.map(\.exchanges).reduce(0, +) == 4 && grouped.buckets.map(\.coverage).reduce(0, +) == 2)
        let svg = ReportChart(figures: grouped).svg()
        #expect(svg.contains("Exchanges per 7 weeks"))
    }

    @Test func theFormatComesFromTheFileExtension() {
        #expect(ReportFormat.fromExtension(of: "out/report.HTML") == .html)
        #expect(ReportFormat.fromExtension(of: "r.md") == .markdown && ReportFormat.fromExtension(of: "r.csv") == .csv)
        #expect(ReportFormat.fromExtension(of: "a.b/report") == nil && ReportFormat.fromExtension(of: "r.pdf") == nil)
    }
}

/// Looking inside the HTML report.
enum HTMLChecks {
    /// Every `http://` or `https://` address in the document, in order; each
    /// must be a link's `href` (an address anywhere else is recorded as an issue).
    static func addresses(in html: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "http", options: .caseInsensitive) {
            let after = rest[range.upperBound...]
            if after.hasPrefix("://") || after.lowercased().hasPrefix("s://") {
                let before = html[..<range.lowerBound]
                if before.hasSuffix("href=\"") {
                    found.append(String(rest[range.lowerBound...].prefix { $0 != "\"" }))
                } else {
                    Issue.record("an address outside a link: \(String(rest[range.lowerBound...].prefix(60)))", sourceLocation: sourceLocation)
                }
            }
            rest = rest[range.upperBound...]
        }
        return found
    }
}

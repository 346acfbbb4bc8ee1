import RapportCore
import RapportLocalization

/// The report as Markdown: a title, the summary as a list, a table of
/// exchanges and one of coverage per person, then the open follow-ups.
struct MarkdownReport {
    let data: ReportData
    let figures: ReportFigures
    let today: Day

    func document() -> String {
        var out: [String] = []
        out.append("# " + Self.escape(title))
        out.append("")
        out.append(L10n.text("Period: %1$@ · generated %2$@", ReportText.period(data), ReportText.long(today)))
        out.append("")
        if data.isEmpty {
            out.append(L10n.text("No exchanges or coverage in this period."))
            return out.joined(separator: "\n") + "\n"
        }
        out.append("## " + L10n.text("Summary", context: "report"))
        out.append("")
        for line in figures.lines { out.append("- **" + L10n.text("%@:", line.label) + "** " + line.value) }
        out.append("")
        out.append("## " + L10n.text("People", context: "report"))
        for person in data.people { out += self.person(person) }
        out.append("")
        out.append("## " + L10n.text("Open follow-ups", context: "report"))
        out.append("")
        if figures.openFollowUps.isEmpty {
            out.append(L10n.text("None.", context: "follow-ups"))
        } else {
            out.append(Self.row([L10n.text("Due", context: "report"), L10n.text("Person", context: "report"),
                                 L10n.text("Follow-up", context: "report"), L10n.text("From the exchange of")]))
            out.append("|---|---|---|---|")
            for open in figures.openFollowUps {
                let due = open.overdue ? L10n.text("%@ (overdue)", ReportText.day(open.followUp.due)) : ReportText.day(open.followUp.due)
                out.append(Self.row([due, Self.escape(open.person.name), Self.escape(open.followUp.text),
                                     ReportText.labelled(ReportText.day(open.exchange.day), Self.escape(open.exchange.summary))]))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    var title: String {
        data.project.map { L10n.text("Pitch report: %@", ReportText.clean($0)) } ?? L10n.text("Pitch report")
    }

    private func person(_ person: ReportPerson) -> [String] {
        var out = ["", "### " + Self.escape(person.name)]
        let position = ReportText.position(person)
        if !position.isEmpty { out += ["", Self.escapeLine(position)] }
        if !person.handles.isEmpty { out += ["", Self.escapeLine(ReportText.handles(person))] }
        if !person.exchanges.isEmpty {
            out += ["", Self.row(ReportText.exchangeHeadings), "|---|---|---|---|---|---|---|"]
            for exchange in person.exchanges {
                out.append(Self.row([ReportText.day(exchange.day), exchange.channel.label, ReportText.directionText(exchange.direction),
                                     exchange.intent.word, ReportText.outcome(exchange.rating),
                                     Self.escape(exchange.summary), Self.escape(exchange.project ?? "")]))
            }
        }
        if !person.coverage.isEmpty {
            out += ["", Self.row([L10n.text("Coverage", context: "report column"), L10n.text("Title", context: "report"),
                                 L10n.text("Outlet", context: "report")]), "|---|---|---|"]
            for piece in person.coverage {
                out.append(Self.row([ReportText.day(piece.day), Self.link(piece), Self.escape(piece.outlet)]))
            }
        }
        return out
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// The title linked when its address is http(s); the address in angle
    /// brackets is percent-encoded where Markdown would end it.
    static func link(_ piece: ReportCoverage) -> String {
        guard let url = ReportText.safeLink(piece.url) else {
            let text = escape(piece.title)
            return piece.url.isEmpty ? text : text + " (" + escape(piece.url) + ")"
        }
        var target = ""
        for character in url {
            switch character {
            case "<": target += "%3C"
            case ">": target += "%3E"
            case "(": target += "%28"
            case ")": target += "%29"
            case " ": target += "%20"
            case "|": target += "%7C"
            case "\\": target += "%5C"
            default: target.append(character)
            }
        }
        return "[\(escape(piece.title))](\(target))"
    }

    /// User text made inert: cleaned to one line, with every character
    /// Markdown could read as syntax inside a line (emphasis, links, HTML,
    /// table cells) backslash-escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in ReportText.clean(text) {
            if "\\`*_[]<>|~&".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// User text on a line of its own: also escaped where a heading, a
    /// list or a quote would start (`#`, `-`, `+`, `=`, `1.`).
    static func escapeLine(_ text: String) -> String {
        let escaped = escape(text)
        if let first = escaped.first, "#-+=".contains(first) { return "\\" + escaped }
        if let dot = escaped.firstIndex(where: { !$0.isASCIIDigit }), dot != escaped.startIndex,
           escaped[dot] == "." || escaped[dot] == ")" {
            return escaped[..<dot] + "\\" + escaped[dot...]
        }
        return escaped
    }
}

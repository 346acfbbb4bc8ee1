import RapportCore

/// The report as CSV for spreadsheets: one row per exchange and per piece
/// of coverage, people in the report's order, with the follow-up on its
/// exchange's row. Comma-separated, RFC 4180 quoting; a cell that a
/// spreadsheet would read as a formula starts with `'`. The summary is not
/// repeated: a spreadsheet computes it from the rows.
struct CSVReport {
    let data: ReportData

    var withHandles: Bool { data.people.contains { !$0.handles.isEmpty } }

    func document() -> String {
        var header = ["type", "date", "person", "outlet", "channel", "direction", "intent", "rating", "summary or title", // l10n-exempt: CSV headings stay English
                      "url", "project", "follow-up due", "follow-up", "follow-up done"] // l10n-exempt: CSV headings stay English
        if withHandles { header.append("handles") }
        var rows = [header]
        for person in data.people {
            let handles = withHandles ? [ReportText.handles(person, data: true)] : []
            for exchange in person.exchanges {
                rows.append(["exchange", exchange.day.iso, person.name, person.outlet, exchange.channel.rawValue,
                             ReportText.direction(exchange.direction), ReportText.intent(exchange.intent),
                             exchange.rating.map(String.init) ?? "", exchange.summary, "", exchange.project ?? "",
                             exchange.followUp?.due.iso ?? "", exchange.followUp?.text ?? "",
                             exchange.followUp?.done?.iso ?? ""] + handles)
            }
            for piece in person.coverage {
                rows.append(["coverage", piece.day.iso, person.name, piece.outlet.isEmpty ? person.outlet : piece.outlet,
                             "", "", "", "", piece.title, piece.url, piece.project ?? "", "", "", ""] + handles)
            }
        }
        return rows.map { $0.map(Self.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ raw: String) -> String {
        var text = ReportText.clean(raw)
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        let quoted = text.contains(",") || text.contains("\"") || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard quoted else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

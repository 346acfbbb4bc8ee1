import RapportCore

/// The formats `rapport report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, html, csv

    /// The format a file name's extension stands for (`.md`, `.html`, `.csv`…), nil for others.
    public static func fromExtension(of path: String) -> ReportFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "csv": return .csv
        default: return nil
        }
    }
}

/// Turns the report's data into a document. Pure: the same data and day
/// give the same bytes. Every piece of user text is cleaned of control
/// characters and escaped for its format; the data holds no notes, and
/// handles only when the report was asked with them.
public enum ReportRenderer {
    public static func render(_ data: ReportData, format: ReportFormat, today: Day) -> String {
        let figures = ReportFigures(data, today: today)
        switch format {
        case .markdown: return MarkdownReport(data: data, figures: figures, today: today).document()
        case .html: return HTMLReport(data: data, figures: figures, today: today).document()
        case .csv: return CSVReport(data: data).document()
        }
    }
}

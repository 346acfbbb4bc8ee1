import RapportCore
import RapportLocalization

/// Shared text rules of the report's formats.
enum ReportText {
    /// One line of user text: control characters, line and paragraph
    /// separators and bidirectional overrides become spaces, so no name or
    /// summary can break a table row or reorder the text around it.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let control = value < 0x20 || (0x7F...0x9F).contains(value)
            let separator = value == 0x2028 || value == 0x2029
            let bidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
            result.append(control || separator || bidi ? " " : scalar)
        }
        return String(result)
    }

    /// The link target when `url` is an http or https address with nothing
    /// odd in it; nil otherwise (it is then shown as text, never linked).
    static func safeLink(_ url: String) -> String? {
        let trimmed = NativeText.trimmed(url)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.count > 8,
              !trimmed.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return nil
        }
        return trimmed
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", // l10n-exempt: English months; French ones below
                         "October", "November", "December"] // l10n-exempt: English months; French ones below

    /// French months, written whole in running text ("2 mai 2026").
    static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                               "octobre", "novembre", "décembre"]

    /// "2 May 2026"; in French "2 mai 2026", "1er juin 2026".
    static func long(_ day: Day) -> String {
        let parts = day.components
        guard L10n.language == .french else { return "\(parts.day) \(months[parts.month - 1]) \(parts.year)" }
        return "\(parts.day == 1 ? "1er" : String(parts.day)) \(frenchMonths[parts.month - 1]) \(parts.year)"
    }

    /// "2 May", for the chart's axis; in French "2 mai", "12 janv.".
    static func short(_ day: Day) -> String {
        let parts = day.components
        guard L10n.language == .french else { return "\(parts.day) \(months[parts.month - 1].prefix(3))" }
        return "\(parts.day == 1 ? "1er" : String(parts.day)) \(Day.frenchMonths[parts.month - 1])"
    }

    /// A day in a table: ISO in English, `26/11/2026` in French.
    static func day(_ day: Day) -> String { day.text(.table, in: L10n.language) }

    /// The period in words: "2 May 2026 – 1 June 2026", or one day.
    static func period(_ data: ReportData) -> String {
        data.since == data.until ? long(data.since) : "\(long(data.since)) – \(long(data.until))"
    }

    /// "★★★★☆ 4/5", or "" when not rated.
    static func outcome(_ rating: Int?) -> String {
        guard let rating, (1...5).contains(rating) else { return "" }
        return String(repeating: "★", count: rating) + String(repeating: "☆", count: 5 - rating) + " \(rating)/5"
    }

    /// The intent in the CSV's data: always English, as exports are.
    static func intent(_ intent: Intent) -> String {
        switch intent {
        case .gave: return "gave"
        case .asked: return "asked"
        case .chat: return "chat"
        }
    }

    /// The direction in the CSV's data: always English, as exports are.
    static func direction(_ direction: Direction) -> String { direction == .inbound ? "in" : "out" }

    /// The headings of a person's table of exchanges, in Markdown and HTML.
    static var exchangeHeadings: [String] {
        [L10n.text("Date", context: "report"), L10n.text("Channel", context: "report"), L10n.text("Direction", context: "report"),
         L10n.text("Intent", context: "report"), L10n.text("Outcome", context: "report"), L10n.text("Summary", context: "exchange"),
         L10n.text("Project", context: "report")]
    }

    /// The direction in a table read by people: "in"/"out", "entrant"/"sortant".
    static func directionText(_ direction: Direction) -> String {
        direction == .inbound ? L10n.text("in", context: "direction, short") : L10n.text("out", context: "direction, short")
    }

    /// "Rédactrice en chef, Le Monde" from what is known.
    static func position(_ person: ReportPerson) -> String {
        [person.title, person.outlet].map { clean(NativeText.trimmed($0)) }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// "email: a@b.example · phone: +33…"; the kinds in the reader's
    /// language unless `data` (the CSV keeps them English).
    static func handles(_ person: ReportPerson, data: Bool = false) -> String {
        person.handles.map { data ? "\($0.kind.rawValue): \(clean($0.value))" : labelled($0.kind.noun, clean($0.value)) }
            .joined(separator: " · ")
    }

    /// "email: a@b.example", "20/05/2026: Demande d’interview"; French puts a space before the colon.
    static func labelled(_ label: String, _ value: String) -> String { L10n.text("%1$@: %2$@", label, value) }

    /// "42%"; "42 %" in French.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return L10n.text("%d%%", 0) }
        return L10n.text("%d%%", Int((Double(part) * 100 / Double(whole)).rounded()))
    }

    /// "4.5"; "4,5" in French.
    static func decimal(_ value: Double) -> String {
        let text = "\(value)"
        return L10n.language == .french ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

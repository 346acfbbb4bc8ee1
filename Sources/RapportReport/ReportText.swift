import RapportCore

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

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "2 May 2026".
    static func long(_ day: Day) -> String {
        let parts = day.components
        return "\(parts.day) \(months[parts.month - 1]) \(parts.year)"
    }

    /// "2 May", for the chart's axis.
    static func short(_ day: Day) -> String {
        let parts = day.components
        return "\(parts.day) \(months[parts.month - 1].prefix(3))"
    }

    /// The period in words: "2 May 2026 – 1 June 2026", or one day.
    static func period(_ data: ReportData) -> String {
        data.since == data.until ? long(data.since) : "\(long(data.since)) – \(long(data.until))"
    }

    /// "★★★★☆ 4/5", or "" when not rated.
    static func outcome(_ rating: Int?) -> String {
        guard let rating, (1...5).contains(rating) else { return "" }
        return String(repeating: "★", count: rating) + String(repeating: "☆", count: 5 - rating) + " \(rating)/5"
    }

    static func intent(_ intent: Intent) -> String {
        switch intent {
        case .gave: return "gave"
        case .asked: return "asked"
        case .chat: return "chat"
        }
    }

    static func direction(_ direction: Direction) -> String { direction == .inbound ? "in" : "out" }

    /// "Rédactrice en chef, Le Monde" from what is known.
    static func position(_ person: ReportPerson) -> String {
        [person.title, person.outlet].map { clean(NativeText.trimmed($0)) }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// "email: a@b.example · phone: +33…".
    static func handles(_ person: ReportPerson) -> String {
        person.handles.map { "\($0.kind.rawValue): \(clean($0.value))" }.joined(separator: " · ")
    }

    /// "1 person", "3 people"; "1 exchange", "2 exchanges".
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }
}

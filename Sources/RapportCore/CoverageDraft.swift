import RapportLocalization

/// What someone types for a piece of coverage (`coverage add`/`edit`, the
/// app's coverage form), before it is checked and saved.
public struct CoverageDraft: Hashable, Sendable {
    public var day: Day
    public var title: String
    public var url: String
    public var outlet: String
    /// The exchange that led to it; it must be one of the same contact's.
    public var exchangeId: Int64?
    /// The project's name; a new name creates the project.
    public var project: String?
    public var note: String

    public init(day: Day, title: String, url: String = "", outlet: String = "", exchangeId: Int64? = nil,
                project: String? = nil, note: String = "") {
        self.day = day
        self.title = title
        self.url = url
        self.outlet = outlet
        self.exchangeId = exchangeId
        self.project = project
        self.note = note
    }

    /// The draft that describes a piece of coverage as it is.
    public init(_ coverage: Coverage) {
        self = coverage.draft
    }

    /// The draft trimmed, or the reason it cannot be saved: an empty or
    /// multi-line title or outlet, an address that is not http(s), a date
    /// after today (coverage is what came out).
    public func validated(today: Day) throws(InputError) -> CoverageDraft {
        var draft = self
        draft.title = NativeText.trimmed(title)
        guard !draft.title.isEmpty else { throw InputError(L10n.text("the coverage title is empty")) }
        guard !draft.title.contains(where: \.isNewline) else { throw InputError(L10n.text("the coverage title must be one line")) }
        draft.outlet = NativeText.trimmed(outlet)
        guard !draft.outlet.contains(where: \.isNewline) else { throw InputError(L10n.text("the outlet must be one line")) }
        draft.url = NativeText.trimmed(url)
        if !draft.url.isEmpty && !Self.isWebAddress(draft.url) {
            throw InputError(L10n.text("the link %@ is not a web address (it must start with http:// or https://)", draft.url))
        }
        if day > today {
            throw InputError(L10n.text("the date %1$@ is in the future (today is %2$@); coverage is recorded once it is out",
                                              day.text(.table, in: L10n.language), today.text(.table, in: L10n.language)))
        }
        if let project {
            let trimmed = NativeText.trimmed(project)
            draft.project = trimmed.isEmpty ? nil : trimmed
        }
        draft.note = NativeText.trimmed(note)
        return draft
    }

    /// http:// or https:// followed by a host, no spaces or control characters.
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") { rest = text.dropFirst(8) } else if lower.hasPrefix("http://") { rest = text.dropFirst(7) } else { return false }
        guard let first = rest.first, first != "/" else { return false }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }
}

/// A piece of coverage with the contact it came from (the list of all
/// coverage, the report).
public struct CoverageEntry: Hashable, Sendable {
    public let coverage: Coverage
    public let contactName: String

    public init(coverage: Coverage, contactName: String) {
        self.coverage = coverage
        self.contactName = contactName
    }
}

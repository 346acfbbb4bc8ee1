import RapportCore

/// One contact read from a file: the draft to add, the line where it starts
/// (`BEGIN:VCARD`, or the first line of the CSV row) and what was adjusted on
/// the way in ("'bob@' is not an email address; kept as other").
public struct ImportedContact: Hashable, Sendable {
    public var draft: ContactDraft
    public var line: Int
    public var warnings: [String]

    public init(draft: ContactDraft, line: Int, warnings: [String] = []) {
        self.draft = draft
        self.line = line
        self.warnings = warnings
    }
}

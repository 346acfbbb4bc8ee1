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

/// The role, tier and stage given to imported people when the file does not say.
public struct ImportDefaults: Hashable, Sendable {
    public var role: Role
    public var tier: Tier
    public var stage: Stage

    public init(role: Role = .journalist, tier: Tier = .b, stage: Stage = .new) {
        self.role = role
        self.tier = tier
        self.stage = stage
    }
}

/// A streaming reader of contacts from a vCard or CSV file.
public protocol ContactFileReader: AnyObject {
    /// The next contact, nil at the end of the file; throws at the first
    /// malformed place, after yielding the contacts before it.
    func next() throws(InterchangeError) -> ImportedContact?
    /// Records (cards or rows) skipped so far because they had no usable name.
    var skippedWithoutName: Int { get }
}

extension ContactFileReader {
    /// Reads every remaining contact; fails as a whole at the first problem.
    public func readAll() throws(InterchangeError) -> [ImportedContact] {
        var contacts: [ImportedContact] = []
        while let contact = try next() { contacts.append(contact) }
        return contacts
    }
}

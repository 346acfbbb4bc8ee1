import Foundation
import RapportLocalization

/// A person we keep a relationship with: a journalist, blogger, expert…
///
/// A contact is its id, the fields the user edits, which are defined once,
/// in `ContactDraft`, and read and written through this value as if they
/// were its own (`contact.name`), and the state the store keeps around them
/// (snooze, archive, days, owner). `lastExchange` is kept up to date by the
/// store with each exchange written.
@dynamicMemberLookup
public struct Contact: Hashable, Sendable {
    public var id: Int64
    /// Every field the user edits: what `add`, the forms and importers give.
    public var draft: ContactDraft
    public var snoozedUntil: Day?
    public var archived: Bool
    public var created: Day
    public var updated: Day
    /// The day a never-contacted person's cadence starts counting from: the
    /// day they were added, or for imports a day spread over their first cadence.
    public var reviewFrom: Day
    public var lastExchange: Day?
    /// The relationship lead in team mode (a database login; the creator by
    /// default); nil on a personal SQLite file.
    public var owner: String?

    public init(
        id: Int64, draft: ContactDraft, snoozedUntil: Day? = nil, archived: Bool = false, created: Day,
        updated: Day? = nil, reviewFrom: Day? = nil, lastExchange: Day? = nil, owner: String? = nil
    ) {
        self.id = id
        self.draft = draft
        self.snoozedUntil = snoozedUntil
        self.archived = archived
        self.created = created
        self.updated = updated ?? created
        self.reviewFrom = reviewFrom ?? created
        self.lastExchange = lastExchange
        self.owner = owner
    }

    /// A contact from its fields one by one (the draft's fields among them).
    public init(
        id: Int64, name: String, role: Role = .journalist, outlet: String = "", title: String = "",
        tier: Tier = .b, cadenceOverride: Int? = nil, stage: Stage = .new, howMet: String = "",
        notes: String = "", snoozedUntil: Day? = nil, doNotContact: Bool = false, archived: Bool = false,
        created: Day, updated: Day? = nil, reviewFrom: Day? = nil, lastExchange: Day? = nil,
        handles: [Handle] = [], tags: [String] = [], owner: String? = nil, notesPrivate: Bool = false
    ) {
        self.init(
            id: id,
            draft: ContactDraft(
                name: name, role: role, outlet: outlet, title: title, tier: tier, cadenceOverride: cadenceOverride,
                stage: stage, howMet: howMet, notes: notes, doNotContact: doNotContact, handles: handles, tags: tags,
                notesPrivate: notesPrivate),
            snoozedUntil: snoozedUntil, archived: archived, created: created, updated: updated,
            reviewFrom: reviewFrom, lastExchange: lastExchange, owner: owner)
    }

    /// The draft's fields, as the contact's own (`contact.name`, `contact.tier = …`).
    public subscript<Value>(dynamicMember field: WritableKeyPath<ContactDraft, Value>) -> Value {
        get { draft[keyPath: field] }
        set { draft[keyPath: field] = newValue }
    }

    /// This contact with every field a draft carries taken from `draft`
    /// (name, role, outlet, title, tier, cadence, stage, how met, notes and
    /// their privacy, do-not-contact, handles, tags); the rest unchanged.
    public func with(_ draft: ContactDraft) -> Contact {
        var contact = self
        contact.draft = draft
        return contact
    }

    /// Whether the person is snoozed on `today`.
    public func isSnoozed(on today: Day) -> Bool {
        guard let until = snoozedUntil else { return false }
        return until > today
    }
}

/// The fields of a contact before it has an id: what `add`, the add form and
/// importers produce. Empty strings mean "not given".
public struct ContactDraft: Hashable, Sendable {
    public var name: String
    public var role: Role
    public var outlet: String
    public var title: String
    public var tier: Tier
    public var cadenceOverride: Int?
    public var stage: Stage
    public var howMet: String
    public var notes: String
    public var doNotContact: Bool
    public var handles: [Handle]
    public var tags: [String]
    /// Whether `notes` is for its author's eyes only (team mode).
    public var notesPrivate: Bool
    /// The structured family name (vCard `N`, a CSV "Nom" column beside
    /// "Prénom"), when a source gave one: what a surname sort uses.
    public var familyName: String?
    /// The structured given names, beside `familyName`.
    public var givenName: String?

    public init(
        name: String, role: Role = .journalist, outlet: String = "", title: String = "", tier: Tier = .b,
        cadenceOverride: Int? = nil, stage: Stage = .new, howMet: String = "", notes: String = "",
        doNotContact: Bool = false, handles: [Handle] = [], tags: [String] = [], notesPrivate: Bool = false,
        familyName: String? = nil, givenName: String? = nil
    ) {
        self.notesPrivate = notesPrivate
        self.familyName = familyName
        self.givenName = givenName
        self.name = name
        self.role = role
        self.outlet = outlet
        self.title = title
        self.tier = tier
        self.cadenceOverride = cadenceOverride
        self.stage = stage
        self.howMet = howMet
        self.notes = notes
        self.doNotContact = doNotContact
        self.handles = handles
        self.tags = tags
    }

    /// Checks the draft and returns it cleaned (trimmed name, tags and
    /// handles without repeats); throws the first problem found.
    public func validated() throws(InputError) -> ContactDraft {
        var draft = self
        draft.name = NativeText.trimmed(name)
        guard !draft.name.isEmpty else { throw InputError(L10n.text("the name is empty")) }
        guard !draft.name.contains(where: \.isNewline) else { throw InputError(L10n.text("the name contains a line break")) }
        if let cadence = cadenceOverride {
            guard Cadence.allowed.contains(cadence) else {
                throw InputError(L10n.text("cadence %d is out of range (%d–%d days)", cadence, Cadence.allowed.lowerBound, Cadence.allowed.upperBound))
            }
        }
        draft.outlet = NativeText.trimmed(outlet)
        draft.title = NativeText.trimmed(title)
        draft.howMet = NativeText.trimmed(howMet)
        draft.familyName = familyName.map(NativeText.trimmed).flatMap { $0.isEmpty || $0.contains(where: \.isNewline) ? nil : $0 }
        draft.givenName = draft.familyName == nil ? nil
            : givenName.map(NativeText.trimmed).flatMap { $0.isEmpty || $0.contains(where: \.isNewline) ? nil : $0 }
        draft.tags = try Tag.clean(tags)
        var seen = Set<String>()
        draft.handles = handles.filter { seen.insert($0.kind.rawValue + " " + $0.normalized).inserted }
        return draft
    }

    /// Where this contact goes in a list sorted by surname (`SurnameSort`).
    public var surnameSort: SurnameSort { SurnameSort(name: name, familyName: familyName, givenName: givenName) }

    /// This draft renamed to `newName`: the structured name parts are kept
    /// while the new name still ends with the family name, and dropped
    /// otherwise (they would no longer describe it).
    public func renamed(_ newName: String) -> ContactDraft {
        var draft = self
        draft.name = newName
        if let family = familyName, !TextKey.fold(newName).hasSuffix(TextKey.fold(family)) {
            draft.familyName = nil
            draft.givenName = nil
        }
        return draft
    }
}

/// Tag names: trimmed, without line breaks or commas, compared without
/// regard to case or accents.
public enum Tag {
    public static func clean(_ tags: [String]) throws(InputError) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for raw in tags {
            let tag = NativeText.trimmed(raw)
            if tag.isEmpty { continue }
            guard !tag.contains(where: { $0.isNewline || $0 == "," }) else {
                throw InputError(L10n.text("tag '%@' contains a comma or a line break", tag))
            }
            guard tag.count <= 60 else { throw InputError(L10n.text("tag '%@…' is longer than 60 characters", String(tag.prefix(20)))) }
            if seen.insert(TextKey.fold(tag)).inserted { result.append(tag) }
        }
        return result
    }
}

/// Case- and accent-insensitive keys for matching names, tags and fragments
/// (`Lefèvre` and `lefevre` share the key `lefevre`).
public enum TextKey {
    public static func fold(_ text: String) -> String {
        // ASCII has no accents and one width: folding is lower-casing.
        if NativeText.isASCII(text) { return text.lowercased() }
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        // Letters that are not a base letter plus an accent in Unicode.
        if folded.unicodeScalars.contains(where: { !$0.isASCII }) {
            for (letter, plain) in TextKey.separateLetters {
                folded = folded.replacingOccurrences(of: letter, with: plain)
            }
        }
        return folded
    }

    static let separateLetters: [(String, String)] = [
        ("œ", "oe"), ("æ", "ae"), ("ø", "o"), ("ð", "d"), ("đ", "d"), ("ł", "l"), ("ı", "i"), ("þ", "th"), ("ħ", "h"),
    ]
}

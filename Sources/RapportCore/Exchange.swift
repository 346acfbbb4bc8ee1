import Foundation
import RapportLocalization

/// One conversation with one contact: when, where, who reached out, what was
/// said, how it went, and what we promised to do next.
///
/// An exchange is its identity (id, contact, author) plus the fields its
/// author writes, which are defined once, in `ExchangeDraft`, and read and
/// written through this value as if they were its own (`exchange.summary`).
@dynamicMemberLookup
public struct Exchange: Hashable, Sendable {
    public var id: Int64
    public var contactId: Int64
    /// Who logged it: the database login of its author in team mode (set by
    /// the database, never by the client); nil on a personal SQLite file.
    public var author: String?
    /// Everything about the exchange that its author writes.
    public var draft: ExchangeDraft

    public init(id: Int64, contactId: Int64, author: String? = nil, draft: ExchangeDraft) {
        self.id = id
        self.contactId = contactId
        self.author = author
        self.draft = draft
    }

    /// An exchange from its fields one by one (the draft's fields in between).
    public init(
        id: Int64, contactId: Int64, day: Day, channel: Channel = .email, direction: Direction = .outbound,
        summary: String, notes: String = "", rating: Int? = nil, intent: Intent = .chat, followUp: FollowUp? = nil,
        author: String? = nil, notesPrivate: Bool = false, project: String? = nil
    ) {
        self.init(id: id, contactId: contactId, author: author, draft: ExchangeDraft(
            day: day, channel: channel, direction: direction, summary: summary, notes: notes, rating: rating,
            intent: intent, followUp: followUp, notesPrivate: notesPrivate, project: project))
    }

    /// The draft's fields, as the exchange's own (`exchange.day`, `exchange.summary = …`).
    public subscript<Value>(dynamicMember field: WritableKeyPath<ExchangeDraft, Value>) -> Value {
        get { draft[keyPath: field] }
        set { draft[keyPath: field] = newValue }
    }

    /// The facts the relationship model needs.
    public var facts: ExchangeFacts { draft.facts }
}

/// Something we promised to do for a contact, and by when.
public struct FollowUp: Hashable, Sendable {
    public var due: Day
    public var text: String
    /// The day it was marked done; nil while open.
    public var done: Day?

    public init(due: Day, text: String, done: Day? = nil) {
        self.due = due
        self.text = text
        self.done = done
    }
}

/// An exchange before it is saved: what `log`, the log form and importers produce.
public struct ExchangeDraft: Hashable, Sendable {
    public var day: Day
    public var channel: Channel
    public var direction: Direction
    public var summary: String
    public var notes: String
    public var rating: Int?
    public var intent: Intent
    public var followUp: FollowUp?
    /// Whether `notes` is for its author's eyes only (team mode).
    public var notesPrivate: Bool
    /// The project's name: found (case and accents folded) or created when
    /// the exchange is saved; nil (or blank) for none.
    public var project: String?

    public init(
        day: Day, channel: Channel = .email, direction: Direction = .outbound, summary: String,
        notes: String = "", rating: Int? = nil, intent: Intent = .chat, followUp: FollowUp? = nil,
        notesPrivate: Bool = false, project: String? = nil
    ) {
        self.project = project
        self.notesPrivate = notesPrivate
        self.day = day
        self.channel = channel
        self.direction = direction
        self.summary = summary
        self.notes = notes
        self.rating = rating
        self.intent = intent
        self.followUp = followUp
    }

    public var facts: ExchangeFacts {
        ExchangeFacts(day: day, channel: channel, direction: direction, rating: rating, intent: intent)
    }

    /// Checks the draft against the rules of the command line and the log
    /// form; returns it trimmed, or throws the first problem.
    public func validated(today: Day, allowFuture: Bool = false) throws(InputError) -> ExchangeDraft {
        var draft = self
        draft.summary = NativeText.trimmed(summary)
        guard !draft.summary.isEmpty else { throw InputError(L10n.text("the summary is empty")) }
        guard !draft.summary.contains(where: \.isNewline) else {
            throw InputError(L10n.text("the summary must be one line (put details in the notes)"))
        }
        if let rating {
            guard (1...5).contains(rating) else { throw InputError(L10n.text("rating %d is out of range (1–5)", rating)) }
        }
        if !allowFuture && day > today {
            throw InputError(L10n.text("the date %1$@ is in the future (today is %2$@); use --allow-future to log it anyway",
                                              day.text(.table, in: L10n.language), today.text(.table, in: L10n.language)))
        }
        draft.notes = NativeText.trimmed(notes)
        if let project {
            let name = NativeText.trimmed(project)
            guard !name.contains(where: \.isNewline) else { throw InputError(L10n.text("the project name must be one line")) }
            draft.project = name.isEmpty ? nil : name
        }
        if var followUp {
            followUp.text = NativeText.trimmed(followUp.text)
            guard !followUp.text.isEmpty else { throw InputError(L10n.text("the follow-up needs a text saying what was promised")) }
            guard !followUp.text.contains(where: \.isNewline) else { throw InputError(L10n.text("the follow-up must be one line")) }
            draft.followUp = followUp
        }
        return draft
    }
}

import Foundation
import RapportLocalization

/// A closed set of named values (role, channel, tier…). The raw value is the
/// name used on the command line, in JSON and in the database.
public protocol NamedValue: CaseIterable, Hashable, Sendable, Codable, RawRepresentable where RawValue == String {
    /// What the value is called in messages ("role", "channel").
    static var valueKind: String { get }
    /// A short human label ("Twitter DM").
    var label: String { get }
}

extension NamedValue {
    /// Every accepted name, in order, for error messages and help.
    public static var allNames: [String] { allCases.map(\.rawValue) }

    /// Parses a name case-insensitively; throws a message listing the valid names.
    public static func parse(_ text: String) throws(InputError) -> Self {
        let key = NativeText.trimmedSpaces(text).lowercased()
        if let value = allCases.first(where: { $0.rawValue.lowercased() == key }) { return value }
        throw InputError(L10n.text("unknown %1$@ '%2$@'; expected one of: %3$@", valueKindText, text, allNames.joined(separator: ", ")))
    }

    /// `valueKind` in the language of the interface ("rôle", "canal"),
    /// through the catalog's "value kind" entries.
    public static var valueKindText: String { L10n.text(valueKind, context: "value kind") }

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// The first letter in capitals: "blogueur·euse" → "Blogueur·euse".
func capitalizedFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

/// Who the person is to us.
public enum Role: String, NamedValue {
    case journalist, blogger, expert, influencer, partner, provider, other
    public static let valueKind = "role"

    /// "Journalist", "Blogueur·euse": the display label, never stored.
    public var label: String { capitalizedFirst(word) }

    /// The value in a sentence: "journalist" ("journaliste" in French).
    public var word: String {
        switch self {
        case .journalist: return L10n.text("journalist", context: "role")
        case .blogger: return L10n.text("blogger", context: "role")
        case .expert: return L10n.text("expert", context: "role")
        case .influencer: return L10n.text("influencer", context: "role")
        case .partner: return L10n.text("partner", context: "role")
        case .provider: return L10n.text("provider", context: "role")
        case .other: return L10n.text("other", context: "role")
        }
    }
}

/// Where an exchange happened. Richer channels count more towards warmth.
public enum Channel: String, NamedValue {
    case twitter
    case twitterDM = "twitter-dm"
    case mastodon, bluesky, email, phone, meeting, event, other
    public static let valueKind = "channel"

    public var label: String {
        switch self {
        case .twitter: return "Twitter" // l10n-exempt: a brand
        case .twitterDM: return L10n.text("Twitter DM", context: "channel")
        case .mastodon: return "Mastodon" // l10n-exempt: a brand
        case .bluesky: return "Bluesky" // l10n-exempt: a brand
        case .email: return L10n.text("Email", context: "channel")
        case .phone: return L10n.text("Phone", context: "channel")
        case .meeting: return L10n.text("Meeting", context: "channel")
        case .event: return L10n.text("Event", context: "channel")
        case .other: return L10n.text("Other", context: "channel")
        }
    }
}

/// Who reached out: `out` means I did, `in` means they did.
public enum Direction: String, NamedValue {
    case outbound = "out"
    case inbound = "in"
    public static let valueKind = "direction"

    public var label: String {
        capitalizedFirst(self == .outbound ? L10n.text("outbound", context: "direction") : L10n.text("inbound", context: "direction"))
    }
    /// → for outbound, ← for inbound.
    public var arrow: String { self == .outbound ? "→" : "←" }
}

/// Whether we gave something (a tip, data, an introduction), asked for
/// something (a pitch, a request), or simply talked.
public enum Intent: String, NamedValue {
    case gave, asked, chat
    public static let valueKind = "intent"

    /// "Gave", "Donné": the display label, never stored.
    public var label: String { capitalizedFirst(word) }

    /// "gave", "donné": the label in a sentence or a table cell.
    public var word: String {
        switch self {
        case .gave: return L10n.text("gave", context: "intent")
        case .asked: return L10n.text("asked", context: "intent")
        case .chat: return L10n.text("chat", context: "intent")
        }
    }
}

/// How important the relationship is: A key, B regular, C occasional.
public enum Tier: String, NamedValue {
    case a = "A", b = "B", c = "C"
    public static let valueKind = "tier"

    public var label: String {
        switch self {
        case .a: return L10n.text("A (key)")
        case .b: return L10n.text("B (regular)")
        case .c: return L10n.text("C (occasional)")
        }
    }
}

/// How far the relationship has come, as the user judges it.
public enum Stage: String, NamedValue {
    case new, acquainted, engaged, trusted, ally
    public static let valueKind = "stage"

    /// "New", "Nouvelle": the display label, never stored.
    public var label: String { capitalizedFirst(word) }

    /// The value in a sentence: "new" ("nouvelle" in French).
    public var word: String {
        switch self {
        case .new: return L10n.text("new", context: "stage")
        case .acquainted: return L10n.text("acquainted", context: "stage")
        case .engaged: return L10n.text("engaged", context: "stage")
        case .trusted: return L10n.text("trusted", context: "stage")
        case .ally: return L10n.text("ally", context: "stage")
        }
    }
}

/// The kinds of address or profile a contact can have.
public enum HandleKind: String, NamedValue {
    case email, phone, twitter, mastodon, bluesky, linkedin, website, other
    public static let valueKind = "handle kind" // l10n-exempt: a catalog key, shown through valueKindText

    public var label: String {
        switch self {
        case .email: return L10n.text("Email", context: "handle kind")
        case .phone: return L10n.text("Phone", context: "handle kind")
        case .twitter: return "Twitter" // l10n-exempt: a brand
        case .mastodon: return "Mastodon" // l10n-exempt: a brand
        case .bluesky: return "Bluesky" // l10n-exempt: a brand
        case .linkedin: return "LinkedIn"
        case .website: return L10n.text("Website", context: "handle kind")
        case .other: return L10n.text("Other", context: "handle kind")
        }
    }

    /// The kind in a sentence: "email", "phone" ("e-mail", "téléphone").
    public var noun: String {
        switch self {
        case .email: return L10n.text("email", context: "handle kind")
        case .phone: return L10n.text("phone", context: "handle kind")
        case .twitter: return "twitter" // l10n-exempt: a brand
        case .mastodon: return "mastodon" // l10n-exempt: a brand
        case .bluesky: return "bluesky" // l10n-exempt: a brand
        case .linkedin: return "linkedin" // l10n-exempt: a brand
        case .website: return L10n.text("website", context: "handle kind")
        case .other: return L10n.text("other", context: "handle kind")
        }
    }
}

/// A problem with something the user typed or supplied: one line, said plainly.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

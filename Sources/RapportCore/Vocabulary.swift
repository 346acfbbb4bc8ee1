import Foundation

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
        throw InputError("unknown \(valueKind) '\(text)'; expected one of: \(allNames.joined(separator: ", "))")
    }

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// Who the person is to us.
public enum Role: String, NamedValue {
    case journalist, blogger, expert, influencer, partner, provider, other
    public static let valueKind = "role"
}

/// Where an exchange happened. Richer channels count more towards warmth.
public enum Channel: String, NamedValue {
    case twitter
    case twitterDM = "twitter-dm"
    case mastodon, bluesky, email, phone, meeting, event, other
    public static let valueKind = "channel"

    public var label: String {
        switch self {
        case .twitter: return "Twitter"
        case .twitterDM: return "Twitter DM"
        case .mastodon: return "Mastodon"
        case .bluesky: return "Bluesky"
        case .email: return "Email"
        case .phone: return "Phone"
        case .meeting: return "Meeting"
        case .event: return "Event"
        case .other: return "Other"
        }
    }
}

/// Who reached out: `out` means I did, `in` means they did.
public enum Direction: String, NamedValue {
    case outbound = "out"
    case inbound = "in"
    public static let valueKind = "direction"

    public var label: String { self == .outbound ? "Outbound" : "Inbound" }
    /// → for outbound, ← for inbound.
    public var arrow: String { self == .outbound ? "→" : "←" }
}

/// Whether we gave something (a tip, data, an introduction), asked for
/// something (a pitch, a request), or simply talked.
public enum Intent: String, NamedValue {
    case gave, asked, chat
    public static let valueKind = "intent"
}

/// How important the relationship is: A key, B regular, C occasional.
public enum Tier: String, NamedValue {
    case a = "A", b = "B", c = "C"
    public static let valueKind = "tier"

    public var label: String {
        switch self {
        case .a: return "A (key)"
        case .b: return "B (regular)"
        case .c: return "C (occasional)"
        }
    }
}

/// How far the relationship has come, as the user judges it.
public enum Stage: String, NamedValue {
    case new, acquainted, engaged, trusted, ally
    public static let valueKind = "stage"
}

/// The kinds of address or profile a contact can have.
public enum HandleKind: String, NamedValue {
    case email, phone, twitter, mastodon, bluesky, linkedin, website, other
    public static let valueKind = "handle kind"

    public var label: String {
        switch self {
        case .linkedin: return "LinkedIn"
        default: return rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}

/// A problem with something the user typed or supplied: one line, said plainly.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

import RapportLocalization
import RapportCore

/// Makes handles out of values found in files. A value that is not valid
/// for its kind is kept as an `other` handle (its label saying what it was
/// meant to be) rather than lost, with a warning.
enum HandleReading {
    /// Parses `value` as `kind`; falls back to `other`. Nil for an empty value.
    static func handle(_ kind: HandleKind, _ value: String, label: String, warnings: inout [String]) -> Handle? {
        let text = NativeText.trimmed(value)
        guard !text.isEmpty else { return nil }
        do {
            return try Handle.parse(kind: kind, text, label: label)
        } catch {
            warnings.append(L10n.text("%@; kept as other", error.message))
            return other(text, label: joined(kind.rawValue, label))
        }
    }

    /// A web address: a social profile when it is one, else a website.
    static func url(_ value: String, label: String, warnings: inout [String]) -> Handle? {
        let text = NativeText.trimmed(value)
        guard !text.isEmpty else { return nil }
        if let handle = Handle.fromURL(text, label: label) { return handle }
        warnings.append(L10n.text("'%@' is not a web address; kept as other", DraftFinisher.oneLine(text)))
        return other(text, label: joined("url", label))
    }

    /// An `other` handle on one line; nil when empty.
    static func other(_ value: String, label: String) -> Handle? {
        let text = DraftFinisher.oneLine(value)
        return text.isEmpty ? nil : Handle(kind: .other, value: text, label: label)
    }

    /// The kind a service name stands for (`twitter`, `X`, `Bluesky`, `bsky`…).
    static func socialKind(service: String) -> HandleKind? {
        switch NativeText.trimmedSpaces(service).lowercased() {
        case "twitter", "x", "x.com", "twitter.com": return .twitter
        case "mastodon": return .mastodon
        case "bluesky", "bsky", "bsky.app": return .bluesky
        case "linkedin": return .linkedin
        default: return nil
        }
    }

    /// Words joined by a space, empty ones left out.
    static func joined(_ words: String...) -> String {
        words.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

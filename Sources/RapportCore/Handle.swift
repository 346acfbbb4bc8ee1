import Foundation
import RapportLocalization

/// One way to reach a contact: an email address, a phone number, a social
/// profile. `value` is what we show; `normalized` is the key that makes the
/// same address typed two ways (`@CamilleLfv`, `https://x.com/camillelfv`)
/// count as one.
public struct Handle: Hashable, Sendable, Codable {
    public var kind: HandleKind
    public var value: String
    /// A free label from the source ("work", "home", "iPhone"), or empty.
    public var label: String

    public init(kind: HandleKind, value: String, label: String = "") {
        self.kind = kind
        self.value = value
        self.label = label
    }

    /// The comparison key for duplicates and look-ups.
    public var normalized: String { Handle.normalize(kind: kind, value) }

    /// Parses what the user typed for a given kind into its display form;
    /// throws a one-line message when it cannot be that kind of handle.
    public static func parse(kind: HandleKind, _ raw: String, label: String = "") throws(InputError) -> Handle {
        let text = NativeText.trimmed(raw)
        guard !text.isEmpty else { throw InputError(L10n.text("empty %@", kind.noun)) }
        guard !text.contains(where: { $0.isNewline }) else {
            throw InputError(L10n.text("%1$@ '%2$@' contains a line break", kind.noun, text))
        }
        switch kind {
        case .email:
            let address = NativeText.hasPrefixIgnoringCase(text, "mailto:") ? String(text.dropFirst(7)) : text
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(Character(".")),
                  !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
                  !address.contains(where: { $0 == " " || $0 == "," || $0 == ";" }) else {
                throw InputError(L10n.text("'%@' is not an email address", text))
            }
            return Handle(kind: kind, value: address, label: label)
        case .phone:
            let number = NativeText.hasPrefixIgnoringCase(text, "tel:") ? String(text.dropFirst(4)) : text
            let digits = number.filter(\.isASCIIDigit)
            guard digits.count >= 3,
                  number.allSatisfy({ $0.isASCIIDigit || " +-.()/".contains($0) || $0 == "\u{00A0}" }) else {
                throw InputError(L10n.text("'%@' is not a phone number", text))
            }
            return Handle(kind: kind, value: number, label: label)
        case .twitter:
            let name = socialName(text, hosts: ["twitter.com", "x.com", "mobile.twitter.com", "www.twitter.com", "www.x.com"])
            guard !name.isEmpty, name.count <= 50, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw InputError(L10n.text("'%@' is not a Twitter/X handle (expected @name)", text))
            }
            return Handle(kind: kind, value: "@" + name, label: label)
        case .mastodon:
            if let account = mastodonAccount(text) {
                return Handle(kind: kind, value: "@" + account, label: label)
            }
            throw InputError(L10n.text("'%@' is not a Mastodon address (expected @name@server)", text))
        case .bluesky:
            let name = socialName(text, hosts: ["bsky.app"], pathPrefix: "profile/")
            guard !name.isEmpty, !name.contains(Character(" ")), !name.contains(Character("/")) else {
                throw InputError(L10n.text("'%@' is not a Bluesky handle (expected name.bsky.social)", text))
            }
            return Handle(kind: kind, value: "@" + name, label: label)
        case .linkedin:
            var url = text
            if !NativeText.contains(url, "linkedin.com") && !NativeText.contains(url, "://") {
                url = "https://www.linkedin.com/" + (url.hasPrefix("in/") ? url : "in/" + url)
            }
            guard !url.contains(Character(" ")) else { throw InputError(L10n.text("'%@' is not a LinkedIn profile", text)) }
            return Handle(kind: kind, value: NativeText.contains(url, "://") ? url : "https://" + url, label: label)
        case .website:
            guard !text.contains(Character(" ")), text.contains(Character(".")) else { throw InputError(L10n.text("'%@' is not a web address", text)) }
            return Handle(kind: kind, value: NativeText.contains(text, "://") ? text : "https://" + text, label: label)
        case .other:
            return Handle(kind: kind, value: text, label: label)
        }
    }

    /// The comparison key: lower case, without `@`, scheme, `www.` or a
    /// trailing slash; phone numbers reduced to `+` and digits.
    public static func normalize(kind: HandleKind, _ value: String) -> String {
        let text = NativeText.trimmed(value).lowercased()
        switch kind {
        case .email:
            return text.hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
        case .phone:
            let number = text.hasPrefix("tel:") ? String(text.dropFirst(4)) : text
            let digits = number.filter(\.isASCIIDigit)
            return number.first == "+" ? "+" + digits : digits
        case .twitter:
            return socialName(text, hosts: ["twitter.com", "x.com", "mobile.twitter.com", "www.twitter.com", "www.x.com"]).lowercased()
        case .mastodon:
            return mastodonAccount(text) ?? stripAt(text)
        case .bluesky:
            return socialName(text, hosts: ["bsky.app"], pathPrefix: "profile/").lowercased()
        case .linkedin, .website:
            return bareURL(text)
        case .other:
            return text
        }
    }

    /// The handle a web address stands for: a twitter.com/x.com, bsky.app,
    /// linkedin.com or Mastodon-style (`https://server/@name`) profile, else a website.
    public static func fromURL(_ raw: String, label: String = "") -> Handle? {
        let text = NativeText.trimmed(raw)
        let bare = bareURL(text)
        guard !bare.isEmpty, !bare.contains(Character(" ")) else { return nil }
        let host = bare.split(separator: "/").first.map(String.init) ?? bare
        let candidates: [HandleKind]
        switch host {
        case "twitter.com", "x.com", "mobile.twitter.com": candidates = [.twitter]
        case "bsky.app": candidates = [.bluesky]
        case let h where h.hasSuffix("linkedin.com"): candidates = [.linkedin]
        default: candidates = NativeText.contains(bare, "/@") ? [.mastodon] : []
        }
        for kind in candidates {
            if let handle = try? parse(kind: kind, text, label: label) { return handle }
        }
        return try? parse(kind: .website, text, label: label)
    }

    /// `name` from `@name`, `name`, or `https://host/name` (optionally `host/<pathPrefix>name`).
    static func socialName(_ raw: String, hosts: [String], pathPrefix: String = "") -> String {
        var text = NativeText.trimmed(raw)
        let bare = bareURL(text)
        for host in hosts {
            let prefix = bareURL(host) + "/" + pathPrefix
            if bare.hasPrefix(prefix) {
                // Same length as `bare`'s tail, but with the original case.
                text = String(text.suffix(bare.count - prefix.count + trailingSlashes(text)))
                text = String(text.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
                break
            }
        }
        return stripAt(text)
    }

    /// `name@server` from `@name@server`, `name@server` or `https://server/@name`.
    static func mastodonAccount(_ raw: String) -> String? {
        let text = NativeText.trimmed(raw)
        if NativeText.contains(text, "://") || NativeText.contains(text, "/@") {
            let bare = bareURL(text)
            let parts = bare.split(separator: "/", omittingEmptySubsequences: true)
            guard parts.count >= 2, parts[1].hasPrefix("@") else { return nil }
            let user = parts[1].dropFirst()
            let server = parts[0]
            guard !user.isEmpty, server.contains(Character(".")) else { return nil }
            return "\(user)@\(server)".lowercased()
        }
        let parts = stripAt(text).split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(Character(".")), !text.contains(Character(" ")) else { return nil }
        return "\(parts[0])@\(parts[1])".lowercased()
    }

    static func trailingSlashes(_ text: String) -> Int {
        NativeText.trimmed(text).reversed().prefix { $0 == "/" }.count
    }

    static func stripAt(_ text: String) -> String {
        text.hasPrefix("@") ? String(text.dropFirst()) : text
    }

    /// Lower case, without scheme, `www.` and trailing slashes.
    static func bareURL(_ raw: String) -> String {
        var text = NativeText.trimmed(raw).lowercased()
        if let rest = NativeText.suffix(after: "://", in: text) { text = String(rest) }
        if text.hasPrefix("www.") { text = String(text.dropFirst(4)) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}

import RapportCore

/// Core's handle rules for ASCII text; nil wherever Core would refuse.
enum ASCIIHandle {
    /// Core's host lists as the prefixes it compares with (`bareURL(host) + "/" + pathPrefix`).
    static let twitterPrefixes = ["twitter.com/", "x.com/", "mobile.twitter.com/", "twitter.com/", "x.com/"]
    static let blueskyPrefixes = ["bsky.app/profile/"]

    static func parse(_ kind: HandleKind, _ raw: String, label: String) -> Handle? {
        let text = trim(raw)
        guard !text.isEmpty, !text.utf8.contains(where: { $0 >= 0x0A && $0 <= 0x0D }) else { return nil }
        switch kind {
        case .email:
            let address = hasPrefixIgnoringCase(text, "mailto:") ? String(text.dropFirst(7)) : text
            let bytes = address.utf8
            guard let at = bytes.firstIndex(of: 0x40), bytes.lastIndex(of: 0x40) == at, at != bytes.startIndex
            else { return nil }
            let domain = bytes[bytes.index(after: at)...]
            guard domain.contains(0x2E), domain.first != 0x2E, domain.last != 0x2E,
                  !bytes.contains(where: { $0 == 0x20 || $0 == 0x2C || $0 == 0x3B }) else { return nil }
            return Handle(kind: kind, value: address, label: label)
        case .phone:
            let number = hasPrefixIgnoringCase(text, "tel:") ? String(text.dropFirst(4)) : text
            let digits = number.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.count
            guard digits >= 3, number.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || " +-.()/".utf8.contains($0) })
            else { return nil }
            return Handle(kind: kind, value: number, label: label)
        case .twitter:
            let name = socialName(text, prefixes: twitterPrefixes, keepCase: true)
            guard !name.isEmpty, name.utf8.count <= 50, name.utf8.allSatisfy(isWordByte) else { return nil }
            return Handle(kind: kind, value: "@" + name, label: label)
        case .mastodon:
            return mastodonAccount(text).map { Handle(kind: kind, value: "@" + $0, label: label) }
        case .bluesky:
            let name = socialName(text, prefixes: blueskyPrefixes, keepCase: true)
            guard !name.isEmpty, !name.utf8.contains(0x20), !name.utf8.contains(0x2F) else { return nil }
            return Handle(kind: kind, value: "@" + name, label: label)
        case .linkedin:
            var url = text
            if !NativeText.contains(url, "linkedin.com") && !NativeText.contains(url, "://") {
                url = "https://www.linkedin.com/" + (url.hasPrefix("in/") ? url : "in/" + url)
            }
            guard !url.utf8.contains(0x20) else { return nil }
            return Handle(kind: kind, value: NativeText.contains(url, "://") ? url : "https://" + url, label: label)
        case .website:
            guard !text.utf8.contains(0x20), text.utf8.contains(0x2E) else { return nil }
            return Handle(kind: kind, value: NativeText.contains(text, "://") ? text : "https://" + text, label: label)
        case .other:
            return Handle(kind: kind, value: text, label: label)
        }
    }

    static func normalize(_ kind: HandleKind, _ value: String) -> String {
        let text = trim(value).lowercased()
        switch kind {
        case .email:
            return text.hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
        case .phone:
            let number = text.hasPrefix("tel:") ? String(text.dropFirst(4)) : text
            let digits = String(decoding: number.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)
            return number.utf8.first == 0x2B ? "+" + digits : digits
        case .twitter: return socialName(text, prefixes: twitterPrefixes)
        case .mastodon: return mastodonAccount(text) ?? stripAt(text)
        case .bluesky: return socialName(text, prefixes: blueskyPrefixes)
        case .linkedin, .website: return bareURL(text)
        case .other: return text
        }
    }

    /// Whether ASCII `text` starts with the lower-case ASCII `prefix`, in any case.
    static func hasPrefixIgnoringCase(_ text: String, _ prefix: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = bytes.next(),
                  byte == expected || (expected >= 0x61 && expected <= 0x7A && byte == expected - 0x20) else { return false }
        }
        return true
    }

    /// Letters, digits and `_`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    static func trim(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return "" }
        func blank(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        if !blank(first) && !blank(last) { return text }
        guard let start = bytes.firstIndex(where: { !blank($0) }), let end = bytes.lastIndex(where: { !blank($0) })
        else { return "" }
        return String(text[start...end])
    }

    static func stripAt(_ text: String) -> String {
        text.utf8.first == 0x40 ? String(text.dropFirst()) : text
    }

    static func bareURL(_ raw: String) -> String {
        var text = trim(raw).lowercased()
        if let range = NativeText.range(of: "://", in: text) {
            text = String(decoding: text.utf8.dropFirst(range.upperBound), as: UTF8.self)
        }
        if text.hasPrefix("www.") { text = String(text.dropFirst(4)) }
        while text.utf8.last == 0x2F { text.removeLast() }
        return text
    }

    /// The name in `@name`, `name` or a profile URL: lower case for a
    /// comparison key, or as written (`keepCase`) for display, as Core's
    /// `Handle.parse` keeps it.
    static func socialName(_ raw: String, prefixes: [String], keepCase: Bool = false) -> String {
        var text = trim(raw)
        let bare = bareURL(text)
        for prefix in prefixes where bare.utf8.starts(with: prefix.utf8) {
            let rest: [UInt8]
            if keepCase {
                // The same tail of the text as written (bare has no trailing slashes).
                let slashes = text.utf8.reversed().prefix { $0 == 0x2F }.count
                rest = Array(text.utf8.suffix(bare.utf8.count - prefix.utf8.count + slashes))
            } else {
                rest = Array(bare.utf8.dropFirst(prefix.utf8.count))
            }
            text = String(decoding: rest.prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 }, as: UTF8.self)
            break
        }
        let name = stripAt(text)
        return keepCase ? name : name.lowercased()
    }

    static func mastodonAccount(_ raw: String) -> String? {
        let text = trim(raw)
        if NativeText.contains(text, "://") || NativeText.contains(text, "/@") {
            let parts = bareURL(text).split(separator: "/", omittingEmptySubsequences: true)
            guard parts.count >= 2, parts[1].hasPrefix("@") else { return nil }
            let user = parts[1].dropFirst()
            let server = parts[0]
            guard !user.isEmpty, server.utf8.contains(0x2E) else { return nil }
            return "\(user)@\(server)".lowercased()
        }
        let parts = stripAt(text).split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].utf8.contains(0x2E), !text.utf8.contains(0x20) else {
            return nil
        }
        return "\(parts[0])@\(parts[1])".lowercased()
    }
}

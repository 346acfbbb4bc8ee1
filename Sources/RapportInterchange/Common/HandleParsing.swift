import RapportCore

/// `Handle.parse`, `Handle.fromURL` and `Handle.normalize` with the same
/// results, but a fast path in plain Swift for ASCII text (almost every
/// address and profile). Anything else, and every failure, goes to
/// RapportCore, so messages and unusual cases stay Core's own. Debug
/// builds check each fast answer against Core.
///
/// Might belong in Core: Core's versions spend most of their time in
/// Foundation string calls, about 10 µs per handle on Linux.
enum HandleParsing {
    static func parse(_ kind: HandleKind, _ raw: String, label: String) throws(InputError) -> Handle {
        if NativeText.isASCII(raw), let handle = ASCIIHandle.parse(kind, raw, label: label) {
            assert(handle == (try? Handle.parse(kind: kind, raw, label: label)), "fast parse differs from Core for \(raw)")
            return handle
        }
        return try Handle.parse(kind: kind, raw, label: label)
    }

    static func fromURL(_ raw: String, label: String) -> Handle? {
        guard NativeText.isASCII(raw) else { return Handle.fromURL(raw, label: label) }
        assert(fastFromURL(raw, label: label) == Handle.fromURL(raw, label: label), "fast fromURL differs from Core for \(raw)")
        return fastFromURL(raw, label: label)
    }

    private static func fastFromURL(_ raw: String, label: String) -> Handle? {
        let text = ASCIIHandle.trim(raw)
        let bare = ASCIIHandle.bareURL(text)
        guard !bare.isEmpty, !bare.utf8.contains(0x20) else { return nil }
        let host = bare.utf8.firstIndex(of: 0x2F).map { String(bare[..<$0]) } ?? bare
        let candidates: [HandleKind]
        switch host {
        case "twitter.com", "x.com", "mobile.twitter.com": candidates = [.twitter]
        case "bsky.app": candidates = [.bluesky]
        case let h where h.hasSuffix("linkedin.com"): candidates = [.linkedin]
        default: candidates = NativeText.contains(bare, "/@") ? [.mastodon] : []
        }
        var result: Handle?
        for kind in candidates {
            if let handle = try? parse(kind, text, label: label) { result = handle; break }
        }
        if result == nil { result = try? parse(.website, text, label: label) }
        return result
    }

    static func normalize(_ kind: HandleKind, _ value: String) -> String {
        guard NativeText.isASCII(value) else { return Handle.normalize(kind: kind, value) }
        let key = ASCIIHandle.normalize(kind, value)
        assert(key == Handle.normalize(kind: kind, value), "fast normalize differs from Core for \(value)")
        return key
    }
}

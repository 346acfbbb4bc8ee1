import RapportCore

/// `ContactDraft.validated()` with the same result, in plain Swift, with
/// tag keys (`TextKey.fold`) remembered from one contact to the next since
/// beats repeat. Nil wherever Core would throw. Debug builds check each
/// answer against Core.
///
/// Might belong in Core: `validated()` costs about 30 µs per draft on Linux,
/// mostly in Foundation string calls.
final class DraftValidation {
    private var tagKeys: [String: String] = [:]

    func validated(_ draft: ContactDraft) -> ContactDraft? {
        let result = check(draft)
        assert(result == (try? draft.validated()), "fast validation differs from Core for \(draft.name)")
        return result
    }

    private func check(_ raw: ContactDraft) -> ContactDraft? {
        var draft = raw
        draft.name = NativeText.trimmed(raw.name)
        guard !draft.name.isEmpty, !NativeText.hasLineBreak(draft.name) else { return nil }
        if let cadence = raw.cadenceOverride, !Cadence.allowed.contains(cadence) { return nil }
        draft.outlet = NativeText.trimmed(raw.outlet)
        draft.title = NativeText.trimmed(raw.title)
        draft.howMet = NativeText.trimmed(raw.howMet)
        var seenTags = Set<String>()
        var tags: [String] = []
        for rawTag in raw.tags {
            let tag = NativeText.trimmed(rawTag)
            if tag.isEmpty { continue }
            guard !NativeText.hasLineBreak(tag), !NativeText.contains(tag, byte: 0x2C), (tag.utf8.count <= 60 || tag.count <= 60) else { return nil }
            if seenTags.insert(key(tag)).inserted { tags.append(tag) }
        }
        draft.tags = tags
        draft.handles = distinct(raw.handles)
        return draft
    }

    /// Handles without repeats (same kind and normalized value); the key is
    /// only computed for kinds that occur more than once.
    private func distinct(_ handles: [Handle]) -> [Handle] {
        func bit(_ kind: HandleKind) -> UInt16 {
            switch kind {
            case .email: return 1
            case .phone: return 2
            case .twitter: return 4
            case .mastodon: return 8
            case .bluesky: return 16
            case .linkedin: return 32
            case .website: return 64
            case .other: return 128
            }
        }
        var kinds: UInt16 = 0
        var repeated: UInt16 = 0
        for handle in handles {
            let mask = bit(handle.kind)
            if kinds & mask != 0 { repeated |= mask }
            kinds |= mask
        }
        guard repeated != 0 else { return handles }
        var seen = Set<String>()
        return handles.filter { handle in
            guard repeated & bit(handle.kind) != 0 else { return true }
            return seen.insert(handle.kind.rawValue + " " + HandleParsing.normalize(handle.kind, handle.value)).inserted
        }
    }

    private func key(_ tag: String) -> String {
        if let known = tagKeys[tag] { return known }
        let folded = TextKey.fold(tag)
        if tagKeys.count < 10_000 { tagKeys[tag] = folded }
        return folded
    }
}

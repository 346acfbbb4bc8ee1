import RapportLocalization
import RapportCore

/// Turns what a file said into a valid draft: names on one line, tags
/// without commas or line breaks and at most 60 characters, cadence in
/// range, then the checks of `ContactDraft.validated()`. Nil when no usable
/// name is left.
final class DraftFinisher {
    static let tagLimit = 60

    func finish(_ raw: ContactDraft, warnings: inout [String]) -> ContactDraft? {
        var draft = raw
        draft.name = Self.oneLine(raw.name)
        draft.outlet = Self.oneLine(raw.outlet)
        draft.title = Self.oneLine(raw.title)
        draft.howMet = Self.oneLine(raw.howMet)
        draft.tags = raw.tags.compactMap { tag in
            var clean = Self.oneLine(tag.utf8.contains(0x2C) ? Self.commasToSpaces(tag) : tag)
            if clean.utf8.count > Self.tagLimit && clean.count > Self.tagLimit {
                warnings.append(L10n.text("tag '%1$@…' cut to %2$d characters", String(clean.prefix(20)), Self.tagLimit))
                clean = NativeText.trimmed(String(clean.prefix(Self.tagLimit)))
            }
            return clean.isEmpty ? nil : clean
        }
        if let cadence = draft.cadenceOverride, !Cadence.allowed.contains(cadence) {
            warnings.append(L10n.text("cadence %d is out of range (%d–%d days); ignored", cadence, Cadence.allowed.lowerBound,
                                          Cadence.allowed.upperBound))
            draft.cadenceOverride = nil
        }
        return try? draft.validated()
    }

    private static func commasToSpaces(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "," ? " " : $0 }))
    }

    /// Line breaks and runs of white space become one space; trimmed.
    static func oneLine(_ text: String) -> String {
        var previousSpace = true
        var clean = true
        for scalar in text.unicodeScalars {
            let space = NativeText.isSpaceOrNewline(scalar)
            if space && (previousSpace || scalar != " ") { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace { return text }
        if clean && text.isEmpty { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if NativeText.isSpaceOrNewline(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}

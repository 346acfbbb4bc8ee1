import RapportCore

/// Turns what a file said into a valid draft: names on one line, tags
/// without commas or line breaks and at most 60 characters, then
/// `ContactDraft.validated()`. Nil when no usable name is left.
enum DraftFinisher {
    static let tagLimit = 60

    static func finish(_ raw: ContactDraft, warnings: inout [String]) -> ContactDraft? {
        var draft = raw
        draft.name = oneLine(raw.name)
        draft.outlet = oneLine(raw.outlet)
        draft.title = oneLine(raw.title)
        draft.tags = raw.tags.compactMap { tag in
            var clean = oneLine(tag.replacingOccurrences(of: ",", with: " "))
            if clean.count > tagLimit {
                warnings.append("tag '\(clean.prefix(20))…' cut to \(tagLimit) characters")
                clean = String(clean.prefix(tagLimit)).trimmingCharacters(in: .whitespaces)
            }
            return clean.isEmpty ? nil : clean
        }
        if let cadence = draft.cadenceOverride, !Cadence.allowed.contains(cadence) {
            warnings.append("cadence \(cadence) is out of range (\(Cadence.allowed.lowerBound)–\(Cadence.allowed.upperBound) days); ignored")
            draft.cadenceOverride = nil
        }
        return try? draft.validated()
    }

    /// Line breaks and runs of white space become one space; trimmed.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" || $0 == "\u{00A0}" }) || text.contains("  ") else {
            return text.trimmingCharacters(in: .whitespaces)
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

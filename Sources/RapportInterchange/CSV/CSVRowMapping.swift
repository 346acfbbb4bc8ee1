import RapportLocalization
import RapportCore

/// Builds a draft from one CSV row according to the columns. Several
/// addresses in one cell are separated by `;` (emails also by `,`); tags by
/// `,`, `;` or `|`; other handles are `label: value`. Notes from several
/// columns are joined by a blank line; other text fields take the first
/// non-empty column.
struct CSVRowMapping {
    let fields: [CSVField?]
    let defaults: ImportDefaults

    func draft(_ row: [String], warnings: inout [String]) -> ContactDraft {
        var draft = ContactDraft(name: "", role: defaults.role, tier: defaults.tier, stage: defaults.stage)
        var name = "", first = "", last = "", notes: [String] = []
        for (index, raw) in row.enumerated() where index < fields.count {
            guard let field = fields[index] else { continue }
            let value = NativeText.trimmed(SpreadsheetCell.unprotect(raw))
            if value.isEmpty { continue }
            switch field {
            case .name: if name.isEmpty { name = value }
            case .firstName: if first.isEmpty { first = value }
            case .lastName: if last.isEmpty { last = value }
            case .outlet: if draft.outlet.isEmpty { draft.outlet = value }
            case .title: if draft.title.isEmpty { draft.title = value }
            case .howMet: if draft.howMet.isEmpty { draft.howMet = value }
            case .notes: notes.append(NativeText.trimmed(NativeText.unixLineBreaks(raw)))
            case .tags: draft.tags += split(value, on: ",;|")
            case .role:
                if let role = FieldValues.role(value) { draft.role = role } else {
                    warnings.append(L10n.text("unknown role '%1$@'; %2$@ used", value, defaults.role.word))
                }
            case .tier:
                if let tier = FieldValues.tier(value) { draft.tier = tier } else {
                    warnings.append(L10n.text("unknown tier '%1$@'; %2$@ used", value, defaults.tier.rawValue))
                }
            case .stage:
                if let stage = FieldValues.stage(value) { draft.stage = stage } else {
                    warnings.append(L10n.text("unknown stage '%1$@'; %2$@ used", value, defaults.stage.word))
                }
            case .cadence:
                draft.cadenceOverride = FieldValues.cadence(value)
                if draft.cadenceOverride == nil { warnings.append(L10n.text("cadence '%@' is not a number of days; ignored", value)) }
            case .doNotContact: draft.doNotContact = FieldValues.yes(value)
            case .email: addHandles(.email, value, separators: ";,", to: &draft, warnings: &warnings)
            case .phone: addHandles(.phone, value, separators: ";", to: &draft, warnings: &warnings)
            case .twitter, .mastodon, .bluesky:
                addHandles(kind(of: field), value, separators: ";,", orSpace: true, to: &draft, warnings: &warnings)
            case .linkedin, .website:
                addHandles(kind(of: field), value, separators: ";", orSpace: true, to: &draft, warnings: &warnings)
            case .otherHandles:
                for item in split(value, on: ";") {
                    let (label, text) = labelled(item)
                    if let handle = HandleReading.other(text, label: label) { draft.handles.append(handle) }
                }
            case .ignore: break
            }
        }
        draft.name = name.isEmpty ? [first, last].filter { !$0.isEmpty }.joined(separator: " ") : name
        if !last.isEmpty { (draft.familyName, draft.givenName) = (last, first.isEmpty ? nil : first) }
        draft.notes = notes.joined(separator: "\n\n")
        return draft
    }

    private func kind(of field: CSVField) -> HandleKind {
        switch field {
        case .twitter: return .twitter
        case .mastodon: return .mastodon
        case .bluesky: return .bluesky
        case .linkedin: return .linkedin
        default: return .website
        }
    }

    private func addHandles(_ kind: HandleKind, _ value: String, separators: String, orSpace: Bool = false,
                            to draft: inout ContactDraft, warnings: inout [String]) {
        for item in split(value, on: separators, orSpace: orSpace) {
            if let handle = HandleReading.handle(kind, item, label: "", warnings: &warnings) {
                draft.handles.append(handle)
            }
        }
    }

    /// Parts between any of the (ASCII) `separators`, and ASCII white space
    /// when `orSpace`; trimmed, empty ones left out.
    private func split(_ value: String, on separators: String, orSpace: Bool = false) -> [String] {
        let marks = Array(separators.utf8)
        return value.utf8.split(whereSeparator: { marks.contains($0) || (orSpace && ($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D))) })
            .map { NativeText.trimmed(String(decoding: $0, as: UTF8.self)) }.filter { !$0.isEmpty }
    }

    /// `skype: camille.l` → (`skype`, `camille.l`); a value without `: ` has no label.
    private func labelled(_ item: String) -> (String, String) {
        guard let range = NativeText.range(of: ": ", in: item) else { return ("", item) }
        let bytes = Array(item.utf8)
        return (NativeText.trimmedSpaces(String(decoding: bytes[..<range.lowerBound], as: UTF8.self)),
                NativeText.trimmedSpaces(String(decoding: bytes[range.upperBound...], as: UTF8.self)))
    }
}

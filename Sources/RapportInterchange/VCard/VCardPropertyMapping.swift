import RapportLocalization
import RapportCore

/// How each vCard property feeds a card. Properties Rapport has no field for
/// (ADR, BDAY, X-ABRELATEDNAMES…) are reported as ignored; binary ones
/// (PHOTO, LOGO, SOUND, KEY, any base64 value) are skipped without decoding.
enum VCardPropertyMapping {
    enum Outcome {
        case used
        case ignored
        /// Binary data skipped; a 2.1 base64 value may go on, unindented, until a blank line.
        case skippedBinary
    }

    static let binaryProperties: Set<String> = ["PHOTO", "LOGO", "SOUND", "KEY"]
    static let silentProperties: Set<String> = ["VERSION", "PRODID", "REV", "UID", "X-ABUID"]

    /// Messaging and social properties by name, with the kind they stand for
    /// (nil: an `other` handle labelled with the service).
    static let serviceProperties: [String: (kind: HandleKind?, service: String)] = [
        "X-TWITTER": (.twitter, "twitter"),
        "X-MASTODON": (.mastodon, "mastodon"),
        "X-BLUESKY": (.bluesky, "bluesky"),
        "X-LINKEDIN": (.linkedin, "linkedin"),
        "X-SKYPE": (nil, "skype"), "X-SKYPE-USERNAME": (nil, "skype"),
        "X-GOOGLE-TALK": (nil, "google talk"), "X-GTALK": (nil, "google talk"), // l10n-exempt: a service name kept as a label
        "X-JABBER": (nil, "jabber"), "X-AIM": (nil, "aim"), "X-ICQ": (nil, "icq"),
        "X-MSN": (nil, "msn"), "X-YAHOO": (nil, "yahoo"), "X-QQ": (nil, "qq"),
        "X-GADUGADU": (nil, "gadugadu"), "X-FACEBOOK": (nil, "facebook"),
        "X-INSTAGRAM": (nil, "instagram"), "X-THREADS": (nil, "threads"),
    ]

    /// TYPE values that say nothing a person would use as a label.
    static let noiseTypes: Set<String> = ["pref", "internet", "voice", "x400", "x-internet"]

    /// Feeds `line`, which starts on physical line `number`, to `card`.
    static func apply(_ line: ContentLine, number: Int, to card: VCardCard) throws(VCardValueError) -> Outcome {
        let name = line.name
        if binaryProperties.contains(name) { return .skippedBinary }
        if line.isBinary { return .skippedBinary }
        let (text, repair) = try VCardValueDecoder.decode(line)
        if let repair { card.warnings.append(repair.warning(property: name, line: number)) }
        switch name {
        case "FN":
            if card.formattedName.isEmpty { card.formattedName = VCardText.unescape(text) }
        case "N":
            if card.structuredName.isEmpty { card.structuredName = VCardText.split(text, on: ";") }
        case "ORG":
            if card.outlet.isEmpty { card.outlet = VCardText.split(text, on: ";").first ?? "" }
        case "TITLE":
            appendNonEmpty(VCardText.unescape(text), to: &card.titles)
        case "ROLE":
            appendNonEmpty(VCardText.unescape(text), to: &card.jobRoles)
        case "NOTE":
            appendNonEmpty(NativeText.unixLineBreaks(VCardText.unescape(text)), to: &card.notes)
        case "CATEGORIES":
            card.tags += VCardText.split(text, on: ",").filter { $0.lowercased() != "mycontacts" }
        case "EMAIL":
            addHandle(.email, line, text, to: card)
        case "TEL":
            addHandle(.phone, line, text, to: card)
        case "URL":
            addHandle(.url, line, text, to: card)
        case "IMPP":
            let service = line.values(of: "X-SERVICE-TYPE").first ?? scheme(of: VCardText.unescape(text))
            addSocial(service: service, line, text, to: card)
        case "X-SOCIALPROFILE":
            let service = line.types.first { HandleReading.socialKind(service: $0) != nil }
                ?? line.types.first { !noiseTypes.contains($0) && !labelTypes.contains($0) } ?? ""
            addSocial(service: service, line, text, to: card)
        case "X-ABLABEL":
            if let group = line.group { card.labels[group] = appleLabel(VCardText.unescape(text)) }
        default:
            return applyOther(name, line, text, to: card)
        }
        return .used
    }

    private static func applyOther(_ name: String, _ line: ContentLine, _ text: String,
                                   to card: VCardCard) -> Outcome {
        guard name.hasPrefix("X-"), name.hasPrefix("X-RAPPORT-") || serviceProperties[name] != nil else {
            return silentProperties.contains(name) ? .used : .ignored
        }
        let value = NativeText.trimmed(VCardText.unescape(text))
        switch name {
        case "X-RAPPORT-ROLE":
            card.role = FieldValues.role(value)
            if card.role == nil { card.warnings.append(L10n.text("unknown role '%@'; ignored", value)) }
        case "X-RAPPORT-TIER":
            card.tier = FieldValues.tier(value)
            if card.tier == nil { card.warnings.append(L10n.text("unknown tier '%@'; ignored", value)) }
        case "X-RAPPORT-STAGE":
            card.stage = FieldValues.stage(value)
            if card.stage == nil { card.warnings.append(L10n.text("unknown stage '%@'; ignored", value)) }
        case "X-RAPPORT-HOW-MET":
            card.howMet = value
        case "X-RAPPORT-CADENCE":
            card.cadence = FieldValues.cadence(value)
            if card.cadence == nil { card.warnings.append(L10n.text("cadence '%@' is not a number of days; ignored", value)) }
        case "X-RAPPORT-DO-NOT-CONTACT":
            card.doNotContact = FieldValues.yes(value)
        case "X-RAPPORT-HANDLE":
            card.handles.append(PendingHandle(source: .other, value: value, alternates: [],
                                              typeLabel: typeLabel(line), group: line.group))
        default:
            if let service = serviceProperties[name] {
                card.handles.append(PendingHandle(source: .social(service.kind, service: service.service), value: value,
                                                  alternates: [], typeLabel: typeLabel(line),
                                                  group: line.group))
                return .used
            }
            return silentProperties.contains(name) ? .used : .ignored
        }
        return .used
    }

    private static func addHandle(_ source: PendingHandle.Source, _ line: ContentLine, _ text: String,
                                  to card: VCardCard) {
        card.handles.append(PendingHandle(source: source, value: VCardText.unescape(text), alternates: [],
                                          typeLabel: typeLabel(line), group: line.group))
    }

    private static func addSocial(service: String, _ line: ContentLine, _ text: String, to card: VCardCard) {
        let kind = HandleReading.socialKind(service: service)
        let alternates = line.values(of: "X-USER").filter { !$0.isEmpty }
        let label = typeLabel(line, dropping: service.lowercased())
        card.handles.append(PendingHandle(source: .social(kind, service: service.lowercased()),
                                          value: VCardText.unescape(text), alternates: alternates,
                                          typeLabel: label, group: line.group))
    }

    /// Label-like TYPE values: the ones a handle label can be made of.
    static let labelTypes: Set<String> = [
        "work", "home", "cell", "mobile", "fax", "pager", "text", "video", "msg", "main", "iphone", "other",
        "car", "isdn", "bbs", "modem", "pcs", "textphone", "personal", "business",
    ]

    /// TYPE values minus noise and the service name: `work`, `cell`, `work fax`.
    static func typeLabel(_ line: ContentLine, dropping: String? = nil) -> String {
        var label = ""
        var kept: [String] = []
        for type in line.types where !noiseTypes.contains(type) && type != dropping && !kept.contains(type)
            && HandleReading.socialKind(service: type) == nil {
            if !kept.isEmpty { label += " " }
            label += type
            kept.append(type)
        }
        return label
    }

    /// Apple wraps its built-in labels as `_$!<Work>!$_`; those become `work`.
    static func appleLabel(_ text: String) -> String {
        let trimmed = NativeText.trimmedSpaces(text)
        if trimmed.hasPrefix("_$!<") && trimmed.hasSuffix(">!$_") && trimmed.count >= 8 {
            return String(trimmed.dropFirst(4).dropLast(4)).lowercased()
        }
        return trimmed
    }

    private static func scheme(of value: String) -> String {
        guard let colon = value.firstIndex(of: ":"), !NativeText.contains(value, "://") else { return "" }
        return String(value[..<colon]).lowercased()
    }

    private static func appendNonEmpty(_ text: String, to list: inout [String]) {
        let trimmed = NativeText.trimmed(text)
        if !trimmed.isEmpty { list.append(trimmed) }
    }
}

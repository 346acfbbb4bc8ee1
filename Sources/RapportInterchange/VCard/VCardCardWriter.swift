import RapportCore

/// The vCard 4.0 text of one contact, as content lines before folding.
///
/// Handles: EMAIL; TEL as text (`TEL;VALUE=text:+33 6 12 34 56 78`, so the
/// number keeps its spacing); Twitter/X, Bluesky and Mastodon as profile
/// URLs (`URL:https://x.com/name`), LinkedIn and websites as `URL`; other
/// handles as `X-RAPPORT-HANDLE`. A label made of simple words becomes
/// `TYPE=work,fax`; any other label is written the Apple way
/// (`item1.EMAIL` + `item1.X-ABLabel:Bureau Paris`). Rapport's own fields
/// go in `X-RAPPORT-*` properties.
enum VCardCardWriter {
    static func lines(for contact: Contact) -> [String] {
        var lines = ["BEGIN:VCARD", "VERSION:4.0"]
        lines.append("FN:" + VCardText.escape(contact.name))
        let name = PersonName.split(contact.name)
        lines.append("N:\(VCardText.escape(name.family));\(VCardText.escape(name.given));;;")
        if !contact.outlet.isEmpty { lines.append("ORG:" + VCardText.escape(contact.outlet)) }
        if !contact.title.isEmpty { lines.append("TITLE:" + VCardText.escape(contact.title)) }
        var groups = 0
        for handle in contact.handles {
            let (property, value) = property(for: handle)
            lines += labelled(property, value: value, label: handle.label, groups: &groups)
        }
        if !contact.tags.isEmpty {
            lines.append("CATEGORIES:" + contact.tags.map(VCardText.escape).joined(separator: ","))
        }
        if !contact.notes.isEmpty { lines.append("NOTE:" + VCardText.escape(contact.notes)) }
        lines.append("X-RAPPORT-ROLE:" + contact.role.rawValue)
        lines.append("X-RAPPORT-TIER:" + contact.tier.rawValue)
        lines.append("X-RAPPORT-STAGE:" + contact.stage.rawValue)
        if !contact.howMet.isEmpty { lines.append("X-RAPPORT-HOW-MET:" + VCardText.escape(contact.howMet)) }
        if let cadence = contact.cadenceOverride { lines.append("X-RAPPORT-CADENCE:\(cadence)") }
        if contact.doNotContact { lines.append("X-RAPPORT-DO-NOT-CONTACT:yes") }
        lines.append("END:VCARD")
        return lines
    }

    /// The property name (with parameters) and the value text for a handle.
    static func property(for handle: Handle) -> (String, String) {
        let value = NativeText.trimmed(handle.value)
        let bare = value.hasPrefix("@") ? String(value.dropFirst()) : value
        switch handle.kind {
        case .email: return ("EMAIL", VCardText.escape(value))
        case .phone: return ("TEL;VALUE=text", VCardText.escape(value))
        case .twitter where isPlainName(bare):
            return ("URL", "https://x.com/" + bare)
        case .bluesky where isPlainName(bare):
            return ("URL", "https://bsky.app/profile/" + bare)
        case .mastodon:
            let parts = bare.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count == 2, isPlainName(String(parts[0])), isPlainName(String(parts[1])) {
                return ("URL", "https://\(parts[1])/@\(parts[0])")
            }
            return ("X-MASTODON", VCardText.escape(value))
        case .twitter: return ("X-TWITTER", VCardText.escape(value))
        case .bluesky: return ("X-BLUESKY", VCardText.escape(value))
        case .linkedin, .website:
            return value.contains(where: { $0.isWhitespace || $0.isNewline }) || value.isEmpty
                ? ("X-RAPPORT-HANDLE", VCardText.escape(value)) : ("URL", value)
        case .other: return ("X-RAPPORT-HANDLE", VCardText.escape(value))
        }
    }

    /// Letters, digits and `._-` only: safe inside a URL.
    private static func isPlainName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "." || $0 == "_" || $0 == "-"
        }
    }

    private static func labelled(_ property: String, value: String, label: String, groups: inout Int) -> [String] {
        let label = NativeText.trimmed(label)
        if label.isEmpty { return ["\(property):\(value)"] }
        if let types = typeList(label) {
            let (name, parameters) = splitName(property)
            return ["\(name)\(parameters);TYPE=\(types):\(value)"]
        }
        groups += 1
        return ["item\(groups).\(property):\(value)", "item\(groups).X-ABLabel:\(VCardText.escape(label))"]
    }

    private static func splitName(_ property: String) -> (String, String) {
        guard let semicolon = property.firstIndex(of: ";") else { return (property, "") }
        return (String(property[..<semicolon]), String(property[semicolon...]))
    }

    /// `work,fax` for the label `work fax` when every word reads back the same
    /// way as a TYPE value; nil otherwise.
    static func typeList(_ label: String) -> String? {
        let words = label.split(separator: " ").map(String.init)
        let simple = words.allSatisfy { word in
            word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
                && !VCardPropertyMapping.noiseTypes.contains(word) && HandleReading.socialKind(service: word) == nil
        }
        guard simple, Set(words).count == words.count else { return nil }
        return words.joined(separator: ",")
    }
}

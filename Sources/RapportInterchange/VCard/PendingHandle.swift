import RapportLocalization
import RapportCore

/// A handle found in a card, kept until the end of the card because Apple
/// writes its label on a later line (`item1.X-ABLabel`).
struct PendingHandle {
    enum Source {
        case email, phone, url
        /// A social or messaging profile: the kind when the service is known,
        /// and the service's name (`twitter`, `skype`) for other handles.
        case social(HandleKind?, service: String)
        /// Rapport's own `X-RAPPORT-HANDLE`.
        case other
    }

    var source: Source
    var value: String
    /// Other ways the file gives the same profile (`x-user=` of X-SOCIALPROFILE).
    var alternates: [String]
    var typeLabel: String
    var group: String?

    func resolve(label: String, warnings: inout [String]) -> Handle? {
        switch source {
        case .email: return HandleReading.handle(.email, value, label: label, warnings: &warnings)
        case .phone: return HandleReading.handle(.phone, value, label: label, warnings: &warnings)
        case .url: return HandleReading.url(value, label: label, warnings: &warnings)
        case .other: return HandleReading.other(value, label: label)
        case .social(let kind?, let service):
            for candidate in [value] + alternates {
                let text = Self.withoutScheme(candidate, service: service)
                if let handle = try? Handle.parse(kind: kind, text, label: label) { return handle }
            }
            let shown = value.isEmpty ? (alternates.first ?? "") : value
            guard !shown.isEmpty else { return nil }
            warnings.append(L10n.text("'%1$@' is not a %2$@ profile; kept as other", DraftFinisher.oneLine(shown), kind.label))
            return HandleReading.other(shown, label: HandleReading.joined(service, label))
        case .social(nil, let service):
            if NativeText.contains(value, "://"), let handle = Handle.fromURL(value, label: label),
               handle.kind != .website {
                return handle
            }
            let shown = value.isEmpty ? (alternates.first ?? "") : value
            return HandleReading.other(shown, label: HandleReading.joined(service, label))
        }
    }

    /// `name` from IMPP-style `twitter:name` or `x-apple:name`; web addresses are kept.
    static func withoutScheme(_ value: String, service: String) -> String {
        guard !NativeText.contains(value, "://"), let colon = value.firstIndex(of: ":") else { return value }
        let scheme = value[..<colon].lowercased()
        guard scheme == service.lowercased() || scheme.hasPrefix("x-") || HandleReading.socialKind(service: scheme) != nil
        else { return value }
        return String(value[value.index(after: colon)...])
    }
}

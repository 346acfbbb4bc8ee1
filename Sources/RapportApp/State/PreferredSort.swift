import RapportLocalization
import RapportSettings
import RapportStore

extension ContactSort {
    /// The order a contact list starts in, in the app and for `rapport
    /// list` without `--sort`: `sort` from config.toml when set; otherwise
    /// by surname when Rapport speaks French (French lists go by family
    /// name), by name in English.
    public static func preferred(_ settings: Settings, language: Language = L10n.language) -> ContactSort {
        if let name = settings.sort, let sort = ContactSort(rawValue: name) { return sort }
        return language == .french ? .surname : .name
    }
}

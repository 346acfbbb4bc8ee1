import RapportCore

/// What a CSV column holds. The raw value is the name used in `--map
/// COLUMN=FIELD` overrides.
public enum CSVField: String, CaseIterable, Sendable {
    case name
    case firstName = "first-name"
    case lastName = "last-name"
    case outlet, title, role, email, phone, twitter, mastodon, bluesky, linkedin, website
    /// Handles of any other kind, `label: value` separated by `;`.
    case otherHandles = "other-handles"
    case tags, notes, tier, stage
    case howMet = "how-met"
    case cadence
    case doNotContact = "do-not-contact"
    /// Read and dropped on purpose.
    case ignore

    /// The field for a `--map` name, case-insensitively; nil when unknown.
    public static func named(_ text: String) -> CSVField? {
        let key = NativeText.trimmedSpaces(text).lowercased()
        return allCases.first { $0.rawValue == key }
    }

    /// The field a header usually stands for, in English or French, without
    /// regard to case, accents, spaces, punctuation or a trailing number
    /// (`E-mail 2`, `Téléphone`, `Nom de famille`). `Nom` alone is ambiguous:
    /// the caller decides between name and last name.
    static func guess(header: String) -> CSVField? {
        var key = headerKey(header)
        while let last = key.last, last.isWholeNumberASCII, key.count > 1 { key.removeLast() }
        return aliases[key]
    }

    /// Lower case, without accents, keeping only letters and digits.
    static func headerKey(_ header: String) -> String {
        String(TextKey.fold(header).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    private static let aliases: [String: CSVField] = {
        let table: [CSVField: [String]] = [
            .name: ["name", "fullname", "nomcomplet", "displayname", "contact", "prenometnom", "nometprenom"],
            .firstName: ["firstname", "prenom", "givenname", "forename"],
            .lastName: ["lastname", "nomdefamille", "familyname", "surname", "nomfamille"],
            .outlet: ["outlet", "media", "medias", "publication", "organisation", "organization", "company",
                      "societe", "entreprise", "journal", "redaction", "mediaredaction", "organisme"],
            .title: ["title", "fonction", "poste", "jobtitle", "intituledeposte"],
            .role: ["role"],
            .email: ["email", "mail", "courriel", "emailaddress", "adresseemail", "adressemail", "emails"],
            .phone: ["phone", "telephone", "tel", "mobile", "portable", "phonenumber", "cellphone",
                     "mobilephone", "businessphone", "homephone", "numerodetelephone", "telephoneportable",
                     "telephonefixe", "numerodeportable", "fixe"],
            .twitter: ["twitter", "x", "twitterx", "xtwitter"],
            .mastodon: ["mastodon"],
            .bluesky: ["bluesky", "bsky"],
            .linkedin: ["linkedin"],
            .website: ["website", "site", "siteweb", "siteinternet", "url", "web"],
            .otherHandles: ["otherhandles", "autrescoordonnees"],
            .tags: ["tags", "tag", "themes", "theme", "rubrique", "rubriques", "beat", "beats", "categories",
                    "categorie", "motscles", "etiquettes", "etiquette"],
            .notes: ["notes", "note", "remarques", "remarque", "commentaires", "commentaire", "comments", "comment"],
            .tier: ["tier"],
            .stage: ["stage", "etape"],
            .howMet: ["howmet", "howwemet", "rencontre"],
            .cadence: ["cadence"],
            .doNotContact: ["donotcontact", "nepascontacter"],
            .ignore: ["created", "lastexchange"],
        ]
        var aliases: [String: CSVField] = [:]
        for (field, keys) in table {
            for key in keys { aliases[key] = field }
        }
        return aliases
    }()
}

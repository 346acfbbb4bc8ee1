// Generated from Localization/LANG/*.po; do not edit by hand.
// EmbeddedCatalogsTests fails when this file and Localization/ differ, and
// rewrites it when run with RAPPORT_REGENERATE_CATALOGS=1.

/// The shipped message catalogs, built into the program so an installed
/// binary speaks every language without files beside it.
enum EmbeddedCatalogs {
    /// `.po` file texts by "LANG/PART" (Localization/LANG/PART.po).
    static let files: [String: String] = [
        "fr/app": #"""
# Rapport: French messages for the full-screen app (RapportApp, TerminalUI, CursesTerminal).
# One file per part of the program; Catalogs merges Localization/fr/*.po.
# Glossary: docs/fr/glossaire.md. Inclusive writing: the middle dot, once
# (contacté·e, blogueur·euse).
# After editing, run: RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests
msgid ""
msgstr ""
"Project-Id-Version: Rapport\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

"""#,
        "fr/cli": #"""
# Rapport: French messages for the command line (Sources/rapport) and settings (RapportSettings).
# One file per part of the program; Catalogs merges Localization/fr/*.po.
# Glossary: docs/fr/glossaire.md. Inclusive writing: the middle dot, once
# (contacté·e, blogueur·euse).
# After editing, run: RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests
msgid ""
msgstr ""
"Project-Id-Version: Rapport\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

"""#,
        "fr/common": #"""
# Rapport: French messages shared by every part (counts, durations, dates).
# The English text of each message is its msgid; docs/i18n.md says how
# catalogs are built in and looked up, docs/fr/glossaire.md which French
# words Rapport uses for its domain. Inclusive writing: the middle dot, once
# (contacté·e, blogueur·euse).
# After editing, run: RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests
msgid ""
msgstr ""
"Project-Id-Version: Rapport\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

# ---------------------------------------------------------------------------
# Counts and durations

#, c-format
msgid "%'d day"
msgid_plural "%'d days"
msgstr[0] "%'d jour"
msgstr[1] "%'d jours"

#. Days in a narrow column: "12d" for twelve days.
#, c-format
msgctxt "days, short"
msgid "%'dd"
msgstr "%'d j"

#, c-format
msgid "%'d week"
msgid_plural "%'d weeks"
msgstr[0] "%'d semaine"
msgstr[1] "%'d semaines"

#, c-format
msgid "%'d month"
msgid_plural "%'d months"
msgstr[0] "%'d mois"
msgstr[1] "%'d mois"

#, c-format
msgid "%'d contact"
msgid_plural "%'d contacts"
msgstr[0] "%'d contact"
msgstr[1] "%'d contacts"

#, c-format
msgid "%'d exchange"
msgid_plural "%'d exchanges"
msgstr[0] "%'d échange"
msgstr[1] "%'d échanges"

# ---------------------------------------------------------------------------
# Dates typed by the user

#. The forms a date may be typed in, for error messages and hints.
msgid "YYYY-MM-DD, DD/MM/YYYY, DD/MM, today, yesterday, tomorrow, -Nd, +Nd, -Nw, +Nw or +Nm"
msgstr "JJ/MM/AAAA, JJ/MM, AAAA-MM-JJ, aujourd’hui, hier, avant-hier, demain, -3j, +2s ou +1m"

#, c-format
msgid "cannot read the date '%s' (expected %s)"
msgstr "date illisible : « %s » (attendu : %s)"

# ---------------------------------------------------------------------------
# The domain's words (see docs/fr/glossaire.md)

msgid "Log an exchange"
msgstr "Consigner un échange"

msgid "exchange"
msgstr "échange"

msgid "follow-up"
msgstr "relance"

msgid "Follow-ups"
msgstr "Relances"

msgid "due"
msgstr "à relancer"

msgid "never contacted"
msgstr "jamais contacté·e"

msgid "Review"
msgstr "Revue"

msgid "warmth"
msgstr "chaleur"

msgctxt "warmth"
msgid "cold"
msgstr "froide"

msgctxt "warmth"
msgid "cooling"
msgstr "tiède"

msgctxt "warmth"
msgid "warm"
msgstr "chaude"

msgctxt "warmth"
msgid "strong"
msgstr "solide"

msgid "tier"
msgstr "niveau"

msgctxt "tier"
msgid "key"
msgstr "clé"

msgctxt "tier"
msgid "regular"
msgstr "régulier"

msgctxt "tier"
msgid "occasional"
msgstr "occasionnel"

msgid "stage"
msgstr "stade"

msgctxt "stage"
msgid "new"
msgstr "nouvelle"

msgctxt "stage"
msgid "acquainted"
msgstr "amorcée"

msgctxt "stage"
msgid "engaged"
msgstr "suivie"

msgctxt "stage"
msgid "trusted"
msgstr "de confiance"

msgctxt "stage"
msgid "ally"
msgstr "alliance"

msgid "cadence"
msgstr "cadence"

msgid "reciprocity"
msgstr "réciprocité"

msgctxt "intent"
msgid "gave"
msgstr "donné"

msgctxt "intent"
msgid "asked"
msgstr "demandé"

msgctxt "intent"
msgid "chat"
msgstr "discussion"

msgctxt "direction"
msgid "outbound"
msgstr "sortant"

msgctxt "direction"
msgid "inbound"
msgstr "entrant"

msgctxt "role"
msgid "journalist"
msgstr "journaliste"

msgctxt "role"
msgid "blogger"
msgstr "blogueur·euse"

msgctxt "role"
msgid "expert"
msgstr "expert·e"

msgctxt "role"
msgid "influencer"
msgstr "influenceur·euse"

msgctxt "role"
msgid "partner"
msgstr "partenaire"

msgctxt "role"
msgid "provider"
msgstr "prestataire"

msgctxt "role"
msgid "other"
msgstr "autre"

msgid "outlet"
msgstr "média"

msgid "snooze"
msgstr "reporter"

msgid "Do not contact"
msgstr "Ne pas contacter"

msgid "archive"
msgstr "archiver"

msgid "tags"
msgstr "étiquettes"

msgid "how we met"
msgstr "rencontre"

msgid "rating"
msgstr "note"

msgid "promised"
msgstr "promis"

# ---------------------------------------------------------------------------
# CSV export

msgid "--delimiter must be ',' or ';'"
msgstr "--delimiter doit valoir ',' ou ';'"

msgid "--delimiter applies to CSV only"
msgstr "--delimiter ne s’applique qu’au CSV"

"""#,
        "fr/core": #"""
# Rapport: French messages for the domain (RapportCore), import/export (RapportInterchange) and the pitch report (RapportReport).
# One file per part of the program; Catalogs merges Localization/fr/*.po.
# Glossary: docs/fr/glossaire.md. Inclusive writing: the middle dot, once
# (contacté·e, blogueur·euse).
# After editing, run: RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests
msgid ""
msgstr ""
"Project-Id-Version: Rapport\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

# ---------------------------------------------------------------------------
# Names of the kinds of values, in error messages ("valeur inconnue pour le canal")

msgctxt "value kind"
msgid "role"
msgstr "le rôle"

msgctxt "value kind"
msgid "channel"
msgstr "le canal"

msgctxt "value kind"
msgid "direction"
msgstr "le sens"

msgctxt "value kind"
msgid "intent"
msgstr "l’intention"

msgctxt "value kind"
msgid "tier"
msgstr "le niveau"

msgctxt "value kind"
msgid "stage"
msgstr "le stade"

msgctxt "value kind"
msgid "handle kind"
msgstr "le type de coordonnée"

msgctxt "value kind"
msgid "sort"
msgstr "le tri"

msgctxt "value kind"
msgid "duplicate policy"
msgstr "la règle des doublons"

#, c-format
msgid "unknown %1$@ '%2$@'; expected one of: %3$@"
msgstr "valeur inconnue pour %1$@ : « %2$@ » ; valeurs possibles : %3$@"

# ---------------------------------------------------------------------------
# Display labels of stored vocabulary (the stored values never change)

msgctxt "channel"
msgid "Twitter DM"
msgstr "Twitter (MP)"

msgctxt "channel"
msgid "Email"
msgstr "E-mail"

msgctxt "channel"
msgid "Phone"
msgstr "Téléphone"

msgctxt "channel"
msgid "Meeting"
msgstr "Rendez-vous"

msgctxt "channel"
msgid "Event"
msgstr "Événement"

msgctxt "channel"
msgid "Other"
msgstr "Autre"

msgid "A (key)"
msgstr "A (clé)"

msgid "B (regular)"
msgstr "B (régulier)"

msgid "C (occasional)"
msgstr "C (occasionnel)"

msgctxt "handle kind"
msgid "Email"
msgstr "E-mail"

msgctxt "handle kind"
msgid "Phone"
msgstr "Téléphone"

msgctxt "handle kind"
msgid "Website"
msgstr "Site web"

msgctxt "handle kind"
msgid "Other"
msgstr "Autre"

msgctxt "handle kind"
msgid "email"
msgstr "e-mail"

msgctxt "handle kind"
msgid "phone"
msgstr "téléphone"

msgctxt "handle kind"
msgid "website"
msgstr "site web"

msgctxt "handle kind"
msgid "other"
msgstr "autre"

# ---------------------------------------------------------------------------
# Warmth explanation and reciprocity

#, c-format
msgid "gave %2$d / asked %3$d, they gave %1$'d (coverage) in 12 months"
msgid_plural "gave %2$d / asked %3$d, they gave %1$'d (coverage) in 12 months"
msgstr[0] "donné %2$d / demandé %3$d, %1$'d retombée reçue sur 12 mois"
msgstr[1] "donné %2$d / demandé %3$d, %1$'d retombées reçues sur 12 mois"

#, c-format
msgid "gave %d / asked %d in 12 months"
msgstr "donné %d / demandé %d sur 12 mois"

#, c-format
msgid "%@ (asking more than giving)"
msgstr "%@ (plus de demandes que de dons)"

msgid "no exchanges yet"
msgstr "aucun échange pour l’instant"

#, c-format
msgid "no exchange in %'d day"
msgid_plural "no exchange in %'d days"
msgstr[0] "aucun échange en %'d jour"
msgstr[1] "aucun échange en %'d jours"

#, c-format
msgid "%1$'d exchange in %2$'d days"
msgid_plural "%1$'d exchanges in %2$'d days"
msgstr[0] "%1$'d échange en %2$'d jours"
msgstr[1] "%1$'d échanges en %2$'d jours"

msgid "last today"
msgstr "dernier aujourd’hui"

#, c-format
msgid "last on %@"
msgstr "dernier le %@"

#, c-format
msgid "last %'d day ago"
msgid_plural "last %'d days ago"
msgstr[0] "dernier il y a %'d jour"
msgstr[1] "dernier il y a %'d jours"

msgid "they reached out once"
msgstr "a pris contact une fois"

msgid "they reached out twice"
msgstr "a pris contact deux fois"

#, c-format
msgid "they reached out %'d time"
msgid_plural "they reached out %'d times"
msgstr[0] "a pris contact %'d fois"
msgstr[1] "a pris contact %'d fois"

#, c-format
msgid "you gave %2$d / asked %3$d, they gave %1$'d (coverage) in 12 months"
msgid_plural "you gave %2$d / asked %3$d, they gave %1$'d (coverage) in 12 months"
msgstr[0] "vous avez donné %2$d / demandé %3$d, %1$'d retombée reçue sur 12 mois"
msgstr[1] "vous avez donné %2$d / demandé %3$d, %1$'d retombées reçues sur 12 mois"

#, c-format
msgid "you gave %d / asked %d in 12 months"
msgstr "vous avez donné %d / demandé %d sur 12 mois"

#, c-format
msgid "they gave %'d (coverage) in 12 months"
msgid_plural "they gave %'d (coverage) in 12 months"
msgstr[0] "%'d retombée reçue sur 12 mois"
msgstr[1] "%'d retombées reçues sur 12 mois"

# ---------------------------------------------------------------------------
# Review reasons (motifs)

#, c-format
msgid "never contacted (added %'d day ago)"
msgid_plural "never contacted (added %'d days ago)"
msgstr[0] "jamais contacté·e (ajouté·e il y a %'d jour)"
msgstr[1] "jamais contacté·e (ajouté·e il y a %'d jours)"

#, c-format
msgid "%1$'d day overdue on a cadence of %2$'d"
msgid_plural "%1$'d days overdue on a cadence of %2$'d"
msgstr[0] "à relancer depuis %1$'d jour (cadence de %2$'d j)"
msgstr[1] "à relancer depuis %1$'d jours (cadence de %2$'d j)"

#, c-format
msgid "follow-up due %1$@: %2$@"
msgstr "relance prévue le %1$@ : %2$@"

msgid "changed jobs today, not contacted since"
msgstr "a changé de poste aujourd’hui, pas contacté·e depuis"

msgid "changed jobs yesterday, not contacted since"
msgstr "a changé de poste hier, pas contacté·e depuis"

#, c-format
msgid "changed jobs %'d day ago, not contacted since"
msgid_plural "changed jobs %'d days ago, not contacted since"
msgstr[0] "a changé de poste il y a %'d jour, pas contacté·e depuis"
msgstr[1] "a changé de poste il y a %'d jours, pas contacté·e depuis"

#, c-format
msgid "moved to %@ today, not contacted since"
msgstr "parti·e chez %@ aujourd’hui, pas contacté·e depuis"

#, c-format
msgid "moved to %@ yesterday, not contacted since"
msgstr "parti·e chez %@ hier, pas contacté·e depuis"

#, c-format
msgid "moved to %2$@ %1$'d day ago, not contacted since"
msgid_plural "moved to %2$@ %1$'d days ago, not contacted since"
msgstr[0] "parti·e chez %2$@ il y a %1$'d jour, pas contacté·e depuis"
msgstr[1] "parti·e chez %2$@ il y a %1$'d jours, pas contacté·e depuis"

# ---------------------------------------------------------------------------
# Warnings before logging an exchange

#, c-format
msgid "%@ is marked do-not-contact."
msgstr "%@ est marqué·e « ne pas contacter »."

#, c-format
msgid ": “%@”"
msgstr " : « %@ »"

#, c-format
msgid "%1$@ already asked %2$@ something earlier today (%3$@)%4$@, and nothing was given since."
msgstr "%1$@ a déjà sollicité %2$@ plus tôt aujourd’hui (%3$@)%4$@, et rien n’a été donné depuis."

#, c-format
msgid "%1$@ already asked %2$@ something yesterday (%3$@)%4$@, and nothing was given since."
msgstr "%1$@ a déjà sollicité %2$@ hier (%3$@)%4$@, et rien n’a été donné depuis."

#, c-format
msgid "%2$@ already asked %3$@ something %1$'d day ago (%4$@)%5$@, and nothing was given since."
msgid_plural "%2$@ already asked %3$@ something %1$'d days ago (%4$@)%5$@, and nothing was given since."
msgstr[0] "%2$@ a déjà sollicité %3$@ il y a %1$'d jour (%4$@)%5$@, et rien n’a été donné depuis."
msgstr[1] "%2$@ a déjà sollicité %3$@ il y a %1$'d jours (%4$@)%5$@, et rien n’a été donné depuis."

#, c-format
msgid "You already asked %1$@ something earlier today (%2$@) and have given nothing since."
msgstr "Vous avez déjà sollicité %1$@ plus tôt aujourd’hui (%2$@) et n’avez rien donné depuis."

#, c-format
msgid "You already asked %1$@ something yesterday (%2$@) and have given nothing since."
msgstr "Vous avez déjà sollicité %1$@ hier (%2$@) et n’avez rien donné depuis."

#, c-format
msgid "You already asked %2$@ something %1$'d day ago (%3$@) and have given nothing since."
msgid_plural "You already asked %2$@ something %1$'d days ago (%3$@) and have given nothing since."
msgstr[0] "Vous avez déjà sollicité %2$@ il y a %1$'d jour (%3$@) et n’avez rien donné depuis."
msgstr[1] "Vous avez déjà sollicité %2$@ il y a %1$'d jours (%3$@) et n’avez rien donné depuis."

# ---------------------------------------------------------------------------
# Career

#, c-format
msgid "since %@"
msgstr "depuis %@"

#, c-format
msgid "at %1$@ since %2$@"
msgstr "chez %1$@ depuis %2$@"

#, c-format
msgid "before: %@"
msgstr "avant : %@"

# ---------------------------------------------------------------------------
# Validation of what the user typed

msgid "the name is empty"
msgstr "le nom est vide"

msgid "the name contains a line break"
msgstr "le nom contient un saut de ligne"

#, c-format
msgid "cadence %d is out of range (%d–%d days)"
msgstr "cadence %d hors limites (%d à %d jours)"

#, c-format
msgid "tag '%@' contains a comma or a line break"
msgstr "l’étiquette « %@ » contient une virgule ou un saut de ligne"

#, c-format
msgid "tag '%@…' is longer than 60 characters"
msgstr "l’étiquette « %@… » dépasse 60 caractères"

msgid "the summary is empty"
msgstr "le résumé est vide"

msgid "the summary must be one line (put details in the notes)"
msgstr "le résumé doit tenir sur une ligne (mettez les détails dans les notes)"

#, c-format
msgid "rating %d is out of range (1–5)"
msgstr "note %d hors limites (1 à 5)"

#, c-format
msgid "the date %1$@ is in the future (today is %2$@); use --allow-future to log it anyway"
msgstr "la date %1$@ est dans le futur (nous sommes le %2$@) ; --allow-future la consigne quand même"

msgid "the project name must be one line"
msgstr "le nom du projet doit tenir sur une ligne"

msgid "the follow-up needs a text saying what was promised"
msgstr "la relance doit dire ce qui a été promis"

msgid "the follow-up must be one line"
msgstr "la relance doit tenir sur une ligne"

msgid "the coverage title is empty"
msgstr "le titre de la retombée est vide"

msgid "the coverage title must be one line"
msgstr "le titre de la retombée doit tenir sur une ligne"

msgid "the outlet must be one line"
msgstr "le média doit tenir sur une ligne"

#, c-format
msgid "the date %1$@ is in the future (today is %2$@); coverage is recorded once it is out"
msgstr "la date %1$@ est dans le futur (nous sommes le %2$@) ; une retombée s’enregistre une fois parue"

#, c-format
msgid "the link %@ is not a web address (it must start with http:// or https://)"
msgstr "le lien %@ n’est pas une adresse web (il doit commencer par http:// ou https://)"

#, c-format
msgid "empty %@"
msgstr "coordonnée vide (%@)"

#, c-format
msgid "%1$@ '%2$@' contains a line break"
msgstr "« %2$@ » (%1$@) contient un saut de ligne"

#, c-format
msgid "'%@' is not an email address"
msgstr "« %@ » n’est pas une adresse e-mail"

#, c-format
msgid "'%@' is not a phone number"
msgstr "« %@ » n’est pas un numéro de téléphone"

#, c-format
msgid "'%@' is not a Twitter/X handle (expected @name)"
msgstr "« %@ » n’est pas un compte Twitter/X (attendu : @nom)"

#, c-format
msgid "'%@' is not a Mastodon address (expected @name@server)"
msgstr "« %@ » n’est pas une adresse Mastodon (attendu : @nom@serveur)"

#, c-format
msgid "'%@' is not a Bluesky handle (expected name.bsky.social)"
msgstr "« %@ » n’est pas un compte Bluesky (attendu : nom.bsky.social)"

#, c-format
msgid "'%@' is not a LinkedIn profile"
msgstr "« %@ » n’est pas un profil LinkedIn"

#, c-format
msgid "'%@' is not a web address"
msgstr "« %@ » n’est pas une adresse web"

#, c-format
msgid "RAPPORT_NOW='%@' is not a date (expected YYYY-MM-DD)"
msgstr "RAPPORT_NOW='%@' n’est pas une date (attendu : AAAA-MM-JJ)"

#, c-format
msgid "not a YYYY-MM-DD date: %@"
msgstr "pas une date AAAA-MM-JJ : %@"

# ---------------------------------------------------------------------------
# Import of contact files (vCard, CSV): errors and warnings; the caller adds FILE:LINE

#, c-format
msgid "line %1$d: %2$@ is not valid UTF-8; the bad bytes were replaced by �"
msgstr "ligne %1$d : %2$@ n’est pas de l’UTF-8 valide ; les octets erronés sont remplacés par �"

#, c-format
msgid "line %1$d: %2$@ is not UTF-8; read as Windows-1252"
msgstr "ligne %1$d : %2$@ n’est pas en UTF-8 ; lu comme du Windows-1252"

#, c-format
msgid "unknown role '%@'; ignored"
msgstr "rôle inconnu « %@ » ; ignoré"

#, c-format
msgid "unknown tier '%@'; ignored"
msgstr "niveau inconnu « %@ » ; ignoré"

#, c-format
msgid "unknown stage '%@'; ignored"
msgstr "stade inconnu « %@ » ; ignoré"

#, c-format
msgid "cadence '%@' is not a number of days; ignored"
msgstr "cadence « %@ » : pas un nombre de jours ; ignorée"

msgid "the file is UTF-16; save it as UTF-8"
msgstr "le fichier est en UTF-16 ; enregistrez-le en UTF-8"

#, c-format
msgid "'%1$@' is not a %2$@ profile; kept as other"
msgstr "« %1$@ » n’est pas un profil %2$@ ; gardé en « autre »"

#, c-format
msgid "content outside a card: '%@'"
msgstr "contenu hors d’une carte : « %@ »"

#, c-format
msgid "property line without ':': '%@'"
msgstr "ligne de propriété sans ':' : « %@ »"

#, c-format
msgid "BEGIN:VCARD inside a card (the card at line %d has no END:VCARD)"
msgstr "BEGIN:VCARD dans une carte (la carte de la ligne %d n’a pas de END:VCARD)"

#, c-format
msgid "invalid quoted-printable in %1$@: '=' followed by '%2$@'"
msgstr "quoted-printable invalide dans %1$@ : '=' suivi de « %2$@ »"

msgid "card not closed: BEGIN:VCARD without END:VCARD"
msgstr "carte non fermée : BEGIN:VCARD sans END:VCARD"

#, c-format
msgid "%@; kept as other"
msgstr "%@ ; gardé en « autre »"

#, c-format
msgid "'%@' is not a web address; kept as other"
msgstr "« %@ » n’est pas une adresse web ; gardée en « autre »"

#, c-format
msgid "cannot be written (%@)"
msgstr "écriture impossible (%@)"

msgid "no such file"
msgstr "fichier introuvable"

msgid "cannot be opened for reading"
msgstr "ouverture en lecture impossible"

#, c-format
msgid "cannot be read (%@)"
msgstr "lecture impossible (%@)"

#, c-format
msgid "tag '%1$@…' cut to %2$d characters"
msgstr "étiquette « %1$@… » coupée à %2$d caractères"

#, c-format
msgid "cadence %d is out of range (%d–%d days); ignored"
msgstr "cadence %d hors limites (%d à %d jours) ; ignorée"

msgid "--map applies to CSV files only"
msgstr "--map ne s’applique qu’aux fichiers CSV"

msgid "the file is empty (no header row)"
msgstr "le fichier est vide (pas de ligne d’en-têtes)"

#, c-format
msgid "row has %d fields but the header has %d"
msgstr "la ligne a %d champs, mais l’en-tête en a %d"

msgid "invalid UTF-8"
msgstr "UTF-8 invalide"

msgid "unclosed quote: the quoted field that starts here never ends"
msgstr "guillemet non fermé : le champ entre guillemets qui commence ici ne se termine jamais"

msgid "not valid UTF-8; the bad bytes were replaced by �"
msgstr "UTF-8 invalide ; les octets erronés sont remplacés par �"

msgid "not UTF-8; read as Windows-1252"
msgstr "pas en UTF-8 ; lu comme du Windows-1252"

#, c-format
msgid "line %1$d: %2$@"
msgstr "ligne %1$d : %2$@"

#, c-format
msgid "unknown role '%1$@'; %2$@ used"
msgstr "rôle inconnu « %1$@ » ; « %2$@ » retenu"

#, c-format
msgid "unknown tier '%1$@'; %2$@ used"
msgstr "niveau inconnu « %1$@ » ; « %2$@ » retenu"

#, c-format
msgid "unknown stage '%1$@'; %2$@ used"
msgstr "stade inconnu « %1$@ » ; « %2$@ » retenu"

# ---------------------------------------------------------------------------
# The pitch report (bilan presse): Markdown and HTML; its CSV stays English

msgid "Pitch report"
msgstr "Bilan presse"

#, c-format
msgid "Pitch report: %@"
msgstr "Bilan presse : %@"

#, c-format
msgid "Period: %1$@ · generated %2$@"
msgstr "Période : %1$@ · établi le %2$@"

#, c-format
msgid "%1$@ · generated %2$@"
msgstr "%1$@ · établi le %2$@"

msgid "No exchanges or coverage in this period."
msgstr "Aucun échange ni aucune retombée sur cette période."

msgid "Made with Rapport."
msgstr "Établi avec Rapport."

msgctxt "report"
msgid "Summary"
msgstr "Synthèse"

msgctxt "report"
msgid "People"
msgstr "Personnes"

msgctxt "report"
msgid "Exchanges"
msgstr "Échanges"

msgctxt "report"
msgid "Open follow-ups"
msgstr "Relances en cours"

msgctxt "report"
msgid "Due"
msgstr "Échéance"

msgctxt "report"
msgid "Person"
msgstr "Personne"

msgctxt "report"
msgid "Follow-up"
msgstr "Relance"

msgctxt "report"
msgid "Date"
msgstr "Date"

msgctxt "report"
msgid "Channel"
msgstr "Canal"

msgctxt "report"
msgid "Direction"
msgstr "Sens"

msgctxt "report"
msgid "Intent"
msgstr "Intention"

msgctxt "report"
msgid "Outcome"
msgstr "Résultat"

msgctxt "report"
msgid "Project"
msgstr "Projet"

msgctxt "report"
msgid "Coverage"
msgstr "Retombées"

msgctxt "report"
msgid "Title"
msgstr "Titre"

msgctxt "report"
msgid "Outlet"
msgstr "Média"

msgctxt "exchange"
msgid "Summary"
msgstr "Résumé"

msgid "From the exchange of"
msgstr "Échange d’origine"

msgctxt "follow-ups"
msgid "None."
msgstr "Aucune."

#, c-format
msgid "%1$@: %2$@"
msgstr "%1$@ : %2$@"

#. A label before its value: "Replies:" in the report's summary.
#, c-format
msgid "%@:"
msgstr "%@ :"

msgctxt "report column"
msgid "Coverage"
msgstr "Retombée"

#, c-format
msgid "%@ (overdue)"
msgstr "%@ (en retard)"

msgctxt "direction, short"
msgid "in"
msgstr "entrant"

msgctxt "direction, short"
msgid "out"
msgstr "sortant"

#, c-format
msgid "%d%%"
msgstr "%d %%"

msgid "People contacted"
msgstr "Personnes contactées"

#, c-format
msgid "%1$'d (%2$@)"
msgstr "%1$'d (%2$@)"

msgid "Replies"
msgstr "Réponses"

#, c-format
msgid "%1$'d inbound exchange of %2$'d (%3$@)"
msgid_plural "%1$'d inbound exchanges of %2$'d (%3$@)"
msgstr[0] "%1$'d échange entrant sur %2$'d (%3$@)"
msgstr[1] "%1$'d échanges entrants sur %2$'d (%3$@)"

msgid "Asks versus gives"
msgstr "Demandes et dons"

#, c-format
msgid "%2$'d asked, %3$'d gave, %1$'d chat"
msgid_plural "%2$'d asked, %3$'d gave, %1$'d chats"
msgstr[0] "demandé : %2$'d, donné : %3$'d, discussion : %1$'d"
msgstr[1] "demandé : %2$'d, donné : %3$'d, discussions : %1$'d"

msgid "Outcomes"
msgstr "Résultats"

#, c-format
msgid "%2$@/5 on average over %1$'d rated exchange"
msgid_plural "%2$@/5 on average over %1$'d rated exchanges"
msgstr[0] "%2$@/5 en moyenne sur %1$'d échange noté"
msgstr[1] "%2$@/5 en moyenne sur %1$'d échanges notés"

msgid "Coverage obtained"
msgstr "Retombées obtenues"

msgctxt "coverage"
msgid "none"
msgstr "aucune"

#, c-format
msgid "%1$@ from %2$@"
msgstr "%1$@ (%2$@)"

#, c-format
msgid "%'d piece"
msgid_plural "%'d pieces"
msgstr[0] "%'d retombée"
msgstr[1] "%'d retombées"

#, c-format
msgid "%'d person"
msgid_plural "%'d people"
msgstr[0] "%'d personne"
msgstr[1] "%'d personnes"

#, c-format
msgid "%2$'d (%1$'d overdue)"
msgid_plural "%2$'d (%1$'d overdue)"
msgstr[0] "%2$'d (%1$'d en retard)"
msgstr[1] "%2$'d (%1$'d en retard)"

msgid "Exchanges (blue) and coverage (orange) per week, weeks starting on Monday."
msgstr "Échanges (bleu) et retombées (orange) par semaine ; les semaines commencent le lundi."

#, c-format
msgid "Exchanges (blue) and coverage (orange) per %d weeks, weeks starting on Monday."
msgstr "Échanges (bleu) et retombées (orange) par période de %d semaines ; les semaines commencent le lundi."

msgid "Exchanges and coverage per week"
msgstr "Échanges et retombées par semaine"

#, c-format
msgid "Exchanges and coverage per %'d weeks"
msgstr "Échanges et retombées par période de %'d semaines"

#, c-format
msgid "Week of %1$@: %2$@, %3$@"
msgstr "Semaine du %1$@ : %2$@, %3$@"

#, c-format
msgid "%'d piece of coverage"
msgid_plural "%'d pieces of coverage"
msgstr[0] "%'d retombée"
msgstr[1] "%'d retombées"

msgid "Exchanges per week"
msgstr "Échanges par semaine"

#, c-format
msgid "Exchanges per %'d weeks"
msgstr "Échanges par période de %'d semaines"

msgid "Coverage per week"
msgstr "Retombées par semaine"

#, c-format
msgid "Coverage per %'d weeks"
msgstr "Retombées par période de %'d semaines"

"""#,
        "fr/keys": #"""
# Rapport: French messages for sorting, keys and the French session (surname order, AZERTY, import reports).
# One file per part of the program; Catalogs merges Localization/fr/*.po.
# Glossary: docs/fr/glossaire.md. Inclusive writing: the middle dot, once
# (contacté·e, blogueur·euse).
# After editing, run: RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests
msgid ""
msgstr ""
"Project-Id-Version: Rapport\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

"""#,
        "fr/perf": #"""
# Rapport: French messages for messages added for speed work.
# One file per part of the program; Catalogs merges Localization/fr/*.po.
# Glossary: docs/fr/glossaire.md. Inclusive writing: the middle dot, once
# (contacté·e, blogueur·euse).
# After editing, run: RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests
msgid ""
msgstr ""
"Project-Id-Version: Rapport\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

"""#,
        "fr/records": #"""
# Rapport: French messages for messages added for exports and copies of press work.
# One file per part of the program; Catalogs merges Localization/fr/*.po.
# Glossary: docs/fr/glossaire.md. Inclusive writing: the middle dot, once
# (contacté·e, blogueur·euse).
# After editing, run: RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests
msgid ""
msgstr ""
"Project-Id-Version: Rapport\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

"""#,
        "fr/store": #"""
# Rapport: French messages for the stores' messages (RapportStore, RapportPostgres, RapportTransfer).
# One file per part of the program; Catalogs merges Localization/fr/*.po.
# Glossary: docs/fr/glossaire.md. Inclusive writing: the middle dot, once
# (contacté·e, blogueur·euse).
# After editing, run: RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests
msgid ""
msgstr ""
"Project-Id-Version: Rapport\n"
"Language: fr\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

"""#,
    ]
}

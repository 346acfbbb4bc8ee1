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

# ---------------------------------------------------------------------------
# Career positions read from an import (RapportCore, PositionCheck.swift)

#, c-format
msgid "the position %1$@ starts on %2$@, after it ends (%3$@)"
msgstr "le poste %1$@ commence le %2$@, après sa fin (%3$@)"

# ---------------------------------------------------------------------------
# rapport copy (Sources/rapport/Commands/CopyCommand.swift)

msgid "Copies every contact with its handles, tags, exchanges and follow-ups, archived, snoozed and review dates included, and its coverage, projects, career moves and introductions. Ids are new; in a team database the copied exchanges' and coverage's author is you (the database sets it). One transaction on the destination: everything is copied or nothing. The destination must be empty: a new file, or a team database set up with rapport team init. SRC and DEST are file paths or postgresql:// URIs."
msgstr "Copie chaque contact avec ses coordonnées, étiquettes, échanges et relances, archivage, report et dates de revue compris, ainsi que ses retombées, projets, changements de poste et mises en relation. Les numéros sont nouveaux ; dans une base d’équipe, vous êtes l’auteur·rice des échanges et retombées copiés (la base le fixe). Une seule transaction sur la destination : tout est copié ou rien. La destination doit être vide : un nouveau fichier, ou une base d’équipe préparée avec rapport team init. SRC et DEST sont des chemins de fichier ou des URI postgresql://."

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

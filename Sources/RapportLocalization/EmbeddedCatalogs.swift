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

# ---------------------------------------------------------------------------
# RapportPostgres

msgid "libpq could not allocate a connection"
msgstr "libpq n’a pas pu créer de connexion"

#, c-format
msgctxt "database on host"
msgid "%1$@ on %2$@"
msgstr "%1$@ sur %2$@"

msgid "the team database"
msgstr "la base d’équipe"

msgid "the project name is empty"
msgstr "le nom du projet est vide"

msgid "the project name must be one line"
msgstr "le nom du projet doit tenir sur une ligne"

#, c-format
msgid "the project %@ could not be created"
msgstr "le projet %@ n’a pas pu être créé"

#, c-format
msgid "no privilege on %1$@ %2$@"
msgstr "aucun droit sur %1$@ %2$@"

msgid "not allowed to create roles"
msgstr "pas le droit de créer des rôles"

#, c-format
msgid "not allowed to grant the role %@"
msgstr "pas le droit d’attribuer le rôle %@"

#, c-format
msgid "not allowed to revoke the role %@"
msgstr "pas le droit de retirer le rôle %@"

#, c-format
msgid "only the owner of %1$@ %2$@ may do this"
msgstr "seul le propriétaire de %1$@ %2$@ peut le faire"

#, c-format
msgid "the password of %@ was refused"
msgstr "le mot de passe de %@ a été refusé"

#, c-format
msgid "there is no PostgreSQL login %@"
msgstr "il n’existe pas d’identifiant PostgreSQL %@"

#, c-format
msgid "there is no database %@ on the server"
msgstr "il n’y a pas de base %@ sur le serveur"

#, c-format
msgid "no PostgreSQL server answers at %@"
msgstr "aucun serveur PostgreSQL ne répond à l’adresse %@"

msgid "the server closed the connection unexpectedly"
msgstr "le serveur a fermé la connexion de façon inattendue"

msgid "the server's administrator ended the connection"
msgstr "l’administrateur du serveur a mis fin à la connexion"

msgid "no connection to the server"
msgstr "pas de connexion au serveur"

msgctxt "database object"
msgid "the table"
msgstr "la table"

msgctxt "database object"
msgid "the view"
msgstr "la vue"

msgctxt "database object"
msgid "the sequence"
msgstr "la séquence"

msgctxt "database object"
msgid "the schema"
msgstr "le schéma"

msgctxt "database object"
msgid "the function"
msgstr "la fonction"

msgctxt "database object"
msgid "the database"
msgstr "la base"

#, c-format
msgid "no contact with id %d"
msgstr "aucun contact n° %d"

msgid "the new contact got no id"
msgstr "le nouveau contact n’a pas reçu d’id"

#, c-format
msgid "the notes of %@"
msgstr "les notes de %@"

#, c-format
msgid "%@ are private to a colleague; they were left as they are"
msgstr "%@ sont privées à un·e collègue ; elles n’ont pas été modifiées"

#, c-format
msgid "the %1$@ %2$@ already belongs to %3$@"
msgstr "la coordonnée %2$@ (%1$@) appartient déjà à %3$@"

#, c-format
msgid "no database login '%1$@' to make the owner of %2$@"
msgstr "aucun identifiant « %1$@ » dans la base pour en faire le propriétaire de %2$@"

msgid "no contact given (an id, a handle or a part of the name)"
msgstr "aucun contact indiqué (un id, une coordonnée ou une partie du nom)"

#, c-format
msgid "no contact matches '%@' (by id, handle or name)"
msgstr "aucun contact ne correspond à « %@ » (par id, coordonnée ou nom)"

#, c-format
msgid "no exchange with id %d"
msgstr "aucun échange n° %d"

#, c-format
msgid "exchange #%1$d is not one of %2$@'s exchanges"
msgstr "l’échange n° %1$d n’est pas un échange de %2$@"

msgid "the new coverage got no id"
msgstr "la nouvelle retombée n’a pas reçu d’id"

msgid "the new coverage was not found"
msgstr "la nouvelle retombée est introuvable"

#, c-format
msgid "no coverage with id %d"
msgstr "aucune retombée n° %d"

msgid "the coverage was not found"
msgstr "la retombée est introuvable"

msgid "the new exchange was not found"
msgstr "le nouvel échange est introuvable"

msgid "the new exchange got no id"
msgstr "le nouvel échange n’a pas reçu d’id"

#, c-format
msgid "the notes of exchange #%d"
msgstr "les notes de l’échange n° %d"

#, c-format
msgid "exchange #%d"
msgstr "échange n° %d"

msgid "the contact of that exchange is no longer there"
msgstr "le contact de cet échange n’existe plus"

msgid "the restored exchange was not found"
msgstr "l’échange restauré est introuvable"

msgid "that exchange is no longer there"
msgstr "cet échange n’existe plus"

#, c-format
msgid "exchange %d has no follow-up"
msgstr "l’échange %d n’a pas de relance"

#, c-format
msgid "no project named %@"
msgstr "aucun projet ne s’appelle %@"

#, c-format
msgid "an exchange of %@ has an empty summary"
msgstr "un échange du %@ a un résumé vide"

#, c-format
msgid "rating %d is out of range (1–5)"
msgstr "note %d hors limites (1 à 5)"

msgid "the import did not finish"
msgstr "l’import ne s’est pas terminé"

#, c-format
msgid "%1$@ holds %2$@, which a backup of a team database into a file does not carry yet; back it up with pg_dump (docs/team.md); nothing was written"
msgstr "%1$@ contient %2$@, que la sauvegarde d’une base d’équipe dans un fichier ne reprend pas encore ; sauvegardez-la avec pg_dump (docs/team.md) ; rien n’a été écrit"

msgid "the demo needs at least 1 contact and 0 or more exchanges"
msgstr "la démo demande au moins 1 contact et 0 échange ou plus"

#, c-format
msgid "%@ already holds contacts; the demo only fills an empty database"
msgstr "%@ contient déjà des contacts ; la démo ne remplit qu’une base vide"

msgid "the database is no longer empty; nothing was added"
msgstr "la base n’est plus vide ; rien n’a été ajouté"

#, c-format
msgid "%1$@ is not a Rapport team database; an administrator sets it up with: rapport team init --db %2$@"
msgstr "%1$@ n’est pas une base d’équipe Rapport ; un administrateur la prépare avec : rapport team init --db %2$@"

#, c-format
msgid "%1$@ needs a schema update that its administrator runs with: rapport team init --db %2$@"
msgstr "%1$@ demande une mise à jour du schéma, que son administrateur lance avec : rapport team init --db %2$@"

#, c-format
msgid "%1$@ holds other tables (%2$@); team init sets up an empty database only, and changed nothing"
msgstr "%1$@ contient d’autres tables (%2$@) ; team init ne prépare qu’une base vide, et n’a rien changé"

msgid "team init needs the database's owner, with CREATEROLE"
msgstr "team init demande le propriétaire de la base, avec CREATEROLE"

#, c-format
msgid "no PostgreSQL role %1$@; the administrator creates it with: %2$@"
msgstr "aucun rôle PostgreSQL %1$@ ; l’administrateur le crée avec : %2$@"

#, c-format
msgid "the PostgreSQL role %1$@ cannot log in; the administrator allows it with: %2$@"
msgstr "le rôle PostgreSQL %1$@ ne peut pas se connecter ; l’administrateur l’autorise avec : %2$@"

msgid "only the team's administrator adds members and names them"
msgstr "seul l’administrateur de l’équipe ajoute des membres et les nomme"

#, c-format
msgid "%1$@ is not a member of the team on %2$@ (rapport team list shows who is)"
msgstr "%1$@ n’est pas membre de l’équipe sur %2$@ (rapport team list montre qui l’est)"

msgid "only the team's administrator removes members"
msgstr "seul l’administrateur de l’équipe retire des membres"

# ---------------------------------------------------------------------------
# RapportStore

#, c-format
msgid "it is a symbolic link to %@, which does not exist"
msgstr "c’est un lien symbolique vers %@, qui n’existe pas"

msgid "it is a folder"
msgstr "c’est un dossier"

#, c-format
msgid "the file is read-only (%@); reading commands still work"
msgstr "le fichier est en lecture seule (%@) ; les commandes de lecture fonctionnent toujours"

#, c-format
msgid "its folder is read-only (%@); reading commands still work"
msgstr "son dossier est en lecture seule (%@) ; les commandes de lecture fonctionnent toujours"

#, c-format
msgid "%@ already holds contacts; the demo only fills an empty database (use --db with a new file)"
msgstr "%@ contient déjà des contacts ; la démo ne remplit qu’une base vide (utilisez --db avec un nouveau fichier)"

msgid "the database already holds contacts; the demo only fills an empty database (use --db with a new file)"
msgstr "la base contient déjà des contacts ; la démo ne remplit qu’une base vide (utilisez --db avec un nouveau fichier)"

msgid "cannot open"
msgstr "ouverture impossible"

#, c-format
msgid "cannot create the folder %@"
msgstr "impossible de créer le dossier %@"

msgid "cannot read it"
msgstr "impossible de le lire"

msgid "permission denied"
msgstr "accès refusé"

#, c-format
msgid "cannot create a private folder for the import (%@)"
msgstr "impossible de créer un dossier privé pour l’import (%@)"

msgid "no such file"
msgstr "fichier introuvable"

#, c-format
msgid "%@ is an empty file, not a Rapport backup; nothing was changed"
msgstr "%@ est un fichier vide, pas une sauvegarde Rapport ; rien n’a été changé"

#, c-format
msgid "%@ cannot have introduced themselves"
msgstr "%@ ne peut pas s’être présenté·e soi-même"

#, c-format
msgid "%1$@ was introduced by %2$@, so cannot have introduced them"
msgstr "%1$@ a été présenté·e par %2$@, et ne peut donc pas l’avoir présenté·e"

#, c-format
msgid "%1$@ has no handle '%2$@'"
msgstr "%1$@ n’a pas de coordonnée « %2$@ »"

#, c-format
msgid "'%1$@' matches %2$@'s %3$@; write it as kind:value, e.g. %4$@:%1$@"
msgstr "« %1$@ » correspond à plusieurs coordonnées de %2$@ (%3$@) ; écrivez type:valeur, par exemple %4$@:%1$@"

msgctxt "list"
msgid " and "
msgstr " et "

#, c-format
msgid "%1$@ has no tag '%2$@'"
msgstr "%1$@ n’a pas l’étiquette « %2$@ »"

msgid "the edited exchange was not found"
msgstr "l’échange modifié est introuvable"

#, c-format
msgid "%1$@ (#%2$d), %3$@, %4$@ and %5$@"
msgstr "%1$@ (n° %2$d), %3$@, %4$@ et %5$@"

#, c-format
msgid "%'d handle"
msgid_plural "%'d handles"
msgstr[0] "%'d coordonnée"
msgstr[1] "%'d coordonnées"

#, c-format
msgid "%'d tag link"
msgid_plural "%'d tag links"
msgstr[0] "%'d lien d’étiquette"
msgstr[1] "%'d liens d’étiquette"

msgctxt "sort"
msgid "name"
msgstr "nom"

msgctxt "sort"
msgid "last contact"
msgstr "dernier échange"

msgctxt "sort"
msgid "warmth"
msgstr "chaleur"

msgctxt "sort"
msgid "due"
msgstr "à relancer"

#, c-format
msgid "%'d piece of coverage"
msgid_plural "%'d pieces of coverage"
msgstr[0] "%'d retombée"
msgstr[1] "%'d retombées"

#, c-format
msgid "%'d career move"
msgid_plural "%'d career moves"
msgstr[0] "%'d changement de poste"
msgstr[1] "%'d changements de poste"

#, c-format
msgid "%'d introduction"
msgid_plural "%'d introductions"
msgstr[0] "%'d mise en relation"
msgstr[1] "%'d mises en relation"

msgctxt "press work"
msgid "nothing"
msgstr "rien"

#, c-format
msgctxt "list"
msgid "%1$@ and %2$@"
msgstr "%1$@ et %2$@"

#, c-format
msgid "'%1$@' matches more than 50 contacts: %2$@, and many more; use the id or more of the name"
msgstr "« %1$@ » correspond à plus de 50 contacts : %2$@, et bien d’autres ; précisez l’id ou davantage du nom"

#, c-format
msgid "'%1$@' matches %2$'d contacts: %3$@, and %4$'d more; use the id or more of the name"
msgstr "« %1$@ » correspond à %2$'d contacts : %3$@, et %4$'d autres ; précisez l’id ou davantage du nom"

#, c-format
msgid "'%2$@' matches %1$'d contact: %3$@; use the id or more of the name"
msgid_plural "'%2$@' matches %1$'d contacts: %3$@; use the id or more of the name"
msgstr[0] "« %2$@ » correspond à %1$'d contact : %3$@ ; précisez l’id ou davantage du nom"
msgstr[1] "« %2$@ » correspond à %1$'d contacts : %3$@ ; précisez l’id ou davantage du nom"

#, c-format
msgid "no database at %@ (rapport add, import, demo or the full-screen app creates one)"
msgstr "aucune base à l’emplacement %@ (rapport add, import, demo ou l’application plein écran en crée une)"

#, c-format
msgid "%@ is not a Rapport database (it is not an SQLite file); it was left untouched"
msgstr "%@ n’est pas une base Rapport (ce n’est pas un fichier SQLite) ; il n’a pas été touché"

#, c-format
msgid "%@ is an SQLite database but not a Rapport database; it was left untouched"
msgstr "%@ est une base SQLite mais pas une base Rapport ; elle n’a pas été touchée"

#, c-format
msgid "%1$@ was written by a newer version of Rapport (schema %2$@); upgrade Rapport to open it. The file was left untouched"
msgstr "%1$@ a été écrit par une version plus récente de Rapport (schéma %2$@) ; mettez Rapport à jour pour l’ouvrir. Le fichier n’a pas été touché"

#, c-format
msgid "%1$@ is damaged (%2$@); it was left untouched. Restore a backup over it with: rapport restore --force BACKUP"
msgstr "%1$@ est endommagé (%2$@) ; il n’a pas été touché. Restaurez une sauvegarde par-dessus avec : rapport restore --force SAUVEGARDE"

#, c-format
msgid "cannot open %1$@: %2$@"
msgstr "impossible d’ouvrir %1$@ : %2$@"

#, c-format
msgid "cannot write %@: the disk is full; nothing was saved. Free some space and try again"
msgstr "impossible d’écrire %@ : le disque est plein ; rien n’a été enregistré. Libérez de la place et réessayez"

#, c-format
msgid "cannot write %@: it is open for reading only (the file or its folder is read-only); nothing was saved"
msgstr "impossible d’écrire %@ : il est ouvert en lecture seule (le fichier ou son dossier est en lecture seule) ; rien n’a été enregistré"

#, c-format
msgid "%@ is still being checked for damage; nothing was saved, try again in a moment"
msgstr "%@ est encore en cours de vérification ; rien n’a été enregistré, réessayez dans un instant"

#, c-format
msgid "%@ is busy: another Rapport has been writing to it for a while (a long import?); try again when it is done"
msgstr "%@ est occupé : un autre Rapport y écrit depuis un moment (un long import ?) ; réessayez quand il aura fini"

#, c-format
msgid "database error: %@"
msgstr "erreur de la base : %@"

#, c-format
msgid "%1$@ was changed by %2$@ at %3$@ — reopen to see their change; nothing was overwritten"
msgstr "%1$@ : modifié entre-temps par %2$@ à %3$@ — rouvrez pour voir sa modification ; rien n’a été écrasé"

#, c-format
msgid "%1$@ was changed by %2$@ — reopen to see their change; nothing was overwritten"
msgstr "%1$@ : modifié entre-temps par %2$@ — rouvrez pour voir sa modification ; rien n’a été écrasé"

#, c-format
msgid "%1$@ was changed at %2$@ — reopen to see the change; nothing was overwritten"
msgstr "%1$@ : modifié entre-temps à %2$@ — rouvrez pour voir la modification ; rien n’a été écrasé"

#, c-format
msgid "%@ was changed — reopen to see the change; nothing was overwritten"
msgstr "%@ : modifié entre-temps — rouvrez pour voir la modification ; rien n’a été écrasé"

#, c-format
msgid "the connection to the team database was lost (%@); nothing was saved"
msgstr "la connexion à la base d’équipe a été perdue (%@) ; rien n’a été enregistré"

#, c-format
msgid "permission denied: %@"
msgstr "accès refusé : %@"

msgid "database disk image is malformed"
msgstr "l’image disque de la base est malformée"

msgid "file is not a database"
msgstr "le fichier n’est pas une base de données"

msgid "disk I/O error"
msgstr "erreur d’entrée-sortie sur le disque"

msgid "unable to open database file"
msgstr "impossible d’ouvrir le fichier de la base"

msgid "attempt to write a readonly database"
msgstr "tentative d’écriture dans une base en lecture seule"

msgid "database is locked"
msgstr "la base est verrouillée"

msgid "database table is locked"
msgstr "une table de la base est verrouillée"

msgid "database or disk is full"
msgstr "la base ou le disque est plein"

msgid "access permission denied"
msgstr "accès refusé"

msgctxt "file"
msgid "corrupt"
msgstr "corrompu"

#, c-format
msgid "SQLite's integrity check found %'d problem"
msgid_plural "SQLite's integrity check found %'d problems"
msgstr[0] "la vérification d’intégrité de SQLite a relevé %'d problème"
msgstr[1] "la vérification d’intégrité de SQLite a relevé %'d problèmes"

msgid "the disk is full"
msgstr "le disque est plein"

msgid "operation not permitted"
msgstr "opération non permise"

msgid "read-only file system"
msgstr "système de fichiers en lecture seule"

msgid "no such file or directory"
msgstr "fichier ou dossier introuvable"

msgid "not a directory"
msgstr "ce n’est pas un dossier"

msgid "is a directory"
msgstr "c’est un dossier"

msgid "file exists"
msgstr "le fichier existe"

msgid "too many levels of symbolic links"
msgstr "trop de niveaux de liens symboliques"

msgid "disk quota exceeded"
msgstr "quota disque dépassé"

msgid "file too large"
msgstr "fichier trop volumineux"

msgid "input/output error"
msgstr "erreur d’entrée-sortie"

msgid "file name too long"
msgstr "nom de fichier trop long"

# ---------------------------------------------------------------------------
# RapportTransfer

#, c-format
msgid "%@ is a folder"
msgstr "%@ est un dossier"

#, c-format
msgid "%@ already exists; pass --force to replace it"
msgstr "%@ existe déjà ; ajoutez --force pour le remplacer"

#, c-format
msgid "cannot write %1$@: %2$@"
msgstr "impossible d’écrire %1$@ : %2$@"

msgid "the file is too large for the file-size limit, ulimit -f"
msgstr "le fichier dépasse la taille maximale autorisée, ulimit -f"

#, c-format
msgid "%2$@ contact"
msgid_plural "%2$@ contacts"
msgstr[0] "%2$@ contact"
msgstr[1] "%2$@ contacts"

#, c-format
msgid "%2$@ exchange"
msgid_plural "%2$@ exchanges"
msgstr[0] "%2$@ échange"
msgstr[1] "%2$@ échanges"

#, c-format
msgid "%2$@ duplicate"
msgid_plural "%2$@ duplicates"
msgstr[0] "%2$@ doublon"
msgstr[1] "%2$@ doublons"

#, c-format
msgid "dry run: would import %1$@ with %2$@, merge %3$@, skip %4$@, %5$@ without a name; nothing was written"
msgstr "essai à blanc : importerait %1$@ avec %2$@, en fusionnerait %3$@, passerait %4$@, %5$@ sans nom ; rien n’a été écrit"

#, c-format
msgid "dry run: would import %1$@, merge %2$@, skip %3$@, %4$@ without a name; nothing was written"
msgstr "essai à blanc : importerait %1$@, en fusionnerait %2$@, passerait %3$@, %4$@ sans nom ; rien n’a été écrit"

#, c-format
msgid "imported %1$@ with %2$@, merged %3$@, skipped %4$@, %5$@ without a name"
msgstr "importé %1$@ avec %2$@, fusionné %3$@, passé %4$@, %5$@ sans nom"

#, c-format
msgid "imported %1$@, merged %2$@, skipped %3$@, %4$@ without a name"
msgstr "importé %1$@, fusionné %2$@, passé %3$@, %4$@ sans nom"

#, c-format
msgid "and %2$@ more warning"
msgid_plural "and %2$@ more warnings"
msgstr[0] "et %2$@ autre avertissement"
msgstr[1] "et %2$@ autres avertissements"

msgid "cannot be opened for reading"
msgstr "ouverture en lecture impossible"

#, c-format
msgid "columns not imported: %1$@ and %2$@ more (use --map COLUMN=FIELD)"
msgstr "colonnes non importées : %1$@ et %2$@ autres (utilisez --map COLONNE=CHAMP)"

#, c-format
msgid "columns not imported: %@ (use --map COLUMN=FIELD)"
msgstr "colonnes non importées : %@ (utilisez --map COLONNE=CHAMP)"

msgid "--map applies to CSV files only"
msgstr "--map ne s’applique qu’aux fichiers CSV"

msgid "invalid JSON"
msgstr "JSON invalide"

msgctxt "json path"
msgid "the contact"
msgstr "le contact"

#, c-format
msgid "%@ is missing"
msgstr "%@ manque"

#, c-format
msgid "%1$@ should be %2$@"
msgstr "%1$@ devrait être %2$@"

#, c-format
msgid "%1$@ is null; expected %2$@"
msgstr "%1$@ est null ; attendu : %2$@"

#, c-format
msgid "%@ is invalid"
msgstr "%@ est invalide"

msgid "invalid contact"
msgstr "contact invalide"

msgctxt "json type"
msgid "a string"
msgstr "une chaîne"

msgctxt "json type"
msgid "a whole number"
msgstr "un nombre entier"

msgctxt "json type"
msgid "true or false"
msgstr "true ou false"

msgctxt "json type"
msgid "a list"
msgstr "une liste"

msgctxt "json type"
msgid "an object"
msgstr "un objet"

#, c-format
msgid "'%1$@': '%2$@' is not a YYYY-MM-DD date"
msgstr "« %1$@ » : « %2$@ » n’est pas une date AAAA-MM-JJ"

#, c-format
msgid "'handles[%d].value' is empty or holds a line break"
msgstr "« handles[%d].value » est vide ou contient un saut de ligne"

#, c-format
msgid "follow-up date '%@' is not a YYYY-MM-DD date"
msgstr "la date de relance « %@ » n’est pas une date AAAA-MM-JJ"

msgid "not a Rapport JSON export (expected '{' or '[')"
msgstr "ce n’est pas un export JSON de Rapport (« { » ou « [ » attendu)"

msgid "\"version\" must be a whole number (found a string or object)"
msgstr "\"version\" doit être un nombre entier (trouvé : une chaîne ou un objet)"

#, c-format
msgid "\"version\" must be a whole number (found '%@')"
msgstr "\"version\" doit être un nombre entier (trouvé : « %@ »)"

#, c-format
msgid "this export is version %1$d, newer than this Rapport reads (up to %2$d); update Rapport to import it"
msgstr "cet export est en version %1$d, plus récente que ce que lit ce Rapport (jusqu’à %2$d) ; mettez Rapport à jour pour l’importer"

#, c-format
msgid "cannot be read (%@)"
msgstr "lecture impossible (%@)"

msgid "unexpected content after the end of the JSON document"
msgstr "contenu inattendu après la fin du document JSON"

msgid "each contact must be a JSON object"
msgstr "chaque contact doit être un objet JSON"

msgid "the file is empty (expected a Rapport JSON export)"
msgstr "le fichier est vide (un export JSON de Rapport était attendu)"

msgid "the file ends in the middle of the JSON document"
msgstr "le fichier s’arrête au milieu du document JSON"

msgid "no \"contacts\" list: not a Rapport JSON export"
msgstr "pas de liste \"contacts\" : ce n’est pas un export JSON de Rapport"

#, c-format
msgid "cannot encode %1$@ (%2$@)"
msgstr "impossible d’encoder %1$@ (%2$@)"

#, c-format
msgid "cannot be written (%@)"
msgstr "écriture impossible (%@)"

#, c-format
msgid "%@ is not a JSON number"
msgstr "%@ n’est pas un nombre JSON"

"""#,
    ]
}

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

msgid "Contacts"
msgstr "Contacts"

msgid "Terminal too small"
msgstr "Terminal trop petit"

#, c-format
msgid "%1$d×%2$d needed, now %3$d×%4$d"
msgstr "%1$d×%2$d requis, actuellement %3$d×%4$d"

msgid "q quits"
msgstr "q pour quitter"

msgid "my contacts"
msgstr "mes contacts"

msgid "the team's contacts"
msgstr "contacts de l’équipe"

#, c-format
msgid "sort: %@"
msgstr "tri : %@"

#, c-format
msgid "role: %@"
msgstr "rôle : %@"

#, c-format
msgid "tag: %@"
msgstr "étiquette : %@"

#, c-format
msgid "project: %@"
msgstr "projet : %@"

msgctxt "filter"
msgid "archived"
msgstr "archivés"

msgid "Enter keep · Esc clear"
msgstr "Entrée garde · Échap efface"

msgctxt "key hint"
msgid "scroll"
msgstr "défiler"

msgctxt "key hint"
msgid "close"
msgstr "fermer"

msgctxt "yes key"
msgid "y"
msgstr "o"

msgctxt "key hint"
msgid "yes"
msgstr "oui"

msgctxt "key hint"
msgid "no"
msgstr "non"

msgctxt "key hint"
msgid "cancel"
msgstr "annuler"

msgid "Welcome to Rapport."
msgstr "Bienvenue dans Rapport."

msgid "Your database is empty. To begin:"
msgstr "Votre base est vide. Pour commencer :"

msgid "add a contact"
msgstr "ajouter un contact"

msgid "import contacts (vCard or CSV)"
msgstr "importer des contacts (vCard ou CSV)"

msgid "load the demo data (fictional people)"
msgstr "charger la démo (personnes fictives)"

msgctxt "welcome"
msgid "help"
msgstr "aide"

msgctxt "welcome"
msgid "quit"
msgstr "quitter"

#, c-format
msgid "ex-%1$@ (until %2$d)"
msgstr "ex-%1$@ (jusqu’en %2$d)"

msgid "Matched"
msgstr "Trouvé via"

msgid "Career"
msgstr "Parcours"

msgid "Introduced by"
msgstr "Présenté·e par"

msgctxt "detail"
msgid "Introduced"
msgstr "A présenté"

#, c-format
msgid "Coverage · %'d"
msgstr "Retombées · %'d"

#, c-format
msgid "coverage: %@"
msgstr "retombée : %@"

msgid "Why"
msgstr "Motif"

#, c-format
msgid "an exchange older than the newest %'d"
msgstr "un échange plus ancien que les %'d derniers"

#, c-format
msgid "exchange %1$@ · %2$@"
msgstr "échange du %1$@ · %2$@"

msgid "↓ more (j/k scroll)"
msgstr "↓ suite (j/k pour défiler)"

msgid "↓ more (Tab, then j/k)"
msgstr "↓ suite (Tab, puis j/k)"

#, c-format
msgid "%1$@ read · %2$@ edit · %3$@ delete"
msgstr "%1$@ lire · %2$@ modifier · %3$@ supprimer"

msgid "do not contact"
msgstr "ne pas contacter"

msgctxt "contact"
msgid "archived"
msgstr "archivé·e"

#, c-format
msgid "snoozed until %@"
msgstr "reporté·e jusqu’au %@"

msgid "Stage"
msgstr "Stade"

#, c-format
msgid "%1$@ · tier %2$@ · every %3$'dd"
msgstr "%1$@ · niveau %2$@ · tous les %3$'d j"

#, c-format
msgid "%1$@ · tier %2$@ · every %3$'dd (own)"
msgstr "%1$@ · niveau %2$@ · tous les %3$'d j (personnalisée)"

msgid "Warmth"
msgstr "Chaleur"

msgid "Reciprocity"
msgstr "Réciprocité"

msgctxt "detail"
msgid "Due"
msgstr "À relancer"

#, c-format
msgid "%1$'dd since last, cadence %2$'dd"
msgstr "%1$'d j depuis le dernier échange, cadence %2$'d j"

msgid "Activity"
msgstr "Activité"

msgid "12 months"
msgstr "12 mois"

msgid "Follow-up"
msgstr "Relance"

msgid "Tags"
msgstr "Étiquettes"

msgid "How we met"
msgstr "Rencontre"

msgid "Notes"
msgstr "Notes"

msgid "No exchange yet: l logs one."
msgstr "Aucun échange : l pour en consigner un."

#, c-format
msgid "follow-up %1$@: %2$@"
msgstr "relance %1$@ : %2$@"

#, c-format
msgid "History · %1$'d exchange (newest %2$'d)"
msgid_plural "History · %1$'d exchanges (newest %2$'d)"
msgstr[0] "Historique · %1$'d échange (les %2$'d derniers)"
msgstr[1] "Historique · %1$'d échanges (les %2$'d derniers)"

#, c-format
msgid "History · %'d exchange"
msgid_plural "History · %'d exchanges"
msgstr[0] "Historique · %'d échange"
msgstr[1] "Historique · %'d échanges"

msgid "e edit · D delete · j/k scroll · Esc close"
msgstr "e modifier · D supprimer · j/k défiler · Échap fermer"

msgid "Date"
msgstr "Date"

msgid "Logged by"
msgstr "Auteur·rice"

msgid "Channel"
msgstr "Canal"

msgid "Direction"
msgstr "Sens"

msgid "← they reached out"
msgstr "← on m’a contacté·e"

msgid "→ I reached out"
msgstr "→ j’ai pris contact"

msgid "gave (tip, data, intro)"
msgstr "donné (info, données, contact)"

msgid "asked (pitch, request)"
msgstr "demandé (proposition, requête)"

msgid "Intent"
msgstr "Intention"

msgid "Rating"
msgstr "Note"

msgctxt "rating"
msgid "none"
msgstr "aucune"

msgid "Summary"
msgstr "Résumé"

msgid "Project"
msgstr "Projet"

#, c-format
msgid "done %@"
msgstr "faite le %@"

msgid "open, due"
msgstr "en cours, échue"

msgctxt "follow-up"
msgid "open"
msgstr "en cours"

msgctxt "follow-up"
msgid "none"
msgstr "aucune"

msgctxt "notes"
msgid "none"
msgstr "aucune"

#, c-format
msgid "Exchange with %@"
msgstr "Échange avec %@"

msgid "↓ more · "
msgstr "↓ suite · "

msgid "Name"
msgstr "Nom"

msgid "Outlet"
msgstr "Média"

msgid "Role"
msgstr "Rôle"

msgctxt "days since the last exchange, 5 columns"
msgid "Last"
msgstr "Dern."

#, c-format
msgid "No contacts yet: %@ adds one."
msgstr "Aucun contact : %@ pour en ajouter un."

msgid "No contact matches."
msgstr "Aucun contact ne correspond."

msgctxt "column"
msgid "Due"
msgstr "À relancer"

msgctxt "column, 4 columns"
msgid "Tier"
msgstr "Niv."

msgid "Nobody is due. Well done."
msgstr "Personne à relancer. Bravo."

msgid "With"
msgstr "Avec"

msgid "Promised"
msgstr "Promis"

msgid "No open follow-up."
msgstr "Aucune relance en cours."

msgctxt "days, short"
msgid "today"
msgstr "auj."

msgid "↓ more below"
msgstr "↓ suite plus bas"

msgid "Keys — Esc, ? or q closes"
msgstr "Touches — Échap, ? ou q pour fermer"

#, c-format
msgid "↓ more below: %1$@, %2$@"
msgstr "↓ suite plus bas : %1$@, %2$@"

msgid "←/→ or a letter to choose"
msgstr "←/→ ou une lettre pour choisir"

#, c-format
msgid "%1$@: %2$@"
msgstr "%1$@ : %2$@"

msgid "Discard changes? y/n"
msgstr "Abandonner les modifications ? o/n"

msgid "Enter save · Esc cancel · Tab/↓ next · Shift-Tab/↑ previous"
msgstr "Entrée enregistrer · Échap annuler · Tab/↓ suivant · Maj-Tab/↑ précédent"

msgid "Confirm"
msgstr "Confirmation"

msgid "a contact: id, handle or part of the name; empty: nobody"
msgstr "un contact : id, coordonnée ou partie du nom ; vide : personne"

#, c-format
msgid "Coverage from %@"
msgstr "Retombée liée à %@"

#, c-format
msgid "Coverage from %1$@, after the exchange of %2$@ (“%3$@”)"
msgstr "Retombée liée à %1$@, après l’échange du %2$@ (« %3$@ »)"

msgctxt "coverage"
msgid "Title"
msgstr "Titre"

msgid "the headline, in one line"
msgstr "le titre, en une ligne"

msgid "Link"
msgstr "Lien"

msgid "optional: https://…"
msgstr "facultatif : https://…"

msgid "where it came out"
msgstr "où elle est parue"

msgctxt "typed date"
msgid "today"
msgstr "aujourd’hui"

msgid "Note"
msgstr "Note"

msgid "optional"
msgstr "facultatif"

msgid "required"
msgstr "obligatoire"

msgid "an http:// or https:// address, or empty"
msgstr "une adresse http:// ou https://, ou vide"

#, c-format
msgid "not a date (%@)"
msgstr "date illisible (%@)"

#, c-format
msgid "after today (%@)"
msgstr "après aujourd’hui (%@)"

#, c-format
msgid "Edit the exchange of %1$@ with %2$@"
msgstr "Modifier l’échange du %1$@ avec %2$@"

msgid "Private notes"
msgstr "Notes privées"

msgid "no: the team sees the notes"
msgstr "non : l’équipe voit les notes"

msgid "yes: only I see the notes"
msgstr "oui : je suis seul·e à voir les notes"

msgid "everything else is shared with the team"
msgstr "tout le reste est partagé avec l’équipe"

msgid "Don't contact"
msgstr "Ne pas contacter"

msgid "no"
msgstr "non"

msgid "yes: never to be contacted"
msgstr "oui : ne jamais contacter"

msgid "logging an exchange with them warns first; the review leaves them out"
msgstr "consigner un échange avertit d’abord ; la revue l’écarte"

msgid "YYYY-MM-DD, yesterday, -3d"
msgstr "JJ/MM/AAAA, hier, -3j"

#, c-format
msgid "Log an exchange with %@"
msgstr "Consigner un échange avec %@"

msgid "what was said, in one line"
msgstr "ce qui s’est dit, en une ligne"

msgid "Follow-up on"
msgstr "Relance le"

#, c-format
msgid "optional: %@"
msgstr "facultatif : %@"

msgid "optional: what I promised"
msgstr "facultatif : ce que j’ai promis"

msgid "say what you promised"
msgstr "précisez ce qui a été promis"

#, c-format
msgid "when? (%@)"
msgstr "quand ? (%@)"

#, c-format
msgid "Edit %@"
msgstr "Modifier %@"

msgid "Add a contact"
msgstr "Ajouter un contact"

msgid "outlet or organisation"
msgstr "média ou organisation"

msgid "Title"
msgstr "Fonction"

msgid "job title"
msgstr "intitulé du poste"

msgid "Tier"
msgstr "Niveau"

msgid "Cadence"
msgstr "Cadence"

msgid "days; empty: the tier's"
msgstr "jours ; vide : celle du niveau"

msgid "comma-separated"
msgstr "séparées par des virgules"

msgid "Handles"
msgstr "Coordonnées"

msgid "email, +33…, @name, @name@server, name.bsky.social, URLs"
msgstr "e-mail, +33…, @nom, @nom@serveur, nom.bsky.social, URL"

msgid "a number of days, 1–3650, or empty"
msgstr "un nombre de jours, 1–3650, ou vide"

#, c-format
msgid "Snooze %@ until"
msgstr "Reporter %@ jusqu’au"

msgid "Until"
msgstr "Jusqu’au"

msgid "YYYY-MM-DD, +2w, +10d"
msgstr "JJ/MM/AAAA, +2s, +10j"

msgid "Import contacts"
msgstr "Importer des contacts"

msgid "File"
msgstr "Fichier"

msgid "a .vcf or .csv file; Tab completes"
msgstr "un fichier .vcf ou .csv ; Tab complète"

#, c-format
msgid "cannot tell what '%@' is; write it as kind:value (%@)"
msgstr "« %@ » non reconnu ; écrivez-le type:valeur (%@)"

msgid "Still loading; try again in a moment"
msgstr "Chargement en cours ; réessayez dans un instant"

msgid "Select a contact first"
msgstr "Choisissez d’abord un contact"

#, c-format
msgid "Recorded coverage from %1$@: “%2$@”"
msgstr "Retombée enregistrée pour %1$@ : « %2$@ »"

#, c-format
msgid "No exchange here yet: %@ logs one"
msgstr "Aucun échange ici : %@ pour en consigner un"

#, c-format
msgid "Delete the exchange of %1$@ with %2$@ (“%3$@”)? %4$@ undoes it. (y/n)"
msgstr "Supprimer l’échange du %1$@ avec %2$@ (« %3$@ ») ? %4$@ pour annuler. (o/n)"

msgid "No change"
msgstr "Aucune modification"

#, c-format
msgid "Unarchive %@? They come back to lists and the review. (y/n)"
msgstr "Désarchiver %@ ? Le contact revient dans les listes et la revue. (o/n)"

#, c-format
msgid "Archive %@? It leaves lists and the review; nothing is deleted. (y/n)"
msgstr "Archiver %@ ? Le contact quitte les listes et la revue ; rien n’est supprimé. (o/n)"

msgid "An import is running; this can wait until it ends"
msgstr "Un import est en cours ; cela attendra qu’il se termine"

msgid "An import is running: quitting would cancel it. Ctrl-c quits anyway"
msgstr "Un import est en cours : quitter l’annulerait. Ctrl-c quitte quand même"

#, c-format
msgid "Sort and filter apply to the contact list: press %@"
msgstr "Le tri et le filtre s’appliquent à la liste des contacts : touche %@"

#, c-format
msgid "Sorted by %@"
msgstr "Tri : %@"

msgid "Nothing to undo"
msgstr "Rien à annuler"

msgid "A personal file has no owners: the review shows every contact"
msgstr "Un fichier personnel n’a pas de propriétaires : la revue montre tous les contacts"

#, c-format
msgid "Review: your own contacts — %@ shows the whole team's"
msgstr "Revue : vos contacts — %@ pour ceux de toute l’équipe"

#, c-format
msgid "Review: the whole team's contacts — %@ shows only yours"
msgstr "Revue : contacts de toute l’équipe — %@ pour les vôtres seulement"

msgid "No follow-up to mark done here"
msgstr "Aucune relance à marquer comme faite ici"

#, c-format
msgid "%2$@ — %1$'d warning; run `rapport import` to see them"
msgid_plural "%2$@ — %1$'d warnings; run `rapport import` to see them"
msgstr[0] "%2$@ — %1$'d avertissement ; lancez `rapport import` pour le voir"
msgstr[1] "%2$@ — %1$'d avertissements ; lancez `rapport import` pour les voir"

#, c-format
msgid "Import: %'d warning — Esc closes"
msgid_plural "Import: %'d warnings — Esc closes"
msgstr[0] "Import : %'d avertissement — Échap pour fermer"
msgstr[1] "Import : %'d avertissements — Échap pour fermer"

#, c-format
msgid "%@ to undo"
msgstr "%@ pour annuler"

#, c-format
msgid "Logged exchange with %@"
msgstr "Échange consigné avec %@"

#, c-format
msgid "Added %@"
msgstr "%@ ajouté·e"

#, c-format
msgid "Edited %@"
msgstr "%@ modifié·e"

#, c-format
msgid "Saved the notes of %@"
msgstr "Notes de %@ enregistrées"

#, c-format
msgid "Snoozed %1$@ until %2$@"
msgstr "%1$@ reporté·e jusqu’au %2$@"

#, c-format
msgid "%@ is awake again"
msgstr "%@ n’est plus reporté·e"

#, c-format
msgid "Archived %@"
msgstr "%@ archivé·e"

#, c-format
msgid "Unarchived %@"
msgstr "%@ désarchivé·e"

#, c-format
msgid "Follow-up with %@ done"
msgstr "Relance de %@ faite"

#, c-format
msgid "Edited the exchange with %@"
msgstr "Échange avec %@ modifié"

#, c-format
msgid "Deleted the exchange of %1$@ with %2$@"
msgstr "Échange du %1$@ avec %2$@ supprimé"

#, c-format
msgid "Loaded the demo: %1$@ fictional people, %2$@"
msgstr "Démo chargée : %1$@ personnes fictives, %2$@"

#, c-format
msgid "Undid the edit of the exchange with %@"
msgstr "Modification de l’échange avec %@ annulée"

#, c-format
msgid "Put back the exchange of %1$@ with %2$@"
msgstr "Échange du %1$@ avec %2$@ rétabli"

#, c-format
msgid "Undid the unarchive of %@"
msgstr "Désarchivage de %@ annulé"

#, c-format
msgid "Undid the exchange logged with %@"
msgstr "Échange consigné avec %@ annulé"

#, c-format
msgid "Undid the notes edit of %@"
msgstr "Modification des notes de %@ annulée"

#, c-format
msgid "Undid the edit of %@"
msgstr "Modification de %@ annulée"

#, c-format
msgid "Undid the snooze of %@"
msgstr "Report de %@ annulé"

#, c-format
msgid "Undid the archive of %@"
msgstr "Archivage de %@ annulé"

#, c-format
msgid "The follow-up with %@ is open again"
msgstr "La relance de %@ est de nouveau en cours"

#, c-format
msgid "Cannot undo: %@ changed or was removed since"
msgstr "Impossible d’annuler : %@ a changé ou a été supprimé·e depuis"

#, c-format
msgid "Cannot undo: %@ was removed since"
msgstr "Impossible d’annuler : %@ a été supprimé·e depuis"

msgid "connection to the team database lost — retrying"
msgstr "connexion à la base de l’équipe perdue — nouvel essai en cours"

msgid "Not saved: the connection to the team database was lost; nothing was written. Retrying; try again once it is back"
msgstr "Non enregistré : la connexion à la base de l’équipe est perdue ; rien n’a été écrit. Nouvel essai en cours ; réessayez une fois rétablie"

#, c-format
msgid "The team database cannot be reached: %@"
msgstr "La base de l’équipe est injoignable : %@"

#, c-format
msgid "Not saved: %@"
msgstr "Non enregistré : %@"

msgid "Cancelled"
msgstr "Annulé"

msgid "Cancelled; nothing was saved"
msgstr "Annulé ; rien n’a été enregistré"

msgid "a date after today (YYYY-MM-DD, +2w)"
msgstr "une date après aujourd’hui (JJ/MM/AAAA, +2s)"

msgid "which file?"
msgstr "quel fichier ?"

#, c-format
msgid "Importing %@…"
msgstr "Import de %@…"

#, c-format
msgid "Snooze %@"
msgstr "Reporter %@"

msgid "Until a date…"
msgstr "Jusqu’à une date…"

msgid "Wake up now"
msgstr "Annuler le report"

msgid "All contacts"
msgstr "Tous les contacts"

#, c-format
msgid "Role: %@"
msgstr "Rôle : %@"

msgid "Archived contacts"
msgstr "Contacts archivés"

#, c-format
msgid "Tag: %@"
msgstr "Étiquette : %@"

msgctxt "filter"
msgid "Show"
msgstr "Afficher"

msgid "Showing all contacts"
msgstr "Affichage : tous les contacts"

#, c-format
msgid "Showing %@"
msgstr "Affichage : %@"

msgid "optional: Space picks a recent one, or type a new name"
msgstr "facultatif : Espace propose les récents, ou tapez un nouveau nom"

#, c-format
msgid "Project: %@"
msgstr "Projet : %@"

msgid "Waiting for another program's write… Esc to give up"
msgstr "Attente de l’écriture d’un autre programme… Échap pour abandonner"

msgid "Gave up waiting for another program's write; nothing was saved"
msgstr "Attente abandonnée ; rien n’a été enregistré"

msgid "The previous change is still being saved; nothing else was saved"
msgstr "La modification précédente est encore en cours d’enregistrement ; rien d’autre n’a été enregistré"

msgid "That contact no longer exists"
msgstr "Ce contact n’existe plus"

msgid "Notes unchanged"
msgstr "Notes inchangées"

msgid "no match"
msgstr "aucune correspondance"

#, c-format
msgid "Importing… %1$@ of %2$@ records"
msgstr "Import… %1$@ fiches sur %2$@"

#, c-format
msgid "Importing… %@ records"
msgstr "Import… %@ fiches lues"

msgid "Loading the demo data…"
msgstr "Chargement de la démo…"

msgid "Could not write a temporary file for the notes"
msgstr "Impossible d’écrire un fichier temporaire pour les notes"

#, c-format
msgid "The editor (%1$@) exited with status %2$d; notes unchanged"
msgstr "L’éditeur (%1$@) s’est arrêté avec le code %2$d ; notes inchangées"

msgid "The notes are not UTF-8 text; unchanged"
msgstr "Les notes ne sont pas du texte UTF-8 ; inchangées"

#, c-format
msgid "Could not edit the notes: %@"
msgstr "Impossible de modifier les notes : %@"

msgid "Move down"
msgstr "Descendre"

msgid "Move up"
msgstr "Monter"

msgid "Page down"
msgstr "Page suivante"

msgid "Page up"
msgstr "Page précédente"

msgid "Go to the top"
msgstr "Aller en haut"

msgid "Go to the bottom"
msgstr "Aller en bas"

msgid "Switch between the list and the detail"
msgstr "Passer de la liste à la fiche"

msgid "Open the detail / choose"
msgstr "Ouvrir la fiche / choisir"

msgid "Go back, close, or clear the search"
msgstr "Revenir, fermer ou effacer la recherche"

msgid "Review: who is due"
msgstr "Revue : qui relancer"

msgid "Follow-ups by date"
msgstr "Relances par date"

msgid "Review: my own contacts or the whole team's (team mode)"
msgstr "Revue : mes contacts ou toute l’équipe (mode équipe)"

msgid "Search as you type (Enter keeps, Esc clears)"
msgstr "Chercher en tapant (Entrée garde, Échap efface)"

msgid "Sort by name, last contact, warmth, due"
msgstr "Trier par nom, dernier échange, chaleur, à relancer"

msgid "Filter by role, tag or project"
msgstr "Filtrer par rôle, étiquette ou projet"

msgid "Log an exchange with this contact"
msgstr "Consigner un échange avec ce contact"

msgid "Edit this contact"
msgstr "Modifier ce contact"

msgid "Edit the notes in $EDITOR"
msgstr "Modifier les notes dans $EDITOR"

msgid "Snooze: 7, 30, 90 days or a date"
msgstr "Reporter : 7, 30, 90 jours ou une date"

msgid "Archive, or unarchive an archived contact (asks first)"
msgstr "Archiver ou désarchiver (avec confirmation)"

msgid "Mark the follow-up done"
msgstr "Marquer la relance comme faite"

msgid "Undo the last log, edit, delete, snooze, archive or done"
msgstr "Annuler la dernière action (échange, modification…)"

msgid "Import contacts from a vCard or CSV file"
msgstr "Importer des contacts d’un fichier vCard ou CSV"

msgid "Add coverage from this contact or highlighted exchange"
msgstr "Ajouter une retombée (ce contact ou l’échange choisi)"

msgid "Read the highlighted exchange in full"
msgstr "Lire l’échange choisi en entier"

msgid "Edit the highlighted exchange"
msgstr "Modifier l’échange choisi"

msgid "Delete the highlighted exchange (asks first)"
msgstr "Supprimer l’échange choisi (avec confirmation)"

msgid "Load the demo data"
msgstr "Charger la démo"

msgid "Save (from any field)"
msgstr "Enregistrer (depuis n’importe quel champ)"

msgid "Cancel; nothing is written"
msgstr "Annuler ; rien n’est écrit"

msgid "Next field"
msgstr "Champ suivant"

msgid "Previous field"
msgstr "Champ précédent"

msgid "This help"
msgstr "Cette aide"

msgid "Quit (from the main screen)"
msgstr "Quitter (depuis l’écran principal)"

msgid "Reload from the database and redraw"
msgstr "Relire la base et redessiner"

msgid "Quit at once (nothing unsaved is written)"
msgstr "Quitter aussitôt (sans rien écrire de plus)"

msgctxt "key hint"
msgid "move"
msgstr "déplacer"

msgctxt "key hint"
msgid "open"
msgstr "ouvrir"

msgctxt "key hint"
msgid "search"
msgstr "chercher"

msgctxt "key hint"
msgid "sort"
msgstr "trier"

msgctxt "key hint"
msgid "log"
msgstr "consigner"

msgctxt "key hint"
msgid "add"
msgstr "ajouter"

msgctxt "key hint"
msgid "snooze"
msgstr "reporter"

msgctxt "key hint"
msgid "done"
msgstr "faite"

msgctxt "key hint"
msgid "demo"
msgstr "démo"

msgctxt "key hint"
msgid "import"
msgstr "importer"

msgctxt "key hint"
msgid "save"
msgstr "enregistrer"

msgctxt "key hint"
msgid "next"
msgstr "suivant"

msgctxt "key hint"
msgid "help"
msgstr "aide"

msgctxt "key hint"
msgid "quit"
msgstr "quitter"

msgctxt "help section"
msgid "Moving"
msgstr "Déplacements"

msgctxt "help section"
msgid "Views"
msgstr "Vues"

msgctxt "help section"
msgid "Contact"
msgstr "Contact"

msgctxt "help section"
msgid "History (detail focused)"
msgstr "Historique (fiche active)"

msgctxt "help section"
msgid "Welcome"
msgstr "Accueil"

msgctxt "help section"
msgid "Forms"
msgstr "Formulaires"

msgctxt "help section"
msgid "General"
msgstr "Général"

#, c-format
msgid "need %1$d×%2$d"
msgstr "il faut %1$d×%2$d"

msgid "Saved."
msgstr "Enregistré."

msgid "Exchanges"
msgstr "Échanges"

#, c-format
msgid "theme: %@"
msgstr "thème : %@"

msgid "Ben Archived"
msgstr "Ben Archivé"

msgid "Contact"
msgstr "Contact"

msgctxt "direction"
msgid "in"
msgstr "entrant"

msgctxt "direction"
msgid "out"
msgstr "sortant"

msgid "warning: asked more than gave"
msgstr "avertissement : plus demandé que donné"

msgid "error: name is empty"
msgstr "erreur : le nom est vide"

msgid "no notes yet"
msgstr "pas encore de notes"

msgid "match"
msgstr "correspondance"

msgctxt "channel"
msgid "email"
msgstr "e-mail"

msgid "summary is required"
msgstr "le résumé est obligatoire"

msgid "empty key name"
msgstr "nom de touche vide"

#, c-format
msgid "unknown key '%@' (try a character like 'L', 'ctrl-l', 'alt-x', 'down', 'pgdn', 'enter', 'esc', 'tab', 'shift-tab', 'space' or 'F1')"
msgstr "touche inconnue « %@ » (essayez un caractère comme 'L', 'ctrl-l', 'alt-x', 'down', 'pgdn', 'enter', 'esc', 'tab', 'shift-tab', 'space' ou 'F1')"

msgctxt "key"
msgid "Space"
msgstr "Espace"

msgctxt "key"
msgid "Alt-Space"
msgstr "Alt-Espace"

msgctxt "key"
msgid "Alt-Backspace"
msgstr "Alt-Retour arrière"

msgctxt "key"
msgid "PgUp"
msgstr "PgPréc"

msgctxt "key"
msgid "PgDn"
msgstr "PgSuiv"

msgctxt "key"
msgid "Home"
msgstr "Début"

msgctxt "key"
msgid "End"
msgstr "Fin"

msgctxt "key"
msgid "Enter"
msgstr "Entrée"

msgctxt "key"
msgid "Esc"
msgstr "Échap"

msgctxt "key"
msgid "Tab"
msgstr "Tab"

msgctxt "key"
msgid "Shift-Tab"
msgstr "Maj-Tab"

msgctxt "key"
msgid "Backspace"
msgstr "Retour arrière"

msgctxt "key"
msgid "Del"
msgstr "Suppr"

msgctxt "key"
msgid "Ins"
msgstr "Inser"

msgctxt "key"
msgid "Resize"
msgstr "Redimensionnement"

#, c-format
msgctxt "key"
msgid "Key %d"
msgstr "Touche %d"

#, c-format
msgid "unknown action '%@'"
msgstr "action inconnue « %@ »"

#, c-format
msgid "key '%1$@' is bound to both '%2$@' and '%3$@' everywhere"
msgstr "la touche « %1$@ » est liée à la fois à « %2$@ » et à « %3$@ » partout"

#, c-format
msgid "key '%1$@' is bound to both '%2$@' and '%3$@' in %4$@"
msgstr "la touche « %1$@ » est liée à la fois à « %2$@ » et à « %3$@ » dans %4$@"

#, c-format
msgid "no keys given for '%@'"
msgstr "aucune touche donnée pour « %@ »"

#, c-format
msgid "action '%@' is listed twice in the keymap"
msgstr "l’action « %@ » figure deux fois dans la table des touches"

msgid "no program given"
msgstr "aucun programme donné"

msgid "the full-screen interface needs a terminal: standard input and output must both be a terminal"
msgstr "l’interface plein écran demande un terminal : l’entrée et la sortie standard doivent être un terminal"

msgid "TERM is not set: cannot drive the terminal"
msgstr "TERM n’est pas défini : impossible de piloter le terminal"

#, c-format
msgid "unknown terminal type '%@' (TERM): try TERM=xterm-256color"
msgstr "type de terminal inconnu « %@ » (TERM) : essayez TERM=xterm-256color"

msgid "the terminal must be opened and read on the main thread"
msgstr "le terminal doit être ouvert et lu sur le fil principal"

msgid "the terminal's input was closed"
msgstr "l’entrée du terminal a été fermée"

msgid "the terminal is closed"
msgstr "le terminal est fermé"

#, c-format
msgid "cannot run '%1$@': %2$@"
msgstr "impossible de lancer « %1$@ » : %2$@"

msgctxt "last key"
msgid "none"
msgstr "aucune"

#, c-format
msgid "%1$d×%2$d, %3$@ colours, last key: %4$@"
msgstr "%1$d×%2$d, %3$@ couleurs, dernière touche : %4$@"

msgid "no LANG"
msgstr "pas de LANG"

#, c-format
msgid "no UTF-8 locale is installed (%@); accented letters and symbols may not show: install C.UTF-8 or set LANG to a UTF-8 locale"
msgstr "aucune locale UTF-8 n’est installée (%@) ; les accents et symboles risquent de mal s’afficher : installez C.UTF-8 ou réglez LANG sur une locale UTF-8"

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

msgctxt "sort"
msgid "surname"
msgstr "nom de famille"

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

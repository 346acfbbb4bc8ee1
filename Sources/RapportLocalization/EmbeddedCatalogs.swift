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
msgstr "relance %1$@ : %2$@"

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
msgstr "%1$@ : %2$@"

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

# ---------------------------------------------------------------------------
# Sources/rapport/Rapport.swift

msgid "A terminal relationship CRM for press relations."
msgstr "Un CRM de relations presse dans le terminal."

msgid "Run with no command to open the full-screen app. Rapport records and reminds; it never sends messages for you, and has no bulk messaging of any kind."
msgstr "Sans commande, ouvre l’application plein écran. Rapport consigne et rappelle ; il n’envoie jamais de message à votre place et ne fait aucun envoi en masse."

#, c-format
msgid "%@; edit that contact instead, or pass --allow-duplicate"
msgstr "%@ ; modifiez plutôt ce contact, ou passez --allow-duplicate"

#, c-format
msgid "%@ (see --help)"
msgstr "%@ (voir --help)"

# ---------------------------------------------------------------------------
# Sources/rapport/Options.swift

msgid "The database file, or a team database's postgresql:// URI (default: $RAPPORT_DB, else $XDG_DATA_HOME/rapport/rapport.sqlite)."
msgstr "Le fichier de la base, ou l’URI postgresql:// d’une base d’équipe (par défaut : $RAPPORT_DB, sinon $XDG_DATA_HOME/rapport/rapport.sqlite)."

#, c-format
msgid "%@ needs a team database (--db postgresql://…); a personal file has no team"
msgstr "%@ demande une base d’équipe (--db postgresql://…) ; un fichier personnel n’a pas d’équipe"

#, c-format
msgid "%1$@ works on a database file, not on a team database (%2$@); %3$@"
msgstr "%1$@ agit sur un fichier de base, pas sur une base d’équipe (%2$@) ; %3$@"

msgid "Print JSON (documented in docs/cli.md) instead of text."
msgstr "Écrire du JSON (décrit dans docs/cli.md) au lieu du texte."

msgid "At most this many."
msgstr "Au plus ce nombre."

msgid "--limit must be at least 1"
msgstr "--limit doit valoir au moins 1"

#, c-format
msgid "%1$@: cannot read the date %2$@ (expected %3$@)"
msgstr "%1$@ : date illisible %2$@ (formes reconnues : %3$@)"

# ---------------------------------------------------------------------------
# Sources/rapport/Shown.swift

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
msgid "'%@'"
msgstr "« %@ »"

# ---------------------------------------------------------------------------
# Sources/rapport/ImportProgress.swift

#, c-format
msgid "Importing %1$@ %2$d%%  %3$@ of %4$@"
msgstr "Import %1$@ %2$d %%  %3$@ sur %4$@"

# ---------------------------------------------------------------------------
# Sources/rapport/Terminal.swift

#, c-format
msgid "warning: %@"
msgstr "attention : %@"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/CoverageCommands.swift

msgid "Record, list, correct or delete coverage: articles, posts, broadcasts."
msgstr "Enregistrer, lister, corriger ou supprimer des retombées : articles, publications, émissions."

msgid "Coverage counts as \"they gave\" in reciprocity and warms the relationship (docs/relationship-model.md)."
msgstr "Une retombée compte comme « iel a donné » dans la réciprocité et réchauffe la relation (docs/relationship-model.md)."

#, c-format
msgid "%1$@ is not %2$@ (a number, as printed by rapport)"
msgstr "%1$@ n’est pas %2$@ (un nombre, tel que rapport l’affiche)"

msgid "The headline, in one line."
msgstr "Le titre, sur une ligne."

msgid "Where it can be read: an http:// or https:// address."
msgstr "Où la lire : une adresse http:// ou https://."

msgid "The outlet it came out in (default on add: the contact's outlet)."
msgstr "Le média où elle est parue (par défaut à l’ajout : celui du contact)."

msgid "When it came out: YYYY-MM-DD, today, yesterday or -Nd (default on add: today)."
msgstr "Date de parution : JJ/MM/AAAA, AAAA-MM-JJ, aujourd’hui, hier ou -3j (par défaut à l’ajout : aujourd’hui)."

msgid "The exchange that led to it (one of the contact's); none unlinks on edit."
msgstr "L’échange qui l’a amenée (un échange de ce contact) ; none retire le lien à la modification."

msgid "The project it belongs to; a new name creates it (\"\" removes it on edit)."
msgstr "Le projet auquel elle se rattache ; un nouveau nom le crée (\"\" le retire à la modification)."

msgid "A note."
msgstr "Une note."

msgid "an exchange id"
msgstr "un numéro d’échange"

#, c-format
msgid "no coverage with id %d"
msgstr "aucune retombée n° %d"

msgid "Record a piece of coverage from a contact."
msgstr "Enregistrer une retombée obtenue par un contact."

msgid "The date defaults to today and the outlet to the contact's current outlet. --exchange links it to the exchange that led to it, which must be one of this contact's. The contact's warmth is recomputed in the same transaction."
msgstr "La date est par défaut celle du jour, et le média celui du contact. --exchange la relie à l’échange qui l’a amenée, qui doit être un échange de ce contact. La chaleur du contact est recalculée dans la même transaction."

msgid "The contact: an id, a handle, or a part of the name."
msgstr "Le contact : un numéro, une coordonnée ou une partie du nom."

msgid "give the coverage's --title"
msgstr "indiquez le titre de la retombée avec --title"

msgid "--exchange none only unlinks on edit; leave it out"
msgstr "--exchange none ne sert qu’à retirer le lien à la modification ; omettez-le"

#, c-format
msgid "Recorded coverage #%1$d from %2$@ (%3$@: %4$@)"
msgstr "Retombée #%1$d de %2$@ enregistrée (%3$@ : %4$@)"

msgid "List coverage, newest first: one contact's, or everyone's."
msgstr "Lister les retombées, les plus récentes d’abord : celles d’un contact, ou de tous."

msgid "Only this contact's: an id, a handle, or a part of the name."
msgstr "Seulement celles de ce contact : un numéro, une coordonnée ou une partie du nom."

msgid "Only this project's."
msgstr "Seulement celles de ce projet."

msgid "Only coverage on or after this date."
msgstr "Seulement les retombées parues à cette date ou après."

msgid "No coverage yet. Record some with: rapport coverage add CONTACT --title …"
msgstr "Aucune retombée pour l’instant. Pour en enregistrer une : rapport coverage add CONTACT --title …"

msgid "No coverage yet matches."
msgstr "Aucune retombée ne correspond."

msgctxt "cli column"
msgid "ID"
msgstr "N°"

msgctxt "cli column"
msgid "DATE"
msgstr "DATE"

msgctxt "cli column"
msgid "CONTACT"
msgstr "CONTACT"

msgctxt "cli column"
msgid "TITLE"
msgstr "TITRE"

msgctxt "cli column"
msgid "OUTLET"
msgstr "MÉDIA"

msgctxt "cli column"
msgid "PROJECT"
msgstr "PROJET"

msgctxt "cli column"
msgid "EXCHANGE"
msgstr "ÉCHANGE"

msgid "Correct a piece of coverage: only the fields given change."
msgstr "Corriger une retombée : seuls les champs indiqués changent."

msgid "--exchange none unlinks it; --project \"\", --url \"\" and --note \"\" clear those fields."
msgstr "--exchange none retire le lien ; --project \"\", --url \"\" et --note \"\" vident ces champs."

msgid "The coverage's id, as printed by coverage add and list."
msgstr "Le numéro de la retombée, tel que l’affichent coverage add et list."

msgid "a coverage id"
msgstr "un numéro de retombée"

msgid "nothing to change: give at least one option (see rapport coverage edit --help)"
msgstr "rien à changer : indiquez au moins une option (voir rapport coverage edit --help)"

#, c-format
msgid "Updated coverage #%1$d from %2$@ (%3$@: %4$@)"
msgstr "Retombée #%1$d de %2$@ modifiée (%3$@ : %4$@)"

msgid "Delete a piece of coverage (asks for --yes)."
msgstr "Supprimer une retombée (demande --yes)."

msgid "Without --yes, nothing is deleted: it says what would be, and exits 64."
msgstr "Sans --yes, rien n’est supprimé : la commande dit ce qui le serait, et sort avec le code 64."

msgid "Really delete."
msgstr "Supprimer pour de bon."

#, c-format
msgid "coverage #%1$d from %2$@ (%3$@: %4$@)"
msgstr "retombée #%1$d de %2$@ (%3$@ : %4$@)"

#, c-format
msgid "this would delete %@; run again with --yes to delete it"
msgstr "serait supprimé : %@ ; relancez avec --yes pour supprimer"

#, c-format
msgid "Deleted %@"
msgstr "Supprimé : %@"

#, c-format
msgid "Coverage (%'d)"
msgstr "Retombées (%'d)"

#, c-format
msgid "(exchange #%d)"
msgstr "(échange #%d)"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/ExchangeCommands.swift

msgid "Log an exchange with a contact."
msgstr "Consigner un échange avec un contact."

msgid "The channel defaults to the channel of the last exchange with this contact, else email. Asking again within 14 days of an ask with nothing given since, or writing to a do-not-contact person, saves anyway and prints a warning."
msgstr "Le canal est par défaut celui du dernier échange avec ce contact, sinon l’e-mail. Redemander dans les 14 jours qui suivent une demande sans avoir rien donné depuis, ou écrire à une personne à ne pas contacter, enregistre quand même l’échange et affiche un avertissement."

msgid "What was said, in one line."
msgstr "Ce qui s’est dit, en une ligne."

msgid "twitter, twitter-dm, mastodon, bluesky, email, phone, meeting, event or other."
msgstr "twitter, twitter-dm, mastodon, bluesky, email (e-mail), phone (téléphone), meeting (rendez-vous), event (événement) ou other (autre)."

msgid "out (I reached out) or in (they did)."
msgstr "out (j’ai pris contact) ou in (on m’a contacté·e)."

msgid "How it went, 1–5."
msgstr "Comment cela s’est passé, de 1 à 5."

msgid "gave, asked or chat."
msgstr "gave (donné), asked (demandé) ou chat (discussion)."

msgid "YYYY-MM-DD, today, yesterday or -Nd."
msgstr "JJ/MM/AAAA, AAAA-MM-JJ, aujourd’hui, hier ou -3j."

msgid "Longer notes."
msgstr "Des notes plus longues."

msgid "Only you can read the notes (team database; a personal file is yours alone anyway)."
msgstr "Vous seul·e pouvez lire les notes (base d’équipe ; un fichier personnel n’est de toute façon qu’à vous)."

msgid "When the promised follow-up is due."
msgstr "L’échéance de la relance promise."

msgid "What was promised."
msgstr "Ce qui a été promis."

msgid "Accept a date after today."
msgstr "Accepter une date future."

msgid "The project (client, launch) it was for; a new name creates the project."
msgstr "Le projet (client, lancement) concerné ; un nouveau nom crée le projet."

#, c-format
msgid "--rating %d is out of range (1–5)"
msgstr "--rating %d : hors limites (1–5)"

msgid "give both --follow-up-on DATE and --follow-up TEXT"
msgstr "indiquez à la fois --follow-up-on DATE et --follow-up TEXTE"

msgid "--private applies to --notes: give the notes with it"
msgstr "--private s’applique à --notes : indiquez les notes avec"

#, c-format
msgid "Logged exchange #%1$d with %2$@ (%3$@) for %4$@"
msgstr "Échange #%1$d consigné avec %2$@ (%3$@) pour %4$@"

#, c-format
msgid "Logged exchange #%1$d with %2$@ (%3$@)"
msgstr "Échange #%1$d consigné avec %2$@ (%3$@)"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/MuttQuery.swift

msgid "Email addresses for mutt's or aerc's address completion."
msgstr "Les adresses e-mail, pour la complétion d’adresses de mutt ou d’aerc."

#, c-format
msgid "Prints a first line, then one line per address: email, name and outlet separated by tabs. Matches every word of QUERY in the name or the address. Archived and do-not-contact people are left out, and at most 50 addresses are listed. Nothing matches: a message line and exit 1. mutt: set query_command = \"rapport mutt-query %s\". aerc: address-book-cmd = rapport mutt-query \"%s\"."
msgstr "Écrit une première ligne, puis une ligne par adresse : e-mail, nom et média séparés par des tabulations. Chaque mot de QUERY doit se trouver dans le nom ou l’adresse. Les personnes archivées ou à ne pas contacter sont écartées, et 50 adresses au plus sont listées. Sans résultat : une ligne de message et le code de sortie 1. mutt : set query_command = \"rapport mutt-query %s\". aerc : address-book-cmd = rapport mutt-query \"%s\"."

msgid "Part of a name or an address."
msgstr "Une partie d’un nom ou d’une adresse."

msgid "give part of a name or an address"
msgstr "indiquez une partie d’un nom ou d’une adresse"

#, c-format
msgid "No match in Rapport for %@"
msgstr "Aucun résultat dans Rapport pour %@"

#, c-format
msgid "Searching Rapport… %'d match (the first %'d; type more of the name)"
msgid_plural "Searching Rapport… %'d matches (the first %'d; type more of the name)"
msgstr[0] "Recherche dans Rapport… %'d résultat (les %'d premiers ; tapez davantage du nom)"
msgstr[1] "Recherche dans Rapport… %'d résultats (les %'d premiers ; tapez davantage du nom)"

#, c-format
msgid "Searching Rapport… %'d match"
msgid_plural "Searching Rapport… %'d matches"
msgstr[0] "Recherche dans Rapport… %'d résultat"
msgstr[1] "Recherche dans Rapport… %'d résultats"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/ReportCommand.swift

msgid "Write the pitch report: who was contacted, how, and what came of it."
msgstr "Écrire le bilan presse : qui a été contacté·e, comment, et ce qui en est sorti."

msgid "A summary (people contacted, exchanges by channel, replies, asks versus gives, outcomes, coverage), a table per person (exchanges with dates and outcomes, coverage with links) and the follow-ups still open, as Markdown, HTML (one self-contained file with a chart, ready to print) or CSV. The period is the 30 days ending --until (default today); with --project and no --since, the whole project up to --until. Notes are never included; handles (emails, phones…) only with --with-handles. Written to standard output, or with --output to a file created atomically with mode 0600. See docs/report.md."
msgstr "Une synthèse (personnes contactées, échanges par canal, réponses, demandes et dons, résultats, retombées), un tableau par personne (échanges avec dates et résultats, retombées avec liens) et les relances encore ouvertes, en Markdown, en HTML (un seul fichier autonome avec un graphique, prêt à imprimer) ou en CSV. La période couvre les 30 jours qui finissent à --until (par défaut aujourd’hui) ; avec --project et sans --since, tout le projet jusqu’à --until. Les notes n’y figurent jamais ; les coordonnées (e-mails, téléphones…) seulement avec --with-handles. Écrit sur la sortie standard, ou avec --output dans un fichier créé de façon atomique avec le mode 0600. Voir docs/report.md."

msgid "Only the exchanges and coverage of this project."
msgstr "Seulement les échanges et retombées de ce projet."

msgid "The first day (default: 29 days before --until; with --project, the project's first day)."
msgstr "Le premier jour (par défaut : 29 jours avant --until ; avec --project, le premier jour du projet)."

msgid "The last day (default: today)."
msgstr "Le dernier jour (par défaut : aujourd’hui)."

msgid "markdown, html or csv (default: from the --output extension, else markdown)."
msgstr "markdown, html ou csv (par défaut : d’après l’extension de --output, sinon markdown)."

msgid "Write to this file instead of standard output."
msgstr "Écrire dans ce fichier plutôt que sur la sortie standard."

msgid "Replace the --output file if it exists."
msgstr "Remplacer le fichier --output s’il existe."

msgid "Include each person's handles (emails, phones, profiles)."
msgstr "Inclure les coordonnées de chaque personne (e-mails, téléphones, profils)."

#, c-format
msgid "unknown format %@ (expected markdown, html or csv)"
msgstr "format inconnu %@ (formats possibles : markdown, html ou csv)"

msgid "--force applies to --output only"
msgstr "--force ne s’applique qu’à --output"

#, c-format
msgid "%@ is the database itself (or one of its files); give another file"
msgstr "%@ est la base elle-même (ou l’un de ses fichiers) ; indiquez un autre fichier"

#, c-format
msgid "--since %1$@ is after --until %2$@"
msgstr "--since %1$@ est postérieur à --until %2$@"

msgid "standard output"
msgstr "la sortie standard"

#, c-format
msgid "Wrote the %2$@ report (%1$'d person, %3$@ to %4$@) to %5$@"
msgid_plural "Wrote the %2$@ report (%1$'d people, %3$@ to %4$@) to %5$@"
msgstr[0] "Bilan presse %2$@ écrit (%1$'d personne, du %3$@ au %4$@) dans %5$@"
msgstr[1] "Bilan presse %2$@ écrit (%1$'d personnes, du %3$@ au %4$@) dans %5$@"

#, c-format
msgid "%1$@ could not be written (%2$@)"
msgstr "%1$@ : écriture impossible (%2$@)"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/ReadingCommands.swift

msgctxt "days since"
msgid "today"
msgstr "aujourd’hui"

msgid "List contacts."
msgstr "Lister les contacts."

msgid "Only this role."
msgstr "Seulement ce rôle."

msgid "Only contacts with this tag."
msgstr "Seulement les contacts qui ont cette étiquette."

msgid "Only this tier (A, B or C)."
msgstr "Seulement ce niveau (A, B ou C)."

msgid "name, last (most recent exchange first), warmth or due (most overdue first)."
msgstr "name (nom), last (échange le plus récent d’abord), warmth (chaleur) ou due (le plus en retard d’abord)."

msgid "Include archived contacts."
msgstr "Inclure les contacts archivés."

msgid "Only contacts whose relationship lead is this member, or me (team database only)."
msgstr "Seulement les contacts suivis par ce membre, ou me pour vous (base d’équipe seulement)."

msgid "Only contacts with an exchange or coverage in this project."
msgstr "Seulement les contacts qui ont un échange ou une retombée dans ce projet."

msgid "--owner needs a login, or me"
msgstr "--owner demande un identifiant, ou me"

msgid "No contacts yet. Add one with: rapport add NAME (or try: rapport demo --db /tmp/demo.sqlite)"
msgstr "Aucun contact pour l’instant. Pour en ajouter un : rapport add NOM (ou essayez : rapport demo --db /tmp/demo.sqlite)"

msgid "No contact matches."
msgstr "Aucun contact ne correspond."

msgctxt "cli column"
msgid "NAME"
msgstr "NOM"

msgctxt "cli column"
msgid "ROLE"
msgstr "RÔLE"

msgctxt "cli column"
msgid "TIER"
msgstr "NIVEAU"

msgctxt "cli column"
msgid "LAST"
msgstr "DERNIER"

msgctxt "cli column"
msgid "WARMTH"
msgstr "CHALEUR"

#, c-format
msgid "%@ (archived)"
msgstr "%@ (archivé·e)"

#, c-format
msgid "%@, due"
msgstr "%@, à relancer"

msgid "Show everything about a contact, with the exchange history."
msgstr "Afficher la fiche complète d’un contact, avec l’historique des échanges."

msgid "[archived]"
msgstr "[archivé·e]"

msgid "[do not contact]"
msgstr "[ne pas contacter]"

#, c-format
msgid "Stage %1$@, tier %2$@, cadence %3$@"
msgstr "Stade %1$@, niveau %2$@, cadence %3$@"

#, c-format
msgid "Stage %1$@, tier %2$@, cadence %3$@ (own)"
msgstr "Stade %1$@, niveau %2$@, cadence %3$@ (personnalisée)"

#, c-format
msgid "Snoozed until %@"
msgstr "Reporté·e jusqu’au %@"

#, c-format
msgid "Warmth %1$d (%2$@): %3$@"
msgstr "Chaleur %1$d (%2$@) : %3$@"

#, c-format
msgid "Reciprocity: %@"
msgstr "Réciprocité : %@"

msgid "Due: never contacted"
msgstr "À relancer : jamais contacté·e"

#, c-format
msgid "Due: %'d day since last, cadence %'d"
msgid_plural "Due: %'d days since last, cadence %'d"
msgstr[0] "À relancer : %'d jour depuis le dernier échange, cadence %'d"
msgstr[1] "À relancer : %'d jours depuis le dernier échange, cadence %'d"

msgctxt "cli heading"
msgid "Handles"
msgstr "Coordonnées"

#, c-format
msgctxt "cli label"
msgid "%1$@: %2$@"
msgstr "%1$@ : %2$@"

#, c-format
msgid "Tags: %@"
msgstr "Étiquettes : %@"

#, c-format
msgid "How we met: %@"
msgstr "Rencontre : %@"

msgctxt "cli heading"
msgid "Notes"
msgstr "Notes"

#, c-format
msgid "Exchanges (%'d)"
msgstr "Échanges (%'d)"

#, c-format
msgid "follow-up %1$@: %2$@ (done %3$@)"
msgstr "relance %1$@ : %2$@ (faite le %3$@)"

msgid "Search contacts and exchange summaries."
msgstr "Chercher dans les contacts et les résumés d’échanges."

msgid "Accents and case are ignored and words match as prefixes: 'lef' finds Lefèvre."
msgstr "Les accents et la casse sont ignorés, et les mots valent comme débuts de mots : « lef » trouve Lefèvre."

msgid "Words to look for."
msgstr "Les mots à chercher."

msgid "At most this many hits."
msgstr "Au plus ce nombre de résultats."

msgid "Only hits on contacts with an exchange or coverage in this project."
msgstr "Seulement les résultats sur des contacts qui ont un échange ou une retombée dans ce projet."

#, c-format
msgid "Nothing matches %@."
msgstr "Aucun résultat pour %@."

msgctxt "cli column"
msgid "MATCHED"
msgstr "TROUVÉ DANS"

#, c-format
msgid "exchange %@"
msgstr "échange du %@"

msgid "Who is due for a conversation, and why."
msgstr "Qui relancer, et pourquoi."

msgid "Follow-ups whose date has come first, then contacts past their cadence, weighted by tier. Archived, snoozed and do-not-contact people are left out. On a team database, only the contacts you lead, unless --team."
msgstr "D’abord les relances arrivées à échéance, puis les contacts dont la cadence est dépassée, pondérés par niveau. Les personnes archivées, reportées ou à ne pas contacter sont écartées. Sur une base d’équipe, seulement les contacts que vous suivez, sauf avec --team."

msgid "Everyone's contacts, not only those you lead (team database only)."
msgstr "Les contacts de toute l’équipe, pas seulement ceux que vous suivez (base d’équipe seulement)."

msgid "Nobody is due. Well done."
msgstr "Personne à relancer. Bravo."

msgctxt "cli column"
msgid "WHY"
msgstr "MOTIF"

msgid "Fill an empty database with fictional demo data."
msgstr "Remplir une base vide de données de démonstration fictives."

msgid "About 80 people and 600 exchanges over 18 months by default. Large numbers make a benchmark dataset. Refuses a database that already holds contacts."
msgstr "Environ 80 personnes et 600 échanges sur 18 mois par défaut. De grands nombres font un jeu d’essai de performance. Refuse une base qui contient déjà des contacts."

msgid "How many contacts."
msgstr "Le nombre de contacts."

msgid "How many exchanges in all."
msgstr "Le nombre total d’échanges."

msgid "Random seed: the same seed gives the same data."
msgstr "Graine aléatoire : la même graine donne les mêmes données."

msgid "--contacts must be between 1 and 10,000,000"
msgstr "--contacts doit être compris entre 1 et 10 000 000"

msgid "--exchanges must be between 0 and 100,000,000"
msgstr "--exchanges doit être compris entre 0 et 100 000 000"

#, c-format
msgid "Loaded demo data: %1$'d contacts and %2$'d exchanges into %3$@ in %4$@ s"
msgstr "Données de démonstration chargées : %1$'d contacts et %2$'d échanges dans %3$@ en %4$@ s"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/BackupCommands.swift

msgid "Copy the database to a file, safely even while it is in use."
msgstr "Copier la base dans un fichier, sans risque même pendant son utilisation."

msgid "Uses SQLite's online backup API: the copy is consistent even while the app or another command writes. The file is created with mode 0600, checked, then moved into place; it is a normal Rapport database (open it with --db, or bring it back with rapport restore)."
msgstr "Utilise la sauvegarde à chaud de SQLite : la copie est cohérente même si l’application ou une autre commande écrit en même temps. Le fichier est créé avec le mode 0600, vérifié, puis mis en place ; c’est une base Rapport ordinaire (ouvrez-la avec --db, ou restaurez-la avec rapport restore)."

msgid "The file to create."
msgstr "Le fichier à créer."

msgid "Replace the file if it exists."
msgstr "Remplacer le fichier s’il existe."

#, c-format
msgid "there is no database at %@ to back up"
msgstr "aucune base à sauvegarder à l’emplacement %@"

#, c-format
msgid "Backed up %1$@ and %2$@ to %3$@"
msgstr "Sauvegarde faite : %1$@ et %2$@ dans %3$@"

msgid "Replace the database's content with a backup."
msgstr "Remplacer le contenu de la base par une sauvegarde."

msgid "The file must be a Rapport database (from rapport backup, or a copy of a database file) that this version can read; anything else is refused and nothing changes. A database that holds contacts or exchanges is only replaced with --force. The content is replaced in one transaction. A damaged database is never opened for writing: with --force, the file is replaced by a copy of the backup."
msgstr "Le fichier doit être une base Rapport (issue de rapport backup, ou copie d’un fichier de base) que cette version sait lire ; tout le reste est refusé et rien ne change. Une base qui contient des contacts ou des échanges n’est remplacée qu’avec --force. Le contenu est remplacé en une seule transaction. Une base endommagée n’est jamais ouverte en écriture : avec --force, le fichier est remplacé par une copie de la sauvegarde."

msgid "The backup file."
msgstr "Le fichier de sauvegarde."

msgid "Replace a database that holds data."
msgstr "Remplacer une base qui contient des données."

msgid "use pg_restore, or rapport copy --from FILE --to URI"
msgstr "utilisez pg_restore, ou rapport copy --from FICHIER --to URI"

#, c-format
msgid "%@ is the database itself; nothing to restore"
msgstr "%@ est la base elle-même ; rien à restaurer"

#, c-format
msgid "%1$@ is damaged (%2$@); it was left untouched. Pass --force to replace the damaged file with the backup"
msgstr "%1$@ est endommagé (%2$@) ; il n’a pas été modifié. Passez --force pour remplacer le fichier endommagé par la sauvegarde"

#, c-format
msgid "Replaced the damaged %1$@ with %2$@: %3$@ and %4$@"
msgstr "%1$@, endommagé, remplacé par %2$@ : %3$@ et %4$@"

#, c-format
msgid "%1$@ already holds %2$@; pass --force to replace everything in it with the backup (back it up first: rapport backup FILE)"
msgstr "%1$@ contient déjà %2$@ ; passez --force pour tout remplacer par la sauvegarde (sauvegardez-la d’abord : rapport backup FICHIER)"

#, c-format
msgid "Restored %1$@ and %2$@ from %3$@ into %4$@"
msgstr "Restauration faite : %1$@ et %2$@ depuis %3$@ dans %4$@"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/Tui.swift

msgid "Open the full-screen app (the default)."
msgstr "Ouvrir l’application plein écran (par défaut)."

msgid "Keys: press ? in the app, or see docs/keymap.md. Settings: docs/configuration.md."
msgstr "Touches : appuyez sur ? dans l’application, ou voyez docs/keymap.md. Réglages : docs/configuration.md."

msgid "A theme name (default, light, high-contrast, monochrome) or a theme file."
msgstr "Un nom de thème (default, light, high-contrast, monochrome) ou un fichier de thème."

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/ProjectCommands.swift

msgid "The projects (clients, launches) exchanges and coverage belong to."
msgstr "Les projets (clients, lancements) auxquels se rattachent échanges et retombées."

msgid "A project is created by the first exchange or coverage logged with --project NAME."
msgstr "Un projet est créé par le premier échange ou la première retombée consigné·e avec --project NOM."

msgid "List projects with their exchanges, people, coverage, first and last dates."
msgstr "Lister les projets avec leurs échanges, personnes, retombées, première et dernière dates."

msgid "Most recently used first. People are the contacts with an exchange or coverage in the project."
msgstr "Les plus récemment utilisés d’abord. Les personnes sont les contacts qui ont un échange ou une retombée dans le projet."

msgid "No projects yet. Log an exchange with: rapport log CONTACT --summary TEXT --project NAME"
msgstr "Aucun projet pour l’instant. Consignez un échange avec : rapport log CONTACT --summary TEXTE --project NOM"

msgctxt "cli column"
msgid "EXCHANGES"
msgstr "ÉCHANGES"

msgctxt "cli column"
msgid "PEOPLE"
msgstr "PERSONNES"

msgctxt "cli column"
msgid "COVERAGE"
msgstr "RETOMBÉES"

msgctxt "cli column"
msgid "FIRST"
msgstr "PREMIER"

msgctxt "cli column, date"
msgid "LAST"
msgstr "DERNIER"

#, c-format
msgid "%@ needs a project name"
msgstr "%@ demande un nom de projet"

#, c-format
msgid "%1$@ %2$@: there are no projects yet"
msgstr "%1$@ %2$@ : aucun projet pour l’instant"

#, c-format
msgid "%1$@ %2$@: no such project; did you mean %3$@?"
msgstr "%1$@ %2$@ : projet inconnu ; vouliez-vous dire %3$@ ?"

#, c-format
msgid "%1$@ %2$@: no such project; known: %3$@"
msgstr "%1$@ %2$@ : projet inconnu ; projets existants : %3$@"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/CopyCommand.swift

msgid "Copy a whole database into an empty one (a file into a team database, or back)."
msgstr "Copier toute une base dans une base vide (un fichier dans une base d’équipe, ou l’inverse)."

msgid "Copies every contact with its handles, tags, exchanges and follow-ups, archived, snoozed and review dates included. Ids are new; in a team database the copied exchanges' author is you (the database sets it). One transaction on the destination: everything is copied or nothing. The destination must be empty: a new file, or a team database set up with rapport team init. SRC and DEST are file paths or postgresql:// URIs."
msgstr "Copie chaque contact avec ses coordonnées, étiquettes, échanges et relances, y compris les dates d’archivage, de report et de revue. Les numéros sont nouveaux ; dans une base d’équipe, l’auteur·rice des échanges copiés est vous (la base le fixe). Une seule transaction sur la destination : tout est copié, ou rien. La destination doit être vide : un nouveau fichier, ou une base d’équipe préparée avec rapport team init. SRC et DEST sont des chemins de fichiers ou des URI postgresql://."

msgid "The database to copy: a file or a postgresql:// URI."
msgstr "La base à copier : un fichier ou une URI postgresql://."

msgid "The empty database to fill: a file (created) or a postgresql:// URI."
msgstr "La base vide à remplir : un fichier (créé) ou une URI postgresql://."

msgid "--from and --to need a file or a postgresql:// URI"
msgstr "--from et --to demandent un fichier ou une URI postgresql://"

msgid "--from and --to are the same database"
msgstr "--from et --to désignent la même base"

#, c-format
msgid "%@ is not empty; copy needs an empty destination (a new file, or a team database just set up with rapport team init); nothing was copied"
msgstr "%@ n’est pas vide ; copy demande une destination vide (un nouveau fichier, ou une base d’équipe tout juste préparée avec rapport team init) ; rien n’a été copié"

#, c-format
msgid "%1$@ holds %2$@, which copy does not carry yet (docs/cli.md); nothing was copied"
msgstr "%1$@ contient %2$@, que copy ne transporte pas encore (docs/cli.md) ; rien n’a été copié"

#, c-format
msgid "Copied %1$@ with %2$@ from %3$@ to %4$@"
msgstr "Copie faite : %1$@ avec %2$@ de %3$@ vers %4$@"

#, c-format
msgid "contact #%1$d (%2$@) cannot be copied: %3$@; nothing was copied"
msgstr "le contact #%1$d (%2$@) ne peut pas être copié : %3$@ ; rien n’a été copié"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/TeamCommands.swift

msgid "Set up a team database on PostgreSQL and manage its members."
msgstr "Préparer une base d’équipe sur PostgreSQL et gérer ses membres."

msgid "--db (or RAPPORT_DB) names the PostgreSQL database: postgresql://USER@HOST/DB, or a bare postgresql: for PGHOST, PGDATABASE, PGSERVICE… Members are PostgreSQL login roles that the database administrator creates (CREATE ROLE … LOGIN PASSWORD …); see docs/team.md."
msgstr "--db (ou RAPPORT_DB) désigne la base PostgreSQL : postgresql://UTILISATEUR@HÔTE/BASE, ou postgresql: seul pour PGHOST, PGDATABASE, PGSERVICE… Les membres sont des rôles de connexion PostgreSQL que l’administrateur·rice de la base crée (CREATE ROLE … LOGIN PASSWORD …) ; voir docs/team.md."

#, c-format
msgid "team commands need a PostgreSQL database (--db postgresql://…); %@ is a file"
msgstr "les commandes team demandent une base PostgreSQL (--db postgresql://…) ; %@ est un fichier"

#, c-format
msgid "%@ is not a PostgreSQL login name"
msgstr "%@ n’est pas un nom de connexion PostgreSQL"

msgid "Set up an empty PostgreSQL database as a team database."
msgstr "Préparer une base PostgreSQL vide comme base d’équipe."

msgid "Creates Rapport's tables, the group role rapport_member with exactly the privileges members need, and the row-level security of private notes. Refuses a database that holds other tables. Run it as the database's owner (a role with CREATEROLE); run it again after upgrading Rapport."
msgstr "Crée les tables de Rapport, le rôle de groupe rapport_member avec exactement les droits dont les membres ont besoin, et la sécurité par ligne des notes privées. Refuse une base qui contient d’autres tables. À lancer en tant que propriétaire de la base (un rôle avec CREATEROLE) ; à relancer après une mise à jour de Rapport."

#, c-format
msgid "%@ is a Rapport team database; add members with: rapport team add LOGIN --name \"Full Name\""
msgstr "%@ est une base d’équipe Rapport ; ajoutez des membres avec : rapport team add IDENTIFIANT --name \"Prénom Nom\""

msgid "Make an existing PostgreSQL login a member of the team."
msgstr "Faire d’un identifiant PostgreSQL existant un membre de l’équipe."

msgid "Again on a member, it changes the display name."
msgstr "Relancée sur un membre, change le nom affiché."

msgid "The PostgreSQL login role."
msgstr "Le rôle de connexion PostgreSQL."

msgid "The name colleagues see (default: the login)."
msgstr "Le nom que voient les collègues (par défaut : l’identifiant)."

msgid "--name is empty"
msgstr "--name est vide"

msgid "--name must be one line"
msgstr "--name doit tenir sur une ligne"

#, c-format
msgid "Added %1$@ to the team on %2$@"
msgstr "%1$@ ajouté·e à l’équipe sur %2$@"

#, c-format
msgid "%@ is already a member; display name recorded"
msgstr "%@ est déjà membre ; nom affiché enregistré"

msgid "Take a login out of the team (their exchanges keep their author)."
msgstr "Retirer un identifiant de l’équipe (ses échanges gardent leur auteur·rice)."

#, c-format
msgid "Removed %2$@ from the team; their %3$@ exchange keeps their author"
msgid_plural "Removed %2$@ from the team; their %3$@ exchanges keep their author"
msgstr[0] "%2$@ retiré·e de l’équipe ; son %3$@ échange garde son auteur·rice"
msgstr[1] "%2$@ retiré·e de l’équipe ; ses %3$@ échanges gardent leur auteur·rice"

msgid "List the team's members with their exchange counts."
msgstr "Lister les membres de l’équipe avec leur nombre d’échanges."

msgid "No members yet; add one with: rapport team add LOGIN --name \"Full Name\""
msgstr "Aucun membre pour l’instant ; pour en ajouter un : rapport team add IDENTIFIANT --name \"Prénom Nom\""

msgctxt "cli column"
msgid "LOGIN"
msgstr "IDENTIFIANT"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/ImportExportCommands.swift

msgid "Import contacts from vCard, CSV or Rapport JSON files."
msgstr "Importer des contacts depuis des fichiers vCard, CSV ou JSON de Rapport."

msgid "The format is guessed from the extension and content. A record whose email or social handle (Twitter/X, Mastodon, Bluesky, LinkedIn) already belongs to a contact, or to a record before it, is a duplicate: skipped by default. All files are imported in one transaction: a malformed file stops with FILE:LINE and nothing is saved."
msgstr "Le format est deviné d’après l’extension et le contenu. Une fiche dont l’e-mail ou le compte social (Twitter/X, Mastodon, Bluesky, LinkedIn) appartient déjà à un contact, ou à une fiche précédente, est un doublon : ignorée par défaut. Tous les fichiers sont importés en une seule transaction : un fichier mal formé arrête tout avec FICHIER:LIGNE et rien n’est enregistré."

msgid "vCard (.vcf), CSV or JSON (from rapport export) files."
msgstr "Des fichiers vCard (.vcf), CSV ou JSON (issus de rapport export)."

msgid "vcard, csv or json (default: guessed from each file)."
msgstr "vcard, csv ou json (par défaut : deviné pour chaque fichier)."

msgid "Say what would be imported; write nothing."
msgstr "Dire ce qui serait importé, sans rien écrire."

msgid "skip (leave the existing contact alone), merge (add missing handles, tags and empty fields) or create (add anyway)."
msgstr "skip (laisser le contact existant tel quel), merge (ajouter les coordonnées, étiquettes et champs vides manquants) ou create (ajouter quand même)."

msgid "A tag for every imported contact; repeat for several."
msgstr "Une étiquette pour chaque contact importé ; à répéter pour plusieurs."

msgid "The role of every imported contact (default: from the file, else journalist)."
msgstr "Le rôle de chaque contact importé (par défaut : celui du fichier, sinon journalist)."

msgid "Read a CSV column as a field (name, first-name, last-name, outlet, title, role, email, phone, twitter, mastodon, bluesky, linkedin, website, other-handles, tags, notes, tier, stage, how-met, cadence, do-not-contact, ignore); repeat for several."
msgstr "Lire une colonne CSV comme un champ (name, first-name, last-name, outlet, title, role, email, phone, twitter, mastodon, bluesky, linkedin, website, other-handles, tags, notes, tier, stage, how-met, cadence, do-not-contact, ignore) ; à répéter pour plusieurs."

#, c-format
msgid "--map %@ is not COLUMN=FIELD"
msgstr "--map %@ n’est pas de la forme COLONNE=CHAMP"

#, c-format
msgid "--map %1$@: unknown field %2$@; expected one of: %3$@"
msgstr "--map %1$@ : champ inconnu %2$@ ; champs possibles : %3$@"

msgid "--map applies to CSV files only"
msgstr "--map ne s’applique qu’aux fichiers CSV"

#, c-format
msgid "and %2$@ more warning"
msgid_plural "and %2$@ more warnings"
msgstr[0] "et %2$@ autre avertissement"
msgstr[1] "et %2$@ autres avertissements"

msgid "Export contacts as vCard, CSV or JSON."
msgstr "Exporter les contacts en vCard, CSV ou JSON."

msgid "vCard 4.0 and CSV hold one card or row per contact; JSON holds everything, exchanges included, and imports back. Everyone is exported (archived and do-not-contact people too) unless --tag, --role or --contact narrow it. --contact CONTACT --format json is everything held about one person, for a right-of-access request. Written to standard output, or with --output to a file created atomically with mode 0600."
msgstr "vCard 4.0 et CSV donnent une carte ou une ligne par contact ; JSON contient tout, échanges compris, et se réimporte. Tout le monde est exporté (personnes archivées ou à ne pas contacter comprises), sauf si --tag, --role ou --contact restreignent. --contact CONTACT --format json donne tout ce qui est conservé sur une personne, pour une demande de droit d’accès. Écrit sur la sortie standard, ou avec --output dans un fichier créé de façon atomique avec le mode 0600."

msgid "vcard, csv or json (default: from the --output extension)."
msgstr "vcard, csv ou json (par défaut : d’après l’extension de --output)."

msgid "Only this person: an id, a handle, or a part of the name."
msgstr "Seulement cette personne : un numéro, une coordonnée ou une partie du nom."

msgid "CSV field separator: ',' or ';' (default: ';' when Rapport speaks French, for French spreadsheets; else ',')."
msgstr "Séparateur des champs CSV : ',' ou ';' (par défaut : ';' quand Rapport parle français, pour les tableurs français ; sinon ',')."

msgid "--contact cannot be combined with --tag or --role"
msgstr "--contact ne peut pas aller avec --tag ni --role"

msgid "give --format vcard, csv or json"
msgstr "indiquez --format vcard, csv ou json"

#, c-format
msgid "Exported %2$@ contact to %3$@"
msgid_plural "Exported %2$@ contacts to %3$@"
msgstr[0] "%2$@ contact exporté dans %3$@"
msgstr[1] "%2$@ contacts exportés dans %3$@"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/ContactCommands.swift

msgid "journalist, blogger, expert, influencer, partner, provider or other."
msgstr "journalist (journaliste), blogger (blogueur·euse), expert (expert·e), influencer (influenceur·euse), partner (partenaire), provider (prestataire) ou other (autre)."

msgid "Outlet or organisation."
msgstr "Média ou organisation."

msgid "Job title."
msgstr "Fonction."

msgid "A (key), B (regular) or C (occasional)."
msgstr "A (clé), B (régulier) ou C (occasionnel)."

msgid "Days between conversations, overriding the tier default ('default' clears it)."
msgstr "Jours entre deux échanges, à la place de la cadence du niveau ('default' la retire)."

msgid "new, acquainted, engaged, trusted or ally."
msgstr "new (nouvelle), acquainted (amorcée), engaged (suivie), trusted (de confiance) ou ally (alliance)."

msgid "A tag (beat, topic); repeat for several."
msgstr "Une étiquette (rubrique, thème) ; à répéter pour plusieurs."

msgid "An email address; repeat for several."
msgstr "Une adresse e-mail ; à répéter pour plusieurs."

msgid "A phone number; repeat for several."
msgstr "Un numéro de téléphone ; à répéter pour plusieurs."

msgid "A Twitter/X handle (@name)."
msgstr "Un compte Twitter/X (@nom)."

msgid "A Mastodon address (@name@server)."
msgstr "Une adresse Mastodon (@nom@serveur)."

msgid "A Bluesky handle (name.bsky.social)."
msgstr "Un compte Bluesky (nom.bsky.social)."

msgid "A LinkedIn profile URL."
msgstr "L’adresse d’un profil LinkedIn."

msgid "A website URL."
msgstr "L’adresse d’un site web."

msgid "How we met."
msgstr "Comment nous nous sommes rencontrés."

msgid "Notes about the person (replaces the notes on edit)."
msgstr "Des notes sur la personne (remplacent les notes à la modification)."

msgid "Accept a handle that already belongs to another contact."
msgstr "Accepter une coordonnée qui appartient déjà à un autre contact."

msgid "The contact who introduced this one: an id, a handle, or a part of the name."
msgstr "Le contact qui a présenté celui-ci : un numéro, une coordonnée ou une partie du nom."

#, c-format
msgid "--cadence: %1$@ is not a number of days between %2$d and %3$d (or 'default')"
msgstr "--cadence : %1$@ n’est pas un nombre de jours entre %2$d et %3$d (ni « default »)"

msgid "Add a contact."
msgstr "Ajouter un contact."

msgid "The person's name."
msgstr "Le nom de la personne."

#, c-format
msgid "Added #%1$d %2$@"
msgstr "Contact ajouté : #%1$d %2$@"

msgid "Change a contact's fields, handles or tags."
msgstr "Modifier les champs, coordonnées ou étiquettes d’un contact."

msgid "A new name."
msgstr "Un nouveau nom."

msgid "A tag to remove; repeat for several."
msgstr "Une étiquette à retirer ; à répéter pour plusieurs."

msgid "A handle to remove (its value); repeat for several."
msgstr "Une coordonnée à retirer (sa valeur) ; à répéter pour plusieurs."

msgid "true or false."
msgstr "true (oui) ou false (non)."

msgid "With --note: only you can read these notes (team database; a personal file is yours alone anyway)."
msgstr "Avec --note : vous seul·e pouvez lire ces notes (base d’équipe ; un fichier personnel n’est de toute façon qu’à vous)."

msgid "With or without --note: the notes are readable by the whole team again."
msgstr "Avec ou sans --note : les notes redeviennent lisibles par toute l’équipe."

msgid "The contact's relationship lead: a member's login (team database only)."
msgstr "Le membre qui suit la relation : son identifiant (base d’équipe seulement)."

msgid "Clear who introduced this contact."
msgstr "Effacer qui a présenté ce contact."

msgid "--introduced-by and --no-introducer cannot go together"
msgstr "--introduced-by et --no-introducer ne vont pas ensemble"

msgid "--private and --shared cannot go together"
msgstr "--private et --shared ne vont pas ensemble"

msgid "--private applies to --note: give the notes with it"
msgstr "--private s’applique à --note : indiquez les notes avec"

msgid "--owner needs a login"
msgstr "--owner demande un identifiant"

msgid "nothing to change: give at least one option (see rapport edit --help)"
msgstr "rien à changer : indiquez au moins une option (voir rapport edit --help)"

#, c-format
msgid "Updated #%1$d %2$@"
msgstr "Contact modifié : #%1$d %2$@"

msgid "Leave a contact out of the review for a while."
msgstr "Écarter un contact de la revue pour un temps."

msgid "WHEN is a number of days (30), a date (2026-12-24, +2w), or 'off' to wake the contact now."
msgstr "WHEN est un nombre de jours (30), une date (24/12/2026, +2s) ou « off » pour réveiller le contact tout de suite."

msgid "Days, a date, or 'off'."
msgstr "Des jours, une date, ou « off »."

#, c-format
msgid "snooze: %'d days is out of range (1–3650)"
msgstr "snooze : %'d jours, hors limites (1–3650)"

#, c-format
msgid "snooze: %1$@ is not in the future (today is %2$@)"
msgstr "snooze : le %1$@ n’est pas dans le futur (nous sommes le %2$@)"

#, c-format
msgid "Snoozed #%1$d %2$@ until %3$@"
msgstr "#%1$d %2$@ reporté·e jusqu’au %3$@"

#, c-format
msgid "#%1$d %2$@ is no longer snoozed"
msgstr "#%1$d %2$@ n’est plus reporté·e"

msgid "Archive a contact (hidden from lists and the review; nothing is deleted)."
msgstr "Archiver un contact (masqué des listes et de la revue ; rien n’est supprimé)."

#, c-format
msgid "Archived #%1$d %2$@"
msgstr "#%1$d %2$@ archivé·e"

#, c-format
msgid "Unarchived #%1$d %2$@"
msgstr "#%1$d %2$@ désarchivé·e"

msgid "Bring an archived contact back."
msgstr "Faire revenir un contact archivé."

msgid "Erase a person and everything about them (right to erasure)."
msgstr "Effacer une personne et tout ce qui la concerne (droit à l’effacement)."

msgid "Deletes the contact, their handles, tag links and every exchange, and scrubs them from the search index and the file's free space. Without --yes, only says what it would erase."
msgstr "Supprime le contact, ses coordonnées, ses étiquettes et tous ses échanges, et en efface la trace dans l’index de recherche et l’espace libre du fichier. Sans --yes, dit seulement ce qui serait effacé."

msgid "Really erase."
msgstr "Effacer pour de bon."

#, c-format
msgid "this would erase %1$@%2$@ for good; run again with --yes to erase"
msgstr "serait effacé définitivement : %1$@%2$@ ; relancez avec --yes pour effacer"

#, c-format
msgid "Erased %@."
msgstr "Effacé : %@."

msgid "another Rapport has the database open; traces may remain in the write-ahead log until it closes"
msgstr "un autre Rapport a ouvert la base ; des traces peuvent rester dans le journal d’écriture (WAL) jusqu’à sa fermeture"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/CareerCommands.swift

#, c-format
msgid "Introduced by %1$@ (#%2$d)"
msgstr "Présenté·e par %1$@ (#%2$d)"

#, c-format
msgid "Introduced: %@"
msgstr "A présenté : %@"

#, c-format
msgid " (and unlink %1$'d introduction: %2$@; they stay as contacts)"
msgid_plural " (and unlink %1$'d introductions: %2$@; they stay as contacts)"
msgstr[0] " (et %1$'d mise en relation, avec %2$@, serait défaite ; le contact reste)"
msgstr[1] " (et les %1$'d mises en relation avec %2$@ seraient défaites ; ces contacts restent)"

# ---------------------------------------------------------------------------
# Sources/rapport/Commands/ExchangeGroup.swift

msgid "Show, correct or delete a logged exchange."
msgstr "Afficher, corriger ou supprimer un échange consigné."

msgid "ID is the exchange's number, as printed by log and show (#345 or 345)."
msgstr "ID est le numéro de l’échange, tel que l’affichent log et show (#345 ou 345)."

msgid "The exchange's id, as printed by log and show."
msgstr "Le numéro de l’échange, tel que l’affichent log et show."

#, c-format
msgid "%@ is not an exchange id (a number, as printed by log and show)"
msgstr "%@ n’est pas un numéro d’échange (un nombre, comme #345)"

#, c-format
msgid "no exchange with id %d"
msgstr "aucun échange n° %d"

#, c-format
msgid "no contact with id %d"
msgstr "aucun contact n° %d"

msgid "Show every field of an exchange: the notes and the follow-up too."
msgstr "Afficher tous les champs d’un échange, notes et relance comprises."

msgid "Correct an exchange: only the fields given change."
msgstr "Corriger un échange : seuls les champs indiqués changent."

msgid "The contact's last exchange, warmth, review position and search index are recomputed in the same transaction. --rating none, --follow-up-on none and --project none clear them. A follow-up keeps its done state."
msgstr "Le dernier échange du contact, sa chaleur, sa place dans la revue et l’index de recherche sont recalculés dans la même transaction. --rating none, --follow-up-on none et --project none les retirent. Une relance garde son état « faite »."

msgid "How it went, 1–5, or none."
msgstr "Comment cela s’est passé, de 1 à 5, ou none."

msgid "Longer notes (replace the notes; \"\" clears them)."
msgstr "Des notes plus longues (remplacent les notes ; \"\" les efface)."

msgid "When the promised follow-up is due, or none to remove the follow-up."
msgstr "L’échéance de la relance promise, ou none pour retirer la relance."

msgid "The project it was for (a new name creates it), or none."
msgstr "Le projet concerné (un nouveau nom le crée), ou none."

#, c-format
msgid "--rating %@ is not 1–5 or none"
msgstr "--rating %@ : ni 1–5 ni none"

msgid "nothing to change: give at least one option (see rapport exchange edit --help)"
msgstr "rien à changer : indiquez au moins une option (voir rapport exchange edit --help)"

msgid "--follow-up-on none removes the follow-up; --follow-up cannot go with it"
msgstr "--follow-up-on none retire la relance ; --follow-up ne peut pas l’accompagner"

#, c-format
msgid "exchange #%d has no follow-up: give --follow-up TEXT with --follow-up-on"
msgstr "l’échange #%d n’a pas de relance : indiquez --follow-up TEXTE avec --follow-up-on"

#, c-format
msgid "exchange #%d has no follow-up: give --follow-up-on DATE with --follow-up"
msgstr "l’échange #%d n’a pas de relance : indiquez --follow-up-on DATE avec --follow-up"

#, c-format
msgid "Updated exchange #%1$d with %2$@ (%3$@)"
msgstr "Échange #%1$d avec %2$@ modifié (%3$@)"

msgid "Delete an exchange (asks for --yes)."
msgstr "Supprimer un échange (demande --yes)."

#, c-format
msgid "exchange #%1$d with %2$@ (%3$@: %4$@)"
msgstr "échange #%1$d avec %2$@ (%3$@ : %4$@)"

#, c-format
msgid "Exchange #%1$d with %2$@ (#%3$d)"
msgstr "Échange #%1$d avec %2$@ (#%3$d)"

msgctxt "cli field"
msgid "none"
msgstr "aucune"

msgctxt "cli exchange field"
msgid "Date"
msgstr "Date"

msgctxt "cli exchange field"
msgid "Channel"
msgstr "Canal"

msgctxt "cli exchange field"
msgid "Direction"
msgstr "Sens"

msgid "in ← (they reached out)"
msgstr "entrant ← (on m’a contacté·e)"

msgid "out → (I reached out)"
msgstr "sortant → (j’ai pris contact)"

msgctxt "cli exchange field"
msgid "Intent"
msgstr "Intention"

msgctxt "cli exchange field"
msgid "Rating"
msgstr "Note"

msgctxt "cli exchange field"
msgid "Summary"
msgstr "Résumé"

msgctxt "cli exchange field"
msgid "Project"
msgstr "Projet"

msgctxt "cli exchange field"
msgid "Follow-up"
msgstr "Relance"

#, c-format
msgid "%1$@: %2$@ (done %3$@)"
msgstr "%1$@ : %2$@ (faite le %3$@)"

#, c-format
msgid "%1$@: %2$@ (open)"
msgstr "%1$@ : %2$@ (à faire)"

msgctxt "cli exchange field"
msgid "Notes"
msgstr "Notes"

# ---------------------------------------------------------------------------
# Sources/RapportSettings/TOMLTree.swift

#, c-format
msgid "cannot read TOML: %@"
msgstr "TOML illisible : %@"

msgid "a table"
msgstr "une table"

msgid "a list"
msgstr "une liste"

msgid "a string"
msgstr "du texte"

msgid "an integer"
msgstr "un nombre entier"

msgid "a decimal number"
msgstr "un nombre décimal"

msgid "true/false"
msgstr "un booléen (true/false)"

#, c-format
msgctxt "TOML value kind"
msgid "a %@"
msgstr "une valeur %@"

# ---------------------------------------------------------------------------
# Sources/RapportSettings/UTF8File.swift

msgid "not UTF-8 text (an invalid byte sequence); save the file as UTF-8"
msgstr "ce n’est pas du texte UTF-8 (suite d’octets invalide) ; enregistrez le fichier en UTF-8"

# ---------------------------------------------------------------------------
# Sources/RapportSettings/KeyOverrides.swift

#, c-format
msgid " (did you mean '%@'?)"
msgstr " (vouliez-vous dire « %@ » ?)"

#, c-format
msgid "unknown action '%1$@'%2$@"
msgstr "action inconnue « %1$@ »%2$@"

# ---------------------------------------------------------------------------
# Sources/RapportSettings/ThemeResolver.swift

#, c-format
msgid "colour %d is out of range (0–255)"
msgstr "la couleur %d est hors limites (0–255)"

#, c-format
msgid "unknown colour '%1$@'%2$@; use a palette name, a colour name, \"default\", 0–255 or \"#rrggbb\""
msgstr "couleur inconnue « %1$@ »%2$@ ; indiquez un nom de la palette, un nom de couleur, \"default\", 0–255 ou \"#rrggbb\""

# ---------------------------------------------------------------------------
# Sources/RapportSettings/ThemeLibrary.swift

#, c-format
msgid "theme inherits itself ('%@')"
msgstr "le thème hérite de lui-même (« %@ »)"

#, c-format
msgid "Themes/%@.toml (built in)"
msgstr "Themes/%@.toml (intégré)"

#, c-format
msgid "unknown theme '%1$@' (available: %2$@)"
msgstr "thème inconnu « %1$@ » (thèmes disponibles : %2$@)"

#, c-format
msgid "cannot read theme file '%@'"
msgstr "impossible de lire le fichier de thème « %@ »"

#, c-format
msgid "no theme file '%@'"
msgstr "fichier de thème introuvable : « %@ »"

# ---------------------------------------------------------------------------
# Sources/RapportSettings/SettingsFile.swift

msgid "no such settings file"
msgstr "fichier de réglages introuvable"

msgid "cannot read the settings file"
msgstr "impossible de lire le fichier de réglages"

msgid "a theme name or path"
msgstr "un nom ou un chemin de thème"

msgid "'language' must be \"fr\" or \"en\""
msgstr "« language » doit valoir \"fr\" ou \"en\""

#, c-format
msgid "unknown setting '%1$@'%2$@; known: %3$@"
msgstr "réglage inconnu « %1$@ »%2$@ ; réglages connus : %3$@"

#, c-format
msgid "'%1$@' must be %2$@, not empty"
msgstr "« %1$@ » doit être %2$@, pas une valeur vide"

#, c-format
msgid "'%1$@' must be %2$@, not %3$@"
msgstr "« %1$@ » doit être %2$@, pas %3$@"

#, c-format
msgid "'%1$@' must be a table, like %2$@, not %3$@"
msgstr "« %1$@ » doit être une table, comme %2$@, pas %3$@"

#, c-format
msgid "'editor' must be a command like \"nvim\" or [\"code\", \"--wait\"], not %@"
msgstr "« editor » doit être une commande comme \"nvim\" ou [\"code\", \"--wait\"], pas %@"

#, c-format
msgid "unknown tier '%@' in [cadence] (expected A, B or C)"
msgstr "niveau inconnu « %@ » dans [cadence] (niveaux possibles : A, B ou C)"

#, c-format
msgid "cadence for tier %1$@ must be a whole number of days, not %2$@"
msgstr "la cadence du niveau %1$@ doit être un nombre entier de jours, pas %2$@"

#, c-format
msgid "cadence for tier %1$@ is %2$d days; expected %3$d–%4$d"
msgstr "la cadence du niveau %1$@ est de %2$d jours ; valeurs possibles : %3$d–%4$d"

#, c-format
msgid "keys for '%1$@' must be a key name like \"L\" or a list like [\"L\", \"ctrl-l\"], not %2$@"
msgstr "les touches de « %1$@ » doivent être un nom de touche comme \"L\" ou une liste comme [\"L\", \"ctrl-l\"], pas %2$@"

#, c-format
msgid "keys for '%1$@' must be key names in quotes, not %2$@"
msgstr "les touches de « %1$@ » doivent être des noms de touches entre guillemets, pas %2$@"

#, c-format
msgid "%1$@ for '%2$@'"
msgstr "%1$@ pour « %2$@ »"

#, c-format
msgid "'ui.borders' must be one of %@"
msgstr "« ui.borders » doit valoir l’un de : %@"

#, c-format
msgid "'ui.escape_delay' must be a whole number of milliseconds, %1$d–%2$d"
msgstr "« ui.escape_delay » doit être un nombre entier de millisecondes, %1$d–%2$d"

#, c-format
msgid "unknown setting '%@' in [ui]; known: borders, escape_delay"
msgstr "réglage inconnu « %@ » dans [ui] ; réglages connus : borders, escape_delay"

# ---------------------------------------------------------------------------
# Sources/RapportSettings/TOMLHeaderCheck.swift

msgid "a table header needs a name and a closing ']' on the same line"
msgstr "un en-tête de table demande un nom et un ']' fermant sur la même ligne"

msgid "a table name must start with a letter, a digit, '_', '-' or a quote"
msgstr "un nom de table doit commencer par une lettre, un chiffre, '_', '-' ou un guillemet"

msgid "an array needs a value or ']' here, not '}'"
msgstr "une liste attend ici une valeur ou ']', pas '}'"

# ---------------------------------------------------------------------------
# Sources/RapportSettings/ThemeFile.swift

#, c-format
msgid "'inherits' must be a theme name or path, not %@"
msgstr "« inherits » doit être un nom ou un chemin de thème, pas %@"

#, c-format
msgid "unknown style role '%1$@'; write dotted roles in quotes: \"%1$@.%2$@\" = { … }"
msgstr "rôle de style inconnu « %1$@ » ; écrivez les rôles à point entre guillemets : \"%1$@.%2$@\" = { … }"

#, c-format
msgid "unknown style role '%1$@'%2$@"
msgstr "rôle de style inconnu « %1$@ »%2$@"

#, c-format
msgid "[palette] must be a table of colours, not %@"
msgstr "[palette] doit être une table de couleurs, pas %@"

#, c-format
msgid "palette colour '%1$@' must be a colour name, 0–255 or \"#rrggbb\", not %2$@"
msgstr "la couleur de palette « %1$@ » doit être un nom de couleur, 0–255 ou \"#rrggbb\", pas %2$@"

#, c-format
msgid "palette colour '%1$@': %2$@"
msgstr "couleur de palette « %1$@ » : %2$@"

#, c-format
msgid "'%1$@' %2$@ must be a colour, not %3$@"
msgstr "« %1$@ » : %2$@ doit être une couleur, pas %3$@"

#, c-format
msgid "unknown attribute '%1$@' in '%2$@'; write dotted roles in quotes: \"%2$@.%1$@\" = { … }"
msgstr "attribut inconnu « %1$@ » dans « %2$@ » ; écrivez les rôles à point entre guillemets : \"%2$@.%1$@\" = { … }"

#, c-format
msgid "unknown attribute '%1$@' in '%2$@' (expected fg, bg, modifiers)"
msgstr "attribut inconnu « %1$@ » dans « %2$@ » (attributs possibles : fg, bg, modifiers)"

#, c-format
msgid "style '%1$@' must be a table like { fg = \"red\", modifiers = [\"bold\"] } or a colour, not %2$@"
msgstr "le style « %1$@ » doit être une table comme { fg = \"red\", modifiers = [\"bold\"] } ou une couleur, pas %2$@"

#, c-format
msgid "'%1$@' modifiers must be a list like [\"bold\", \"underline\"], not %2$@"
msgstr "les modificateurs de « %1$@ » doivent être une liste comme [\"bold\", \"underline\"], pas %2$@"

#, c-format
msgid "unknown modifier %1$@ in '%2$@' (expected %3$@)"
msgstr "modificateur inconnu %1$@ dans « %2$@ » (modificateurs possibles : %3$@)"

#, c-format
msgid "unknown colour '%@' (expected a colour name, \"default\", 0–255 or \"#rrggbb\")"
msgstr "couleur inconnue « %@ » (attendu : un nom de couleur, \"default\", 0–255 ou \"#rrggbb\")"

#, c-format
msgid "expected a colour, not %@"
msgstr "une couleur est attendue, pas %@"

# ---------------------------------------------------------------------------
# Sources/rapport/Shown.swift

msgctxt "cli role"
msgid "journalist"
msgstr "journaliste"

msgctxt "cli role"
msgid "blogger"
msgstr "blogueur·euse"

msgctxt "cli role"
msgid "expert"
msgstr "expert·e"

msgctxt "cli role"
msgid "influencer"
msgstr "influenceur·euse"

msgctxt "cli role"
msgid "partner"
msgstr "partenaire"

msgctxt "cli role"
msgid "provider"
msgstr "prestataire"

msgctxt "cli role"
msgid "other"
msgstr "autre"

msgctxt "cli channel"
msgid "twitter"
msgstr "twitter"

msgctxt "cli channel"
msgid "twitter-dm"
msgstr "twitter (MP)"

msgctxt "cli channel"
msgid "mastodon"
msgstr "mastodon"

msgctxt "cli channel"
msgid "bluesky"
msgstr "bluesky"

msgctxt "cli channel"
msgid "email"
msgstr "e-mail"

msgctxt "cli channel"
msgid "phone"
msgstr "téléphone"

msgctxt "cli channel"
msgid "meeting"
msgstr "rendez-vous"

msgctxt "cli channel"
msgid "event"
msgstr "événement"

msgctxt "cli channel"
msgid "other"
msgstr "autre"

msgctxt "cli intent"
msgid "gave"
msgstr "donné"

msgctxt "cli intent"
msgid "asked"
msgstr "demandé"

msgctxt "cli intent"
msgid "chat"
msgstr "discussion"

msgctxt "cli stage"
msgid "new"
msgstr "nouvelle"

msgctxt "cli stage"
msgid "acquainted"
msgstr "amorcée"

msgctxt "cli stage"
msgid "engaged"
msgstr "suivie"

msgctxt "cli stage"
msgid "trusted"
msgstr "de confiance"

msgctxt "cli stage"
msgid "ally"
msgstr "alliance"

msgctxt "cli warmth"
msgid "cold"
msgstr "froide"

msgctxt "cli warmth"
msgid "cooling"
msgstr "tiède"

msgctxt "cli warmth"
msgid "warm"
msgstr "chaude"

msgctxt "cli warmth"
msgid "strong"
msgstr "solide"

msgctxt "cli search field"
msgid "name"
msgstr "nom"

msgctxt "cli search field"
msgid "outlet"
msgstr "média"

msgctxt "cli search field"
msgid "title"
msgstr "fonction"

msgctxt "cli search field"
msgid "notes"
msgstr "notes"

msgctxt "cli search field"
msgid "tags"
msgstr "étiquettes"

msgctxt "cli search field"
msgid "handles"
msgstr "coordonnées"

msgctxt "cli search field"
msgid "exchange"
msgstr "échange"

msgctxt "cli search field"
msgid "pastOutlet"
msgstr "ancien média"

msgctxt "cli handle"
msgid "email"
msgstr "e-mail"

msgctxt "cli handle"
msgid "phone"
msgstr "téléphone"

msgctxt "cli handle"
msgid "twitter"
msgstr "Twitter"

msgctxt "cli handle"
msgid "mastodon"
msgstr "Mastodon"

msgctxt "cli handle"
msgid "bluesky"
msgstr "Bluesky"

msgctxt "cli handle"
msgid "linkedin"
msgstr "LinkedIn"

msgctxt "cli handle"
msgid "website"
msgstr "site web"

msgctxt "cli handle"
msgid "other"
msgstr "autre"

#: Sources/rapport/Commands/ReadingCommands.swift (list --sort)
msgid "name, surname (family name first), last (most recent exchange first), warmth or due (most overdue first); default: sort in config.toml, else surname in French, name in English."
msgstr "name (nom), surname (nom de famille d’abord), last (échange le plus récent d’abord), warmth (chaleur) ou due (le plus en retard d’abord) ; par défaut : sort dans config.toml, sinon surname en français et name en anglais."

#: Sources/RapportPostgres/PGConnection.swift (libpq loaded at run time)
msgid "team mode needs the PostgreSQL client library libpq (Debian: libpq5, Fedora: libpq): %@"
msgstr "le mode équipe a besoin de la bibliothèque cliente PostgreSQL libpq (Debian : libpq5, Fedora : libpq) : %@"

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

#: Sources/RapportInterchange/CSV/CSVHeaderMapping.swift
msgid "--map '%@' is not COLUMN=FIELD"
msgstr "--map « %@ » n’est pas de la forme COLONNE=CHAMP"

msgid "unknown field '%1$@' in --map '%2$@'; expected one of: %3$@"
msgstr "champ « %1$@ » inconnu dans --map « %2$@ » ; champs possibles : %3$@"

msgid "--map column '%@' is not in the header"
msgstr "--map : la colonne « %@ » n’est pas dans l’en-tête"

msgid "no name column (expected Name, Nom, First name/Prénom or Last name/Nom de famille; or use --map COLUMN=name)"
msgstr "aucune colonne de nom (attendu : Nom, Name, Prénom/First name ou Nom de famille/Last name ; ou utilisez --map COLONNE=name)"

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

#: Sources/RapportSettings/SettingsFile.swift (config.toml `sort`)
msgid "'sort' must be one of %@"
msgstr "« sort » doit valoir %@"

#: Sources/RapportTransfer/ImportSource.swift (the import report)
msgid "columns not imported: %@ (use --map COLUMN=FIELD)"
msgstr "colonnes non importées : %@ (utilisez --map COLONNE=CHAMP)"

msgid "columns not imported: %1$@ and %2$@ more (use --map COLUMN=FIELD)"
msgstr "colonnes non importées : %1$@ et %2$@ autres (utilisez --map COLONNE=CHAMP)"

#: Sources/RapportApp/Keys/AppAction.swift (help)
msgid "Sort by name, last contact, warmth, due, surname"
msgstr "Trier : nom, nom de famille, dernier, chaleur, retard"

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
msgstr "simulation : à importer %1$@ avec %2$@ ; à fusionner : %3$@ ; ignorés : %4$@ ; sans nom : %5$@ ; rien n’a été écrit"

#, c-format
msgid "dry run: would import %1$@, merge %2$@, skip %3$@, %4$@ without a name; nothing was written"
msgstr "simulation : à importer %1$@ ; à fusionner : %2$@ ; ignorés : %3$@ ; sans nom : %4$@ ; rien n’a été écrit"

#, c-format
msgid "imported %1$@ with %2$@, merged %3$@, skipped %4$@, %5$@ without a name"
msgstr "importés : %1$@ avec %2$@ ; fusionnés : %3$@ ; ignorés : %4$@ ; sans nom : %5$@"

#, c-format
msgid "imported %1$@, merged %2$@, skipped %3$@, %4$@ without a name"
msgstr "importés : %1$@ ; fusionnés : %2$@ ; ignorés : %3$@ ; sans nom : %4$@"

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

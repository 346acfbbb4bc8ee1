#!/usr/bin/env bash
# One French session end to end (issue 12): the real binary in tmux with
# LANG=fr_FR.UTF-8 (the locale need not be installed: the language follows
# the variable, character handling falls back to a UTF-8 locale that
# exists). The list starts in surname order, AZERTY keys switch views, an
# exchange dated `hier` is logged through the app's log form, the history
# shows yesterday as DD/MM/YYYY, and `rapport review` reads in French.
#
# The French words expected are the glossary's (docs/fr/glossaire.md):
# "Consigner un échange", "à relancer"… Each expectation is checked on its
# own and every one that fails is named, so one missing translation does
# not hide the others.
#
#   bash Tests/e2e/french.sh         (uses .build/debug/rapport, building it if needed)
#   RAPPORT_BIN=path bash Tests/e2e/french.sh
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
e2e_setup

db="$work/presse.sqlite"
french=(env LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8)

# start_french WIDTH HEIGHT ARGS...: the app in French, in the private home.
start_french() {
    local width=$1 height=$2; shift 2
    tmux_run "$width" "$height" \
        "env LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME $RAPPORT_BIN $*"
}

# expect_text TEXT [WHY]: like wait_for, but a miss is recorded and the test
# goes on (check `missed` at the end).
missed=0
expect_text() {
    if ! wait_for "$1" 5 >/dev/null; then
        echo "    missing: \"$1\"${2:+ ($2)}"
        missed=$((missed + 1))
    fi
}

# Two contacts added long ago (both due), in the order a surname sort
# reverses: by first name Éloïse comes first, by surname Le Goff does.
RAPPORT_NOW=2026-03-02 "$RAPPORT_BIN" add "Éloïse Martin" --outlet "Le Monde" --tier A --db "$db" >/dev/null
RAPPORT_NOW=2026-03-02 "$RAPPORT_BIN" add "Yann Le Goff" --outlet "Ouest-France" --tier A --db "$db" >/dev/null
# A third, last contacted in August: due with the reason "à relancer depuis … j".
RAPPORT_NOW=2026-03-02 "$RAPPORT_BIN" add "Camille Durand" --outlet "Les Échos" --tier A --db "$db" >/dev/null
RAPPORT_NOW=2026-08-03 "$RAPPORT_BIN" log "Camille Durand" --summary "Déjeuner" --db "$db" >/dev/null

test_surname_order_and_azerty_keys() {
    start_french 120 32 --db "$db"
    wait_for "Contacts" || return 1
    wait_for "Éloïse Martin" || return 1
    # Surname order: Le Goff (L) above Martin (M).
    local goff martin
    goff=$(pane | grep -n "Yann Le Goff" | head -1 | cut -d: -f1)
    martin=$(pane | grep -n "Éloïse Martin" | head -1 | cut -d: -f1)
    if [ -z "$goff" ] || [ -z "$martin" ] || [ "$goff" -ge "$martin" ]; then
        echo "    the list is not in surname order (Le Goff on line ${goff:-?}, Martin on ${martin:-?})"; show_pane; return 1
    fi
    # AZERTY: é is 2 (the review), & is 1 (contacts), both unshifted.
    keys 'é'
    wait_for "Yann Le Goff" || return 1
    expect_text "Revue" "the review view's name"
    keys '&'
    keys '?'
    expect_text "1 &" "help lists the AZERTY keys in French"
    expect_text "2 é"
    keys Escape
    keys q
    wait_for "EXIT=0" || return 1
    alternate_screen_off || return 1
    [ "$missed" -eq 0 ]
}

test_log_yesterday_through_the_form() {
    missed=0
    start_french 120 32 --db "$db"
    wait_for "Éloïse Martin" || return 1
    keys /
    type_text "martin"
    wait_gone "Yann Le Goff" || return 1
    keys Enter
    keys l
    # The form is open when its summary field takes text.
    expect_text "Consigner un échange avec Éloïse Martin" "the log form's title"
    type_text "Point sur le dossier énergie"
    wait_for "Point sur le dossier énergie" || return 1
    # summary → channel, direction, intent, rating, date.
    keys Tab; keys Tab; keys Tab; keys Tab; keys Tab
    keys C-u
    type_text "hier"
    keys Enter
    expect_text "Échange consigné avec Éloïse Martin" "the status after saving"
    # The history in the detail: yesterday, the French table date.
    expect_text "25/11/2026" "the exchange's day as DD/MM/YYYY"
    wait_for "Point sur le dossier énergie" || return 1
    keys Escape
    keys q
    wait_for "EXIT=0" || return 1
    alternate_screen_off || return 1
    # Stored as yesterday, whatever the display: JSON keeps ISO.
    local shown
    shown=$("$RAPPORT_BIN" show "Éloïse Martin" --json --db "$db")
    grep -qF '"date" : "2026-11-25"' <<<"$shown" \
        || { echo "    the exchange is not dated 2026-11-25 in rapport show --json"; grep '"date"' <<<"$shown" | head -3; return 1; }
    [ "$missed" -eq 0 ]
}

test_review_reads_in_french() {
    missed=0
    local review
    review=$("${french[@]}" "$RAPPORT_BIN" review --db "$db" 2>&1) || { echo "    rapport review failed"; echo "$review"; return 1; }
    grep -qF "Camille Durand" <<<"$review" || { echo "    Camille Durand is not in the review"; return 1; }
    grep -qF "Yann Le Goff" <<<"$review" || { echo "    Yann Le Goff is not in the review"; echo "$review" | sed 's/^/    | /'; return 1; }
    if grep -qF "Éloïse Martin" <<<"$review"; then
        echo "    Éloïse Martin is still due after the exchange logged yesterday"; echo "$review" | sed 's/^/    | /'; return 1
    fi
    for text in "à relancer" "jamais contacté·e"; do
        grep -qF -- "$text" <<<"$review" || { echo "    missing in rapport review: \"$text\""; missed=$((missed + 1)); }
    done
    for english in "never contacted" "due" "days"; do
        if grep -qwF -- "$english" <<<"$review"; then
            echo "    English left in rapport review: \"$english\""; missed=$((missed + 1))
        fi
    done
    [ "$missed" -eq 0 ] || { echo "$review" | sed 's/^/    | /'; return 1; }
}

run_test test_surname_order_and_azerty_keys
run_test test_log_yesterday_through_the_form
run_test test_review_reads_in_french
e2e_finish "french.sh"

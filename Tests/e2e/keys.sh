#!/usr/bin/env bash
# End-to-end tests of keys in forms and of the locale: the real binary in
# tmux, on a private socket, with TERM=xterm-256color in the pane (whose
# terminfo does not describe the Home/End tmux sends). Keys are sent as
# tmux names (M-b, Home, End) and as raw bytes (send-keys -H) for the other
# terminals' encodings; what was typed is checked with `rapport show --json`.
#
#   bash Tests/e2e/keys.sh            (uses .build/debug/rapport, building it if needed)
#   RAPPORT_BIN=path bash Tests/e2e/keys.sh
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
E2E_KEY_DELAY=0.15
e2e_setup

# launch LOCALE-ENV ARGS...: runs rapport in a fresh server with TERM=xterm-256color
# and the given locale variables (LC_ALL and LANG are cleared first).
launch() {
    local locale_env=$1; shift
    tmux_run 110 30 \
        "env -u LC_ALL -u LANG -u LC_CTYPE $locale_env TERM=xterm-256color RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME $RAPPORT_BIN $*"
}

# expect_field TEXT: the form's field row shows TEXT (the form is still open).
expect_field() {
    wait_for "$1" || return 1
    pane | grep -qF "Add a contact" || { echo "    the form closed"; show_pane; return 1; }
}

# saved_name DB: the name of contact #1 as `rapport show --json` gives it.
saved_name() {
    "$RAPPORT_BIN" show 1 --db "$1" --json | sed -n 's/^ *"name" : "\(.*\)",$/\1/p' | head -1
}

test_home_end_and_alt_b_in_the_add_form() {
    local db="$work/keys.sqlite"
    launch "LANG=C.UTF-8" --db "$db"
    wait_for "add a contact" || return 1
    keys a
    wait_for "Add a contact" || return 1
    type_text "Durand"
    keys M-b                       # ESC b: to the start of the word
    type_text "Camille "
    expect_field "Camille Durand" || return 1
    keys End                       # ESC [ 4 ~ from tmux
    type_text " Jr"
    keys Home                      # ESC [ 1 ~ from tmux
    type_text "Dr "
    expect_field "Dr Camille Durand Jr" || return 1
    raw 1b 5b 46                   # ESC [ F: End
    type_text ","
    raw 1b 5b 48                   # ESC [ H: Home
    type_text "("
    raw 1b 4f 46                   # ESC O F: End
    type_text ")"
    raw 1b 5b 37 7e                # ESC [ 7 ~: Home
    type_text "<"
    raw 1b 5b 38 7e                # ESC [ 8 ~: End
    type_text ">"
    expect_field "<(Dr Camille Durand Jr,)>" || return 1
    raw 1b 5b 31 3b 35 44          # ESC [ 1 ; 5 D: Ctrl-Left, a word back
    raw 1b 5b 33 7e                # ESC [ 3 ~: Delete
    raw 1b 4f 48                   # ESC O H: Home
    raw 1b 5b 33 7e                # Delete
    expect_field "(Dr Camille Durand r,)>" || return 1
    # Unknown sequences and other Alt-keys change nothing and close nothing.
    raw 1b 5b 32 30 30 7e          # ESC [ 200 ~ (a paste start)
    raw 1b 5b 31 3b 35 51          # ESC [ 1 ; 5 Q
    keys M-x
    keys M-[
    raw 1b 5b 31 3b 35 43          # Ctrl-Right
    type_text "!"
    expect_field "(Dr! Camille Durand r,)>" || return 1
    # A lone Esc on a changed form asks; n goes back with the text intact.
    keys Escape
    wait_for "Discard changes? y/n" || return 1
    keys n
    wait_gone "Discard changes? y/n" || return 1
    expect_field "(Dr! Camille Durand r,)>" || return 1
    keys Enter
    wait_for "Added" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    local name
    name=$(saved_name "$db")
    [ "$name" = "(Dr! Camille Durand r,)>" ] || { echo "    saved name: '$name'"; return 1; }
}

test_escape_then_y_discards() {
    local db="$work/discard.sqlite"
    launch "LANG=C.UTF-8" --db "$db"
    wait_for "add a contact" || return 1
    keys a
    wait_for "Add a contact" || return 1
    type_text "Nobody"
    keys Escape
    wait_for "Discard changes? y/n" || return 1
    keys y
    wait_for "Cancelled; nothing was saved" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    [ "$("$RAPPORT_BIN" list --db "$db" --json | tr -d ' \n')" = "[]" ] || { echo "    something was saved"; return 1; }
}

accented_db="$work/accents.sqlite"
"$RAPPORT_BIN" add "Ana Lefèvre" --outlet "Télérama" --db "$accented_db" >/dev/null

# The accented name and the warmth bar are drawn whatever the locale says.
accents_drawn_with() {
    launch "$1" --db "$accented_db"
    wait_for "Ana Lefèvre" || { echo "    with $1"; return 1; }
    wait_for "Télérama" || return 1
    pane | grep -q "│" || { echo "    no box lines with $1"; show_pane; return 1; }
    if pane | grep -q "no UTF-8 locale"; then echo "    warned although C.UTF-8 exists"; return 1; fi
    keys q
    wait_for "EXIT=0" || return 1
}

test_lang_c_draws_accents() { accents_drawn_with "LANG=C"; }
test_missing_french_locale_draws_accents() { accents_drawn_with "LANG=fr_FR.UTF-8"; }
test_lc_all_c_draws_accents() { accents_drawn_with "LC_ALL=C LANG=C.UTF-8"; }

run_test test_home_end_and_alt_b_in_the_add_form
run_test test_escape_then_y_discards
run_test test_lang_c_draws_accents
run_test test_missing_french_locale_draws_accents
run_test test_lc_all_c_draws_accents

e2e_finish "keys.sh"

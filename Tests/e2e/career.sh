#!/usr/bin/env bash
# End-to-end tests of the career timeline and introductions (issue 11):
# the real binary in tmux on a private socket. The command line records a
# move and an introduction; the app's detail shows them, its search finds
# the past outlet ("ex-…"), and its edit form records a move that
# `rapport show --json` then reports.
#
#   bash Tests/e2e/career.sh          (uses .build/debug/rapport, building it if needed)
#   RAPPORT_BIN=path bash Tests/e2e/career.sh
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
e2e_setup

db="$work/career.sqlite"

# A fresh database: Camille moved from Libération to Le Monde on 2026-10-01,
# Paul was introduced by her.
prepare() {
    rm -f "$db" "$db-wal" "$db-shm"
    RAPPORT_NOW=2026-01-10 "$RAPPORT_BIN" add "Camille Lefèvre" --outlet "Libération" --db "$db" >/dev/null
    RAPPORT_NOW=2026-10-01 "$RAPPORT_BIN" edit lefevre --outlet "Le Monde" --db "$db" >/dev/null
    "$RAPPORT_BIN" add "Paul Durand" --outlet "Les Échos" --introduced-by lefevre --db "$db" >/dev/null
}
E2E_BEFORE_EACH=prepare

launch() {
    tmux_run 120 32 "env RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME $RAPPORT_BIN --db $db"
}

test_the_detail_shows_the_timeline_and_the_introductions() {
    launch
    wait_for "Camille Lefèvre" || return 1
    wait_for "at Le Monde since 10/2026 · before: Libération" || return 1
    wait_for "–2026" || return 1
    wait_for "Introduced  Paul Durand" || return 1
    keys j
    wait_for "Introduced by Camille Lefèvre" || return 1
    keys q
    wait_for "EXIT=0" || return 1
}

test_search_finds_the_past_outlet() {
    launch
    wait_for "Camille Lefèvre" || return 1
    keys /
    type_text "libération"
    wait_for "ex-Libération (until 2026)" || return 1
    keys Escape
    keys q
    wait_for "EXIT=0" || return 1
}

test_the_edit_form_records_a_move() {
    launch
    wait_for "Paul Durand" || return 1
    keys j
    wait_for "Introduced by Camille Lefèvre" || return 1
    keys e
    wait_for "Edit Paul Durand" || return 1
    keys Tab Tab C-u
    type_text "Mediapart"
    keys Enter
    wait_for "at Mediapart since 11/2026 · before: Les Échos" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    local json
    json=$("$RAPPORT_BIN" show durand --json --db "$db")
    grep -qF '"outlet" : "Les Échos"' <<<"$json" || { echo "    show --json has no previous position"; return 1; }
}

run_test test_the_detail_shows_the_timeline_and_the_introductions
run_test test_search_finds_the_past_outlet
run_test test_the_edit_form_records_a_move

e2e_finish "career.sh"

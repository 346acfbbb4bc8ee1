#!/usr/bin/env bash
# End-to-end test of coverage in the full-screen app: the real binary in
# tmux on a private socket; `c` records coverage for the selected contact,
# and in the focused history for the highlighted exchange; the detail shows
# it, the history marks the exchange, and `rapport coverage list --json`
# reads back what was saved.
#
#   bash Tests/e2e/coverage.sh            (uses .build/debug/rapport, building it if needed)
#   RAPPORT_BIN=path bash Tests/e2e/coverage.sh
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
E2E_KEY_DELAY=0.15
e2e_setup

launch() {
    tmux_run 130 36 "env TERM=xterm-256color RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME $RAPPORT_BIN --db $1"
}

test_c_records_coverage_and_the_detail_shows_it() {
    local db="$work/coverage.sqlite"
    "$RAPPORT_BIN" add "Camille Lefèvre" --outlet "Le Monde" --db "$db" >/dev/null
    "$RAPPORT_BIN" log lefevre --summary "Sent the embargoed study" --date 2026-11-02 --db "$db" >/dev/null
    launch "$db"
    wait_for "Camille Lefèvre" || return 1
    wait_for "Sent the embargoed study" || return 1
    keys c
    wait_for "Coverage from Camille Lefèvre" || return 1
    type_text "La pompe à chaleur, enfin"
    keys Enter
    wait_for "Recorded coverage from Camille Lefèvre" || return 1
    wait_for "Coverage · 1" || return 1
    wait_for "2026-11-26 La pompe à chaleur, enfin  Le Monde" || return 1
    # In the focused history, c links the coverage to the highlighted exchange.
    keys Tab
    keys c
    wait_for "after the exchange of 2026-11-02" || return 1
    type_text "Portrait in the weekend magazine"
    keys Enter
    wait_for "Coverage · 2" || return 1
    wait_for "→ coverage: Portrait in the weekend magazine" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    alternate_screen_off || return 1
    local listed
    listed=$("$RAPPORT_BIN" coverage list lefevre --json --db "$db")
    echo "$listed" | grep -qF '"title" : "Portrait in the weekend magazine"' || { echo "    not saved: $listed"; return 1; }
    echo "$listed" | grep -qF '"exchangeId" : 1' || { echo "    not linked: $listed"; return 1; }
}

run_test test_c_records_coverage_and_the_detail_shows_it
e2e_finish "coverage.sh"

#!/usr/bin/env bash
# End-to-end tests of projects in the full-screen app (issue 11): the real
# binary in tmux on a private socket. An exchange logged from the form with
# a project picked from the recent ones, then the list filtered by it.
#
#   bash Tests/e2e/projects.sh       (uses .build/debug/rapport, building it if needed)
#   RAPPORT_BIN=path bash Tests/e2e/projects.sh
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
e2e_setup

demo_db="$work/demo.sqlite"
"$RAPPORT_BIN" demo --db "$demo_db" >/dev/null

test_log_with_a_picked_project_then_filter_by_it() {
    local db="$work/projects.sqlite"
    cp "$demo_db" "$db"
    local listed recent
    listed=$("$RAPPORT_BIN" project list --db "$db" --json)
    recent=$(python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["name"])' <<<"$listed")
    [ -n "$recent" ] || { echo "    the demo has no project"; return 1; }
    start 120 40 --db "$db"
    wait_for "1 Contacts" || return 1
    keys /
    type_text "camille lef"
    wait_for "/ camille lef" || return 1
    wait_for "Camille Lefèvre" || return 1
    keys Enter
    keys l
    wait_for "Log an exchange with Camille Lefèvre" || return 1
    type_text "Briefing on the launch"
    # Summary, channel, direction, intent, rating, date, follow-up on, promised, notes: nine Tabs to the project.
    for _ in 1 2 3 4 5 6 7 8 9; do keys Tab; done
    wait_for "Space picks a recent one" || return 1
    keys Space
    wait_for "1 $recent" || return 1
    keys Enter
    wait_for "Project       $recent" || return 1
    keys Enter
    wait_for "Logged exchange with Camille Lefèvre" || return 1
    wait_for "◆ ${recent:0:5}" || return 1
    # The filter: its last choices are the projects, most recent first.
    keys Escape
    keys f
    wait_for "Project: $recent" || return 1
    keys G k Enter
    wait_for "project: $recent" || return 1
    wait_for "Camille Lefèvre" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    alternate_screen_off || return 1
    local shown
    shown=$("$RAPPORT_BIN" show "Camille Lefèvre" --db "$db" --json)
    python3 -c 'import json,sys; e=json.load(sys.stdin)["exchanges"][0]; sys.exit(0 if e["summary"]=="Briefing on the launch" and e["project"]==sys.argv[1] else 1)' \
        "$recent" <<<"$shown" || { echo "    the exchange's project is not in rapport show --json"; return 1; }
    local filtered
    filtered=$("$RAPPORT_BIN" list --project "$recent" --db "$db" --json)
    grep -qF '"Camille Lefèvre"' <<<"$filtered" || { echo "    list --project misses Camille Lefèvre"; return 1; }
}

for test in test_log_with_a_picked_project_then_filter_by_it; do
    run_test "$test"
done

e2e_finish "projects.sh"

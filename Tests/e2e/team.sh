#!/usr/bin/env bash
# End-to-end tests of team mode: the real binary against a real PostgreSQL
# cluster, as two members (two login roles). An administrator sets up a
# database (team init, team add); then the team-wide guard (Bob is warned
# of Alice's ask, by name, date and summary), private notes that Bob cannot
# read even with psql, the app (in tmux, as Bob) showing Alice's new log
# without a key, and a stale edit refused in the app's form.
#
# The cluster: RAPPORT_TEST_PG (an admin URL, as .ci/run exports it), else
# scripts/pg-cluster.sh start when initdb exists, else the script is
# skipped with a reason. Database and role names get a random suffix, so
# runs never collide; both are dropped at the end.
#
#   bash Tests/e2e/team.sh            (uses .build/debug/rapport, building it if needed)
#   RAPPORT_BIN=path RAPPORT_TEST_PG=URL bash Tests/e2e/team.sh
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
e2e_setup

if [ -z "${RAPPORT_TEST_PG:-}" ]; then
    if RAPPORT_TEST_PG=$(bash scripts/pg-cluster.sh start 2>/dev/null); then
        echo "   (started the development cluster: $RAPPORT_TEST_PG)"
    else
        echo "team.sh: skipped: RAPPORT_TEST_PG is unset and no PostgreSQL cluster could be started (install postgresql)"
        exit 0
    fi
fi
command -v psql >/dev/null || { echo "psql is required"; exit 1; }
# Anything a command writes in the current folder lands in the scratch folder.
cd "$work"

admin_psql() { psql "$RAPPORT_TEST_PG" -v ON_ERROR_STOP=1 -qAtX "$@"; }
socket_dir=$(admin_psql -c "SELECT split_part(current_setting('unix_socket_directories'), ',', 1)")
port=$(admin_psql -c "SHOW port")
suffix="$(date +%s)$$$RANDOM"
database="team_e2e_$suffix"
alice="alice_$suffix"
bob="bob_$suffix"

# url DATABASE USER: a connection URI on the cluster's socket.
url() { echo "postgresql:///$1?host=$socket_dir&port=$port&user=$2"; }
admin_url=$(url "$database" postgres)
alice_url=$(url "$database" "$alice")
bob_url=$(url "$database" "$bob")

drop_everything() {
    admin_psql -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    admin_psql -c "DROP ROLE IF EXISTS $alice" -c "DROP ROLE IF EXISTS $bob" >/dev/null 2>&1 || true
}
e2e_on_exit=drop_everything

admin_psql -c "CREATE DATABASE $database" \
    -c "CREATE ROLE $alice LOGIN PASSWORD 'alice-secret'" -c "CREATE ROLE $bob LOGIN PASSWORD 'bob-secret'" >/dev/null

# as USER-URL ARGS...: runs rapport as that member; stdout and stderr together.
as() {
    local who=$1; shift
    "$RAPPORT_BIN" "$@" --db "$who" 2>&1
}

# expect_in TEXT OUTPUT: OUTPUT contains TEXT.
expect_in() {
    grep -qF -- "$1" <<<"$2" || { echo "    expected: $1"; sed 's/^/    | /' <<<"$2"; return 1; }
}

test_admin_sets_up_the_team() {
    local out
    out=$(as "$admin_url" team init) || { echo "$out"; return 1; }
    expect_in "is a Rapport team database" "$out" || return 1
    out=$(as "$admin_url" team add "$alice" --name "Alice Martin") || { echo "$out"; return 1; }
    expect_in "Added $alice (Alice Martin)" "$out" || return 1
    out=$(as "$admin_url" team add "$bob" --name "Bob Durand") || { echo "$out"; return 1; }
    out=$(as "$admin_url" team list --json) || { echo "$out"; return 1; }
    expect_in "\"name\" : \"Alice Martin\"" "$out" || return 1
    expect_in "\"name\" : \"Bob Durand\"" "$out" || return 1
    # A login that does not exist: one line saying how to create it.
    if out=$(as "$admin_url" team add "nobody_$suffix"); then echo "    team add of a missing role succeeded"; return 1; fi
    expect_in "CREATE ROLE" "$out" || return 1
    # A member cannot manage the team, nor rename a colleague.
    if out=$(as "$bob_url" team add "nobody_$suffix"); then echo "    a member added someone"; return 1; fi
    if out=$(as "$bob_url" team add "$alice" --name "Alicia"); then echo "    a member renamed a colleague"; return 1; fi
    expect_in "permission denied" "$out" || return 1
    if out=$(as "$bob_url" team remove "$alice"); then echo "    a member removed a colleague"; return 1; fi
    expect_in "permission denied" "$out" || return 1
}

test_guard_names_the_colleague() {
    local out
    out=$(as "$alice_url" add "Camille Lefèvre" --outlet "Le Quotidien" --email camille@quotidien.example) \
        || { echo "$out"; return 1; }
    out=$(as "$alice_url" log Camille --summary "Pitched the energy study" --intent asked --date 2026-11-24) \
        || { echo "$out"; return 1; }
    out=$(as "$bob_url" log Camille --summary "Asked for an interview slot" --intent asked) || { echo "$out"; return 1; }
    expect_in "Logged exchange" "$out" || return 1
    expect_in "Alice Martin" "$out" || return 1
    expect_in "2026-11-24" "$out" || return 1
    expect_in "Pitched the energy study" "$out" || return 1
    out=$(as "$bob_url" show Camille --json) || { echo "$out"; return 1; }
    expect_in "\"author\" : \"$alice\"" "$out" || return 1
    expect_in "\"author\" : \"$bob\"" "$out" || return 1
}

test_private_notes_stay_private_even_in_psql() {
    local out
    out=$(as "$alice_url" log Camille --summary "Lunch with Camille" --notes "Her editor is leaving in March" --private) \
        || { echo "$out"; return 1; }
    out=$(as "$bob_url" show Camille --json) || { echo "$out"; return 1; }
    expect_in "Lunch with Camille" "$out" || return 1
    if grep -qF "editor is leaving" <<<"$out"; then echo "    bob's show reads alice's private notes"; return 1; fi
    local seen
    # Row-level security, not the client: psql as Bob reads no private note.
    seen=$(psql "$bob_url" -qAtX -c "SELECT count(*) FROM exchange_note WHERE notes LIKE '%editor is leaving%' OR private" 2>&1) \
        || { echo "    $seen"; return 1; }
    [ "$seen" = "0" ] || { echo "    psql as bob sees $seen private note(s)"; return 1; }
    seen=$(psql "$alice_url" -qAtX -c "SELECT count(*) FROM exchange_note WHERE notes LIKE '%editor is leaving%'" 2>&1) \
        || { echo "    $seen"; return 1; }
    [ "$seen" = "1" ] || { echo "    alice cannot read her own private note ($seen)"; return 1; }
}

# start_as URL: the app as that member in a fresh tmux server.
start_as() {
    tmux_run 120 32 \
        "env LANG=C.UTF-8 RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME $RAPPORT_BIN --db '$1'"
}

test_app_sees_a_colleagues_log_without_a_key() {
    start_as "$bob_url"
    wait_for "Camille Lefèvre" || return 1
    as "$alice_url" log Camille --summary "Sent the regional figures" --intent gave >/dev/null || return 1
    # LISTEN/NOTIFY: within a second or so, no key sent.
    wait_for "Sent the regional figures" 3 || return 1
    keys q
    wait_for "EXIT=0"
}

test_stale_edit_is_refused_in_the_form() {
    start_as "$bob_url"
    wait_for "Camille Lefèvre" || return 1
    keys e
    wait_for "Edit Camille Lefèvre" || return 1
    keys End
    type_text " (Le Quotidien)"
    # Meanwhile Alice changes the contact.
    as "$alice_url" edit Camille --outlet "Le Quotidien du Soir" >/dev/null || return 1
    keys Enter
    wait_for "changed by Alice Martin" || return 1
    wait_for "reopen" || return 1
    # The form is still open, with Bob's text.
    wait_for "Camille Lefèvre (Le Quotidien)" || return 1
    keys Escape
    keys y
    keys q
    wait_for "EXIT=0" || return 1
    local out
    out=$(as "$bob_url" show Camille --json) || { echo "$out"; return 1; }
    expect_in "Le Quotidien du Soir" "$out" || return 1
    if grep -qF "Camille Lefèvre (Le Quotidien)" <<<"$out"; then echo "    bob's stale edit was saved"; return 1; fi
}

test_removed_member_keeps_authorship() {
    local out
    out=$(as "$admin_url" team remove "$bob") || { echo "$out"; return 1; }
    expect_in "Removed $bob" "$out" || return 1
    out=$(as "$alice_url" show Camille --json) || { echo "$out"; return 1; }
    expect_in "\"author\" : \"$bob\"" "$out" || return 1
    out=$(as "$admin_url" team list) || { echo "$out"; return 1; }
    if grep -qF "$bob" <<<"$out"; then echo "    bob still listed"; return 1; fi
    # No longer a member: cannot connect at all.
    if psql "$bob_url" -qAtX -c "SELECT 1" >/dev/null 2>&1; then echo "    bob still connects"; return 1; fi
}

run_test test_admin_sets_up_the_team
run_test test_guard_names_the_colleague
run_test test_private_notes_stay_private_even_in_psql
run_test test_app_sees_a_colleagues_log_without_a_key
run_test test_stale_edit_is_refused_in_the_form
run_test test_removed_member_keeps_authorship

e2e_finish "team.sh"

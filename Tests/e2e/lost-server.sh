#!/usr/bin/env bash
# End-to-end test of a lost team server: the real binary in tmux on a
# PostgreSQL cluster of this script's own (so it can be stopped without
# disturbing anyone), stopped and started again while the app is open.
# The idle app says within a couple of seconds, without a key, that the
# connection is lost and that it retries; an open form keeps its text; once
# the server is back the footer clears and the list is read again.
#
# The cluster: scripts/pg-cluster.sh in a folder of its own under /tmp, on
# port RAPPORT_LOST_PG_PORT (54341 by default; never the shared or CI
# cluster's port). Skipped with a reason when initdb is missing.
#
#   bash Tests/e2e/lost-server.sh      (uses .build/debug/rapport, building it if needed)
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
e2e_setup

command -v psql >/dev/null || { echo "lost-server.sh: skipped: psql is not installed"; exit 0; }
pg_dir=$(mktemp -d /tmp/rapport-pg-lost.XXXXXX)
pg_port=${RAPPORT_LOST_PG_PORT:-54341}
cluster_script="$PWD/scripts/pg-cluster.sh"
cluster() { (cd / && RAPPORT_PG_PORT=$pg_port timeout 120 bash "$cluster_script" "$1" "$pg_dir"); }
if ! admin=$(cluster start 2>"$work/cluster.err"); then
    rm -rf "$pg_dir"
    echo "lost-server.sh: skipped: no private PostgreSQL cluster could be started: $(head -1 "$work/cluster.err")"
    exit 0
fi
# Stopped for sure before its folder goes (pg_ctl's own pid file names the server).
stop_cluster() {
    cluster stop >/dev/null 2>&1 || true
    if [ -f "$pg_dir/data/postmaster.pid" ]; then kill -INT "$(head -1 "$pg_dir/data/postmaster.pid")" 2>/dev/null || true; sleep 1; fi
    rm -rf "$pg_dir"
}
e2e_on_exit=stop_cluster
cd "$work"

team_url="postgresql:///rapport_lost?host=$pg_dir/socket&port=$pg_port&user=postgres"
psql "$admin" -v ON_ERROR_STOP=1 -qAtX -c "CREATE DATABASE rapport_lost" >/dev/null
"$RAPPORT_BIN" team init --db "$team_url" >/dev/null
"$RAPPORT_BIN" add "Ana Ruiz" --outlet "El Diario" --db "$team_url" >/dev/null

start_app() {
    tmux_run 120 32 \
        "env LANG=C.UTF-8 RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME $RAPPORT_BIN --db '$team_url'"
}

test_an_idle_app_notices_a_stopped_server_and_its_return() {
    start_app
    wait_for "Ana Ruiz" || return 1
    cluster stop
    # No key: the change watch notices.
    wait_for "connection to the team database lost — retrying" 5 || return 1
    cluster start >/dev/null || return 1
    "$RAPPORT_BIN" add "Ben Ode" --db "$team_url" >/dev/null || return 1
    wait_gone "lost — retrying" 10 || return 1
    wait_for "Ben Ode" 5 || return 1
    keys q
    wait_for "EXIT=0"
}

test_an_open_form_keeps_its_text_while_the_server_is_away() {
    start_app
    wait_for "Ana Ruiz" || return 1
    keys l
    wait_for "Log an exchange" || return 1
    type_text "Draft while the server restarts"
    cluster stop
    wait_for "connection to the team database lost — retrying" 5 || return 1
    cluster start >/dev/null || return 1
    wait_gone "lost — retrying" 10 || return 1
    wait_for "Draft while the server restarts" || return 1
    keys Enter
    wait_for "Logged exchange with Ana Ruiz" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    local out
    out=$("$RAPPORT_BIN" show Ana --json --db "$team_url") || { echo "$out"; return 1; }
    [ "$(grep -c "Draft while the server restarts" <<<"$out")" = "1" ] || { echo "    not saved exactly once"; echo "$out"; return 1; }
}

run_test test_an_idle_app_notices_a_stopped_server_and_its_return
run_test test_an_open_form_keeps_its_text_while_the_server_is_away

e2e_finish "lost-server.sh"

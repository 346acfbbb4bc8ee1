#!/usr/bin/env bash
# Load figures for team mode: W concurrent writers (10), each a member of
# its own login role, run N `rapport log` commands (200) one after the
# other against one team database, all on the same few contacts. Checks
# that no exchange is lost (W × N rows) and that no writer saw an error,
# and prints the p50/p95/max latency of one `log` command (the whole
# process: start, connect, transaction, exit).
#
#   scripts/team-load.sh [WRITERS] [LOGS]
#
# The cluster: RAPPORT_TEST_PG (an admin URL), else scripts/pg-cluster.sh
# start. The binary: RAPPORT_BIN, else .build/release/rapport (build it with
# `swift build -c release` for meaningful figures), else .build/debug/rapport.
# The database and roles it makes (random suffix) are dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
writers=${1:-10}
logs=${2:-200}

if [ -z "${RAPPORT_BIN:-}" ]; then
    if [ -x .build/release/rapport ]; then RAPPORT_BIN=$PWD/.build/release/rapport; else RAPPORT_BIN=$PWD/.build/debug/rapport; fi
fi
[ -x "$RAPPORT_BIN" ] || { echo "team-load: no rapport binary at $RAPPORT_BIN (swift build -c release)" >&2; exit 69; }
admin=${RAPPORT_TEST_PG:-$(bash scripts/pg-cluster.sh start)}
admin_psql() { psql "$admin" -v ON_ERROR_STOP=1 -qAtX "$@"; }
host=$(admin_psql -c "SELECT split_part(current_setting('unix_socket_directories'), ',', 1)")
port=$(admin_psql -c "SHOW port")
suffix="$(date +%s)$$"
database="team_load_$suffix"
url() { echo "postgresql:///$database?host=$host&port=$port&user=$1"; }

work=$(mktemp -d)
export LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
cleanup() {
    admin_psql -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
    for w in $(seq 1 "$writers"); do admin_psql -c "DROP ROLE IF EXISTS writer${w}_$suffix" >/dev/null 2>&1 || true; done
    rm -rf "$work"
}
trap cleanup EXIT

admin_psql -c "CREATE DATABASE $database" >/dev/null
"$RAPPORT_BIN" team init --db "$(url postgres)" >/dev/null
for w in $(seq 1 "$writers"); do
    admin_psql -c "CREATE ROLE writer${w}_$suffix LOGIN" >/dev/null
    "$RAPPORT_BIN" team add "writer${w}_$suffix" --name "Writer $w" --db "$(url postgres)" >/dev/null
done
for c in 1 2 3 4 5; do
    "$RAPPORT_BIN" add "Journalist $c" --email "j$c@load.example" --db "$(url "writer1_$suffix")" >/dev/null
done

# writer W: N logs, one line "nanoseconds exit-code" each; stderr kept.
writer() {
    local w=$1 db i start end status
    db=$(url "writer${w}_$suffix")
    for i in $(seq 1 "$logs"); do
        start=$(date +%s%N)
        status=0
        "$RAPPORT_BIN" log "Journalist $(( (i + w) % 5 + 1 ))" --summary "Writer $w, note $i" --intent gave \
            --db "$db" >/dev/null 2>>"$work/stderr-$w" || status=$?
        end=$(date +%s%N)
        echo "$((end - start)) $status" >>"$work/times-$w"
    done
}

echo "team-load: $writers writers × $logs logs on $database ($RAPPORT_BIN)"
began=$(date +%s%N)
for w in $(seq 1 "$writers"); do writer "$w" & done
wait
elapsed_ms=$(( ($(date +%s%N) - began) / 1000000 ))

expected=$((writers * logs))
saved=$(psql "$(url postgres)" -qAtX -c "SELECT count(*) FROM exchange WHERE summary LIKE 'Writer %'")
failed=$(cat "$work"/times-* | awk '$2 != 0' | wc -l)
errors=$(cat "$work"/stderr-* 2>/dev/null | grep -v '^warning: ' | wc -l || true)
sorted=$(cat "$work"/times-* | awk '{print $1}' | sort -n)
count=$(wc -l <<<"$sorted")
pick() { sed -n "$(( ($1 * count + 99) / 100 ))p" <<<"$sorted"; }
ms() { awk -v ns="$1" 'BEGIN { printf "%.1f ms", ns / 1e6 }'; }
echo "  commands: $count in $((elapsed_ms / 1000)).$(( elapsed_ms % 1000 / 100 )) s; exchanges saved: $saved of $expected"
echo "  failed commands: $failed; error lines shown to writers: $errors"
echo "  latency of one log: p50 $(ms "$(pick 50)"), p95 $(ms "$(pick 95)"), max $(ms "$(tail -1 <<<"$sorted")")"
if [ "$errors" -gt 0 ]; then cat "$work"/stderr-* | grep -v '^warning: ' | sort | uniq -c | head -5; fi
[ "$saved" -eq "$expected" ] && [ "$failed" -eq 0 ] && [ "$errors" -eq 0 ]

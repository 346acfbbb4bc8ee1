#!/usr/bin/env bash
# First frame of Rapport against abook's, side by side in one tmux harness.
#
#   scripts/compare-abook.sh [CONTACTS] [EXCHANGES]     (default 100000 1000000)
#
# Installs abook when missing (apt-get), writes a CONTACTS-person abook
# addressbook and a CONTACTS/EXCHANGES Rapport demo database (release build
# of rapport; both kept in $TMPDIR and reused), then starts each program 5
# times in a 120×40 tmux pane and times it from process start until its
# first contact's name is on screen (Rapport: in the list and the detail).
# The harness's own time (a program that prints at once) is measured the
# same way and subtracted. Prints the medians and the ratio Rapport/abook.
set -euo pipefail
cd "$(dirname "$0")/.."

contacts=${1:-100000}
exchanges=${2:-1000000}
runs=5
export LANG=C.UTF-8 LC_ALL=C.UTF-8 RAPPORT_NOW=2026-11-26

if ! command -v abook >/dev/null; then
    echo "installing abook…"
    apt-get install -y abook >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y abook >/dev/null; }
fi
command -v tmux >/dev/null || { echo "tmux is required"; exit 1; }
rapport=${RAPPORT_BIN:-$PWD/.build/release/rapport}
if [ ! -x "$rapport" ]; then swift build -c release --product rapport >/dev/null; fi

data=${TMPDIR:-/tmp}/rapport-compare-abook
mkdir -p "$data/home/.abook" "$data/config"
export HOME="$data/home" XDG_CONFIG_HOME="$data/config"
book="$data/addressbook-$contacts"
db="$data/rapport-$contacts-$exchanges.sqlite"

if [ ! -s "$book" ]; then
    echo "writing $book…"
    awk -v n="$contacts" 'BEGIN {
        print "# abook addressbook file\n\n[format]\nprogram=abook\nversion=0.6.1\n"
        for (i = 0; i < n; i++) {
            printf "[%d]\nname=Person %06d Example\nemail=person%06d@outlet%d.example\nnick=p%d\n\n", i, i, i, i % 50, i
        }
    }' > "$book"
fi
if [ ! -s "$db" ]; then
    echo "writing $db (demo --contacts $contacts --exchanges $exchanges)…"
    "$rapport" demo --contacts "$contacts" --exchanges "$exchanges" --db "$db" >/dev/null
fi
first_abook=$(awk -F= '/^name=/ { print $2; exit }' "$book")
first_rapport=$("$rapport" list --sort name --limit 1 --json --db "$db" | grep -o '"name" *: *"[^"]*"' | head -1 | sed 's/.*: *"//; s/"$//')

work=$(mktemp -d)
server=0
tm() { tmux -S "$work/tmux-$server.sock" -f /dev/null "$@"; }
# Each sample runs in $(…), a subshell: it picks its own socket from the
# clock and stops its own server once timed, so no program keeps running (and using
# the processor) behind the later samples.
cleanup() {
    for socket in "$work"/tmux-*.sock; do
        [ -S "$socket" ] && tmux -S "$socket" -f /dev/null kill-server >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# time_first_frame TEXT MIN_COUNT COMMAND: milliseconds from starting the
# pane's command until TEXT shows MIN_COUNT times in the pane.
time_first_frame() {
    local text=$1 count=$2 command=$3
    server=$(date +%s%N)
    local start now
    start=$(date +%s%N)
    tm new-session -d -x 120 -y 40 "$command"
    while true; do
        if [ "$(tm capture-pane -p -t 0 2>/dev/null | grep -oF -- "$text" | wc -l)" -ge "$count" ]; then break; fi
        now=$(date +%s%N)
        if [ $(( (now - start) / 1000000 )) -gt 20000 ]; then
            echo "timed out waiting for $text" >&2
            tm kill-server >/dev/null 2>&1 || true
            return 1
        fi
    done
    now=$(date +%s%N)
    tm kill-server >/dev/null 2>&1 || true
    echo $(( (now - start) / 1000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() {
    local label=$1 text=$2 count=$3 command=$4 samples=()
    for _ in $(seq "$runs"); do samples+=("$(time_first_frame "$text" "$count" "$command")"); done
    printf '%s\n' "${samples[@]}" | median
}

harness=$(measure harness "HARNESS-READY" 1 "printf 'HARNESS-READY\n'; exec sleep 60")
abook_us=$(measure abook "$first_abook" 1 "exec abook --datafile $book")
rapport_us=$(measure rapport "$first_rapport" 2 "exec $rapport --db $db")

abook_ms=$(awk -v a="$abook_us" -v h="$harness" 'BEGIN { printf "%.1f", (a - h) / 1000 }')
rapport_ms=$(awk -v r="$rapport_us" -v h="$harness" 'BEGIN { printf "%.1f", (r - h) / 1000 }')
echo "harness overhead (subtracted): $(awk -v h="$harness" 'BEGIN { printf "%.1f", h / 1000 }') ms"
echo "abook   first frame, $contacts contacts: $abook_ms ms (median of $runs)"
echo "rapport first frame, $contacts contacts / $exchanges exchanges: $rapport_ms ms (median of $runs)"
awk -v r="$rapport_ms" -v a="$abook_ms" 'BEGIN { if (a > 0) printf "ratio rapport/abook: %.2f (target ≤ 0.5)\n", r / a }'

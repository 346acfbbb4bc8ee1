#!/usr/bin/env bash
# Time to the app's first frame, from process start, in a tmux pane (120×40):
# the time until the pane shows both TEXT1 (a list row) and TEXT2 (the
# detail), median of RUNS, minus the harness's own time (the same wait for a
# program that prints both texts at once).
#
#   scripts/first-frame.sh BIN DB TEXT1 TEXT2 [RUNS]
set -euo pipefail
bin=$1 db=$2 text1=$3 text2=$4 runs=${5:-5}
work=$(mktemp -d)
socket="$work/sock"
tm() { tmux -S "$socket" -f /dev/null "$@"; }
trap 'tm kill-server >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export LANG=C.UTF-8
tm new-session -d -x 120 -y 40 "sleep 600"

# once COMMAND: milliseconds from spawning COMMAND in the pane until both texts show.
once() {
    tm respawn-pane -k -t 0 "sleep 600"
    sleep 0.3
    local start now pane
    start=$(date +%s%N)
    tm respawn-pane -k -t 0 "$1"
    while :; do
        pane=$(tm capture-pane -p -t 0)
        if [[ $pane == *"$text1"* && $pane == *"$text2"* ]]; then break; fi
        now=$(date +%s%N)
        (( now - start < 20000000000 )) || { echo "timed out; pane:" >&2; echo "$pane" >&2; exit 1; }
    done
    now=$(date +%s%N)
    echo $(( (now - start) / 1000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%s\n%s\n' "$text1" "$text2" > "$work/both.txt"
baseline=$(for _ in $(seq "$runs"); do once "cat $work/both.txt; sleep 600"; done | median)
app=$(for _ in $(seq "$runs"); do once "env LANG=C.UTF-8 $bin --db $db"; done | median)
awk -v a="$app" -v b="$baseline" 'BEGIN { printf "first frame: %.1f ms (raw %.1f ms, harness %.1f ms; median of runs)\n", (a - b) / 1000, a / 1000, b / 1000 }'

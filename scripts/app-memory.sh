#!/usr/bin/env bash
# The full-screen app's memory on a large database: runs the real binary in
# a tmux pane (120×40), scrolls through the whole list (G, then PgUp back to
# the top page by page), changes the sort, runs several broad searches, and
# prints the process's resident memory (VmRSS) and its peak (VmHWM) from
# /proc/PID/status after each step.
#
#   scripts/app-memory.sh BIN DB [PAGES]
#
# PAGES: how many PgUp/PgDn presses to page through (default 2700: the
# whole list of 100,000 contacts at 38 rows a page). APP_MEMORY_SHOW=1
# also prints the pane's first and last lines after each step (to check
# that the keys did what the step says). Use a copy of the
# database: the app may write its settings beside it, never the contacts.
set -euo pipefail
bin=$1 db=$2 pages=${3:-2700}
work=$(mktemp -d)
socket="$work/sock"
tm() { tmux -S "$socket" -f /dev/null "$@"; }
trap 'tm kill-server >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export LANG=C.UTF-8
tm new-session -d -x 120 -y 40 "exec env LANG=C.UTF-8 $bin --db $db"
tm set-option -g escape-time 0 >/dev/null
pid=$(tm display-message -p -t 0 '#{pane_pid}')

# settle: waits until the pane has not changed for a second (the lists
# and the counts caught up), at most a minute.
settle() {
    local before after quiet=0
    before=$(tm capture-pane -p -t 0)
    for _ in $(seq 240); do
        sleep 0.25
        after=$(tm capture-pane -p -t 0)
        if [[ $after == "$before" ]]; then
            quiet=$(( quiet + 1 ))
            (( quiet >= 4 )) && return 0
        else
            quiet=0
        fi
        before=$after
    done
}

# show STEP: the memory after STEP.
show() {
    awk -v step="$1" '/^VmRSS/ { rss = $2 } /^VmHWM/ { hwm = $2 }
        END { printf "%-42s VmRSS %6.1f MB   VmHWM %6.1f MB\n", step, rss / 1024, hwm / 1024 }' "/proc/$pid/status"
    if [[ ${APP_MEMORY_SHOW:-} == 1 ]]; then tm capture-pane -p -t 0 | sed -n '1,3p;$p' | cut -c1-110; fi
}

# keys N KEY: presses KEY N times, in batches the app can keep up with.
keys() {
    local left=$1
    while (( left > 0 )); do
        local batch=$(( left < 100 ? left : 100 ))
        tm send-keys -t 0 -N "$batch" "$2"
        left=$(( left - batch ))
        sleep 0.05
    done
    settle
}

sleep 1; settle; show "first frame"
tm send-keys -t 0 G; settle; show "G (bottom of the list)"
keys "$pages" PPage; show "paged back up ($pages × PgUp)"
tm send-keys -t 0 g; settle
for sort in 1 2 3 4; do
    tm send-keys -t 0 s; settle
    tm send-keys -t 0 G; settle
    tm send-keys -t 0 g; settle
done
show "each sort, G and g"
for query in a le sent "press breakfast" lef cam s; do
    tm send-keys -t 0 /; settle
    tm send-keys -t 0 -l "$query"; settle
    tm send-keys -t 0 Enter; settle
    tm send-keys -t 0 G; settle
    show "search '$query', Enter, G"
    tm send-keys -t 0 Escape; settle
done
tm send-keys -t 0 /; tm send-keys -t 0 -l a; tm send-keys -t 0 Enter; settle
keys "$(( pages / 4 ))" NPage; show "search 'a' kept, $(( pages / 4 )) × PgDn"
tm send-keys -t 0 Escape; settle
show "end"

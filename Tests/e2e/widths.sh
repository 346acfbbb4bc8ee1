#!/usr/bin/env bash
# Widths as tmux really draws them: prints each string of widths.tsv in a
# tmux pane on a private socket and reads back the cursor column. Checks
# that the raw input moves the cursor as the table says (documenting tmux's
# behaviour, such as drawing what follows a zero-width joiner inside the
# previous cell), and that the sanitized text moves it by exactly the width
# Rapport measures (TmuxWidthTableTests checks the same table against
# TextSanitizer and DisplayWidth).
#
#   bash Tests/e2e/widths.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v tmux >/dev/null || { echo "tmux is required"; exit 1; }

work=$(mktemp -d)
socket="$work/tmux.sock"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
tm() { tmux -S "$socket" -f /dev/null "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
tm new-session -d -x 200 -y 5 "sleep 600"

failures=0
checked=0
# columns TEXT: the cursor column after printing TEXT at the start of a fresh pane.
columns() {
    printf '%s' "$1" >"$work/text"
    tm new-window -d -n probe "cat '$work/text'; tmux -S '$socket' wait-for -S printed; sleep 60"
    timeout 10 tmux -S "$socket" wait-for printed || { echo "    tmux did not print"; tm kill-window -t :probe; return 1; }
    tm display -p -t :probe '#{cursor_x}'
    tm kill-window -t :probe
}

while IFS=$'\t' read -r input raw drawn width; do
    case "$input" in ''|'#'*) continue ;; esac
    printf -v input_text "$input"
    printf -v drawn_text "$drawn"
    got_raw=$(columns "$input_text")
    got_drawn=$(columns "$drawn_text")
    checked=$((checked + 1))
    if [ "$got_raw" != "$raw" ]; then
        echo "FAIL $input: tmux advanced $got_raw columns for the raw text, the table says $raw"
        failures=$((failures + 1))
    fi
    if [ "$got_drawn" != "$width" ]; then
        echo "FAIL $input: tmux advanced $got_drawn columns for '$drawn', Rapport measures $width"
        failures=$((failures + 1))
    fi
done <Tests/e2e/widths.tsv

echo "widths: $checked strings checked in tmux $(tmux -V | cut -d' ' -f2), $failures failures"
[ "$failures" -eq 0 ]

# The shared harness of the end-to-end scripts (sourced, not run): the real
# binary in tmux on a private socket, the pane polled until a text shows up
# or a timeout passes, and the pane printed when a wait fails.
#
#   source "$(dirname "$0")/lib/tmux.sh"
#   e2e_setup                         # RAPPORT_BIN, $work, HOME/XDG in $work, cleanup trap
#   tmux_run 100 30 "env … $RAPPORT_BIN --db x"
#   wait_for "1 Contacts" || return 1
#   run_test test_name …; e2e_finish "tui.sh"
#
# E2E_KEY_DELAY (seconds, default 0.08) is the pause after each key sent.

# e2e_setup: finds or builds the binary, makes the scratch folder and the
# fake home, and removes both (and every tmux server) at exit.
e2e_setup() {
    cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
    if [ -z "${RAPPORT_BIN:-}" ]; then
        [ -x .build/debug/rapport ] || swift build --product rapport >/dev/null
        RAPPORT_BIN="$PWD/.build/debug/rapport"
    fi
    command -v tmux >/dev/null || { echo "tmux is required"; exit 1; }
    work=$(mktemp -d)
    server=0
    socket="$work/tmux-0.sock"
    export LANG=C.UTF-8 LC_ALL=C.UTF-8 RAPPORT_NOW=${RAPPORT_NOW:-2026-11-26}
    export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
    mkdir -p "$HOME"
    failures=0
    passed=0
    E2E_KEY_DELAY=${E2E_KEY_DELAY:-0.08}
    trap e2e_cleanup EXIT
}

# Extra cleanup a script wants at exit (a function name), run before the folder goes.
e2e_on_exit=""

e2e_cleanup() {
    tm kill-server >/dev/null 2>&1 || true
    if [ -n "$e2e_on_exit" ]; then "$e2e_on_exit" || true; fi
    rm -rf "$work"
}

tm() { tmux -S "$socket" -f /dev/null "$@"; }

# start WIDTH HEIGHT ARGS...: the app (RAPPORT_BIN ARGS) in a fresh tmux
# server, in the test's private home and at RAPPORT_NOW, keeping its exit
# code on screen. A script that needs more environment defines its own.
start() {
    local width=$1 height=$2; shift 2
    tmux_run "$width" "$height" \
        "env LANG=C.UTF-8 RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME $RAPPORT_BIN $*"
}

# tmux_run WIDTH HEIGHT COMMAND: COMMAND (one shell line) in a fresh tmux
# server, keeping its exit code on screen (EXIT=n). A fresh server per
# test: a server still shutting down cannot take a new session.
tmux_run() {
    local width=$1 height=$2 command=$3
    tm kill-server >/dev/null 2>&1 || true
    server=$((server + 1))
    socket="$work/tmux-$server.sock"
    tm new-session -d -x "$width" -y "$height" "$command; echo EXIT=\$?; sleep 60"
}

pane() { tm capture-pane -p -t 0 2>/dev/null || true; }

show_pane() {
    echo "    ---- pane ----"
    pane | sed 's/^/    | /'
    echo "    --------------"
}

# wait_for TEXT [SECONDS]: polls the pane every 30 ms.
wait_for() {
    local text=$1 limit=${2:-10}
    local deadline=$(( $(date +%s%N) + limit * 1000000000 ))
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
        if pane | grep -qF -- "$text"; then return 0; fi
        sleep 0.03
    done
    echo "    timed out waiting for: $text"
    show_pane
    return 1
}

# wait_gone TEXT [SECONDS]
wait_gone() {
    local text=$1 limit=${2:-10}
    local deadline=$(( $(date +%s%N) + limit * 1000000000 ))
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
        if ! pane | grep -qF -- "$text"; then return 0; fi
        sleep 0.03
    done
    echo "    still on screen: $text"
    show_pane
    return 1
}

# wait_until COMMAND...: polls a condition for up to 10 s.
wait_until() {
    local deadline=$(( $(date +%s%N) + 10 * 1000000000 ))
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
        if "$@"; then return 0; fi
        sleep 0.03
    done
    return 1
}

keys() { tm send-keys -t 0 "$@"; sleep "$E2E_KEY_DELAY"; }
raw() { tm send-keys -t 0 -H "$@"; sleep "$E2E_KEY_DELAY"; }
type_text() { tm send-keys -t 0 -l "$1"; sleep "$E2E_KEY_DELAY"; }

alternate_screen_off() {
    [ "$(tm display-message -p -t 0 '#{alternate_on}')" = "0" ] || { echo "    the terminal was left in the alternate screen"; show_pane; return 1; }
}

# run_test NAME: runs one test function, counting it; E2E_BEFORE_EACH (a
# function name) runs first when set.
run_test() {
    local name=$1
    echo "-- $name"
    if [ -n "${E2E_BEFORE_EACH:-}" ]; then "$E2E_BEFORE_EACH"; fi
    if "$name"; then
        passed=$((passed + 1))
    else
        echo "   FAILED: $name"
        failures=$((failures + 1))
    fi
}

# e2e_finish LABEL: prints the counts; the script's status is the result.
e2e_finish() {
    echo "$1: $passed passed, $failures failed"
    [ "$failures" -eq 0 ]
}

#!/usr/bin/env bash
# End-to-end fault tests of the full-screen app: the real binary in tmux, on
# a private socket. While `n` has $EDITOR open on a contact's notes, the app
# is stopped by SIGTERM or SIGHUP, or its terminal is closed: the temporary
# folder holding the notes (rapport-UUID/notes.txt) must be gone and the
# terminal given back. Also TERM=dumb is refused with one line.
#
#   bash Tests/e2e/faults.sh            (uses .build/debug/rapport, building it if needed)
#   RAPPORT_BIN=path bash Tests/e2e/faults.sh
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
e2e_setup
# The app's temporary files go here, so the test sees exactly what it leaves.
export TMPDIR="$work/tmp/"
mkdir -p "$TMPDIR"

# An editor that says where it is, then waits (as a person typing would).
editor="$work/slow-editor"
cat > "$editor" <<'SCRIPT'
#!/bin/sh
echo "EDITING $1"
sleep 300
SCRIPT
chmod +x "$editor"

# start WIDTH HEIGHT ARGS...: runs rapport in a new session, keeping the exit code on screen.
start() {
    local width=$1 height=$2; shift 2
    tmux_run "$width" "$height" \
        "env LANG=C.UTF-8 RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_DATA_HOME=$XDG_DATA_HOME TMPDIR=$TMPDIR EDITOR=$editor VISUAL= $RAPPORT_BIN $*"
}

notes_folders() { find "$TMPDIR" -maxdepth 1 -name 'rapport-*' 2>/dev/null; }
no_notes_folder() { [ -z "$(notes_folders)" ]; }
process_gone() { ! kill -0 "$1" 2>/dev/null; }

clear_notes_folders() { rm -rf "$TMPDIR"/rapport-* 2>/dev/null || true; }
E2E_BEFORE_EACH=clear_notes_folders

demo_db="$work/demo.sqlite"
"$RAPPORT_BIN" demo --db "$demo_db" >/dev/null

# open_notes: starts the app and opens the first contact's notes in the slow editor.
open_notes() {
    start 100 30 --db "$demo_db"
    wait_for "1 Contacts" || return 1
    keys n
    wait_for "EDITING" || return 1
    wait_until test -n "$(notes_folders)" || { echo "    no notes folder while the editor runs"; return 1; }
    local folder
    folder=$(notes_folders | head -1)
    [ -f "$folder/notes.txt" ] || { echo "    no notes.txt in $folder"; return 1; }
    pid=$(pgrep -f -n -- "$RAPPORT_BIN --db $demo_db" || true)
    [ -n "$pid" ] || { echo "    rapport process not found"; return 1; }
}

# signal_while_editing SIGNAL
signal_while_editing() {
    local signal=$1 pid
    open_notes || return 1
    kill "-$signal" "$pid"
    wait_for "EXIT=" || return 1
    wait_until no_notes_folder || { echo "    left behind: $(notes_folders) $(ls -A "$(notes_folders | head -1)" 2>/dev/null)"; return 1; }
    alternate_screen_off
}

test_sigterm_while_editing_removes_the_notes() { signal_while_editing TERM; }
test_sighup_while_editing_removes_the_notes() { signal_while_editing HUP; }

test_closing_the_terminal_while_editing_removes_the_notes() {
    local pid
    open_notes || return 1
    # Closing the window: tmux hangs up the pane's terminal.
    tm kill-pane -t 0 >/dev/null 2>&1 || tm kill-server >/dev/null 2>&1 || true
    wait_until process_gone "$pid" || { echo "    rapport still runs after its terminal closed"; return 1; }
    wait_until no_notes_folder || { echo "    left behind: $(notes_folders)"; return 1; }
}

test_editor_swap_files_go_too() {
    local pid folder
    open_notes || return 1
    folder=$(notes_folders | head -1)
    # An editor's swap file beside the notes holds the same text.
    echo "swap" > "$folder/.notes.txt.swp"
    kill -TERM "$pid"
    wait_for "EXIT=" || return 1
    wait_until no_notes_folder || { echo "    left behind: $(ls -A "$folder" 2>/dev/null)"; return 1; }
}

test_a_finished_edit_leaves_nothing() {
    # The normal path still cleans up: an editor that exits at once.
    tmux_run 100 30 \
        "env LANG=C.UTF-8 RAPPORT_NOW=$RAPPORT_NOW HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME TMPDIR=$TMPDIR EDITOR=true VISUAL= $RAPPORT_BIN --db $demo_db"
    wait_for "1 Contacts" || return 1
    keys n
    keys q
    wait_for "EXIT=0" || return 1
    no_notes_folder || { echo "    left behind: $(notes_folders)"; return 1; }
}

test_term_dumb_is_refused() {
    tmux_run 100 30 \
        "env TERM=dumb LANG=C.UTF-8 HOME=$HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $RAPPORT_BIN --db $demo_db"
    wait_for "EXIT=1" || return 1
    pane | grep -q "rapport: .*'dumb'" || { echo "    no one-line refusal naming TERM=dumb"; pane | sed 's/^/    | /'; return 1; }
}

for test in test_sigterm_while_editing_removes_the_notes test_sighup_while_editing_removes_the_notes \
            test_closing_the_terminal_while_editing_removes_the_notes test_editor_swap_files_go_too \
            test_a_finished_edit_leaves_nothing test_term_dumb_is_refused; do
    run_test "$test"
done

e2e_finish "e2e faults"

#!/usr/bin/env bash
# End-to-end tests of the full-screen app: the real binary in tmux, on a
# private socket. Each step polls the pane until the expected text appears
# or a timeout passes, and prints the pane when a wait fails.
#
#   bash Tests/e2e/tui.sh            (uses .build/debug/rapport, building it if needed)
#   RAPPORT_BIN=path bash Tests/e2e/tui.sh
set -euo pipefail
# shellcheck source=lib/tmux.sh
source "$(dirname "$0")/lib/tmux.sh"
e2e_setup

demo_db="$work/demo.sqlite"
"$RAPPORT_BIN" demo --db "$demo_db" >/dev/null

test_search_log_quit_then_show() {
    local db="$work/search.sqlite"
    cp "$demo_db" "$db"
    start 120 32 --db "$db"
    wait_for "1 Contacts" || return 1
    wait_for "Amara Benali" || return 1
    keys /
    type_text "camille lef"
    wait_for "/ camille lef" || return 1
    wait_gone "Amara Benali" || return 1
    wait_for "Camille Lefèvre" || return 1
    keys Enter
    keys l
    wait_for "Log an exchange with Camille Lefèvre" || return 1
    type_text "Tour de table sur l'énergie ☕"
    keys Enter
    wait_for "Logged exchange with Camille Lefèvre" || return 1
    wait_for "Tour de table sur l'énergie" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    alternate_screen_off || return 1
    # Captured first: with pipefail, `grep -q` closing the pipe early made `show` fail with SIGPIPE.
    local shown
    shown=$("$RAPPORT_BIN" show "Camille Lefèvre" --db "$db" --json)
    grep -qF "\"summary\" : \"Tour de table sur l'énergie ☕\"" <<<"$shown" \
        || { echo "    the exchange is not in rapport show --json"; grep '"summary"' <<<"$shown" | head -3; return 1; }
}

test_review_log_removes_contact() {
    local db="$work/review.sqlite"
    cp "$demo_db" "$db"
    local first
    first=$("$RAPPORT_BIN" review --db "$db" --json --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["contact"]["name"])')
    start 120 32 --db "$db"
    wait_for "1 Contacts" || return 1
    keys 2
    wait_for "Why" || return 1
    wait_for "$first" || return 1
    keys l
    wait_for "Log an exchange with $first" || return 1
    type_text "Caught up by phone"
    keys Enter
    wait_for "Logged exchange with $first" || return 1
    # The contact leaves the review list (it may still show in the detail pane title area).
    local deadline=$(( $(date +%s%N) + 5000000000 ))
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
        if ! pane | cut -c1-55 | sed -n '3,30p' | grep -qF -- "$first"; then break; fi
        sleep 0.03
    done
    if pane | cut -c1-55 | sed -n '3,30p' | grep -qF -- "$first"; then
        echo "    $first is still in the review list"; pane | sed 's/^/    | /'; return 1
    fi
    keys q
    wait_for "EXIT=0" || return 1
    local due
    due=$("$RAPPORT_BIN" review --db "$db" --json)
    grep -qF "\"name\" : \"$first\"" <<<"$due" && { echo "    $first is still due for rapport review"; return 1; }
    return 0
}

test_resize_small_and_tiny() {
    start 100 30 --db "$demo_db"
    wait_for "1 Contacts" || return 1
    tm resize-window -t 0 -x 60 -y 15
    wait_for "Last" || return 1
    wait_gone "Reciprocity" || return 1   # one pane at a time below 100 columns
    keys Enter
    wait_for "Reciprocity" || return 1
    keys Escape
    wait_for "Last" || return 1
    tm resize-window -t 0 -x 30 -y 8
    wait_for "too small" || return 1
    keys j
    tm resize-window -t 0 -x 100 -y 30
    wait_for "1 Contacts" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    alternate_screen_off
}

test_ctrl_c_restores_terminal() {
    start 100 30 --db "$demo_db"
    wait_for "1 Contacts" || return 1
    keys C-c
    wait_for "EXIT=0" || return 1
    alternate_screen_off
}

test_sigterm_restores_terminal() {
    start 100 30 --db "$demo_db"
    wait_for "1 Contacts" || return 1
    local pid
    pid=$(pgrep -f -n -- "$RAPPORT_BIN --db $demo_db" || true)
    [ -n "$pid" ] || { echo "    rapport process not found"; return 1; }
    kill -TERM "$pid"
    wait_for "EXIT=" || return 1
    alternate_screen_off
}

test_error_is_one_line_and_terminal_clean() {
    start 100 30 --db "$demo_db" --theme "$work/missing-theme.toml"
    wait_for "EXIT=1" || return 1
    pane | grep -q "rapport: .*missing-theme.toml" || { echo "    no one-line error naming the theme file"; pane | sed 's/^/    | /'; return 1; }
    alternate_screen_off
}

test_welcome_on_empty_database_loads_demo() {
    start 100 30 --db "$work/empty.sqlite"
    wait_for "Welcome to Rapport" || return 1
    keys d
    wait_for "Loaded the demo" || return 1
    wait_for "Amara Benali" || return 1
    keys q
    wait_for "EXIT=0"
}

test_help_screen() {
    start 100 30 --db "$demo_db"
    wait_for "1 Contacts" || return 1
    keys '?'
    wait_for "Log an exchange with this contact" || return 1
    keys Escape
    wait_gone "Log an exchange with this contact" || return 1
    keys q
    wait_for "EXIT=0"
}

test_history_read_edit_delete_undo() {
    local db="$work/history.sqlite"
    "$RAPPORT_BIN" add "Camille Lefèvre" --db "$db" >/dev/null
    "$RAPPORT_BIN" log 1 --summary "Pitch on the study" --date 2026-11-20 --notes "Wants the raw data" --db "$db" >/dev/null
    "$RAPPORT_BIN" log 1 --summary "Lunch at the club" --date 2026-11-10 --db "$db" >/dev/null
    start 120 32 --db "$db"
    wait_for "1 Contacts" || return 1
    keys Tab
    keys Enter
    wait_for "Exchange with Camille Lefèvre" || return 1
    wait_for "Wants the raw data" || return 1
    keys e
    wait_for "Edit the exchange of 2026-11-20 with Camille Lefèvre" || return 1
    keys C-u
    type_text "Pitch, corrected"
    keys Enter
    wait_for "Edited the exchange with Camille Lefèvre" || return 1
    keys j
    keys D
    wait_for "Delete the exchange of 2026-11-10" || return 1
    keys y
    wait_for "Deleted the exchange of 2026-11-10" || return 1
    wait_gone "Lunch at the club" || return 1
    keys u
    wait_for "Put back the exchange of 2026-11-10" || return 1
    wait_for "Lunch at the club" || return 1
    keys q
    wait_for "EXIT=0" || return 1
    # Read the whole output first: `grep -q` may quit before rapport has written it all (SIGPIPE under pipefail).
    local first second
    first=$("$RAPPORT_BIN" exchange show 1 --db "$db" --json)
    second=$("$RAPPORT_BIN" exchange show 2 --db "$db" --json)
    grep -qF '"summary" : "Pitch, corrected"' <<<"$first" || { echo "    the edit is not in rapport exchange show: $first"; return 1; }
    grep -qF '"summary" : "Lunch at the club"' <<<"$second" || { echo "    the undone delete did not put the exchange back: $second"; return 1; }
}

test_external_log_seen_without_a_key() {
    local db="$work/external.sqlite"
    cp "$demo_db" "$db"
    start 120 32 --db "$db"
    wait_for "1 Contacts" || return 1
    wait_for "Amara Benali" || return 1
    # Another program logs an exchange and adds a contact; no key is sent.
    "$RAPPORT_BIN" log "Amara Benali" --db "$db" --summary "Mutt macro: sent the embargoed study" >/dev/null
    wait_for "Mutt macro: sent the embargoed study" 5 || return 1
    "$RAPPORT_BIN" add "Aaron Abadie" --db "$db" >/dev/null
    wait_for "Aaron Abadie" 5 || return 1
    # The selection stayed on Amara, whose detail is still shown.
    wait_for "Mutt macro: sent the embargoed study" 5 || return 1
    keys q
    wait_for "EXIT=0"
}

test_sigint_restores_terminal_and_exits_130() {
    start 100 30 --db "$demo_db"
    wait_for "1 Contacts" || return 1
    local pid
    pid=$(pgrep -f -n -- "$RAPPORT_BIN --db $demo_db" || true)
    [ -n "$pid" ] || { echo "    rapport process not found"; return 1; }
    kill -INT "$pid"   # a real signal, not Ctrl-C typed in raw mode (that arrives as a key)
    wait_for "EXIT=130" || return 1
    alternate_screen_off
}

test_ctrl_l_redraws_and_reloads() {
    local db="$work/ctrl-l.sqlite"
    cp "$demo_db" "$db"
    start 120 32 --db "$db"
    wait_for "1 Contacts" || return 1
    # Garbage written straight to the terminal, as a stray program would.
    local tty
    tty=$(tm display-message -p -t 0 '#{pane_tty}')
    printf '\033[5;5HSTRAY-OUTPUT-XYZ' > "$tty"
    wait_for "STRAY-OUTPUT-XYZ" || return 1
    keys C-l
    wait_gone "STRAY-OUTPUT-XYZ" || return 1
    # (The app also notices another program's write by itself within a second.)
    "$RAPPORT_BIN" add "Aaron Abadie" --db "$db" >/dev/null
    keys C-l
    wait_for "Aaron Abadie" 5 || return 1
    keys q
    wait_for "EXIT=0"
}

test_save_waiting_for_another_write() {
    command -v sqlite3 >/dev/null || { echo "    (skipped: no sqlite3)"; return 0; }
    local db="$work/locked.sqlite"
    cp "$demo_db" "$db"
    start 120 32 --db "$db"
    wait_for "1 Contacts" || return 1
    wait_for "Amara Benali" || return 1
    keys l
    wait_for "Log an exchange with Amara Benali" || return 1
    type_text "Held up by a lock"
    # Another program takes the write lock and keeps it until told.
    local fifo="$work/sqlite-fifo"
    rm -f "$fifo"; mkfifo "$fifo"
    sqlite3 "$db" < "$fifo" >/dev/null 2>&1 &
    local holder=$!
    exec 3>"$fifo"
    echo "BEGIN IMMEDIATE;" >&3
    local deadline=$(( $(date +%s%N) + 5000000000 ))
    until ! sqlite3 "$db" "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1; do
        [ "$(date +%s%N)" -lt "$deadline" ] || { echo "    sqlite3 did not take the lock"; exec 3>&-; return 1; }
        sleep 0.03
    done
    keys Enter
    wait_for "Waiting for another program's write" || { exec 3>&-; return 1; }
    type_text " still"
    wait_for "Held up by a lock still" || { exec 3>&-; return 1; }
    keys Escape
    wait_for "Gave up waiting for another program's write" || { exec 3>&-; return 1; }
    wait_for "Held up by a lock still" || { exec 3>&-; return 1; }
    echo "ROLLBACK;" >&3
    exec 3>&-
    wait "$holder" || true
    keys C-c
    wait_for "EXIT=0" || return 1
    local shown
    shown=$("$RAPPORT_BIN" show "Amara Benali" --db "$db" --json)
    if grep -q "Held up by a lock" <<<"$shown"; then
        echo "    the exchange was written after giving up"; return 1
    fi
}

test_import_warnings_shown_in_app() {
    printf 'Name,Email,Fax,Shoe size\nAda Blanc,ada@example.org,0102,42\n' > "$work/people.csv"
    start 100 30 --db "$work/import.sqlite"
    wait_for "Welcome to Rapport" || return 1
    keys i
    wait_for "Import contacts" || return 1
    type_text "$work/people.csv"
    keys Enter
    wait_for "Import: 1 warning" || return 1
    wait_for "columns not imported: Fax, Shoe size" || return 1
    keys Escape
    wait_gone "Import: 1 warning" || return 1
    wait_for "Ada Blanc" || return 1
    keys q
    wait_for "EXIT=0"
}

for test in test_search_log_quit_then_show test_review_log_removes_contact test_resize_small_and_tiny \
            test_ctrl_c_restores_terminal test_sigterm_restores_terminal test_error_is_one_line_and_terminal_clean \
            test_welcome_on_empty_database_loads_demo test_help_screen test_external_log_seen_without_a_key \
            test_sigint_restores_terminal_and_exits_130 test_ctrl_l_redraws_and_reloads test_save_waiting_for_another_write \
            test_history_read_edit_delete_undo test_import_warnings_shown_in_app; do
    run_test "$test"
done

e2e_finish "e2e"

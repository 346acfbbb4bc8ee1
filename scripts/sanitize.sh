#!/usr/bin/env bash
# Runs the suites that exercise the store, the import threads and the app's
# background queue under AddressSanitizer and ThreadSanitizer:
#
#   scripts/sanitize.sh [address|thread ...]      (both by default)
#
# Each sanitizer builds in its own scratch folder (.build-asan, .build-tsan),
# so the normal .build is never rebuilt. A sanitizer report, or any failing
# test, fails the script; the report is printed. SUITES overrides the suites
# (a `swift test --filter` pattern).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8

suites=${SUITES:-'^(RapportStoreTests|RapportAppTests|RapportInterchangeTests)\.'}
sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
failed=()
for sanitizer in "${sanitizers[@]}"; do
    case "$sanitizer" in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "sanitize.sh: unknown sanitizer '$sanitizer' (address, thread)" >&2; exit 64 ;;
    esac
    echo "== swift test --sanitize=$sanitizer ($suites)"
    start=$(date +%s)
    status=0
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0} \
        swift test --scratch-path "$scratch" --sanitize="$sanitizer" --filter "$suites" >"$log" 2>&1 || status=$?
    elapsed=$(( $(date +%s) - start ))
    reports=$(grep -cE "^(WARNING|ERROR): (ThreadSanitizer|AddressSanitizer)|^SUMMARY: (Thread|Address)Sanitizer" "$log" || true)
    if [ "$status" -ne 0 ] || [ "$reports" -ne 0 ]; then
        grep -E -A40 "^(WARNING|ERROR): (ThreadSanitizer|AddressSanitizer)" "$log" | head -150 || true
        grep -E "✘|error:|failed" "$log" | grep -v "Cannot export local symbol" | head -40 || true
        tail -5 "$log"
        echo "FAIL $sanitizer: exit $status, $reports sanitizer report lines, ${elapsed}s"
        failed+=("$sanitizer")
    else
        echo "ok $sanitizer: $(grep -E "^✔ Test run with" "$log" | tail -1 | sed 's/^✔ //') (${elapsed}s with the build)"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "sanitize.sh: failed under ${failed[*]}"
    exit 1
fi
echo "sanitize.sh: clean"

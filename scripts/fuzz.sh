#!/usr/bin/env bash
# Fuzzes the readers of untrusted input with libFuzzer and AddressSanitizer:
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# TARGET is vcard, csv, json, settings, day or keys (all by default); each
# runs for SECONDS (60 by default). The targets are built in .build-fuzz
# (RAPPORT_FUZZ=1 adds them to the package, see Package.swift), so the
# normal .build is never touched. Each run starts from the committed seeds
# in Tests/Fuzz/corpus/TARGET; inputs the fuzzer finds go to a scratch
# corpus. A crash, a hang (over 10 s on one input) or a leak of more than
# 2 GB fails the script, and the input is kept in Tests/Fuzz/crashes/:
# make it a regression test in the normal suite. The last line of each
# target says how many inputs it ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# Swift's own crash backtracer trips AddressSanitizer: let libFuzzer report.
export SWIFT_BACKTRACE=enable=no

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(vcard csv json settings day keys)

product() {
    case "$1" in
        vcard) echo FuzzVCard ;; csv) echo FuzzCSV ;; json) echo FuzzJSON ;;
        settings) echo FuzzSettings ;; day) echo FuzzDay ;; keys) echo FuzzKeys ;;
        *) echo "fuzz.sh: unknown target '$1' (vcard, csv, json, settings, day, keys)" >&2; exit 64 ;;
    esac
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# --sanitize=fuzzer alone leaves the Swift code without coverage counters
# (only the C and C++ code gets them): ask swiftc for them too.
build=(swift build --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)
for target in "${targets[@]}"; do
    echo "== building $(product "$target")"
    if ! RAPPORT_FUZZ=1 "${build[@]}" --product "$(product "$target")" >"$scratch/build.log" 2>&1; then
        grep -v "Cannot export local symbol" "$scratch/build.log" | tail -30
        echo "fuzz.sh: the build of $target failed"
        exit 1
    fi
done
bin=$(RAPPORT_FUZZ=1 "${build[@]}" --show-bin-path)

mkdir -p Tests/Fuzz/crashes
failed=()
for target in "${targets[@]}"; do
    name=$(product "$target")
    mkdir -p "$scratch/$target"
    echo "== fuzzing $target for ${seconds}s"
    log="$scratch/$target.log"
    status=0
    ASAN_OPTIONS=detect_leaks=0 "$bin/$name" "$scratch/$target" "Tests/Fuzz/corpus/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="Tests/Fuzz/crashes/$target-" -print_final_stats=1 >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ "$status" -ne 0 ]; then
        grep -E "ERROR|SUMMARY|Fatal error|Test unit written|artifact_prefix" "$log" | head -20 || true
        tail -30 "$log"
        echo "FAIL $target after ${runs:-?} inputs: the input is in Tests/Fuzz/crashes/"
        failed+=("$target")
    else
        echo "ok $target: ${runs:-?} inputs in ${seconds}s, $(ls "$scratch/$target" | wc -l) new corpus entries"
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: crashes in ${failed[*]}"
    exit 1
fi
echo "fuzz.sh: no crash"

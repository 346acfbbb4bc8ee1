#!/usr/bin/env bash
# Regenerates the man page in docs/man/ from the ArgumentParser definitions:
#
#   scripts/man.sh
#
# Runs swift-argument-parser's GenerateManual command plugin on the debug
# build (`swift package generate-manual --configuration debug`, which builds
# what is missing first), then writes docs/man/rapport.1 (one page, every
# subcommand in it) and docs/man/rapport.dump.json, the binary's
# `--experimental-dump-help` that the page is made from. ManPageTests compares
# that dump with the binary's, so the tests fail until this script is rerun
# after a command, option or help text changes.
#
# One page with every subcommand rather than a page per subcommand: `man
# rapport` then shows everything and `/` finds any option, the page stays a
# readable length (about 500 lines of mdoc), and a new subcommand adds no
# file to install or to forget to commit.
#
# The page's date stays the same while the dump does not change, so a rerun
# with nothing new leaves docs/man untouched. The help is taken in English
# with no configuration file, whatever the caller's language and settings
# (RAPPORT_LANG=en: the page and the dump are always the English help, even
# for a French caller; docs/i18n.md).
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# What the binary sees when it describes itself: English, no config.toml.
run_clean() {
    env -u LANGUAGE -u LC_MESSAGES RAPPORT_LANG=en LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        XDG_CONFIG_HOME="$scratch/config" "$@"
}

out=docs/man
mkdir -p "$out"

echo "== swift build --product rapport"
run_clean swift build --product rapport 2>&1 | tail -n 3
bin=$(swift build --show-bin-path)/rapport

run_clean "$bin" --experimental-dump-help >"$scratch/rapport.dump.json"

# Keep the page's date unless what it documents changed.
date=$(date -u +%F)
if [ -f "$out/rapport.1" ] && [ -f "$out/rapport.dump.json" ] && cmp -s "$scratch/rapport.dump.json" "$out/rapport.dump.json"; then
    kept=$(sed -n 's/^\.Dd //p' "$out/rapport.1" | head -n 1)
    if [ -n "$kept" ] && parsed=$(date -u -d "$kept" +%F 2>/dev/null); then date=$parsed; fi
fi

echo "== swift package generate-manual (dated $date)"
start=$(date +%s)
rm -rf .build/plugins/GenerateManual/outputs/rapport
run_clean swift package generate-manual --configuration debug --date "$date" >"$scratch/plugin.log" 2>&1 || {
    cat "$scratch/plugin.log" >&2
    echo "man.sh: the generate-manual plugin failed" >&2
    exit 1
}
page=$(find .build/plugins/GenerateManual/outputs/rapport -name rapport.1 2>/dev/null | head -n 1)
if [ -z "$page" ] || [ ! -s "$page" ]; then
    cat "$scratch/plugin.log" >&2
    echo "man.sh: the plugin wrote no rapport.1" >&2
    exit 1
fi

cp "$page" "$out/rapport.1"
cp "$scratch/rapport.dump.json" "$out/rapport.dump.json"
echo "== wrote $out/rapport.1 and $out/rapport.dump.json ($(( $(date +%s) - start ))s in the plugin)"

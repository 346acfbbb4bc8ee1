#!/bin/bash
# Measures how long `rapport log` waits beside a long import (docs/performance.md,
# "Imports: the locked part and speed, 2026-12-02 round"). Imports FILE into a
# copy of D/small.sqlite (made with `BIN demo` when missing: 80 contacts):
#   scripts/import-beside-log.sh BIN FILE LABEL
# e.g. the 100,000 demo vCards, release build:
#   rapport export --format vcard --db big100k.sqlite --output /tmp/imp/demo100k.vcf
#   D=/tmp/imp scripts/import-beside-log.sh .build/release/rapport /tmp/imp/demo100k.vcf after
# NOLOG=1 runs the import alone (no logs beside it), for its own figures.
# The import runs with RAPPORT_IMPORT_PROFILE=1: its steps (CPU and wall, the
# copy statement by statement) are printed after the summary line.
# Set D to use another folder, LOGBIN to run the logs with another binary
# (an older one, that does not know how to make the import give way). Prints the import time, the write lock hold
# (wall, CPU ticks from /proc/locks and /proc/PID/stat: from the first time the
# import holds the lock to the last, so it includes the times it gave way)
# and the logs run/refused/longest/median/over 3 s.
BIN=$1; FILE=$2; LABEL=$3
LOGBIN=${LOGBIN:-$BIN}
D=${D:-/tmp/harden-perf}
mkdir -p $D
case $FILE in /*) ;; *) FILE=$PWD/$FILE ;; esac
case $BIN in */*) case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac ;; esac
case $LOGBIN in */*) case $LOGBIN in /*) ;; *) LOGBIN=$PWD/$LOGBIN ;; esac ;; esac
cd $D
[ -e small.sqlite ] || RAPPORT_NOW=2026-12-01 $BIN demo --db small.sqlite >/dev/null
rm -f run.sqlite run.sqlite-wal run.sqlite-shm
cp small.sqlite run.sqlite
export RAPPORT_NOW=2026-12-01
RAPPORT_IMPORT_PROFILE=1 /usr/bin/time -f "%e %U %S %M" -o import.time $BIN import $FILE --db run.sqlite >import.out 2>&1 &
TPID=$!
sleep 0.2
IPID=$(pgrep -P $TPID | head -1)
: > waits.txt; : > lock.txt
# poll the write lock (byte 120 of -shm) held by the import and its CPU
( ino=""; start=""; while kill -0 $IPID 2>/dev/null; do
    [ -z "$ino" ] && [ -e run.sqlite-shm ] && ino=$(stat -c %i run.sqlite-shm)
    if [ -n "$ino" ] && grep -q ":$ino 120 120" /proc/locks 2>/dev/null && grep " $IPID " /proc/locks | grep -q ":$ino 120 120"; then
      cpu=$(awk '{print $14+$15}' /proc/$IPID/stat 2>/dev/null)
      now=$(date +%s.%N)
      [ -z "$start" ] && start=$now && cpu0=$cpu
      last=$now; cpul=$cpu
    fi
    sleep 0.02
  done; [ -n "$start" ] && echo "lock_wall=$(echo "$last - $start" | bc) lock_cpu_ticks=$((cpul-cpu0))" > lock.txt ) &
LPOLL=$!
n=0; fail=0
while [ -z "$NOLOG" ] && kill -0 $TPID 2>/dev/null; do
  s=$(date +%s.%N)
  if $LOGBIN log 1 --summary "beside import $n" --db run.sqlite >/dev/null 2>log.err; then ok=1; else ok=0; fail=$((fail+1)); cat log.err; fi
  e=$(date +%s.%N)
  echo "$(echo "$e - $s" | bc) $ok" >> waits.txt
  n=$((n+1))
done
wait $TPID; wait $LPOLL
max=$(sort -n waits.txt | tail -1 | cut -d' ' -f1)
over3=$(awk '$1 > 3' waits.txt | wc -l)
median=$(sort -n waits.txt | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "$LABEL: import(wall user sys KB)=$(cat import.time) logs=$n refused=$fail longest=$max median=$median over3s=$over3 $(cat lock.txt) load=$(cut -d' ' -f1-3 /proc/loadavg)"
grep -v '^import-profile' import.out | tail -2
grep '^import-profile' import.out

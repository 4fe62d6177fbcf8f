#!/usr/bin/env bash
# Interleaved A/B of two nvc builds (or one build with and without an AppContext switch in a copy's
# nvc.runtimeconfig.json): runs `nvc communities FILE --algorithm leiden --random-seed 1 --threads T --json` from DIR_A
# and DIR_B in turn, PAIRS times, and prints each run and the minimum [median] of seconds_load and seconds_algorithm.
# Only ratios from one such run count on a shared machine. Usage: ab_nvc.sh DIR_A DIR_B FILE THREADS PAIRS
set -euo pipefail
a=$1; b=$2; file=$3; threads=$4; pairs=$5
for _ in $(seq "$pairs"); do
  for dir in "$a" "$b"; do
    printf '%s ' "$dir"
    "$dir/nvc" communities "$file" --algorithm leiden --random-seed 1 --threads "$threads" --json 2>/dev/null |
      /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); print(d['seconds_load'], d['seconds_algorithm'], d['modularity'])"
  done
done | /usr/bin/python3 -c "
import statistics, sys
rows = [line.split() for line in sys.stdin]
for r in rows: print(*r)
for k in dict.fromkeys(r[0] for r in rows):
    load = [float(r[1]) for r in rows if r[0] == k]; alg = [float(r[2]) for r in rows if r[0] == k]
    print(f'{k}: load {min(load):.3f} [{statistics.median(load):.3f}] s, Leiden {min(alg):.3f} [{statistics.median(alg):.3f}] s')
"

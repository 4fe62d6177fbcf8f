#!/usr/bin/env bash
# The 2-thread / 1-thread ratio of one nvc build, interleaved: PAIRS times, the machine probe (cross-core round trip,
# ../machine/probe.sh), then `nvc communities FILE --algorithm leiden --random-seed 1 --json` on 1 and on 2 threads.
# Prints each pair, then the minimum [median] of each thread count and the ratio, over all pairs and over the pairs
# whose round trip was under 200 ns (the two vCPUs on one core complex) and over 200 ns.
# Usage: benchmarks/peers/threads_ratio.sh NVC FILE PAIRS
set -euo pipefail
nvc=$1; file=$2; pairs=$3
probe="$(cd "$(dirname "$0")/../machine" && pwd)/probe.sh"
alg() { "$nvc" communities "$file" --algorithm leiden --random-seed 1 --threads "$1" --json 2>/dev/null |
  /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['seconds_algorithm'])"; }
for _ in $(seq "$pairs"); do
  rt=$("$probe" | awk '{print $4}')
  echo "$(date +%T) $rt $(alg 1) $(alg 2)"
done | /usr/bin/python3 -c "
import statistics, sys
rows = [line.split() for line in sys.stdin]
print('time      round-trip-ns  1-thread-s  2-thread-s')
for r in rows: print(f'{r[0]}  {r[1]:>13}  {float(r[2]):10.3f}  {float(r[3]):10.3f}')
def show(name, sel):
    if not sel: return
    one = [float(r[2]) for r in sel]; two = [float(r[3]) for r in sel]
    m1, m2 = statistics.median(one), statistics.median(two)
    print(f'{name}: {len(sel)} pairs, 1 thread {min(one):.3f} [{m1:.3f}] s, 2 threads {min(two):.3f} [{m2:.3f}] s, ratio {min(two)/min(one):.2f} [{m2/m1:.2f}]')
show('all', rows)
show('round trip < 200 ns', [r for r in rows if float(r[1]) < 200])
show('round trip >= 200 ns', [r for r in rows if float(r[1]) >= 200])
"

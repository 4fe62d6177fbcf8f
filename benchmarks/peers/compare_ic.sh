#!/usr/bin/env bash
# Side-by-side Independent Cascade throughput: the C reference (../shared/peers/ic_ref.c, gcc -O3 -march=native)
# against NetworkVsCommunity's Monte Carlo runner, on the same graphs and parameters, in one run.
#
# Metric: adjacency entries examined per second (deg(u) for every node u that becomes active, as ic_ref counts it),
# uniform p in {0.01, 0.05, 0.1}, k = 10 uniform random initial sharers per cascade (drawn with replacement).
# C and C# alternate ROUNDS times per graph so that load on a shared machine hits both alike; the table reports the
# median over rounds of each side's median-of-3-trials figure, the ratio C#/C (target >= 0.7), the 2-thread speed-up
# (target >= 1.8), the parallel CPU efficiency (arcs per CPU-second on 2 threads / on 1 thread: 1.00 means the parallel
# loop adds no overhead, so on 2 free cores the speed-up is ~2; on a loaded machine the wall-clock 2T/1T is capped by
# the cores actually available) and whether 1 and 2 threads gave bit-identical aggregates.
#
# Usage: benchmarks/peers/compare_ic.sh [GRAPH ...]      (default: sbm_100k lfr_10k_mu0.1)
# Env:   PEERS=/work/shared/peers  WORK=/tmp/peers-diffusion  ROUNDS=3  MIN_TIME=0.5  TRIALS=3
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PEERS="${PEERS:-$ROOT/../shared/peers}"
[ -d "$PEERS" ] || PEERS=/work/shared/peers
WORK="${WORK:-/tmp/peers-diffusion}"
ROUNDS="${ROUNDS:-3}"
MIN_TIME="${MIN_TIME:-0.5}"
TRIALS="${TRIALS:-3}"
GRAPHS=("$@")
[ ${#GRAPHS[@]} -gt 0 ] || GRAPHS=(sbm_100k lfr_10k_mu0.1)

mkdir -p "$WORK"
cp "$PEERS/ic_ref.c" "$WORK/"
[ -e "$WORK/data" ] || ln -s "$PEERS/data" "$WORK/data"
gcc -O3 -march=native -o "$WORK/ic_ref" "$WORK/ic_ref.c"
dotnet build -c Release "$ROOT/benchmarks/NetworkVsCommunity.Benchmarks" -v q -nologo >/dev/null
BENCH="$ROOT/benchmarks/NetworkVsCommunity.Benchmarks/bin/Release/net10.0/NetworkVsCommunity.Benchmarks.dll"
OUT="$WORK/compare-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
echo "results in $OUT" >&2
for g in "${GRAPHS[@]}"; do
  edges="$WORK/data/$g.edges"
  if [ ! -f "$edges" ]; then
    echo "missing $edges: run /usr/bin/python3 make_graphs.py in a copy of the peers folder" >&2
    exit 1
  fi
  for r in $(seq 1 "$ROUNDS"); do
    echo "[$g round $r] C" >&2
    "$WORK/ic_ref" "$edges" --p 0.01,0.05,0.1 --random-seeds 10 --trials "$TRIALS" --min-time "$MIN_TIME" \
      --bfs-sources 1 --no-scan --rng-seed 12345 > "$OUT/c_${g}_$r.json" 2>/dev/null
    echo "[$g round $r] C#" >&2
    dotnet "$BENCH" ic-compare "$edges" --p 0.01,0.05,0.1 --random-sharers 10 --trials "$TRIALS" \
      --min-time "$MIN_TIME" --threads 1,2 --random-seed 12345 > "$OUT/cs_${g}_$r.jsonl" 2>/dev/null
  done
done
/usr/bin/python3 - "$OUT" "${GRAPHS[@]}" <<'PY'
import json, statistics, sys, glob, os
out, graphs = sys.argv[1], sys.argv[2:]
print("| graph | p | C examined/s | C# 1 thread | C#/C | C# 2 threads | 2T/1T wall | 2T/1T per CPU-s | 1T = 2T |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for g in graphs:
    c, one, two, same, cpu1, cpu2 = {}, {}, {}, {}, {}, {}
    for f in sorted(glob.glob(os.path.join(out, f"c_{g}_*.json"))):
        for row in json.load(open(f))["ic"]:
            if row["seeds"] == "random":
                c.setdefault(row["p"], []).append(row["examined_per_s_med"])
    for f in sorted(glob.glob(os.path.join(out, f"cs_{g}_*.jsonl"))):
        for line in open(f):
            row = json.loads(line)
            (one if row["threads"] == 1 else two).setdefault(row["p"], []).append(row["examined_per_s_med"])
            (cpu1 if row["threads"] == 1 else cpu2).setdefault(row["p"], []).append(row["examined_per_cpu_s_med"])
            same.setdefault(row["p"], []).append(row["identical_to_1_thread"])
    for p in sorted(c):
        cm, o, t = statistics.median(c[p]), statistics.median(one[p]), statistics.median(two[p])
        e = statistics.median(cpu2[p]) / statistics.median(cpu1[p])
        print(f"| {g} | {p:g} | {cm/1e6:.1f} M | {o/1e6:.1f} M | {o/cm:.2f} | {t/1e6:.1f} M | {t/o:.2f} | {e:.2f} | {'yes' if all(same[p]) else 'NO'} |")
PY

#!/usr/bin/env bash
# Alternates the 50M-edge scale run of two checkouts (each with its benchmarks built in Release), ROUNDS times, with
# igraph's 1-iteration Leiden on sbm_1m after each pair as a yardstick of the machine's speed (the issue measured igraph
# at 9.6 s on a quiet machine). Prints each run's Leiden and Monte Carlo lines and its maximum resident set.
# Usage: benchmarks/scale/ab-50m.sh CHECKOUT_A CHECKOUT_B ROUNDS SBM_1M_EDGES
set -euo pipefail
a=$1; b=$2; rounds=$3; sbm=$4
dll=benchmarks/NetworkVsCommunity.Benchmarks/bin/Release/net10.0/NetworkVsCommunity.Benchmarks.dll
for _ in $(seq "$rounds"); do
  for dir in "$a" "$b"; do
    echo "== $dir $(date +%T)"
    /usr/bin/time -v dotnet "$dir/$dll" scale --threads 2 2>&1 | grep -E "Leiden|Monte|Maximum resident|Elapsed"
  done
  echo "== igraph $(date +%T)"
  /usr/bin/python3 -c "
import sys, time
import igraph as ig
g = ig.Graph.Read_Edgelist(sys.argv[1], directed=False)
t = time.perf_counter(); c = g.community_leiden(objective_function='modularity', n_iterations=1); t = time.perf_counter() - t
print(f'igraph Leiden, 1 iteration: {t:.2f} s, modularity {g.modularity(c.membership):.4f}')" "$sbm"
done

#!/usr/bin/env python3
"""Peer comparison of the centralities against igraph, in one run, on the same edge files.

Times igraph (python-igraph, C core) and NetworkVsCommunity (the benchmark project's `centrality-timing` mode) on each
file, checks that the values agree, and prints a Markdown table of times and ratios (ours / igraph; < 1 = we are faster).

Usage (from the repository root; use the Debian interpreter that sees python3-igraph):
    dotnet build -c Release benchmarks/NetworkVsCommunity.Benchmarks
    /usr/bin/python3 benchmarks/peers/compare_centrality.py ../shared/peers/data/karate.edges \
        ../shared/peers/data/football.edges ../shared/peers/data/lfr_1k_mu0.1.edges [--threads N] [--json out.json]

Both sides read the same plain "u v [w]" files as unweighted undirected graphs, time each measure as the best of
repeated runs (at least ~0.2 s of repeats), and exclude loading. igraph settings: betweenness(directed=False),
pagerank(damping=0.85, implementation PRPACK), eigenvector_centrality(scale=True), coreness(mode="all").
"""
import argparse
import json
import os
import subprocess
import sys
import time

import igraph as ig

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BENCH_DLL = os.path.join(ROOT, "benchmarks", "NetworkVsCommunity.Benchmarks", "bin", "Release", "net10.0",
                         "NetworkVsCommunity.Benchmarks.dll")


def load(path):
    edges = []
    n = 0
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or parts[0].startswith("#"):
                continue
            u, v = int(parts[0]), int(parts[1])
            edges.append((u, v))
            n = max(n, u + 1, v + 1)
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.simplify(multiple=True, loops=False)
    return g


def best_time(fn):
    values = fn()
    best = float("inf")
    reps = 0
    start = time.perf_counter()
    while reps < 3 or (time.perf_counter() - start < 0.2 and reps < 1000):
        t = time.perf_counter()
        values = fn()
        best = min(best, time.perf_counter() - t)
        reps += 1
    return best, values


def run_igraph(path):
    g = load(path)
    measures = {
        "betweenness": lambda: g.betweenness(directed=False),
        "pagerank": lambda: g.pagerank(damping=0.85, directed=False),
        "eigenvector": lambda: g.eigenvector_centrality(directed=False, scale=True),
        "coreness": lambda: [float(x) for x in g.coreness(mode="all")],
    }
    out = {}
    for name, fn in measures.items():
        seconds, values = best_time(fn)
        out[name] = {"seconds": seconds, "values": list(values)}
    return out


def run_ours(path, threads):
    cmd = ["dotnet", BENCH_DLL, "centrality-timing", path]
    if threads is not None:
        cmd += ["--threads", str(threads)]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(res.stdout.strip().splitlines()[-1])["measures"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--threads", type=int, default=None, help="our MaxDegreeOfParallelism (default: all cores)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    rows = []
    for path in args.files:
        ours = run_ours(path, args.threads)
        theirs = run_igraph(path)
        for name in ["betweenness", "pagerank", "eigenvector", "coreness"]:
            a, b = ours[name]["values"], theirs[name]["values"]
            diff = max(abs(x - y) / max(1.0, abs(y)) for x, y in zip(a, b)) if a else 0.0
            rows.append({
                "graph": os.path.basename(path), "measure": name,
                "igraph_s": theirs[name]["seconds"], "ours_s": ours[name]["seconds"],
                "ratio": ours[name]["seconds"] / theirs[name]["seconds"],
                "max_rel_diff": diff, "same_length": len(a) == len(b),
            })
    print("| graph | measure | igraph (ms) | ours (ms) | ours/igraph | max rel. diff |")
    print("|---|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['graph']} | {r['measure']} | {r['igraph_s']*1e3:.4f} | {r['ours_s']*1e3:.4f} | {r['ratio']:.2f} | {r['max_rel_diff']:.1e} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
    bad = [r for r in rows if r["max_rel_diff"] > 1e-6 or not r["same_length"]]
    if bad:
        print("VALUE MISMATCH:", bad, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

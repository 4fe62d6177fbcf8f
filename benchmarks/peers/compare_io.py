#!/usr/bin/env python3
"""Edge-list load times, igraph Graph.Read_Edgelist vs NetworkVsCommunity EdgeListFormat.Read, same files, same run.

Usage (from the repository root; /usr/bin/python3 sees python3-igraph):
    /usr/bin/python3 benchmarks/peers/compare_io.py FILE [FILE ...] [--rounds 3]

Both sides parse the file and build an undirected graph (igraph: Graph.Read_Edgelist(directed=False); ours:
EdgeListFormat.Read with default options: parse + CSR build + edge records). The two are interleaved round by round
so that machine load affects both alike: each round times igraph once in this process, then runs
`dotnet run -c Release --project benchmarks/NetworkVsCommunity.Benchmarks -- parse FILE 1` (one warm-up, one timed run).
Prints the medians and the ratio igraph/ours (> 1: ours is faster).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

import igraph as ig

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJECT = os.path.join(ROOT, "benchmarks", "NetworkVsCommunity.Benchmarks")


def ours(path):
    out = subprocess.run(["dotnet", "run", "-c", "Release", "--no-build", "--project", PROJECT, "--", "parse", path, "1"],
                         check=True, capture_output=True, text=True).stdout
    return float(re.search(r"median_seconds=([0-9.]+)", out).group(1))


def igraph_load(path):
    start = time.perf_counter()
    g = ig.Graph.Read_Edgelist(path, directed=False)
    elapsed = time.perf_counter() - start
    assert g.ecount() > 0
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    subprocess.run(["dotnet", "build", "-c", "Release", PROJECT], check=True, capture_output=True)
    print(f"igraph {ig.__version__}; load average at start {os.getloadavg()[0]:.1f}")
    print("| file | edges | igraph Read_Edgelist (median) | ours EdgeListFormat.Read (median) | igraph / ours |")
    print("|---|---:|---:|---:|---:|")
    for path in args.files:
        with open(path, "rb") as f:
            edges = sum(1 for line in f if line.strip() and not line.startswith((b"#", b"%")))
        a, b = [], []
        for _ in range(args.rounds):
            a.append(igraph_load(path))
            b.append(ours(path))
        ia, ib = statistics.median(a), statistics.median(b)
        print(f"| {os.path.basename(path)} | {edges:,} | {ia:.3f} s [{min(a):.3f}–{max(a):.3f}] | {ib:.3f} s [{min(b):.3f}–{max(b):.3f}] | {ia / ib:.2f} |")
        sys.stdout.flush()
    print(f"load average at end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()

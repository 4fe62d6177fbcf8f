#!/usr/bin/python3
"""Side-by-side community detection: igraph, leidenalg and NetworkVsCommunity on the same edge files, in one run.

For every graph it loads the file once in igraph, then runs (each RUNS times, random seeds 1..RUNS):
  igraph community_leiden(objective_function="modularity", n_iterations=-1)   [igraph 0.10.2: ONE iteration, igraph#2798]
  igraph community_leiden(objective_function="modularity", n_iterations=2)
  igraph community_multilevel()
  leidenalg find_partition(ModularityVertexPartition)  [n_iterations=2; skipped above --leidenalg-max-edges]
  ours: Leiden --iterations 1, Leiden --iterations 2 (and --threads 2), Louvain, label propagation
Our side runs the benchmark project's timing mode in one process per configuration (the first of its runs
includes JIT compilation), writes membership files, and every membership is scored by the SAME function:
igraph Graph.modularity(membership) (resolution 1), plus NMI (sklearn, arithmetic) against ground-truth labels.
Times are wall clock around the library call only (load excluded) and CPU seconds of the calling process
(time.process_time / Process.TotalProcessorTime), which is steadier on a shared machine.

Usage (from the repository root, after `dotnet build -c Release benchmarks/NetworkVsCommunity.Benchmarks`):
  /usr/bin/python3 benchmarks/peers/compare_communities.py --data /tmp/peers-communities/data --graphs sbm_100k,sbm_1m
  add --memory to also measure peak RSS of load + Leiden with /usr/bin/time -v (one extra process per side).

Cold mode (what a user runs: a fresh `nvc` process per file), after `dotnet build -c Release src/NetworkVsCommunity.Cli`:
  /usr/bin/python3 benchmarks/peers/compare_communities.py --cold --data DIR --graphs hk_37k,sbm_100k,sbm_1m
  Each round runs `nvc communities FILE --algorithm leiden --random-seed 1 --threads T --json` as a new process
  (the build's nvc.dll, or each `--nvc LABEL=PATH`, e.g. the ReadyToRun tool installed from scripts/pack-tool.sh)
  (seconds_algorithm, so JIT compilation of the algorithm is included, and the process's CPU seconds), then igraph
  community_leiden(modularity) with 1 and 2 iterations in this process, interleaved; prints the load average per graph.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

import igraph as ig

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DLL = os.path.join(ROOT, "benchmarks", "NetworkVsCommunity.Benchmarks", "bin", "Release", "net10.0",
                   "NetworkVsCommunity.Benchmarks.dll")


def load_labels(path):
    if not os.path.exists(path):
        return None
    labels = {}
    with open(path) as f:
        for line in f:
            p = line.split()
            if len(p) >= 2:
                labels[int(p[0])] = int(p[1])
    return [labels[i] for i in range(len(labels))]


def score(g, memb, truth):
    q = g.modularity(memb)
    k = len(set(memb))
    nmi = None
    if truth is not None:
        try:
            from sklearn.metrics import normalized_mutual_info_score
            nmi = normalized_mutual_info_score(truth, memb)
        except ImportError:
            nmi = None
    return q, k, nmi


def run_peer(g, fn, runs):
    rows = []
    for s in range(1, runs + 1):
        random.seed(s)
        c0 = time.process_time()
        t0 = time.perf_counter()
        memb = fn(s)
        t1 = time.perf_counter()
        c1 = time.process_time()
        rows.append((t1 - t0, c1 - c0, memb))
    return rows


def run_ours(path, extra, runs, tmp):
    out = os.path.join(tmp, "memb")
    cmd = ["dotnet", DLL, "communities", "--edges", path, "--random-seed", "1", "--repeat", str(runs),
           "--membership", out] + extra
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    rows = []
    for line in res.stdout.splitlines():
        j = json.loads(line)
        with open(j["membership"]) as f:
            memb = [int(x) for x in f.read().split()]
        os.remove(j["membership"])
        rows.append((j["seconds_algorithm"], j["cpu_seconds_algorithm"], memb, j))
    return rows, " ".join(cmd)


def peak_rss_mb(cmd):
    res = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, check=True)
    for line in res.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split()[-1]) / 1024.0
    return float("nan")


NVC = os.path.join(ROOT, "src", "NetworkVsCommunity.Cli", "bin", "Release", "net10.0", "nvc.dll")


def cold(args):
    import resource
    tools = [tuple(x.split("=", 1)) for x in args.nvc] if args.nvc else [("nvc", NVC)]
    print(f"igraph {ig.__version__}; " + "; ".join(f"{label}: {exe}" for label, exe in tools))
    threads = [int(t) for t in args.cold_threads.split(",")]
    for name in args.graphs.split(","):
        path = os.path.join(args.data, name + ".edges")
        g = ig.Graph.Read_Edgelist(path, directed=False)
        runs = args.runs if g.ecount() <= 2_000_000 else args.big_runs
        rows = {}
        load0 = open("/proc/loadavg").read().split()[0]
        memb = {}
        for _ in range(runs):
            for label, exe in tools:
                for t in threads:
                    cmd = (["dotnet", exe] if exe.endswith(".dll") else [exe]) + [
                        "communities", path, "--algorithm", "leiden", "--random-seed", "1", "--threads", str(t), "--json"]
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    j = json.loads(res.stdout[:res.stdout.rindex("}") + 1])
                    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                    rows.setdefault(f"ours, fresh {label} process, {t} thread(s)", []).append(
                        (j["seconds_algorithm"], cpu, j["modularity"], j["communities"]))
            for it in (1, 2):
                c0 = time.process_time()
                t0 = time.perf_counter()
                m = g.community_leiden(objective_function="modularity", n_iterations=-1 if it == 1 else 2)
                t1 = time.perf_counter()
                rows.setdefault(f"igraph community_leiden, {it} iteration(s)", []).append(
                    (t1 - t0, time.process_time() - c0, g.modularity(m.membership), len(set(m.membership))))
        load1 = open("/proc/loadavg").read().split()[0]
        best = min(min(r[0] for r in v) for k, v in rows.items() if k.startswith("igraph"))
        print(f"\n## {name}: n={g.vcount()} m={g.ecount()}, {runs} round(s), load average {load0} -> {load1}\n")
        print("| implementation | algorithm wall min [median] | process CPU min | × igraph best (wall min) | modularity | k |")
        print("|---|---|---|---:|---|---|")
        for k, v in rows.items():
            w = sorted(r[0] for r in v)
            print(f"| {k} | {fmt_t(w[0])} [{fmt_t(statistics.median(w))}] | {fmt_t(min(r[1] for r in v))} | "
                  f"{w[0] / best:.2f} | {v[0][2]:.4f} | {v[0][3]} |")
        print("\n(process CPU: the whole nvc process for ours, with runtime start-up and file parsing; the algorithm "
              "call only for igraph)")


def fmt_t(x):
    return f"{x:.3f} s" if x >= 1 else f"{x * 1000:.0f} ms"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/tmp/peers-communities/data")
    ap.add_argument("--graphs", default="sbm_100k")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--big-runs", type=int, default=1, help="runs on graphs with more than 2M edges")
    ap.add_argument("--leidenalg-max-edges", type=int, default=2_000_000)
    ap.add_argument("--skip", default="", help="comma separated row keys to skip: igraph_leiden2,multilevel,leidenalg,ours_lpa,ours_t2")
    ap.add_argument("--memory", action="store_true")
    ap.add_argument("--cold", action="store_true", help="fresh nvc processes against igraph (see above)")
    ap.add_argument("--cold-threads", default="1", help="thread counts of the cold mode, e.g. 1,2")
    ap.add_argument("--nvc", action="append", default=[],
                    help="cold mode: LABEL=PATH of an nvc to run (a .dll runs under dotnet, anything else directly, e.g. "
                         "an installed ReadyToRun tool from scripts/pack-tool.sh); repeat to compare; default the build")
    args = ap.parse_args()
    if args.cold:
        cold(args)
        return
    skip = set(filter(None, args.skip.split(",")))
    print(f"igraph {ig.__version__}; python {sys.version.split()[0]}; dll {DLL}")
    print(f"load average at start: {open('/proc/loadavg').read().strip()}")
    for name in args.graphs.split(","):
        path = os.path.join(args.data, name + ".edges")
        truth = load_labels(os.path.join(args.data, name + ".labels"))
        t0 = time.perf_counter()
        g = ig.Graph.Read_Edgelist(path, directed=False)
        load = time.perf_counter() - t0
        runs = args.runs if g.ecount() <= 2_000_000 else args.big_runs
        print(f"\n## {name}: n={g.vcount()} m={g.ecount()}, igraph load {fmt_t(load)}, runs={runs} (seeds 1..{runs})\n")
        table = []
        table.append(("leiden 1 iteration", "igraph community_leiden(modularity, n_iterations=-1) [=1 iteration]",
                      run_peer(g, lambda s: g.community_leiden(objective_function="modularity", n_iterations=-1).membership, runs)))
        with tempfile.TemporaryDirectory() as tmp:
            rows, cmd1 = run_ours(path, ["--algorithm", "leiden", "--iterations", "1", "--threads", "1"], runs, tmp)
            table.append(("leiden 1 iteration", "ours Leiden Iterations=1, 1 thread", rows))
            if "igraph_leiden2" not in skip:
                table.append(("leiden 2 iterations", "igraph community_leiden(modularity, n_iterations=2)",
                              run_peer(g, lambda s: g.community_leiden(objective_function="modularity", n_iterations=2).membership, runs)))
            rows, cmd2 = run_ours(path, ["--algorithm", "leiden", "--iterations", "2", "--threads", "1"], runs, tmp)
            table.append(("leiden 2 iterations", "ours Leiden Iterations=2 (default), 1 thread", rows))
            if "ours_t2" not in skip:
                rows2, cmd3 = run_ours(path, ["--algorithm", "leiden", "--iterations", "2", "--threads", "2"], runs, tmp)
                same = all(a[2] == b[2] for a, b in zip(rows, rows2))
                table.append(("leiden 2 iterations", f"ours Leiden Iterations=2, 2 threads (same partition as 1 thread: {same})", rows2))
            if "leidenalg" not in skip and g.ecount() <= args.leidenalg_max_edges:
                import leidenalg
                table.append(("leiden 2 iterations", "leidenalg find_partition(ModularityVertexPartition) [n_iterations=2]",
                              run_peer(g, lambda s: leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, seed=s).membership, runs)))
            if "multilevel" not in skip:
                table.append(("louvain", "igraph community_multilevel", run_peer(g, lambda s: g.community_multilevel().membership, runs)))
            rows, cmd4 = run_ours(path, ["--algorithm", "louvain", "--threads", "1"], runs, tmp)
            table.append(("louvain", "ours Louvain, 1 thread", rows))
            if "ours_lpa" not in skip:
                table.append(("lpa", "igraph community_label_propagation", run_peer(g, lambda s: g.community_label_propagation().membership, runs)))
                rows, cmd5 = run_ours(path, ["--algorithm", "lpa"], runs, tmp)
                table.append(("lpa", "ours label propagation", rows))
        print("| task | implementation | wall median [min–max] | CPU median | × igraph (wall) | × igraph (CPU) | modularity median [min–max] | k | NMI |")
        print("|---|---|---|---|---:|---:|---|---|---|")
        base = {}
        for task, label, rows in table:
            walls = [r[0] for r in rows]
            cpus = [r[1] for r in rows]
            scores = [score(g, r[2], truth) for r in rows]
            qs = [s[0] for s in scores]
            ks = [s[1] for s in scores]
            nmis = [s[2] for s in scores if s[2] is not None]
            if label.startswith("igraph") and task not in base:
                base[task] = (statistics.median(walls), statistics.median(cpus))
            bw, bc = base.get(task, (float("nan"), float("nan")))
            nmi_s = f"{statistics.median(nmis):.3f}" if nmis else "-"
            print(f"| {task} | {label} | {fmt_t(statistics.median(walls))} [{fmt_t(min(walls))}–{fmt_t(max(walls))}] | "
                  f"{fmt_t(statistics.median(cpus))} | {statistics.median(walls) / bw:.2f} | {statistics.median(cpus) / bc:.2f} | "
                  f"{statistics.median(qs):.4f} [{min(qs):.4f}–{max(qs):.4f}] | {int(statistics.median(ks))} | {nmi_s} |")
        print(f"\nour commands: `{cmd1}`; `{cmd2}`; `{cmd4}` (membership files scored by igraph Graph.modularity)")
        if args.memory:
            py = ("import igraph as ig, random; random.seed(1); "
                  f"g = ig.Graph.Read_Edgelist({path!r}, directed=False); "
                  "g.community_leiden(objective_function='modularity', n_iterations=-1)")
            ig_mb = peak_rss_mb(["/usr/bin/python3", "-c", py])
            our_mb = peak_rss_mb(["dotnet", DLL, "communities", "--edges", path, "--iterations", "1", "--threads", "1",
                                  "--random-seed", "1"])
            our2_mb = peak_rss_mb(["dotnet", DLL, "communities", "--edges", path, "--iterations", "2", "--threads", "1",
                                   "--random-seed", "1"])
            print(f"\npeak RSS (/usr/bin/time -v), load + Leiden: igraph (1 iteration) {ig_mb:.0f} MB; "
                  f"ours Iterations=1 {our_mb:.0f} MB; ours Iterations=2 {our2_mb:.0f} MB")
    print(f"\nload average at end: {open('/proc/loadavg').read().strip()}")


if __name__ == "__main__":
    main()

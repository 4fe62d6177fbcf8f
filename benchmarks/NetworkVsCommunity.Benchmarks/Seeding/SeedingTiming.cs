using System.Diagnostics;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks.Seeding;

/// <summary>
/// Stopwatch timing mode for the seeding targets (IMM on sbm_1m, RR-set rate against ic_ref), run as
/// <c>dotnet run -c Release -- seeding-timing rr|imm|opimc EDGES MODEL [threads] [sets or k]</c> where MODEL is a
/// probability (IC uniform), <c>wc</c> (weighted cascade) or <c>lt</c>; <c>seeding-timing safeguard ...</c> is
/// <see cref="SafeguardTiming"/>.
/// </summary>
public static class SeedingTiming
{
    /// <summary>Runs the timing mode.</summary>
    public static int Run(string[] args)
    {
        string what = args[1];
        if (what == "safeguard")
        {
            return SafeguardTiming.Run(args);
        }
        string path = args[2];
        DiffusionModel model = args[3] switch
        {
            "wc" => new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.WeightedCascade },
            "lt" => LinearThresholdModel.Default,
            string p => new IndependentCascadeModel { Probability = double.Parse(p, CultureInfo.InvariantCulture) },
        };
        int threads = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0;
        var sw = Stopwatch.StartNew();
        CsrGraph graph = LoadEdges(path);
        Console.WriteLine($"load {path}: n={graph.NodeCount} m={graph.EdgeCount} in {sw.Elapsed.TotalSeconds:F2} s");
        if (what == "rr")
        {
            long sets = args.Length > 5 ? long.Parse(args[5], CultureInfo.InvariantCulture) : 20_000_000;
            foreach (bool perArc in new[] { true, false })
            {
                var sampler = new ReverseReachableSampler(graph, SeedingModel.Create(graph, model, "model"), perArc);
                for (int trial = 0; trial < 3; trial++)
                {
                    var c = new ReverseReachableSetCollection(sampler, 12345, 0, threads);
                    sw.Restart();
                    c.ExtendTo(sets, null, "", 0, 1, CancellationToken.None);
                    double s = sw.Elapsed.TotalSeconds;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"RR {(perArc ? "per-arc coins" : "geometric skip")} threads={threads}: {sets} sets in {s:F3} s = {sets / s / 1e6:F2} M sets/s, in-arcs {c.ArcsVisited / s / 1e6:F1} M/s, mean size {(double)c.TotalSize / sets:F3}, stored {c.StoredCount}"));
                }
            }
            return 0;
        }
        int k = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 50;
        sw.Restart();
        var clock = Stopwatch.StartNew();
        string lastStage = "";
        int lastTenth = -1;
        var progress = new Progress<AnalysisProgress>(p =>
        {
            int tenth = (int)(p.Fraction * 20);
            if (p.Stage != lastStage || tenth != lastTenth)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  [{clock.Elapsed.TotalSeconds:F1} s, cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s] {p.Stage} {p.Completed}/{p.Total}"));
                lastStage = p.Stage;
                lastTenth = tenth;
            }
        });
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var immOptions = new ImmOptions { SeedCount = k, Epsilon = 0.1, Ell = 1, Model = model, RandomSeed = 1, MaxDegreeOfParallelism = threads };
        if (what == "opimc")
        {
            OpimCResult o = InfluenceMaximization.OpimC(graph, immOptions, progress);
            double opimCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            double opimWall = sw.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"OPIM-C k={k} eps=0.1 ell=1 {model} threads={threads}: {opimWall:F2} s wall, {opimCpu:F2} s CPU; spread {o.EstimatedSpread:F1} (lower {o.SpreadLowerBound:F1}, OPT upper {o.OptimumUpperBound:F1}), certified ratio {o.ApproximationRatio:F4} (bounds {o.BoundRatio:F4}, target {o.TargetRatio:F4}), rounds {o.Iterations}/{o.MaxIterations} (certified at {o.CertifiedAtIteration}, {o.ImprovementRounds} improvement), winner {o.Winner}, RR sets 2 x {o.DrawnRRSetCount} (theta_max {o.MaxRRSetCount}), mean RR size {o.MeanRRSetSize:F3}; first seeds {string.Join(",", o.SeedNodes.Take(5))}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB"));
            return 0;
        }
        ImmResult r = InfluenceMaximization.Imm(graph, immOptions, progress);
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        double t = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"IMM k={k} eps=0.1 {model} threads={threads}: {t:F2} s wall, {cpu:F2} s CPU; spread {r.EstimatedSpread:F1}, LB {r.LowerBound:F1}, theta {r.RRSetCount}, sampling sets {r.SamplingRRSetCount}, mean RR size {r.MeanRRSetSize:F3}; first seeds {string.Join(",", r.SeedNodes.Take(5))}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB"));
        return 0;
    }

    /// <summary>A minimal fast reader of the peers' <c>u v</c> edge files (undirected, 0-based, no header).</summary>
    public static CsrGraph LoadEdges(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var sources = new List<int>(1 << 20);
        var targets = new List<int>(1 << 20);
        int max = -1;
        int i = 0;
        while (i < bytes.Length)
        {
            while (i < bytes.Length && (bytes[i] < '0' || bytes[i] > '9'))
            {
                i++;
            }
            if (i >= bytes.Length)
            {
                break;
            }
            int u = 0;
            while (bytes[i] >= '0' && bytes[i] <= '9')
            {
                u = u * 10 + bytes[i++] - '0';
            }
            while (bytes[i] == ' ' || bytes[i] == '\t')
            {
                i++;
            }
            int v = 0;
            while (i < bytes.Length && bytes[i] >= '0' && bytes[i] <= '9')
            {
                v = v * 10 + bytes[i++] - '0';
            }
            while (i < bytes.Length && bytes[i] != '\n')
            {
                i++;
            }
            sources.Add(u);
            targets.Add(v);
            max = Math.Max(max, Math.Max(u, v));
        }
        var b = new GraphBuilder(directed: false, weighted: false, edgeCapacity: sources.Count);
        b.EnsureNodeCount(max + 1);
        for (int e = 0; e < sources.Count; e++)
        {
            b.AddEdge(sources[e], targets[e]);
        }
        return b.Build();
    }
}

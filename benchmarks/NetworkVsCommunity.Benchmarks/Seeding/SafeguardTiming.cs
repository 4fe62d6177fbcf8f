using System.Diagnostics;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks.Seeding;

/// <summary>
/// Issue 18's table: <c>seeding-timing safeguard GRAPH P THREADS K RUNS [celf]</c>, where GRAPH is an edge file or
/// <c>hk:N:M:TRIAD:SEED</c> (a Holme–Kim graph), P the IC probability. Picks with OPIM-C (default, with the safeguard),
/// OPIM-C as published (no baselines, no improvement rounds) at ε = 0.1 and 0.02, top-degree and optionally CELF, then
/// scores them all on the same RUNS live-edge worlds (common random numbers) with paired differences against top-degree.
/// </summary>
public static class SafeguardTiming
{
    /// <summary>Runs the mode.</summary>
    public static int Run(string[] args)
    {
        string source = args[2];
        double p = double.Parse(args[3], CultureInfo.InvariantCulture);
        int threads = int.Parse(args[4], CultureInfo.InvariantCulture);
        int k = int.Parse(args[5], CultureInfo.InvariantCulture);
        int runs = int.Parse(args[6], CultureInfo.InvariantCulture);
        bool celf = args.Length > 7 && args[7] == "celf";
        var sw = Stopwatch.StartNew();
        CsrGraph graph;
        if (source.StartsWith("hk:", StringComparison.Ordinal))
        {
            string[] f = source.Split(':');
            graph = RandomGraphs.HolmeKim(new HolmeKimOptions
            {
                NodeCount = int.Parse(f[1], CultureInfo.InvariantCulture),
                EdgesPerNode = int.Parse(f[2], CultureInfo.InvariantCulture),
                TriadProbability = double.Parse(f[3], CultureInfo.InvariantCulture),
                RandomSeed = long.Parse(f[4], CultureInfo.InvariantCulture),
            }).Graph;
        }
        else
        {
            graph = SeedingTiming.LoadEdges(source);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"graph {source}: n={graph.NodeCount} m={graph.EdgeCount} max degree {graph.MaxDegree} in {sw.Elapsed.TotalSeconds:F2} s"));
        DiffusionModel model = new IndependentCascadeModel { Probability = p };
        var candidates = new List<SeedSetCandidate>();
        var basis = new ImmOptions { SeedCount = k, Model = model, RandomSeed = 1, MaxDegreeOfParallelism = threads };
        sw.Restart();
        HeuristicSeedingResult degree = SeedingHeuristics.Degree(graph, new HeuristicSeedingOptions { SeedCount = k });
        candidates.Add(new SeedSetCandidate("degree", degree.SeedNodes));
        foreach ((string name, ImmOptions options) in new[]
        {
            ("OPIM-C default (safeguard)", basis),
            ("OPIM-C published, eps=0.1", basis with { CompareBaselines = false, ImprovementRRSetLimit = 0 }),
            ("OPIM-C published, eps=0.05", basis with { Epsilon = 0.05, CompareBaselines = false, ImprovementRRSetLimit = 0 }),
            ("OPIM-C published, eps=0.02", basis with { Epsilon = 0.02, CompareBaselines = false, ImprovementRRSetLimit = 0 }),
        })
        {
            sw.Restart();
            OpimCResult r = InfluenceMaximization.OpimC(graph, options);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {sw.Elapsed.TotalSeconds:F2} s; winner {r.Winner}, 2 x {r.DrawnRRSetCount} RR sets, certified at round {r.CertifiedAtIteration}, {r.ImprovementRounds} improvement rounds, ratio {r.ApproximationRatio:F4}; estimate {r.EstimatedSpread:F1}"));
            foreach (SeedSetCandidateScore c in r.Candidates)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    candidate {c.Name}: {c.EstimatedSpread:F1} ± {c.StandardError:F1} (lower {c.SpreadLowerBound:F1}, eligible {c.Eligible})"));
            }
            candidates.Add(new SeedSetCandidate(name, r.SeedNodes));
        }
        if (celf)
        {
            sw.Restart();
            var oracle = new MonteCarloSpreadOracle(graph, model, 1000, 2, threads);
            GreedySeedingResult g = GreedySeeding.Celf(graph, oracle, new GreedySeedingOptions { SeedCount = k });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CELF over 1000 worlds: {sw.Elapsed.TotalSeconds:F2} s"));
            candidates.Add(new SeedSetCandidate("CELF (1000 worlds)", g.SeedNodes));
        }
        sw.Restart();
        SeedingComparisonResult cmp = SeedingComparison.Compare(graph, candidates,
            new SeedingComparisonOptions { Model = model, Runs = runs, RandomSeed = 3, MaxDegreeOfParallelism = threads });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"comparison over {runs} common-random-number runs: {sw.Elapsed.TotalSeconds:F2} s"));
        Console.WriteLine("| pick | expected adopters | 95 % CI | minus top-degree (paired) | 95 % CI |");
        Console.WriteLine("|---|---:|---|---:|---|");
        foreach (StrategyOutcome o in cmp.Strategies)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {o.Name} | {o.Spread.Mean:F1} | [{o.Spread.Lower:F1}, {o.Spread.Upper:F1}] | {o.SpreadVersusBaseline.Mean:+0.0;-0.0;0.0} | [{o.SpreadVersusBaseline.Lower:F1}, {o.SpreadVersusBaseline.Upper:F1}] |"));
        }
        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks.Seeding;

/// <summary>
/// Stopwatch timing mode for the resonance search (issue #16), run as
/// <c>dotnet run -c Release -- resonance-timing GRAPH K [exact|fast] [candidates] [θ]</c> (or <c>GRAPH write PATH</c> to
/// write the generated graph as an edge list) where GRAPH is <c>hk:N:M:P:SEED</c>
/// (Holme–Kim), <c>lfr:N:SEED[:AVGDEGREE[:MU]]</c> (LFR, paper defaults otherwise) or an edge-list path. Prints the incremental search's
/// wall time, its pick's final adoption under θ = 2 threshold contagion beside the top-degree and top-PageRank picks,
/// and with <c>exact</c> the exact greedy's time and value.
/// </summary>
public static class ResonanceTiming
{
    /// <summary>Runs the timing mode.</summary>
    public static int Run(string[] args)
    {
        var sw = Stopwatch.StartNew();
        CsrGraph graph = Load(args[1]);
        if (args[2] == "write")
        {
            // Writes the generated graph as an edge list for the CLI timings (`nvc seed FILE ...`).
            using var writer = new StreamWriter(args[3]);
            for (int u = 0; u < graph.NodeCount; u++)
            {
                foreach (int v in graph.Neighbors(u))
                {
                    if (u < v)
                    {
                        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{u} {v}"));
                    }
                }
            }
            return 0;
        }
        int threshold = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 2;
        int k = int.Parse(args[2], CultureInfo.InvariantCulture);
        bool exact = args.Length > 3 && args[3] == "exact";
        int cap = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : ResonanceSeedingOptions.Default.CandidatesPerRound;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph {args[1]}: n={graph.NodeCount} m={graph.EdgeCount} in {sw.Elapsed.TotalSeconds:F2} s"));
        var options = new ResonanceSeedingOptions { SeedCount = k, Threshold = threshold, CandidatesPerRound = cap };
        sw.Restart();
        ResonanceSeedingResult fast = ResonanceSeeding.IncrementalGreedy(graph, options);
        double fastSeconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"incremental greedy k={k} θ={threshold} cap={cap}: {fastSeconds:F2} s; adopters {fast.Outcome.Adopters}, reinforced {fast.Outcome.ReinforcedAdopters}; {fast.Guarantee}"));
        var heuristic = new HeuristicSeedingOptions { SeedCount = k };
        sw.Restart();
        HeuristicSeedingResult degree = SeedingHeuristics.Degree(graph, heuristic);
        HeuristicSeedingResult pageRank = SeedingHeuristics.PageRank(graph, heuristic);
        ThresholdOutcome d = ResonanceSeeding.Evaluate(graph, degree.SeedNodes.AsSpan(), options);
        ThresholdOutcome p = ResonanceSeeding.Evaluate(graph, pageRank.SeedNodes.AsSpan(), options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"top-degree: adopters {d.Adopters}, reinforced {d.ReinforcedAdopters}; top-PageRank: adopters {p.Adopters}, reinforced {p.ReinforcedAdopters} ({sw.Elapsed.TotalSeconds:F2} s)"));
        sw.Restart();
        ResonanceSeedingResult complex = ResonanceSeeding.ComplexNeighbourhoods(graph, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"complex-centrality neighbourhoods: adopters {complex.Outcome.Adopters}, reinforced {complex.Outcome.ReinforcedAdopters} ({sw.Elapsed.TotalSeconds:F2} s)"));
        if (exact)
        {
            sw.Restart();
            ResonanceSeedingResult reference = ResonanceSeeding.Greedy(graph, options);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exact greedy: {sw.Elapsed.TotalSeconds:F2} s; adopters {reference.Outcome.Adopters}, reinforced {reference.Outcome.ReinforcedAdopters}; same picks: {reference.SeedNodes.SequenceEqual(fast.SeedNodes)}"));
        }
        return 0;
    }

    private static CsrGraph Load(string spec)
    {
        string[] parts = spec.Split(':');
        return parts[0] switch
        {
            "hk" => RandomGraphs.HolmeKim(new HolmeKimOptions
            {
                NodeCount = int.Parse(parts[1], CultureInfo.InvariantCulture),
                EdgesPerNode = int.Parse(parts[2], CultureInfo.InvariantCulture),
                TriadProbability = double.Parse(parts[3], CultureInfo.InvariantCulture),
                RandomSeed = long.Parse(parts[4], CultureInfo.InvariantCulture),
            }).Graph,
            "lfr" => RandomGraphs.Lfr(new LfrOptions
            {
                NodeCount = int.Parse(parts[1], CultureInfo.InvariantCulture),
                RandomSeed = long.Parse(parts[2], CultureInfo.InvariantCulture),
                AverageDegree = parts.Length > 3 ? double.Parse(parts[3], CultureInfo.InvariantCulture) : LfrOptions.Default.AverageDegree,
                Mixing = parts.Length > 4 ? double.Parse(parts[4], CultureInfo.InvariantCulture) : LfrOptions.Default.Mixing,
            }).Graph,
            _ => SeedingTiming.LoadEdges(spec),
        };
    }
}

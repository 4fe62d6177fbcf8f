using System.Diagnostics;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;

/// <summary>
/// Quick wall-clock figures of the metric suite on one plain "u v" edge file with an optional "node community" labels file:
/// <c>dotnet NetworkVsCommunity.Benchmarks.dll centrality-timing --metrics FILE [LABELS]</c>. Prints one line per metric (single run,
/// seconds); for cost estimates at scale, not a benchmark.
/// </summary>
internal static class MetricTiming
{
    public static int Run(string[] args)
    {
        var graph = CentralityTiming.LoadEdgeFile(args[1]);
        int n = graph.NodeCount;
        int[] labels = args.Length > 2
            ? [.. File.ReadLines(args[2]).Where(l => l.Length > 0).Select(l => int.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture))]
            : new int[n];
        var partition = Partition.FromMembership(labels);
        int[] sharers = [.. Enumerable.Range(0, 20).Select(i => (int)((long)i * n / 20))];
        bool[] employee = [.. Enumerable.Range(0, n).Select(v => v % 10 != 0)];
        var model = new IndependentCascadeModel { Probability = 0.05 };
        var sampling = new SamplingOptions { Runs = 100, RandomSeed = 1 };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph {args[1]}: {n} nodes, {graph.EdgeCount} edges, {partition.CommunityCount} communities; {Environment.ProcessorCount} processors"));
        Time("SPR-1/2 UniqueReach (20 sharers, h = 2)", () => SpreadMetrics.UniqueReach(graph, sharers, 2).UniqueReach);
        Time("SPR-3 ExpectedSpread (20 sharers, p = 0.05, R = 100)", () => SpreadMetrics.ExpectedSpread(graph, sharers, model, sampling).Mean);
        Time("ATT-2 SpreadShapley (20 sharers, R = 100)", () => FairCredit.SpreadShapley(graph, sharers, model, sampling).Value);
        Time("ATT-3 ResonanceShapley (20 sharers, R = 100)", () => FairCredit.ResonanceShapley(graph, partition, sharers, model, sampling).Value);
        Time("RES-5 ComplexSurvival (θ = 2)", () => ResonanceMetrics.ComplexSurvival(graph, sharers, 2).Survival);
        Time("RES-6 WideBridges (θ = 2)", () => ResonanceMetrics.WideBridges(graph, partition, 2).WideBridgeCount);
        Time("ROL-1 Cartography", () => RoleAnalysis.Cartography(graph, partition).Participation[0]);
        Time("RSK-3 EpidemicMargin (power iteration)", () => RiskMetrics.EpidemicMargin(graph).LambdaMax);
        Time("RSK-4 ExternalBoundaryConcentration", () => RiskMetrics.ExternalBoundaryConcentration(graph, employee, 10).Share);
        Time("RSK-1/2 BlastRadius (all employees, p = 0.05, R = 10)", () =>
            RiskMetrics.BlastRadius(graph, employee, 0.01, model, sampling with { Runs = 10 }).Max);
        Time("PageRank", () => CentralityMeasures.PageRank(graph).Values[0]);
        Time("Eigenvector centrality", () => CentralityMeasures.EigenvectorCentrality(graph).Values[0]);
        Time("k-core numbers", () => CoreDecomposition.CoreNumbers(graph)[0]);
        return 0;
    }

    private static void Time(string name, Func<double> run)
    {
        var sw = Stopwatch.StartNew();
        double value = run();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {sw.Elapsed.TotalSeconds:F3} s (value {value:G6})"));
    }
}

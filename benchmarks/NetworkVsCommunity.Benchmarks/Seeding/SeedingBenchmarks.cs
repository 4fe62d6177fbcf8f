using BenchmarkDotNet.Attributes;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Seeding;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks.Seeding;

/// <summary>
/// IMM's kernels (RR-set generation, greedy maximum coverage) and CELF on a Monte Carlo oracle, on the seeded catalogue
/// graphs. Run: <c>dotnet run -c Release --project benchmarks/NetworkVsCommunity.Benchmarks -- --filter *SeedingBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SeedingBenchmarks
{
    private CsrGraph _graph = null!;
    private ReverseReachableSampler _sampler = null!;
    private ReverseReachableSetCollection _sets = null!;
    private MonteCarloSpreadOracle _oracle = null!;

    /// <summary>Catalogue graph.</summary>
    [Params("pp-1e4", "ba-1e4")]
    public string Graph { get; set; } = "pp-1e4";

    /// <summary>Arc probabilities: uniform 0.01 or weighted cascade.</summary>
    [Params("ic-0.01", "wc")]
    public string Model { get; set; } = "wc";

    private DiffusionModel Influence => Model == "wc" ? new IndependentCascadeModel { ProbabilitySource = EdgeProbabilitySource.WeightedCascade } : new IndependentCascadeModel { Probability = 0.01 };

    /// <summary>Builds the graph, 200k RR sets for the coverage benchmark and a 200-world oracle.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = GraphCatalog.Get(Graph);
        _sampler = new ReverseReachableSampler(_graph, SeedingModel.Create(_graph, Influence, "model"));
        _sets = new ReverseReachableSetCollection(_sampler, 7, 0, 1);
        _sets.ExtendTo(200_000, null, "", 0, 1, CancellationToken.None);
        _oracle = new MonteCarloSpreadOracle(_graph, Influence, runs: 200, randomSeed: 7, maxDegreeOfParallelism: 1);
    }

    /// <summary>100k RR sets on one thread.</summary>
    [Benchmark]
    public long RRSets100k()
    {
        var c = new ReverseReachableSetCollection(_sampler, 11, 0, 1);
        c.ExtendTo(100_000, null, "", 0, 1, CancellationToken.None);
        return c.ArcsVisited;
    }

    /// <summary>Greedy maximum coverage of 200k RR sets, k = 50.</summary>
    [Benchmark]
    public long GreedyCoverage() => MaxCoverage.Select(_sets, 50, null, CancellationToken.None).Covered;

    /// <summary>CELF, k = 10, over 200 Monte Carlo live-edge worlds.</summary>
    [Benchmark]
    public double CelfMonteCarlo() => GreedySeeding.Celf(_graph, _oracle, new GreedySeedingOptions { SeedCount = 10 }).Spread;
}

using BenchmarkDotNet.Attributes;
using NetworkVsCommunity.Algorithms.Attribution;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Algorithms.Metrics;
using NetworkVsCommunity.Algorithms.Roles;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>The metric suite on a seeded 10 000-node planted-partition graph: per-sample Monte Carlo cost and the deterministic metrics.</summary>
[MemoryDiagnoser]
public class MetricBenchmarks
{
    private CsrGraph _graph = null!;
    private Partition _partition = null!;
    private int[] _sharers = null!;

    /// <summary>Builds the graph, a partition by planted group and 20 sharers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _graph = BenchmarkGraphs.PlantedPartition(10_000, 20, 8, 2, 42);
        _partition = Partition.FromMembership([.. Enumerable.Range(0, 10_000).Select(v => v / 500)]);
        _sharers = [.. Enumerable.Range(0, 20).Select(i => i * 487)];
    }

    /// <summary>SPR-1/2: deduplicated 2-hop reach of 20 sharers.</summary>
    [Benchmark]
    public int UniqueReach() => SpreadMetrics.UniqueReach(_graph, _sharers, 2).UniqueReach;

    /// <summary>SPR-3: σ by 100 live-edge samples (p = 0.1), one thread: the per-sample cost ×100.</summary>
    [Benchmark]
    public double ExpectedSpread100Samples() =>
        SpreadMetrics.ExpectedSpread(_graph, _sharers, new IndependentCascadeModel { Probability = 0.1 }, new SamplingOptions { Runs = 100, RandomSeed = 1, MaxDegreeOfParallelism = 1 }).Mean;

    /// <summary>ATT-2: spread Shapley of 20 sharers over 100 live-edge samples, one thread.</summary>
    [Benchmark]
    public double SpreadShapley100Samples() =>
        FairCredit.SpreadShapley(_graph, _sharers, new IndependentCascadeModel { Probability = 0.1 }, new SamplingOptions { Runs = 100, RandomSeed = 1, MaxDegreeOfParallelism = 1 }).Value;

    /// <summary>ROL-1: z and P of every node.</summary>
    [Benchmark]
    public double Cartography() => RoleAnalysis.Cartography(_graph, _partition).Participation[0];

    /// <summary>RES-6: wide bridges between the 20 planted groups.</summary>
    [Benchmark]
    public int WideBridges() => ResonanceMetrics.WideBridges(_graph, _partition, 2).WideBridgeCount;

    /// <summary>RSK-3: λ_max by power iteration on the CSR.</summary>
    [Benchmark]
    public double EpidemicMarginPower() => RiskMetrics.EpidemicMargin(_graph).LambdaMax;
}

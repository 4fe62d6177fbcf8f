using BenchmarkDotNet.Attributes;
using NetworkVsCommunity;
using NetworkVsCommunity.Algorithms.Generators;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>Generation time of the random graph models and the sample organisation, at 10^3 and 10^4 nodes (employees for the organisation).</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    /// <summary>Number of nodes (employees for the sample organisation).</summary>
    [Params(1_000, 10_000)]
    public int Size { get; set; }

    /// <summary>Planted partition, communities of 100, mean degree 20, μ = 0.2 (geometric skipping).</summary>
    /// <returns>The graph.</returns>
    [Benchmark(Baseline = true)]
    public CsrGraph PlantedPartition() => RandomGraphs.PlantedPartition(GraphCatalog.PlantedPartitionOptions(Size)).Graph;

    /// <summary>Erdős–Rényi G(n, p) with mean degree 20.</summary>
    /// <returns>The graph.</returns>
    [Benchmark]
    public CsrGraph ErdosRenyiGnp() => RandomGraphs.ErdosRenyiGnp(new GnpOptions { NodeCount = Size, EdgeProbability = 20.0 / (Size - 1), RandomSeed = GraphCatalog.RandomSeed }).Graph;

    /// <summary>LFR with the paper's defaults and μ = 0.3.</summary>
    /// <returns>The graph.</returns>
    [Benchmark]
    public CsrGraph Lfr() => RandomGraphs.Lfr(GraphCatalog.LfrOptions(Size)).Graph;

    /// <summary>Barabási–Albert, m = 5.</summary>
    /// <returns>The graph.</returns>
    [Benchmark]
    public CsrGraph BarabasiAlbert() => RandomGraphs.BarabasiAlbert(new BarabasiAlbertOptions { NodeCount = Size, EdgesPerNode = 5, RandomSeed = GraphCatalog.RandomSeed }).Graph;

    /// <summary>Holme–Kim, m = 5, P_t = 0.5.</summary>
    /// <returns>The graph.</returns>
    [Benchmark]
    public CsrGraph HolmeKim() => RandomGraphs.HolmeKim(new HolmeKimOptions { NodeCount = Size, EdgesPerNode = 5, TriadProbability = 0.5, RandomSeed = GraphCatalog.RandomSeed }).Graph;

    /// <summary>Watts–Strogatz, k = 10, β = 0.1.</summary>
    /// <returns>The graph.</returns>
    [Benchmark]
    public CsrGraph WattsStrogatz() => RandomGraphs.WattsStrogatz(new WattsStrogatzOptions { NodeCount = Size, Neighbors = 10, RewiringProbability = 0.1, RandomSeed = GraphCatalog.RandomSeed }).Graph;

    /// <summary>The sample organisation with <see cref="Size"/> employees (about 70 external people each).</summary>
    /// <returns>The network.</returns>
    [Benchmark]
    public EmployeeNetwork SampleOrganization() => NetworkVsCommunity.SampleOrganization.Generate(new SampleOrganizationOptions
    {
        Employees = Size,
        Departments = 10,
        RandomSeed = GraphCatalog.RandomSeed,
    });
}

using BenchmarkDotNet.Attributes;
using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Algorithms.Structure;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>Centralities on seeded planted-partition graphs (n = 1 000 and 10 000, mean degree ≈ 10).</summary>
[MemoryDiagnoser]
public class CentralityBenchmarks
{
    private CsrGraph _graph = null!;

    /// <summary>Number of nodes.</summary>
    [Params(1_000, 10_000)]
    public int Nodes { get; set; }

    /// <summary>Builds the graph.</summary>
    [GlobalSetup]
    public void Setup() => _graph = BenchmarkGraphs.PlantedPartition(Nodes, 20, 8, 2, 42);

    /// <summary>Brandes betweenness (unweighted BFS), all processors.</summary>
    [Benchmark]
    public double Betweenness() => CentralityMeasures.Betweenness(_graph).Values[0];

    /// <summary>PageRank by power iteration.</summary>
    [Benchmark]
    public double PageRank() => CentralityMeasures.PageRank(_graph).Values[0];

    /// <summary>Eigenvector centrality.</summary>
    [Benchmark]
    public double Eigenvector() => CentralityMeasures.EigenvectorCentrality(_graph).Values[0];

    /// <summary>k-core numbers (Batagelj–Zaversnik).</summary>
    [Benchmark]
    public int CoreNumbers() => CoreDecomposition.CoreNumbers(_graph)[0];
}

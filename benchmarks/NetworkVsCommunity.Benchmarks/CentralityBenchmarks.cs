using BenchmarkDotNet.Attributes;
using NetworkVsCommunity.Algorithms.Centrality;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Random;

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
    public int CoreNumbers() => CentralityMeasures.CoreNumbers(_graph)[0];
}

/// <summary>Seeded benchmark inputs.</summary>
internal static class BenchmarkGraphs
{
    /// <summary>A planted-partition graph: <paramref name="communities"/> equal groups, expected internal and external degrees.</summary>
    public static CsrGraph PlantedPartition(int n, int communities, double internalDegree, double externalDegree, ulong randomSeed)
    {
        var rng = Xoshiro256StarStar.ForStream(randomSeed, 0);
        var builder = new GraphBuilder();
        builder.EnsureNodeCount(n);
        int size = n / communities;
        long internalEdges = (long)(n * internalDegree / 2);
        long externalEdges = (long)(n * externalDegree / 2);
        for (long e = 0; e < internalEdges; e++)
        {
            int c = rng.NextInt(communities);
            int u = (c * size) + rng.NextInt(size);
            int v = (c * size) + rng.NextInt(size);
            if (u != v)
            {
                builder.AddEdge(u, v);
            }
        }
        for (long e = 0; e < externalEdges; e++)
        {
            int u = rng.NextInt(n);
            int v = rng.NextInt(n);
            if (u != v)
            {
                builder.AddEdge(u, v);
            }
        }
        return builder.Build();
    }
}

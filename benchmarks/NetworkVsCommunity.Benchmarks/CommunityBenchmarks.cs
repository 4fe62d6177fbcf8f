using BenchmarkDotNet.Attributes;
using NetworkVsCommunity.Algorithms.Communities;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// Leiden, Louvain and label propagation on seeded planted-partition graphs (groups of 100 nodes, mean degree ~20,
/// 30 % of ties leaving the group, as the peers' sbm graphs). Run: <c>dotnet run -c Release --project
/// benchmarks/NetworkVsCommunity.Benchmarks -- --filter *CommunityBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class CommunityBenchmarks
{
    private CsrGraph _graph = null!;

    /// <summary>Number of nodes of the generated graph.</summary>
    [Params(10_000, 100_000)]
    public int Nodes { get; set; }

    /// <summary>Threads for the parallel parts.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>Builds the graph (fixed random seed 2026).</summary>
    [GlobalSetup]
    public void Setup() => _graph = PlantedPartition(Nodes, 100, 20.0, 0.3, 2026);

    /// <summary>Leiden, modularity, 2 iterations.</summary>
    [Benchmark(Baseline = true)]
    public int Leiden() => CommunityDetection.Leiden(_graph, new LeidenOptions { RandomSeed = 1, MaxDegreeOfParallelism = Threads }).Partition.CommunityCount;

    /// <summary>Louvain, modularity, all levels.</summary>
    [Benchmark]
    public int Louvain() => CommunityDetection.Louvain(_graph, new LouvainOptions { RandomSeed = 1, MaxDegreeOfParallelism = Threads }).Partition.CommunityCount;

    /// <summary>Label propagation (sequential; Threads has no effect).</summary>
    [Benchmark]
    public int LabelPropagation() => CommunityDetection.LabelPropagation(_graph, new LabelPropagationOptions { RandomSeed = 1 }).Partition.CommunityCount;

    /// <summary>A planted partition with about n·degree/2 edges, a share <paramref name="mixing"/> of them between groups.</summary>
    internal static CsrGraph PlantedPartition(int n, int groupSize, double degree, double mixing, ulong randomSeed)
    {
        var rng = new Xoshiro256StarStar(randomSeed);
        long edges = (long)(n * degree / 2);
        var builder = new GraphBuilder(edgeCapacity: (int)edges);
        builder.EnsureNodeCount(n);
        int groups = Math.Max(1, n / groupSize);
        for (long e = 0; e < edges; e++)
        {
            int u = rng.NextInt(n);
            int v;
            if (rng.NextDouble() < mixing)
            {
                v = rng.NextInt(n);
            }
            else
            {
                int g = Math.Min(u / groupSize, groups - 1);
                int size = g == groups - 1 ? n - (g * groupSize) : groupSize;
                v = (g * groupSize) + rng.NextInt(size);
            }
            if (u != v)
            {
                builder.AddEdge(u, v);
            }
        }
        return builder.Build();
    }
}

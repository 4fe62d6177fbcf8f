using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// The seeded benchmark catalogue: planted-partition graphs (Condon &amp; Karp, 2001, "Algorithms for graph partitioning on the
/// planted partition model", Random Struct. Algorithms 18(2):116–140, doi:10.1002/1098-2418(200103)18:2&lt;116::AID-RSA1001&gt;3.0.CO;2-2)
/// made by an internal generator until the library's own generators land: n nodes in blocks of <c>blockSize</c>, each node
/// drawing <c>inside</c> partners uniformly in its block and <c>outside</c> uniformly anywhere, from Xoshiro256** with a fixed seed.
/// </summary>
internal static class BenchmarkGraphs
{
    public const ulong RandomSeed = 20261128;

    /// <summary>The catalogue names used as BenchmarkDotNet parameters.</summary>
    public static IEnumerable<string> Names => ["pp-10k", "pp-100k"];

    public static (int N, int BlockSize, int Inside, int Outside) Parameters(string name) => name switch
    {
        "pp-10k" => (10_000, 100, 8, 2),
        "pp-100k" => (100_000, 250, 8, 2),
        _ => throw new ArgumentException($"unknown catalogue graph {name}", nameof(name)),
    };

    /// <summary>The edges of a catalogue graph as parallel arrays.</summary>
    public static (int[] Sources, int[] Targets, int NodeCount) Edges(string name)
    {
        var (n, blockSize, inside, outside) = Parameters(name);
        var rng = Xoshiro256StarStar.ForStream(RandomSeed, 0);
        int m = n * (inside + outside);
        var sources = new int[m];
        var targets = new int[m];
        int e = 0;
        for (int v = 0; v < n; v++)
        {
            int blockStart = v / blockSize * blockSize;
            int size = Math.Min(blockSize, n - blockStart);
            for (int i = 0; i < inside; i++)
            {
                sources[e] = v;
                targets[e++] = blockStart + rng.NextInt(size);
            }
            for (int i = 0; i < outside; i++)
            {
                sources[e] = v;
                targets[e++] = rng.NextInt(n);
            }
        }
        return (sources, targets, n);
    }

    public static CsrGraph Build(string name)
    {
        var (sources, targets, n) = Edges(name);
        var builder = new GraphBuilder(directed: false, weighted: false, sources.Length);
        builder.EnsureNodeCount(n);
        for (int i = 0; i < sources.Length; i++)
        {
            builder.AddEdge(sources[i], targets[i]);
        }
        return builder.Build(new GraphBuildOptions { SelfLoops = SelfLoopPolicy.Remove });
    }

    /// <summary>
    /// A planted-partition graph from the library's generator: <paramref name="communities"/> equal groups with expected
    /// internal degree <paramref name="internalDegree"/> and external degree <paramref name="externalDegree"/>.
    /// </summary>
    public static CsrGraph PlantedPartition(int n, int communities, double internalDegree, double externalDegree, ulong randomSeed)
    {
        int size = n / communities;
        return NetworkVsCommunity.Algorithms.Generators.RandomGraphs.PlantedPartition(new NetworkVsCommunity.Algorithms.Generators.PlantedPartitionOptions
        {
            CommunityCount = communities,
            CommunitySize = size,
            InternalProbability = internalDegree / Math.Max(1, size - 1),
            ExternalProbability = externalDegree / Math.Max(1, n - size),
            RandomSeed = (long)(randomSeed & long.MaxValue),
        }).Graph;
    }
}

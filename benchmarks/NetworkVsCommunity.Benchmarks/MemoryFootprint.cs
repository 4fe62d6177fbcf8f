using System.Globalization;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Benchmarks;

/// <summary>
/// <c>dotnet NetworkVsCommunity.Benchmarks.dll memory [--edges M] [--nodes N]</c>: the managed bytes a built
/// <see cref="CsrGraph"/> holds per stored arc, unweighted and weighted, measured as the difference of
/// <see cref="GC.GetTotalMemory(bool)"/> (after full collections) with and without the graph alive; the builder is gone
/// by then. Defaults: 10,000,000 undirected edges among 1,000,000 nodes (seeded xoshiro256** endpoints). docs/scale.md
/// quotes the figures.
/// </summary>
internal static class MemoryFootprint
{
    public static int Run(string[] args)
    {
        long edges = 10_000_000;
        int nodes = 1_000_000;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--edges":
                    edges = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--nodes":
                    nodes = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine("usage: memory [--edges M] [--nodes N]");
                    return 2;
            }
        }
        CsrGraph? graph = null;
        foreach (bool weighted in new[] { false, true })
        {
            foreach (bool directed in new[] { false, true })
            {
                graph = null; // the previous graph must be dead before the baseline is taken
                long before = GC.GetTotalMemory(forceFullCollection: true);
                graph = Build(nodes, edges, directed, weighted);
                long after = GC.GetTotalMemory(forceFullCollection: true);
                double perArc = (after - before) / (double)graph.ArcCount;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(directed ? "directed" : "undirected"),-10} {(weighted ? "weighted" : "unweighted"),-10} n={graph.NodeCount:N0} edges={graph.EdgeCount:N0} stored arcs={graph.ArcCount:N0} heap={(after - before) / 1048576.0:N0} MiB bytes/arc={perArc:F2} bytes/edge={(after - before) / (double)graph.EdgeCount:F2}"));
                GC.KeepAlive(graph);
            }
        }
        GC.KeepAlive(graph);
        return 0;
    }

    private static CsrGraph Build(int nodes, long edges, bool directed, bool weighted)
    {
        var rng = new Randomness.Xoshiro256StarStar(11);
        var builder = new GraphBuilder(directed, weighted, (int)Math.Min(edges, int.MaxValue));
        builder.EnsureNodeCount(nodes);
        for (long e = 0; e < edges; e++)
        {
            int u = rng.NextInt(nodes);
            int v = rng.NextInt(nodes);
            if (u != v)
            {
                builder.AddEdge(u, v, weighted ? 1.0 + rng.NextInt(5) : 1.0);
            }
        }
        return builder.Build();
    }
}

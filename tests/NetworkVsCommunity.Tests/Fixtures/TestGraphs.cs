using System.Globalization;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Tests.Fixtures;

/// <summary>The shared hand-computable fixtures of METRICS.md §5.0 and the small real graphs of ../shared/peers/data.</summary>
public static class TestGraphs
{
    /// <summary>Builds an undirected (or directed) graph from an edge list.</summary>
    public static CsrGraph FromEdges(int nodeCount, IEnumerable<(int U, int V)> edges, bool directed = false)
    {
        var b = new GraphBuilder(directed);
        b.EnsureNodeCount(nodeCount);
        foreach (var (u, v) in edges)
        {
            b.AddEdge(u, v);
        }
        return b.Build();
    }

    /// <summary>Builds a weighted graph from an edge list.</summary>
    public static CsrGraph FromWeightedEdges(int nodeCount, IEnumerable<(int U, int V, double W)> edges, bool directed = false)
    {
        var b = new GraphBuilder(directed, weighted: true);
        b.EnsureNodeCount(nodeCount);
        foreach (var (u, v, w) in edges)
        {
            b.AddEdge(u, v, w);
        }
        return b.Build();
    }

    /// <summary>Path P_n: 0-1-2-...-(n-1).</summary>
    public static CsrGraph Path(int n, bool directed = false) =>
        FromEdges(n, Enumerable.Range(0, Math.Max(0, n - 1)).Select(i => (i, i + 1)), directed);

    /// <summary>Star with centre 0 and leaves 1..leaves.</summary>
    public static CsrGraph Star(int leaves, bool directed = false) =>
        FromEdges(leaves + 1, Enumerable.Range(1, leaves).Select(i => (0, i)), directed);

    /// <summary>Complete graph K_n.</summary>
    public static CsrGraph Complete(int n) =>
        FromEdges(n, from i in Enumerable.Range(0, n) from j in Enumerable.Range(0, n) where i < j select (i, j));

    /// <summary>Ring of n nodes.</summary>
    public static CsrGraph Ring(int n) => FromEdges(n, Enumerable.Range(0, n).Select(i => (i, (i + 1) % n)));

    /// <summary>Ring lattice: each node tied to its k/2 nearest neighbours on each side (k even).</summary>
    public static CsrGraph RingLattice(int n, int k) =>
        FromEdges(n, from i in Enumerable.Range(0, n) from d in Enumerable.Range(1, k / 2) select (i, (i + d) % n));

    /// <summary>Two triangles {0,1,2} and {3,4,5}, optionally joined by the edge 2-3.</summary>
    public static CsrGraph TwoTriangles(bool joined) =>
        FromEdges(6, new[] { (0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5) }.Concat(joined ? new[] { (2, 3) } : []));

    /// <summary>Barbell: two K4 ({0..3}, {4..7}) joined by the bridge 3-4.</summary>
    public static CsrGraph Barbell() =>
        FromEdges(8, (from i in Enumerable.Range(0, 4) from j in Enumerable.Range(0, 4) where i < j select (i, j))
            .Concat(from i in Enumerable.Range(4, 4) from j in Enumerable.Range(4, 4) where i < j select (i, j))
            .Append((3, 4)));

    /// <summary>
    /// Two K5 ({0..4}, {5..9}) with a bridge of width w. When <paramref name="meetOneNode"/> is true all bridge edges
    /// meet node 5 of the second clique (from nodes 0..w-1); otherwise they join distinct endpoints i -- 5+i.
    /// </summary>
    public static CsrGraph TwoK5WithBridge(int w, bool meetOneNode)
    {
        var edges = (from i in Enumerable.Range(0, 5) from j in Enumerable.Range(0, 5) where i < j select (i, j))
            .Concat(from i in Enumerable.Range(5, 5) from j in Enumerable.Range(5, 5) where i < j select (i, j))
            .Concat(Enumerable.Range(0, w).Select(i => (i, meetOneNode ? 5 : 5 + i)));
        return FromEdges(10, edges);
    }

    /// <summary>Ring of q cliques of size s, consecutive cliques joined by one edge.</summary>
    public static CsrGraph RingOfCliques(int q, int s)
    {
        var edges = new List<(int, int)>();
        for (int c = 0; c < q; c++)
        {
            for (int i = 0; i < s; i++)
            {
                for (int j = i + 1; j < s; j++)
                {
                    edges.Add((c * s + i, c * s + j));
                }
            }
            edges.Add((c * s, ((c + 1) % q * s) + 1));
        }
        return FromEdges(q * s, edges);
    }

    /// <summary>Zachary's karate club (34 nodes, 78 edges), from ../shared/peers/data (networkx 2.8.8 karate_club_graph, unweighted).</summary>
    public static CsrGraph Karate() => LoadEdges("karate.edges");

    /// <summary>The karate club's two factions (Mr. Hi / Officer), as in the networkx 'club' attribute.</summary>
    public static int[] KarateFactions() => LoadLabels("karate.labels");

    /// <summary>Loads one of the fixture edge files (u v [w], 0-based ids).</summary>
    public static CsrGraph LoadEdges(string name)
    {
        string[] lines = File.ReadAllLines(DataPath(name));
        bool weighted = lines.Any(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 3);
        var b = new GraphBuilder(weighted: weighted);
        foreach (string line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }
            int u = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int v = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (weighted)
            {
                b.AddEdge(u, v, double.Parse(parts[2], CultureInfo.InvariantCulture));
            }
            else
            {
                b.AddEdge(u, v);
            }
        }
        return b.Build();
    }

    /// <summary>Loads a labels file (one "node community" per line).</summary>
    public static int[] LoadLabels(string name) =>
        File.ReadAllLines(DataPath(name)).Where(l => l.Length > 0)
            .Select(l => int.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Absolute path of a fixture data file.</summary>
    public static string DataPath(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Data", name);
    /// <summary>
    /// Full random rewiring of an undirected graph (Watts–Strogatz with β = 1): every edge {u, v} keeps u and gets a
    /// uniform random new endpoint (no self-loops, no duplicates), with a fixed random seed.
    /// </summary>
    public static CsrGraph RandomRewiring(CsrGraph graph, ulong randomSeed)
    {
        var rng = new NetworkVsCommunity.Randomness.Xoshiro256StarStar(randomSeed);
        int n = graph.NodeCount;
        var edges = new HashSet<(int, int)>();
        var list = new List<(int, int)>();
        for (int u = 0; u < n; u++)
        {
            foreach (int v in graph.Neighbors(u))
            {
                if (u < v)
                {
                    list.Add((u, v));
                }
            }
        }
        foreach ((int u, int _) in list)
        {
            while (true)
            {
                int w = rng.NextInt(n);
                var e = (Math.Min(u, w), Math.Max(u, w));
                if (w != u && edges.Add(e))
                {
                    break;
                }
            }
        }
        return FromEdges(n, edges);
    }

    /// <summary>A Barabási–Albert preferential-attachment graph: each new node links to m distinct earlier nodes chosen proportionally to degree (fixed random seed).</summary>
    public static CsrGraph PreferentialAttachment(int n, int m, ulong randomSeed)
    {
        var rng = new NetworkVsCommunity.Randomness.Xoshiro256StarStar(randomSeed);
        var ends = new List<int>();
        var edges = new List<(int, int)>();
        for (int v = 0; v <= m; v++)
        {
            for (int u = 0; u < v; u++)
            {
                edges.Add((u, v));
                ends.Add(u);
                ends.Add(v);
            }
        }
        for (int v = m + 1; v < n; v++)
        {
            var targets = new HashSet<int>();
            while (targets.Count < m)
            {
                targets.Add(ends[rng.NextInt(ends.Count)]);
            }
            foreach (int u in targets.OrderBy(x => x))
            {
                edges.Add((u, v));
                ends.Add(u);
                ends.Add(v);
            }
        }
        return FromEdges(n, edges);
    }

    /// <summary>
    /// A sparse random graph for properties: n = <paramref name="minNodes"/> + a draw below <paramref name="nodeRange"/>
    /// nodes and 3n random pairs without self-loops (parallel pairs merge), all drawn from <paramref name="rng"/>.
    /// </summary>
    public static CsrGraph RandomSparse(ref NetworkVsCommunity.Randomness.Xoshiro256StarStar rng, int minNodes, int nodeRange, bool directed = false)
    {
        int n = minNodes + rng.NextInt(nodeRange);
        var edges = new List<(int, int)>();
        for (int e = 0; e < 3 * n; e++)
        {
            edges.Add((rng.NextInt(n), rng.NextInt(n)));
        }
        return FromEdges(n, edges.Where(e => e.Item1 != e.Item2), directed);
    }
}

using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Diffusion;

/// <summary>Graphs and oracles for the diffusion tests.</summary>
internal static class DiffusionFixtures
{
    /// <summary>A seeded random graph (G(n, m)-like: m draws of a pair, self-loops skipped, duplicates merged).</summary>
    public static CsrGraph RandomGraph(int randomSeed, int n, int m, bool directed, bool weighted = false)
    {
        var rng = new Xoshiro256StarStar((ulong)randomSeed);
        var b = new GraphBuilder(directed, weighted);
        b.EnsureNodeCount(n);
        for (int i = 0; i < m; i++)
        {
            int u = rng.NextInt(n);
            int v = rng.NextInt(n);
            if (u == v)
            {
                continue;
            }
            if (weighted)
            {
                b.AddEdge(u, v, 0.25 + rng.NextDouble());
            }
            else
            {
                b.AddEdge(u, v);
            }
        }
        return b.Build();
    }

    /// <summary>
    /// Watts–Strogatz rewiring with β = 1 of the ring lattice (each node tied to its k/2 nearest on each side): every
    /// lattice edge (i, i + d) keeps i and gets a new endpoint drawn uniformly among the nodes that are neither i nor
    /// already tied to i (Watts &amp; Strogatz 1998, Nature 393:440). Seeded.
    /// </summary>
    public static CsrGraph FullyRewiredRingLattice(int n, int k, int randomSeed)
    {
        var rng = new Xoshiro256StarStar((ulong)randomSeed);
        var adjacency = new HashSet<(int, int)>();
        for (int i = 0; i < n; i++)
        {
            for (int d = 1; d <= k / 2; d++)
            {
                adjacency.Add(Key(i, (i + d) % n));
            }
        }
        for (int d = 1; d <= k / 2; d++)
        {
            for (int i = 0; i < n; i++)
            {
                int j = (i + d) % n;
                adjacency.Remove(Key(i, j));
                int t;
                do
                {
                    t = rng.NextInt(n);
                }
                while (t == i || adjacency.Contains(Key(i, t)));
                adjacency.Add(Key(i, t));
            }
        }
        return TestGraphs.FromEdges(n, adjacency.OrderBy(e => e));
    }

    /// <summary>The nodes reachable from the sources along out-arcs (plain BFS), sorted.</summary>
    public static int[] Reachable(CsrGraph g, IEnumerable<int> sources)
    {
        var seen = new bool[g.NodeCount];
        var queue = new Queue<int>();
        foreach (int s in sources)
        {
            if (!seen[s])
            {
                seen[s] = true;
                queue.Enqueue(s);
            }
        }
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            foreach (int v in g.Neighbors(u))
            {
                if (!seen[v])
                {
                    seen[v] = true;
                    queue.Enqueue(v);
                }
            }
        }
        return Enumerable.Range(0, g.NodeCount).Where(v => seen[v]).ToArray();
    }

    /// <summary>BFS distances from the sources (−1 when unreachable).</summary>
    public static int[] Distances(CsrGraph g, IEnumerable<int> sources)
    {
        var dist = Enumerable.Repeat(-1, g.NodeCount).ToArray();
        var queue = new Queue<int>();
        foreach (int s in sources)
        {
            if (dist[s] < 0)
            {
                dist[s] = 0;
                queue.Enqueue(s);
            }
        }
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            foreach (int v in g.Neighbors(u))
            {
                if (dist[v] < 0)
                {
                    dist[v] = dist[u] + 1;
                    queue.Enqueue(v);
                }
            }
        }
        return dist;
    }

    private static (int, int) Key(int a, int b) => a < b ? (a, b) : (b, a);
}

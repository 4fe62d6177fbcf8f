using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Tests.Algorithms.Communities;

/// <summary>Seeded random graphs for the community properties.</summary>
internal static class CommunityGraphs
{
    /// <summary>A G(n, p)-like graph (possibly disconnected, with isolated nodes), optionally weighted and directed; at least one edge.</summary>
    public static CsrGraph Random(int randomSeed, bool weighted = false, bool directed = false)
    {
        var rng = new Xoshiro256StarStar((ulong)randomSeed);
        int n = 2 + rng.NextInt(40);
        double p = 0.02 + (rng.NextDouble() * 0.3);
        var b = new GraphBuilder(directed, weighted);
        b.EnsureNodeCount(n);
        for (int u = 0; u < n; u++)
        {
            for (int v = directed ? 0 : u + 1; v < n; v++)
            {
                if (u != v && rng.NextDouble() < p)
                {
                    b.AddEdge(u, v, weighted ? 0.5 + (rng.NextInt(4) * 0.5) : 1.0);
                }
            }
        }
        if (b.EdgeCount == 0)
        {
            b.AddEdge(0, 1, 1.0);
        }
        return b.Build();
    }

    /// <summary>A planted partition: groups of <paramref name="groupSize"/> nodes, edge probability pIn inside and pOut between.</summary>
    public static CsrGraph PlantedPartition(int groups, int groupSize, double pIn, double pOut, ulong randomSeed, out int[] truth)
    {
        int n = groups * groupSize;
        truth = new int[n];
        for (int v = 0; v < n; v++)
        {
            truth[v] = v / groupSize;
        }
        var rng = new Xoshiro256StarStar(randomSeed);
        var b = new GraphBuilder();
        b.EnsureNodeCount(n);
        for (int u = 0; u < n; u++)
        {
            for (int v = u + 1; v < n; v++)
            {
                if (rng.NextDouble() < (truth[u] == truth[v] ? pIn : pOut))
                {
                    b.AddEdge(u, v);
                }
            }
        }
        return b.Build();
    }

    /// <summary>The graph with nodes renamed by <paramref name="permutation"/> (node v becomes permutation[v]).</summary>
    public static CsrGraph Permute(CsrGraph g, int[] permutation)
    {
        var b = new GraphBuilder(g.IsDirected, g.IsWeighted);
        b.EnsureNodeCount(g.NodeCount);
        for (int v = 0; v < g.NodeCount; v++)
        {
            var targets = g.Neighbors(v);
            var weights = g.NeighborWeights(v);
            for (int i = 0; i < targets.Length; i++)
            {
                if (g.IsDirected || v <= targets[i])
                {
                    b.AddEdge(permutation[v], permutation[targets[i]], weights[i]);
                }
            }
        }
        return b.Build();
    }

    /// <summary>Whether every community induces a connected subgraph (arcs in either direction).</summary>
    public static bool CommunitiesConnected(CsrGraph g, Partition p)
    {
        for (int c = 0; c < p.CommunityCount; c++)
        {
            var members = p.Members(c);
            var seen = new HashSet<int> { members[0] };
            var stack = new Stack<int>();
            stack.Push(members[0]);
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                foreach (int u in g.Neighbors(v))
                {
                    if (p.CommunityOf(u) == c && seen.Add(u))
                    {
                        stack.Push(u);
                    }
                }
                foreach (int u in g.InNeighbors(v))
                {
                    if (p.CommunityOf(u) == c && seen.Add(u))
                    {
                        stack.Push(u);
                    }
                }
            }
            if (seen.Count != members.Length)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the membership is a valid canonical partition of n nodes.</summary>
    public static bool IsValid(Partition p, int n)
    {
        if (p.NodeCount != n)
        {
            return false;
        }
        int next = 0;
        foreach (int c in p.Membership)
        {
            if (c < 0 || c > next)
            {
                return false;
            }
            if (c == next)
            {
                next++;
            }
        }
        return next == p.CommunityCount;
    }

    /// <summary>
    /// n nodes in blocks of <paramref name="blockSize"/>; <paramref name="edges"/> random weighted edges (weights 0.5..4.5),
    /// each inside its first endpoint's block with probability <paramref name="pInside"/>, otherwise uniform.
    /// </summary>
    public static CsrGraph NoisyBlocks(int n, int blockSize, int edges, double pInside, ulong randomSeed, bool directed, bool weighted = true)
    {
        var rng = new Xoshiro256StarStar(randomSeed);
        var b = new GraphBuilder(directed, weighted);
        b.EnsureNodeCount(n);
        for (int e = 0; e < edges; e++)
        {
            int u = rng.NextInt(n);
            int v = rng.NextDouble() < pInside ? Math.Min(n - 1, (u / blockSize * blockSize) + rng.NextInt(blockSize)) : rng.NextInt(n);
            if (u != v)
            {
                double w = 0.5 + rng.NextInt(5);
                if (weighted)
                {
                    b.AddEdge(u, v, w);
                }
                else
                {
                    b.AddEdge(u, v);
                }
            }
        }
        return b.Build();
    }
}

using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Randomness;
using NetworkVsCommunity.Tests.Fixtures;

namespace NetworkVsCommunity.Tests.Algorithms.Metrics;

/// <summary>Small builders for the metric tests: hand-made cascades and seeded random graphs.</summary>
internal static class MetricFixtures
{
    /// <summary>A cascade from (node, step, parent) triples in adoption order (active-neighbour counts left to be recomputed).</summary>
    public static Cascade Cascade(int nodeCount, params (int Node, int Step, int Parent)[] rows) =>
        new(nodeCount, [.. rows.Select(r => r.Node)], [.. rows.Select(r => r.Step)], [.. rows.Select(r => r.Parent)]);

    /// <summary>An Erdős–Rényi style graph G(n, p) drawn from a seeded stream.</summary>
    public static CsrGraph RandomGraph(int n, double p, ulong seed, bool directed = false)
    {
        var rng = Xoshiro256StarStar.ForStream(seed, 0);
        var edges = new List<(int, int)>();
        for (int u = 0; u < n; u++)
        {
            for (int v = directed ? 0 : u + 1; v < n; v++)
            {
                if (u != v && rng.NextDouble() < p)
                {
                    edges.Add((u, v));
                }
            }
        }
        return TestGraphs.FromEdges(n, edges, directed);
    }

    /// <summary>A random labelled tree on n nodes (parent of i drawn below i) as a cascade rooted at 0.</summary>
    public static (Cascade Cascade, int[] Parent) RandomTreeCascade(int n, ulong seed)
    {
        var rng = Xoshiro256StarStar.ForStream(seed, 1);
        var parent = new int[n];
        var depth = new int[n];
        parent[0] = -1;
        for (int i = 1; i < n; i++)
        {
            parent[i] = rng.NextInt(i);
            depth[i] = depth[parent[i]] + 1;
        }
        var order = Enumerable.Range(0, n).OrderBy(i => depth[i]).ThenBy(i => i).ToArray();
        var c = new Cascade(n, [.. order], [.. order.Select(i => depth[i])], [.. order.Select(i => parent[i])]);
        return (c, parent);
    }

    /// <summary>The same tree re-rooted at <paramref name="root"/>, as a cascade.</summary>
    public static Cascade Reroot(int[] parent, int root)
    {
        int n = parent.Length;
        var adj = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            adj[i] = [];
        }
        for (int i = 0; i < n; i++)
        {
            if (parent[i] >= 0)
            {
                adj[i].Add(parent[i]);
                adj[parent[i]].Add(i);
            }
        }
        var nodes = new List<int> { root };
        var steps = new List<int> { 0 };
        var parents = new List<int> { -1 };
        var seen = new bool[n];
        seen[root] = true;
        var depth = new int[n];
        for (int h = 0; h < nodes.Count; h++)
        {
            int u = nodes[h];
            foreach (int v in adj[u].Order())
            {
                if (!seen[v])
                {
                    seen[v] = true;
                    depth[v] = depth[u] + 1;
                    nodes.Add(v);
                    steps.Add(depth[v]);
                    parents.Add(u);
                }
            }
        }
        return new Cascade(n, [.. nodes], [.. steps], [.. parents]);
    }

    public static bool[] AllEmployees(int n) => Enumerable.Repeat(true, n).ToArray();

    public static ImmutableArray<int> Range(int start, int count) => [.. Enumerable.Range(start, count)];
}

using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>
/// The k-core decomposition: the core number (k-shell) of every node, by the Batagelj–Zaversnik bucket algorithm.
/// </summary>
/// <remarks>Thread safety: stateless. Determinism: a pure function of the graph.</remarks>
public static class CoreDecomposition
{
    /// <summary>k-core numbers (coreness) by the Batagelj–Zaversnik bucket algorithm, O(n + m).</summary>
    /// <remarks>
    /// The core number of v is the largest k such that v belongs to a subgraph where every node has degree ≥ k.
    /// Batagelj &amp; Zaversnik 2003, arXiv:cs/0310049 ("An O(m) algorithm for cores decomposition of networks"); the k-shell
    /// predicts influential spreaders (Kitsak et al. 2010, <i>Nature Physics</i> 6:888, doi:10.1038/nphys1746). Degrees ignore
    /// self-loops; a directed graph uses in-degree + out-degree (igraph's mode "all"). The k-shell of K_n is n−1.
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <returns>The core number per node.</returns>
    public static ImmutableArray<int> CoreNumbers(CsrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ImmutableArray.Create(CoreNumbers(graph, countInArcs: graph.IsDirected));
    }

    /// <summary>
    /// The bucket algorithm with a choice of arcs (internal): <paramref name="countInArcs"/> true counts in- and out-arcs
    /// of a directed graph (the public <see cref="CoreNumbers(CsrGraph)"/>); false counts stored out-arcs only, so a directed
    /// node's degree is its out-degree and peeling v lowers its out-neighbours (the k-core seeding heuristic's view). On an
    /// undirected graph both are the usual core numbers.
    /// </summary>
    internal static int[] CoreNumbers(CsrGraph graph, bool countInArcs)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        bool directed = countInArcs;
        var degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++)
        {
            int d = 0;
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                if (targets[a] != v)
                {
                    d++;
                }
            }
            if (directed)
            {
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    if (inSources[a] != v)
                    {
                        d++;
                    }
                }
            }
            degree[v] = d;
            maxDegree = Math.Max(maxDegree, d);
        }
        var bin = new int[maxDegree + 1];
        foreach (int d in degree)
        {
            bin[d]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++)
        {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        var pos = new int[n];
        var vert = new int[n];
        for (int v = 0; v < n; v++)
        {
            pos[v] = bin[degree[v]];
            vert[pos[v]] = v;
            bin[degree[v]]++;
        }
        for (int d = maxDegree; d > 0; d--)
        {
            bin[d] = bin[d - 1];
        }
        if (maxDegree >= 0 && bin.Length > 0)
        {
            bin[0] = 0;
        }
        for (int i = 0; i < n; i++)
        {
            int v = vert[i];
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                Decrease(targets[a], v, degree, bin, pos, vert);
            }
            if (directed)
            {
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    Decrease(inSources[a], v, degree, bin, pos, vert);
                }
            }
        }
        return degree;
    }

    private static void Decrease(int u, int v, int[] degree, int[] bin, int[] pos, int[] vert)
    {
        if (u == v || degree[u] <= degree[v])
        {
            return;
        }
        int du = degree[u];
        int pu = pos[u];
        int pw = bin[du];
        int w = vert[pw];
        if (u != w)
        {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
        }
        bin[du]++;
        degree[u]--;
    }
}

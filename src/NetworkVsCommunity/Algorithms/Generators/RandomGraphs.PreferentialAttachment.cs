using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Generators;

// Barabási–Albert and Holme–Kim: growth by preferential attachment (with triad formation).
public static partial class RandomGraphs
{
    /// <summary>The Barabási–Albert preferential attachment model: each new node joins m distinct existing nodes chosen with probability proportional to degree.</summary>
    /// <param name="options">The model; <see cref="BarabasiAlbertOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph and the seed used.</returns>
    /// <remarks>
    /// <para>Reference: A.-L. Barabási and R. Albert, "Emergence of scaling in random networks", Science 286 (1999) 509–512,
    /// doi:10.1126/science.286.5439.509. Sampling uses the list of edge endpoints (Batagelj &amp; Brandes 2005,
    /// doi:10.1103/PhysRevE.71.036113), O(n·m) expected time.</para>
    /// <para>The process starts from a complete graph on m + 1 nodes, so every node has degree at least m and the graph
    /// has m(m+1)/2 + (n − m − 1)·m edges and is connected. Degrees follow P(k) ∝ k^−3 asymptotically.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph BarabasiAlbert(BarabasiAlbertOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= BarabasiAlbertOptions.Default;
        var graph = PreferentialAttachment(options.NodeCount, options.EdgesPerNode, 0, options.RandomSeed, "Barabási–Albert", progress, cancellationToken, out long seed);
        return new GeneratedGraph(graph, null, seed, [], options with { RandomSeed = seed });
    }

    /// <summary>The Holme–Kim model: preferential attachment with triad formation, giving a power-law degree distribution with tunable clustering.</summary>
    /// <param name="options">The model; <see cref="HolmeKimOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph and the seed used.</returns>
    /// <remarks>
    /// <para>Reference: P. Holme and B. J. Kim, "Growing scale-free networks with tunable clustering", Physical Review E 65,
    /// 026107 (2002), doi:10.1103/PhysRevE.65.026107. Each new node makes one preferential attachment step, then each of
    /// its other m − 1 edges is, with probability P_t, a triad formation step (an edge to a random neighbour of the node
    /// it last attached to preferentially, closing a triangle) and otherwise a preferential attachment step; a triad step
    /// with no free neighbour falls back to preferential attachment (as in the paper and NetworkX's
    /// <c>powerlaw_cluster_graph</c>). Starts from a complete graph on m + 1 nodes; edge count as in Barabási–Albert.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph HolmeKim(HolmeKimOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= HolmeKimOptions.Default;
        CheckProbability("options.TriadProbability", options.TriadProbability);
        var graph = PreferentialAttachment(options.NodeCount, options.EdgesPerNode, options.TriadProbability, options.RandomSeed, "Holme–Kim", progress, cancellationToken, out long seed);
        return new GeneratedGraph(graph, null, seed, [], options with { RandomSeed = seed });
    }

    private static CsrGraph PreferentialAttachment(int n, int m, double triadProbability, long? randomSeed, string stage,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken, out long seed)
    {
        if (m < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.EdgesPerNode", m, "1 or more");
        }
        if (n <= m)
        {
            ThrowHelper.ArgumentOutOfRange("options.NodeCount", n, string.Create(CultureInfo.InvariantCulture, $"more than EdgesPerNode = {m}"));
        }
        long edgeCount = (long)m * (m + 1) / 2 + (long)(n - m - 1) * m;
        if (edgeCount > CsrGraph.MaxArcCount / 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.NodeCount", n, "a graph of at most 1073741795 edges");
        }
        seed = randomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        var endpoints = new int[2 * edgeCount];
        int count = 0;
        var edges = new EdgeCollector((int)edgeCount);
        List<int>[]? adjacency = null;
        if (triadProbability > 0)
        {
            adjacency = new List<int>[n];
            for (int v = 0; v < n; v++)
            {
                adjacency[v] = [];
            }
        }
        for (int u = 0; u <= m; u++)
        {
            for (int v = u + 1; v <= m; v++)
            {
                edges.Add(u, v);
                endpoints[count++] = u;
                endpoints[count++] = v;
                adjacency?[u].Add(v);
                adjacency?[v].Add(u);
            }
        }
        var chosen = new int[m];
        for (int v = m + 1; v < n; v++)
        {
            int picked = 0;
            int lastPreferential = -1;
            while (picked < m)
            {
                int w = -1;
                if (adjacency is not null && lastPreferential >= 0 && rng.NextDouble() < triadProbability)
                {
                    var around = adjacency[lastPreferential];
                    // A random neighbour of the last preferential target that v is not yet joined to.
                    int offset = rng.NextInt(around.Count);
                    for (int t = 0; t < around.Count; t++)
                    {
                        int candidate = around[(offset + t) % around.Count];
                        if (Array.IndexOf(chosen, candidate, 0, picked) < 0)
                        {
                            w = candidate;
                            break;
                        }
                    }
                }
                if (w < 0)
                {
                    do
                    {
                        w = endpoints[rng.NextInt(count)];
                    }
                    while (Array.IndexOf(chosen, w, 0, picked) >= 0);
                    lastPreferential = w;
                }
                chosen[picked++] = w;
            }
            for (int i = 0; i < m; i++)
            {
                int w = chosen[i];
                edges.Add(v, w);
                endpoints[count++] = v;
                endpoints[count++] = w;
                adjacency?[v].Add(w);
                adjacency?[w].Add(v);
            }
            if (v % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new AnalysisProgress(stage, (double)v / n, v, n));
            }
        }
        progress?.Report(new AnalysisProgress(stage, 1, n, n));
        return edges.Build(n, cancellationToken);
    }
}

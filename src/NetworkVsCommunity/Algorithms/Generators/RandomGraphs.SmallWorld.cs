using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Generators;

// Watts–Strogatz and the deterministic ring lattice it starts from.
public static partial class RandomGraphs
{
    /// <summary>The Watts–Strogatz small-world model: a ring lattice whose edges are each rewired with probability β.</summary>
    /// <param name="options">The model; <see cref="WattsStrogatzOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph (n·k/2 edges) and the seed used.</returns>
    /// <remarks>
    /// <para>Reference: D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature 393 (1998)
    /// 440–442, doi:10.1038/30918. For each lattice distance j = 1..k/2 and each node u in order, the edge (u, u + j) is,
    /// with probability β, replaced by (u, w) with w uniform among the nodes not u and not already joined to u (skipped
    /// when u is joined to all). β = 0 gives exactly <see cref="RingLattice(int, int)"/>; β = 1 rewires every edge, the
    /// randomised control of D. Centola and M. Macy, "Complex contagions and the weakness of long ties", AJS 113(3)
    /// (2007) 702–734, doi:10.1086/521848. The edge count stays n·k/2. O(n·k) expected time.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph WattsStrogatz(WattsStrogatzOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= WattsStrogatzOptions.Default;
        int n = options.NodeCount;
        int k = options.Neighbors;
        CheckLattice(n, k, "options.NodeCount", "options.Neighbors");
        CheckProbability("options.RewiringProbability", options.RewiringProbability);
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        double beta = options.RewiringProbability;
        // Adjacency as sorted-free small lists; membership tests scan them (degrees stay near k).
        var adjacency = new List<int>[n];
        for (int u = 0; u < n; u++)
        {
            adjacency[u] = new List<int>(k + 2);
        }
        for (int u = 0; u < n; u++)
        {
            for (int j = 1; j <= k / 2; j++)
            {
                int v = (u + j) % n;
                adjacency[u].Add(v);
                adjacency[v].Add(u);
            }
        }
        long steps = 0;
        for (int j = 1; j <= k / 2; j++)
        {
            for (int u = 0; u < n; u++)
            {
                if (++steps % CheckEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (beta == 0 || rng.NextDouble() >= beta)
                {
                    continue;
                }
                int v = (u + j) % n;
                if (adjacency[u].Count >= n - 1)
                {
                    continue;
                }
                int w;
                do
                {
                    w = rng.NextInt(n);
                }
                while (w == u || adjacency[u].Contains(w));
                adjacency[u].Remove(v);
                adjacency[v].Remove(u);
                adjacency[u].Add(w);
                adjacency[w].Add(u);
            }
        }
        var edges = new EdgeCollector((int)Math.Min((long)n * k / 2, int.MaxValue / 2));
        for (int u = 0; u < n; u++)
        {
            foreach (int v in adjacency[u])
            {
                if (u < v)
                {
                    edges.Add(u, v);
                }
            }
        }
        progress?.Report(new AnalysisProgress("Watts–Strogatz", 1, 1, 1));
        return new GeneratedGraph(edges.Build(n, cancellationToken), null, seed, [], options with { RandomSeed = seed });
    }

    /// <summary>The ring lattice: n nodes on a circle, each joined to its k/2 nearest nodes on each side (deterministic).</summary>
    /// <param name="nodeCount">Number of nodes n, greater than k.</param>
    /// <param name="neighbors">The degree k: even, 2 or more.</param>
    /// <returns>The lattice with n·k/2 edges.</returns>
    /// <remarks>The starting point of Watts &amp; Strogatz (1998, doi:10.1038/30918); the clustered network of Centola &amp; Macy (2007). O(n·k).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">n or k is out of range.</exception>
    public static CsrGraph RingLattice(int nodeCount, int neighbors)
    {
        CheckLattice(nodeCount, neighbors, nameof(nodeCount), nameof(neighbors));
        var edges = new EdgeCollector((int)Math.Min((long)nodeCount * neighbors / 2, int.MaxValue / 2));
        for (int u = 0; u < nodeCount; u++)
        {
            for (int j = 1; j <= neighbors / 2; j++)
            {
                edges.Add(u, (u + j) % nodeCount);
            }
        }
        return edges.Build(nodeCount, CancellationToken.None);
    }

    private static void CheckLattice(int n, int k, string nName, string kName)
    {
        if (k < 2 || (k & 1) == 1)
        {
            ThrowHelper.ArgumentOutOfRange(kName, k, "an even number, 2 or more");
        }
        if (n <= k)
        {
            ThrowHelper.ArgumentOutOfRange(nName, n, string.Create(CultureInfo.InvariantCulture, $"more than {kName} = {k}"));
        }
    }
}

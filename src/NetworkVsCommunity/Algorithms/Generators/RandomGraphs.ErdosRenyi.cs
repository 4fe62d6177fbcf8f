using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Generators;

// Erdős–Rényi G(n, p) and G(n, m).
public static partial class RandomGraphs
{
    /// <summary>The Erdős–Rényi G(n, p) model: each of the n(n−1)/2 possible edges independently with probability p.</summary>
    /// <param name="options">The model; <see cref="GnpOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph and the seed used.</returns>
    /// <remarks>
    /// <para>Sampling skips geometrically over the pairs that get no edge, so the cost is O(n + m) rather than O(n²):
    /// V. Batagelj and U. Brandes, "Efficient generation of large random networks", Physical Review E 71, 036113 (2005),
    /// doi:10.1103/PhysRevE.71.036113. Model: P. Erdős and A. Rényi, "On random graphs I", Publicationes Mathematicae 6
    /// (1959) 290–297; E. N. Gilbert, "Random graphs", Ann. Math. Statist. 30 (1959), doi:10.1214/aoms/1177706098.</para>
    /// <para>Expected edges p·n(n−1)/2.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph ErdosRenyiGnp(GnpOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= GnpOptions.Default;
        CheckCount("options.NodeCount", options.NodeCount, 0);
        CheckProbability("options.EdgeProbability", options.EdgeProbability);
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        int n = options.NodeCount;
        double expected = options.EdgeProbability * n * (n - 1.0) / 2;
        var edges = new EdgeCollector(EstimateCapacity(expected));
        SampleTriangle(ref rng, 0, n, options.EdgeProbability, edges, cancellationToken);
        progress?.Report(new AnalysisProgress("Erdős–Rényi G(n,p)", 1, 1, 1));
        return new GeneratedGraph(edges.Build(n, cancellationToken), null, seed, [], options with { RandomSeed = seed });
    }

    /// <summary>The Erdős–Rényi G(n, m) model: m edges drawn uniformly without replacement from the n(n−1)/2 possible.</summary>
    /// <param name="options">The model; <see cref="GnmOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress reports.</param>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The graph (exactly m edges) and the seed used.</returns>
    /// <remarks>
    /// Distinct pair indices are drawn by rejection (when m exceeds half of the possible edges, the missing edges are drawn
    /// instead), expected O(n + m) time. Reference: P. Erdős and A. Rényi, "On random graphs I", Publicationes
    /// Mathematicae 6 (1959) 290–297.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GeneratedGraph ErdosRenyiGnm(GnmOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= GnmOptions.Default;
        CheckCount("options.NodeCount", options.NodeCount, 0);
        int n = options.NodeCount;
        long pairs = (long)n * (n - 1) / 2;
        if (options.EdgeCount < 0 || options.EdgeCount > pairs)
        {
            ThrowHelper.ArgumentOutOfRange("options.EdgeCount", options.EdgeCount, string.Create(CultureInfo.InvariantCulture, $"0..{pairs} (n(n-1)/2 for n = {n})"));
        }
        if (options.EdgeCount > CsrGraph.MaxArcCount / 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.EdgeCount", options.EdgeCount, string.Create(CultureInfo.InvariantCulture, $"at most {CsrGraph.MaxArcCount / 2} (the largest undirected graph supported)"));
        }
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var rng = Xoshiro256StarStar.ForStream((ulong)seed, 0);
        bool complement = options.EdgeCount > pairs / 2;
        long draw = complement ? pairs - options.EdgeCount : options.EdgeCount;
        var chosen = new HashSet<long>((int)Math.Min(draw, int.MaxValue / 2), PairKeyComparer.Instance);
        long steps = 0;
        while (chosen.Count < draw)
        {
            long k = (long)(rng.NextDouble() * pairs);
            if (k >= pairs)
            {
                k = pairs - 1;
            }
            chosen.Add(k);
            if (++steps % CheckEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        var edges = new EdgeCollector((int)options.EdgeCount);
        if (complement)
        {
            for (long k = 0; k < pairs; k++)
            {
                if (!chosen.Contains(k))
                {
                    PairOf(k, out int i, out int j);
                    edges.Add(i, j);
                }
            }
        }
        else
        {
            long[] sorted = [.. chosen];
            Array.Sort(sorted);
            foreach (long k in sorted)
            {
                PairOf(k, out int i, out int j);
                edges.Add(i, j);
            }
        }
        progress?.Report(new AnalysisProgress("Erdős–Rényi G(n,m)", 1, 1, 1));
        return new GeneratedGraph(edges.Build(n, cancellationToken), null, seed, [], options with { RandomSeed = seed });
    }

    private static void PairOf(long k, out int i, out int j)
    {
        // k enumerates pairs (i, j) with j < i as i(i−1)/2 + j.
        long a = (long)((1 + Math.Sqrt(1 + 8.0 * k)) / 2);
        while (a * (a - 1) / 2 > k)
        {
            a--;
        }
        while ((a + 1) * a / 2 <= k)
        {
            a++;
        }
        i = (int)a;
        j = (int)(k - a * (a - 1) / 2);
    }
}

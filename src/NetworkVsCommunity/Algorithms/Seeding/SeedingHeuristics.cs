using NetworkVsCommunity.Algorithms.Structure;
using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Baseline seeding heuristics: highest out-degree, highest PageRank, highest k-core number, and uniformly random
/// nodes (the baselines of Kempe, Kleinberg &amp; Tardos 2003 and Kitsak et al. 2010).
/// </summary>
/// <remarks>
/// Each ranks the admissible nodes by a score, ties toward the lowest node, and takes the best k that keep within the
/// department quotas. No approximation guarantee. Deterministic except <see cref="RandomNodes"/>, which is a pure
/// function of its random seed.
/// </remarks>
public static class SeedingHeuristics
{
    /// <summary>The k nodes of highest out-degree (degree when undirected): the "high-degree" baseline.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="HeuristicSeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress (one final report).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers.</returns>
    /// <remarks>Kempe, Kleinberg &amp; Tardos, KDD 2003, doi:10.1145/956750.956769 (their "high degree" heuristic). O(n log n).</remarks>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static HeuristicSeedingResult Degree(CsrGraph graph, HeuristicSeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        var score = new double[graph.NodeCount];
        int[] offsets = graph.OffsetsArray;
        for (int v = 0; v < score.Length; v++)
        {
            score[v] = offsets[v + 1] - offsets[v];
        }
        return Pick(graph, score, "Degree", 0, options, progress, cancellationToken);
    }

    /// <summary>The k nodes of highest PageRank on the reversed influence direction (who is listened to by many).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="HeuristicSeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress (one final report).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers.</returns>
    /// <remarks>
    /// Brin &amp; Page 1998 (doi:10.1016/S0169-7552(98)00110-X), power iteration to an L1 change below 1e−10 (at most 200
    /// iterations) on the graph with arcs reversed, so that a node scores high when many influential nodes are its
    /// out-neighbours (the PageRank baseline of Chen, Wang &amp; Wang, KDD 2010). Dangling mass is spread uniformly.
    /// Undirected graphs are symmetric, so the reversal changes nothing. O(iterations·m).
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static HeuristicSeedingResult PageRank(CsrGraph graph, HeuristicSeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        int n = graph.NodeCount;
        // Reversed graph: a node's rank flows to its in-neighbours, i.e. along in-arcs. Walk: from v to a uniform in-neighbour.
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        double d = options.Damping;
        for (int iteration = 0; iteration < 200; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double dangling = 0;
            Array.Clear(next);
            for (int v = 0; v < n; v++)
            {
                int deg = inOffsets[v + 1] - inOffsets[v];
                if (deg == 0)
                {
                    dangling += rank[v];
                    continue;
                }
                double share = rank[v] / deg;
                for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                {
                    next[inSources[a]] += share;
                }
            }
            double teleport = (1 - d) / n + d * dangling / n;
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                double x = teleport + d * next[v];
                change += Math.Abs(x - rank[v]);
                rank[v] = x;
            }
            if (change < 1e-10)
            {
                break;
            }
        }
        return Pick(graph, rank, "PageRank", 0, options, progress, cancellationToken);
    }

    /// <summary>The k nodes of highest k-core number, ties toward higher degree then lower node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="HeuristicSeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress (one final report).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers; scores are core numbers.</returns>
    /// <remarks>
    /// Kitsak et al., "Identification of influential spreaders in complex networks", Nature Physics 6, 2010,
    /// doi:10.1038/nphys1746. Core numbers by the O(n + m) bucket algorithm of Batagelj &amp; Zaversnik (2003,
    /// arXiv:cs/0310049) on the undirected view (out-degree for directed graphs).
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static HeuristicSeedingResult KCore(CsrGraph graph, HeuristicSeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        int[] core = CoreNumbers(graph);
        int[] offsets = graph.OffsetsArray;
        var score = new double[core.Length];
        double scale = graph.MaxDegree + 1.0;
        for (int v = 0; v < core.Length; v++)
        {
            score[v] = core[v] + (offsets[v + 1] - offsets[v]) / scale; // degree breaks ties within a shell
        }
        HeuristicSeedingResult r = Pick(graph, score, "KCore", 0, options, progress, cancellationToken);
        var cores = new double[r.SeedNodes.Length];
        for (int i = 0; i < cores.Length; i++)
        {
            cores[i] = core[r.SeedNodes[i]];
        }
        return r with { Scores = [.. cores] };
    }

    /// <summary>k admissible nodes drawn uniformly at random without replacement (the "random" baseline).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="HeuristicSeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress (one final report).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers; scores are the uniform draws that ordered them.</returns>
    /// <remarks>Each node draws a key from <c>ForStream(RandomSeed, node)</c>; the k smallest keys win, so the draw does not depend on the order of evaluation. O(n log n).</remarks>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static HeuristicSeedingResult RandomNodes(CsrGraph graph, HeuristicSeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var score = new double[graph.NodeCount];
        for (int v = 0; v < score.Length; v++)
        {
            var rng = Xoshiro256StarStar.ForStream(unchecked((ulong)randomSeed), (ulong)v);
            score[v] = 1 - rng.NextDouble(); // larger is chosen first
        }
        return Pick(graph, score, "Random", randomSeed, options with { RandomSeed = randomSeed }, progress, cancellationToken);
    }

    /// <summary>Core numbers counting stored out-arcs only (<see cref="CoreDecomposition"/>, Batagelj–Zaversnik): the usual core numbers on an undirected graph, out-degree peeling on a directed one.</summary>
    internal static int[] CoreNumbers(CsrGraph graph) => CoreDecomposition.CoreNumbers(graph, countInArcs: false);

    private static HeuristicSeedingOptions Validate(CsrGraph graph, HeuristicSeedingOptions? options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= HeuristicSeedingOptions.Default;
        if (options.SeedCount < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.SeedCount", options.SeedCount, "1 or more");
        }
        if (!(options.Damping > 0 && options.Damping < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.Damping", options.Damping, "greater than 0 and less than 1");
        }
        options.Constraints?.Validate(graph.NodeCount, "options.Constraints");
        return options;
    }

    private static HeuristicSeedingResult Pick(CsrGraph graph, double[] score, string method, long randomSeed,
        HeuristicSeedingOptions options, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int n = graph.NodeCount;
        var state = new SeedingConstraintState(n, options.Constraints);
        var order = new int[n];
        for (int v = 0; v < n; v++)
        {
            order[v] = v;
        }
        Array.Sort(order, (a, b) => score[a] != score[b] ? score[b].CompareTo(score[a]) : a.CompareTo(b));
        var chosen = new List<int>(options.SeedCount);
        var scores = new List<double>(options.SeedCount);
        foreach (int v in order)
        {
            if (chosen.Count == options.SeedCount)
            {
                break;
            }
            if (state.CanAdd(v))
            {
                state.Add(v);
                chosen.Add(v);
                scores.Add(score[v]);
            }
        }
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        if (chosen.Count < options.SeedCount)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"Only {chosen.Count} sharers could be chosen under the constraints (SeedCount = {options.SeedCount})."));
        }
        progress?.Report(new AnalysisProgress(method, 1, chosen.Count, chosen.Count));
        return new HeuristicSeedingResult([.. chosen], [.. scores], method, randomSeed, options, diagnostics.ToImmutable());
    }
}

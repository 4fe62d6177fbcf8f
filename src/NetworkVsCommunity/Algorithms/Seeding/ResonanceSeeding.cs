using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Seeding for resonance rather than reach: greedy maximisation of reinforced adoption or of the supporter base under
/// threshold (complex) contagion, and community-clustered versus scattered placement of k sharers.
/// </summary>
/// <remarks>
/// <para>Complex contagion needs several adopting contacts, so sharers placed together inside a community reinforce each
/// other while scattered sharers stall (Centola &amp; Macy, "Complex contagions and the weakness of long ties", AJS 113(3),
/// 2007, doi:10.1086/521848; Centola, "The spread of behavior in an online social network experiment", Science 329,
/// 2010, doi:10.1126/science.1185231). For simple contagion the opposite holds: overlapping neighbourhoods waste reach.</para>
/// <para>All outcomes come from a deterministic synchronous threshold cascade: a node adopts at step t + 1 when at least
/// θ distinct neighbours (in-neighbours when directed) adopted by step t.</para>
/// </remarks>
public static partial class ResonanceSeeding
{
    /// <summary>Greedy selection for the options' resonance objective under threshold contagion.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="ResonanceSeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress, one report per chosen sharer.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers and their outcome.</returns>
    /// <remarks>
    /// <para>Each round adds the feasible node of largest objective gain; ties (in particular the all-zero gains of the first
    /// rounds when θ ≥ 2, since one sharer alone convinces nobody) go to the node with most ties to the sharers already
    /// chosen, then most ties inside its community (all ties without communities), then the lowest node. This makes the
    /// greedy grow a cluster until it ignites.</para>
    /// <para>Threshold objectives are neither submodular nor approximable in general (Chen, "On the approximability of
    /// influence in social networks", SIAM J. Discrete Math. 23(3), 2009, doi:10.1137/08073617X), so no guarantee is
    /// claimed and lazy evaluation is not used. O(k·n·(n + m)); deterministic.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range, or the supporter base is asked without communities.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ResonanceSeedingResult Greedy(CsrGraph graph, ResonanceSeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        int n = graph.NodeCount;
        var sim = new ResonanceEvaluator(graph, options.Threshold, options.Communities, options.SupporterThreshold);
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        int[] tiesToChosen = new int[n];
        int[] internalDegree = InternalDegrees(graph, options.Communities);
        var chosen = new List<int>(k);
        var buffer = new int[k + 1];
        double current = Objective(sim.Run([]), options.Objective);
        while (chosen.Count < k)
        {
            int best = -1;
            double bestGain = double.NegativeInfinity;
            for (int u = 0; u < n; u++)
            {
                if ((u & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (!state.CanAdd(u))
                {
                    continue;
                }
                chosen.CopyTo(buffer);
                buffer[chosen.Count] = u;
                double gain = Objective(sim.Run(buffer.AsSpan(0, chosen.Count + 1)), options.Objective) - current;
                if (IsBetterGreedyChoice(u, gain, best, bestGain, tiesToChosen, internalDegree))
                {
                    best = u;
                    bestGain = gain;
                }
            }
            if (best < 0)
            {
                break;
            }
            state.Add(best);
            chosen.Add(best);
            current += bestGain;
            foreach (int w in graph.Neighbors(best))
            {
                tiesToChosen[w]++;
            }
            progress?.Report(new AnalysisProgress("Resonance greedy", (double)chosen.Count / Math.Max(1, k), chosen.Count, k));
        }
        return Finish(graph, chosen, "Greedy", 0, options, sim, progress,
            "Exact greedy: every feasible node's gain evaluated every round. No approximation ratio: threshold contagion is not submodular (Chen 2009).");
    }

    /// <summary>k sharers placed together: grown as tight clusters inside the densest communities.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="ResonanceSeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress (one final report).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers and their outcome under threshold contagion.</returns>
    /// <remarks>
    /// Communities are visited by decreasing number of internal edges (ties to the lower label; the whole graph is one
    /// community without a partition). In each, the cluster starts at the feasible node with most internal ties and grows by
    /// the node with most ties to the cluster (then most internal ties, then lowest node), up to
    /// <see cref="ResonanceSeedingOptions.SharersPerCommunity"/> sharers, as in Centola's (2010) clustered seeding of
    /// neighbouring nodes. O(k·(n + m)) per community; deterministic.
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static ResonanceSeedingResult Clustered(CsrGraph graph, ResonanceSeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        int n = graph.NodeCount;
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        int[] internalDegree = InternalDegrees(graph, options.Communities);
        Partition communities = options.Communities ?? Partition.FromMembership(new int[n]);
        int q = communities.CommunityCount;
        var internalEdges = new long[q];
        for (int v = 0; v < n; v++)
        {
            internalEdges[communities.CommunityOf(v)] += internalDegree[v];
        }
        var communityOrder = Enumerable.Range(0, q).ToArray();
        Array.Sort(communityOrder, (a, b) => internalEdges[a] != internalEdges[b] ? internalEdges[b].CompareTo(internalEdges[a]) : a.CompareTo(b));
        var chosen = new List<int>(k);
        var tiesToCluster = new int[n];
        foreach (int c in communityOrder)
        {
            if (chosen.Count >= k)
            {
                break;
            }
            cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<int> members = communities.Members(c);
            int placed = 0;
            var touched = new List<int>();
            while (chosen.Count < k && placed < options.SharersPerCommunity)
            {
                int best = -1;
                foreach (int u in members)
                {
                    if (!state.CanAdd(u))
                    {
                        continue;
                    }
                    if (best < 0 || tiesToCluster[u] > tiesToCluster[best] ||
                        (tiesToCluster[u] == tiesToCluster[best] && internalDegree[u] > internalDegree[best]))
                    {
                        best = u;
                    }
                }
                if (best < 0)
                {
                    break;
                }
                state.Add(best);
                chosen.Add(best);
                placed++;
                foreach (int w in graph.Neighbors(best))
                {
                    tiesToCluster[w]++;
                    touched.Add(w);
                }
            }
            foreach (int w in touched)
            {
                tiesToCluster[w] = 0;
            }
        }
        var sim = new ResonanceEvaluator(graph, options.Threshold, options.Communities, options.SupporterThreshold);
        return Finish(graph, chosen, "Clustered", 0, options, sim, progress, "Heuristic placement, no guarantee.");
    }

    /// <summary>k sharers scattered: in random order, avoiding ties to sharers already chosen and, with communities, communities already used.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="options">Options; null for <see cref="ResonanceSeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress (one final report).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers and their outcome under threshold contagion.</returns>
    /// <remarks>
    /// Nodes are visited in the order of keys drawn from <c>ForStream(RandomSeed, node)</c>; a node is taken when it has no
    /// tie to a chosen sharer and its community holds none (relaxed in two passes when too few qualify): Centola's (2010)
    /// random, non-adjacent seeding. O(n log n + m); a pure function of the random seed.
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static ResonanceSeedingResult Scattered(CsrGraph graph, ResonanceSeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options = Validate(graph, options);
        int n = graph.NodeCount;
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        var key = new double[n];
        var order = new int[n];
        for (int v = 0; v < n; v++)
        {
            var rng = Xoshiro256StarStar.ForStream(unchecked((ulong)randomSeed), (ulong)v);
            key[v] = rng.NextDouble();
            order[v] = v;
        }
        Array.Sort(order, (a, b) => key[a] != key[b] ? key[a].CompareTo(key[b]) : a.CompareTo(b));
        var chosen = new List<int>(k);
        var adjacent = new bool[n];
        var usedCommunity = new bool[options.Communities?.CommunityCount ?? 0];
        for (int pass = 0; pass < 3 && chosen.Count < k; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (int v in order)
            {
                if (chosen.Count >= k)
                {
                    break;
                }
                if (!state.CanAdd(v))
                {
                    continue;
                }
                if (pass < 2 && adjacent[v])
                {
                    continue;
                }
                if (pass < 1 && options.Communities is not null && usedCommunity[options.Communities.CommunityOf(v)])
                {
                    continue;
                }
                state.Add(v);
                chosen.Add(v);
                adjacent[v] = true;
                foreach (int w in graph.Neighbors(v))
                {
                    adjacent[w] = true;
                }
                if (options.Communities is not null)
                {
                    usedCommunity[options.Communities.CommunityOf(v)] = true;
                }
            }
        }
        var sim = new ResonanceEvaluator(graph, options.Threshold, options.Communities, options.SupporterThreshold);
        return Finish(graph, chosen, "Scattered", randomSeed, options with { RandomSeed = randomSeed }, sim, progress, "Random placement, no guarantee.");
    }

    /// <summary>The threshold-cascade outcome of a given set of sharers.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers.</param>
    /// <param name="options">Options (threshold, communities, supporter threshold); null for the defaults.</param>
    /// <returns>Adopters, reinforced adopters, supporter base and steps.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node.</exception>
    public static ThresholdOutcome Evaluate(CsrGraph graph, ReadOnlySpan<int> seedNodes, ResonanceSeedingOptions? options = null)
    {
        options = Validate(graph, options);
        foreach (int s in seedNodes)
        {
            ThrowHelper.CheckNode(s, graph.NodeCount, nameof(seedNodes));
        }
        return new ResonanceEvaluator(graph, options.Threshold, options.Communities, options.SupporterThreshold).Run(seedNodes);
    }

    /// <summary>The greedy's choice rule, shared by the exact and the incremental search so that they pick alike: larger
    /// gain, then most ties to the sharers chosen, then most ties inside the community; a later node never wins a full tie.</summary>
    private static bool IsBetterGreedyChoice(int u, double gain, int best, double bestGain, int[] tiesToChosen, int[] internalDegree) =>
        best < 0 || gain > bestGain || (gain == bestGain &&
            (tiesToChosen[u] > tiesToChosen[best] || (tiesToChosen[u] == tiesToChosen[best] && internalDegree[u] > internalDegree[best])));

    internal static double Objective(ThresholdOutcome o, ResonanceObjective objective) => objective switch
    {
        ResonanceObjective.SupporterBase => o.SupporterBase,
        ResonanceObjective.Adopters => o.Adopters,
        _ => o.ReinforcedAdopters,
    };

    private static int[] InternalDegrees(CsrGraph graph, Partition? communities)
    {
        int n = graph.NodeCount;
        var d = new int[n];
        for (int v = 0; v < n; v++)
        {
            foreach (int w in graph.Neighbors(v))
            {
                if (w != v && (communities is null || communities.CommunityOf(w) == communities.CommunityOf(v)))
                {
                    d[v]++;
                }
            }
        }
        return d;
    }

    private static ResonanceSeedingOptions Validate(CsrGraph graph, ResonanceSeedingOptions? options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ResonanceSeedingOptions.Default;
        if (options.SeedCount < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.SeedCount", options.SeedCount, "1 or more");
        }
        if (options.Threshold < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.Threshold", options.Threshold, "1 or more");
        }
        if (options.SupporterThreshold < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.SupporterThreshold", options.SupporterThreshold, "1 or more");
        }
        if (options.CandidatesPerRound < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.CandidatesPerRound", options.CandidatesPerRound, "1 or more");
        }
        if (options.SharersPerCommunity < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.SharersPerCommunity", options.SharersPerCommunity, "1 or more");
        }
        if (!Enum.IsDefined(options.Objective))
        {
            ThrowHelper.ArgumentOutOfRange("options.Objective", options.Objective, "ReinforcedAdopters, SupporterBase or Adopters");
        }
        if (options.Communities is not null && options.Communities.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument("options.Communities", string.Create(CultureInfo.InvariantCulture,
                $"options.Communities covers {options.Communities.NodeCount} nodes; the graph has {graph.NodeCount}."));
        }
        if (options.Objective == ResonanceObjective.SupporterBase && options.Communities is null)
        {
            ThrowHelper.Argument("options.Communities", "options.Objective = SupporterBase needs options.Communities (supporters are counted inside their own community).");
        }
        options.Constraints?.Validate(graph.NodeCount, "options.Constraints");
        return options;
    }

    private static ResonanceSeedingResult Finish(CsrGraph graph, List<int> chosen, string method, long randomSeed,
        ResonanceSeedingOptions options, ResonanceEvaluator sim, IProgress<AnalysisProgress>? progress, string guarantee)
    {
        ThresholdOutcome outcome = sim.Run(chosen.ToArray());
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        if (chosen.Count < options.SeedCount)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"Only {chosen.Count} sharers could be chosen under the constraints (SeedCount = {options.SeedCount}, {graph.NodeCount} nodes)."));
        }
        progress?.Report(new AnalysisProgress("Resonance " + method, 1, chosen.Count, Math.Max(1, chosen.Count)));
        return new ResonanceSeedingResult([.. chosen], outcome, Objective(outcome, options.Objective), method, randomSeed, options, diagnostics.ToImmutable())
        {
            Guarantee = guarantee,
        };
    }
}

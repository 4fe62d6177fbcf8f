using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// Spread (拡散) metrics SPR-1..6 of docs/metrics.md#spread: how far a message travels to an unspecified many, and the
/// Spread-vs-Share profile. All are pure functions of (graph, sharers or cascade, partition, employee mask).
/// </summary>
/// <remarks>
/// Thread safety: stateless; safe to call concurrently. Determinism: deterministic routines are exact; sample-based ones
/// (SPR-3) take a random seed, report it and return identical results for any thread count.
/// </remarks>
public static class SpreadMetrics
{
    /// <summary>
    /// SPR-1 UniqueReach_h(S) and SPR-2 AudienceRedundancy: the deduplicated h-hop audience of the sharers, the vendors'
    /// summed reach and their ratio.
    /// </summary>
    /// <remarks>
    /// <para>UniqueReach_h(S) = |∪_{s∈S} Ball_h(s) ∖ S| where Ball_h(s) is every node within h out-arcs of s. The summed
    /// "potential reach" Σ_s |Ball_h(s) ∖ {s}| counts a contact of k sharers k times; AudienceRedundancy (SPR-2) is their
    /// ratio: 1 for disjoint audiences, |S| for identical ones. High redundancy means overlapping, community-like
    /// audiences. When sharers are not in each other's audience (employees posting to followers) UniqueReach is a coverage
    /// function, monotone and submodular in S; in general, because sharers are not their own audience, adding a sharer who
    /// was already reached can lower it.</para>
    /// <para>Complexity: O(|S| · (|Ball| + arcs in the balls)) time, O(n) memory. Reference: the coverage view of
    /// influence, Kempe, Kleinberg &amp; Tardos 2003, KDD, doi:10.1145/956750.956769.</para>
    /// </remarks>
    /// <param name="graph">The graph (arcs u→v: v can see u's posts).</param>
    /// <param name="seedNodes">The sharers S (duplicates ignored).</param>
    /// <param name="hops">The radius h ≥ 0 (1 = direct contacts). Default 1.</param>
    /// <returns>The reach figures.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node, or <paramref name="hops"/> is negative.</exception>
    public static UniqueReachResult UniqueReach(CsrGraph graph, ReadOnlySpan<int> seedNodes, int hops = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (hops < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(hops), hops, "0 or more");
        }
        int n = graph.NodeCount;
        int[] seeds = MetricSupport.CheckNodes(seedNodes, n, nameof(seedNodes));
        var mark = new int[n];
        var queue = new int[n];
        var depth = new int[n];
        var perSeed = new int[seeds.Length];
        long vendor = 0;
        for (int i = 0; i < seeds.Length; i++)
        {
            int count = MetricSupport.Ball(graph, seeds.AsSpan(i, 1), hops, mark, i + 1, queue, depth);
            perSeed[i] = count - 1;
            vendor += count - 1;
        }
        int all = MetricSupport.Ball(graph, seeds, hops, mark, seeds.Length + 1, queue, depth);
        int unique = all - seeds.Length;
        var diagnostics = ImmutableArray<string>.Empty;
        double redundancy;
        if (unique == 0)
        {
            redundancy = double.NaN;
            diagnostics = ["UniqueReach is 0: the sharers reach nobody outside themselves, so AudienceRedundancy (SPR-2) is undefined (NaN)."];
        }
        else
        {
            redundancy = (double)vendor / unique;
        }
        return new UniqueReachResult(ImmutableArray.Create(seeds), hops, unique, vendor, redundancy, ImmutableArray.Create(perSeed), diagnostics);
    }

    /// <summary>SPR-4 ExternalPenetration: |A ∩ X| / |A ∖ S|, the share of non-sharer adopters outside the company.</summary>
    /// <remarks>
    /// X are the nodes with <c>isEmployee[v] == false</c>; S the cascade's initial sharers. How far the WHAT travels beyond
    /// the company: 0 for a cascade that stays internal, 1 when every newly reached person is external. Defined as 0 when
    /// nobody but the sharers adopted. O(|A|).
    /// </remarks>
    /// <param name="cascade">The cascade.</param>
    /// <param name="isEmployee">One flag per node: true for employees M, false for external people X.</param>
    /// <returns>The share in [0, 1].</returns>
    /// <exception cref="ArgumentException">The mask length differs from the cascade's node count.</exception>
    public static double ExternalPenetration(Cascade cascade, ReadOnlySpan<bool> isEmployee)
    {
        ArgumentNullException.ThrowIfNull(cascade);
        MetricSupport.CheckMask(isEmployee, cascade.NodeCount, nameof(isEmployee));
        var adopters = cascade.Adopters.AsSpan();
        int reached = 0;
        int external = 0;
        for (int i = cascade.InitialSharerCount; i < adopters.Length; i++)
        {
            reached++;
            if (!isEmployee[adopters[i]])
            {
                external++;
            }
        }
        return reached == 0 ? 0 : (double)external / reached;
    }

    /// <summary>SPR-5 CascadeShape: size, depth, maximum breadth and structural virality of the transmission forest.</summary>
    /// <remarks>
    /// <para>The forest is given by the cascade's parents (adopters without a parent are roots). Structural virality
    /// ν(T) is the mean pairwise distance in a tree (Goel, Anderson, Hofman &amp; Watts 2016, <i>Management Science</i>
    /// 62(1):180–196, doi:10.1287/mnsc.2015.2158), computed in O(n) from subtree sizes:
    /// ν = 2/(n(n−1)) Σ_edges s(n−s). A star of n nodes gives 2(n−1)/n (one broadcast), a path (n+1)/3 (person to
    /// person). With several trees the result is their size-weighted mean over trees of 2 or more nodes.</para>
    /// <para>Complexity O(|A|).</para>
    /// </remarks>
    /// <param name="cascade">The cascade.</param>
    /// <returns>The shape.</returns>
    public static CascadeShapeResult CascadeShape(Cascade cascade)
    {
        ArgumentNullException.ThrowIfNull(cascade);
        int k = cascade.Size;
        var adopters = cascade.Adopters.AsSpan();
        var parents = cascade.Parents.AsSpan();
        var position = new Dictionary<int, int>(k);
        for (int i = 0; i < k; i++)
        {
            position[adopters[i]] = i;
        }
        var parentPos = new int[k];
        var depth = new int[k];
        var root = new int[k];
        int maxDepth = 0;
        int trees = 0;
        for (int i = 0; i < k; i++)
        {
            int p = parents[i];
            if (p < 0)
            {
                parentPos[i] = -1;
                depth[i] = 0;
                root[i] = i;
                trees++;
            }
            else
            {
                int pp = position[p];
                parentPos[i] = pp;
                depth[i] = depth[pp] + 1;
                root[i] = root[pp];
                maxDepth = Math.Max(maxDepth, depth[i]);
            }
        }
        var breadth = new int[k == 0 ? 0 : maxDepth + 1];
        for (int i = 0; i < k; i++)
        {
            breadth[depth[i]]++;
        }
        int maxBreadth = 0;
        foreach (int b in breadth)
        {
            maxBreadth = Math.Max(maxBreadth, b);
        }
        var subtree = new long[k];
        for (int i = k - 1; i >= 0; i--)
        {
            subtree[i]++;
            if (parentPos[i] >= 0)
            {
                subtree[parentPos[i]] += subtree[i];
            }
        }
        var edgeSum = new double[k];
        for (int i = 0; i < k; i++)
        {
            if (parentPos[i] >= 0)
            {
                long treeSize = subtree[root[i]];
                edgeSum[root[i]] += subtree[i] * (double)(treeSize - subtree[i]);
            }
        }
        double weighted = 0;
        long weight = 0;
        for (int i = 0; i < k; i++)
        {
            if (parentPos[i] < 0 && subtree[i] >= 2)
            {
                double nt = subtree[i];
                double nu = 2.0 * edgeSum[i] / (nt * (nt - 1));
                weighted += nt * nu;
                weight += subtree[i];
            }
        }
        double virality = weight == 0 ? 0 : weighted / weight;
        return new CascadeShapeResult(k, trees, maxDepth, maxBreadth, ImmutableArray.Create(breadth), virality);
    }

    /// <summary>SPR-6 CommunitySpan: the number of communities touched and the normalised entropy of adopters over them.</summary>
    /// <remarks>
    /// n_C = |{c : A ∩ c ≠ ∅}|, H = −Σ f_c ln f_c with f_c = |A∩c|/|A|, normalised by ln |C| (the partition's community
    /// count; 0 when |C| ≤ 1). A cascade confined to one community gives H = 0; one spread uniformly over all q
    /// communities gives 1. Weng, Menczer &amp; Ahn 2013, <i>Scientific Reports</i> 3:2522, doi:10.1038/srep02522: viral
    /// memes span many communities like simple contagions. O(|A| + |C|).
    /// </remarks>
    /// <param name="cascade">The cascade (all adopters count, sharers included).</param>
    /// <param name="partition">The communities (or org units) of the cascade's nodes.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentException">The partition does not cover the cascade's nodes.</exception>
    public static CommunitySpanResult CommunitySpan(Cascade cascade, Partition partition)
    {
        ArgumentNullException.ThrowIfNull(cascade);
        MetricSupport.CheckPartition(partition, cascade.NodeCount);
        return CommunitySpan(cascade.Adopters.AsSpan(), partition);
    }

    /// <summary>SPR-6 CommunitySpan of an adopter set (see <see cref="CommunitySpan(Cascade, Partition)"/>).</summary>
    /// <param name="adopters">The adopters (distinct nodes).</param>
    /// <param name="partition">The communities.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An adopter is not a node of the partition.</exception>
    public static CommunitySpanResult CommunitySpan(ReadOnlySpan<int> adopters, Partition partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        var membership = partition.Membership;
        var counts = new int[partition.CommunityCount];
        foreach (int v in adopters)
        {
            ThrowHelper.CheckNode(v, membership.Length, nameof(adopters));
            counts[membership[v]]++;
        }
        int touched = 0;
        foreach (int c in counts)
        {
            if (c > 0)
            {
                touched++;
            }
        }
        double h = adopters.Length == 0 ? 0 : MetricSupport.Entropy(counts, adopters.Length);
        double normalized = partition.CommunityCount <= 1 ? 0 : Math.Clamp(h / Math.Log(partition.CommunityCount), 0, 1);
        return new CommunitySpanResult(touched, h, normalized, ImmutableArray.Create(counts));
    }

    /// <summary>SPR-3 ExpectedSpread σ(S) = E|A(S)| under a cascade model (ic, icp, relationship), by live-edge Monte Carlo sampling.</summary>
    /// <remarks>
    /// <para>σ(S) is the mean reach (sharers included) over R live-edge graphs (Kempe, Kleinberg &amp; Tardos 2003, KDD,
    /// doi:10.1145/956750.956769). p = 1 gives the reachable set, p = 0 gives |S|, a path from its end gives Σ_d p^d.</para>
    /// <para>Complexity O(R · m). Deterministic for a given <see cref="SamplingOptions.RandomSeed"/> on any
    /// thread count (sample i is the engine's live-edge world (seed, i); reduction in sample order).</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="model">The cascade model; <see cref="DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs, random seed and threads; <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The estimate with its standard error and the seed used.</returns>
    /// <exception cref="ArgumentException">The model is not a cascade model with independent arcs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node or an option is out of range.</exception>
    public static ExpectedSpreadResult ExpectedSpread(CsrGraph graph, ReadOnlySpan<int> seedNodes, DiffusionModel? model = null,
        SamplingOptions? sampling = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        model ??= DiffusionModel.Default;
        var options = (sampling ?? SamplingOptions.Default).Resolve();
        long seed = options.RandomSeed!.Value;
        var sampler = LiveEdgeSampler.ForModel(graph, model, seed, "ExpectedSpread");
        int[] seeds = MetricSupport.CheckNodes(seedNodes, graph.NodeCount, nameof(seedNodes));
        int r = options.Runs;
        var sizes = new double[r];
        sampler.ForEachSample(r, options.MaxDegreeOfParallelism, (i, scratch) =>
        {
            sampler.Draw(i, scratch);
            sizes[i] = sampler.Reach(seeds, scratch, out _);
        }, cancellationToken);
        progress?.Report(new AnalysisProgress("ExpectedSpread", 1.0, r, r));
        var (mean, se) = MeanAndStandardError(sizes);
        return new ExpectedSpreadResult(mean, se, mean - (1.96 * se), mean + (1.96 * se), r, seed, false, model, options);
    }

    /// <summary>SPR-3 exact σ(S) by enumerating every live-edge configuration (at most 2^20), through the diffusion engine.</summary>
    /// <remarks>
    /// The reference for testing the Monte Carlo estimate (docs/metrics.md). It is
    /// <see cref="DiffusionSimulator.ExactExpectedSpread"/> (one implementation of exact expected spread): one coin per
    /// uncertain edge of an undirected graph with symmetric probabilities, else per uncertain arc; arcs with p ∈ {0, 1} are
    /// fixed. Complexity O(configurations · (n + m)).
    /// </remarks>
    /// <param name="graph">A graph with at most 20 uncertain edges (or arcs).</param>
    /// <param name="seedNodes">The sharers (none gives 0).</param>
    /// <param name="model">The cascade model; <see cref="DiffusionModel.Default"/> when null.</param>
    /// <returns>The exact expectation (standard error 0); <see cref="ExpectedSpreadResult.Runs"/> is the number of configurations.</returns>
    /// <exception cref="ArgumentException">More than 2^20 configurations are needed, or the model is not a cascade model with independent arcs.</exception>
    public static ExpectedSpreadResult ExpectedSpreadExact(CsrGraph graph, ReadOnlySpan<int> seedNodes, DiffusionModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        model ??= DiffusionModel.Default;
        ModelCheck.CascadeModel(model, nameof(model), "ExpectedSpreadExact");
        int[] seeds = MetricSupport.CheckNodes(seedNodes, graph.NodeCount, nameof(seedNodes));
        double expectation = 0;
        long configurations = 1;
        if (seeds.Length > 0)
        {
            ExactSpreadResult exact = DiffusionSimulator.ExactExpectedSpread(graph, seeds, model);
            expectation = exact.ExpectedAdopters;
            configurations = exact.Configurations;
        }
        int runs = (int)Math.Min(configurations, int.MaxValue);
        return new ExpectedSpreadResult(expectation, 0, expectation, expectation, runs, 0, true, model, new SamplingOptions { Runs = runs, RandomSeed = 0 });
    }

    /// <summary>The Spread-vs-Share profile of a cascade: x = SPR-4 × normalised SPR-6, y = RES-1 × RES-3, and its quadrant.</summary>
    /// <remarks>
    /// Network-ness x says how far and how widely the message spread (拡散); community-ness y how much of the adoption was
    /// reinforced by several acquaintances inside one community (共有・共鳴). Report both; never fold them into one score.
    /// A star seeded at its centre sits at y = 0; a clique seeded at two nodes at y = 1, x = 0.
    /// </remarks>
    /// <param name="graph">The graph the cascade ran on.</param>
    /// <param name="cascade">The cascade.</param>
    /// <param name="partition">Communities.</param>
    /// <param name="isEmployee">Employee flags (false = external).</param>
    /// <param name="threshold">An axis value at or above this is "high"; in (0, 1]. Default 0.25.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">Inputs of the wrong size.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in (0, 1].</exception>
    public static SpreadShareProfile Profile(CsrGraph graph, Cascade cascade, Partition partition, ReadOnlySpan<bool> isEmployee, double threshold = 0.25)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!(threshold > 0 && threshold <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(nameof(threshold), threshold, "(0, 1]");
        }
        MetricSupport.CheckCascade(cascade, graph.NodeCount);
        double ext = ExternalPenetration(cascade, isEmployee);
        double h = CommunitySpan(cascade, partition).NormalizedEntropy;
        double res1 = ResonanceMetrics.ReinforcedAdoptionShare(graph, cascade);
        double res3 = ResonanceMetrics.IntraCommunityShare(cascade, partition);
        double x = ext * h;
        double y = res1 * res3;
        var quadrant = (x >= threshold, y >= threshold) switch
        {
            (true, true) => SpreadShareQuadrant.Both,
            (true, false) => SpreadShareQuadrant.Broadcast,
            (false, true) => SpreadShareQuadrant.Evangelism,
            _ => SpreadShareQuadrant.Neither,
        };
        return new SpreadShareProfile(x, y, quadrant, ext, h, res1, res3, threshold);
    }

    internal static (double Mean, double StandardError) MeanAndStandardError(ReadOnlySpan<double> values)
    {
        int r = values.Length;
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }
        double mean = sum / r;
        double ss = 0;
        foreach (double v in values)
        {
            ss += (v - mean) * (v - mean);
        }
        double se = r > 1 ? Math.Sqrt(ss / (r - 1) / r) : 0;
        return (mean, se);
    }
}

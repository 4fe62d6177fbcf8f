using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// Shared-resonance (共有 → 共感・共鳴) metrics RES-1..9 of docs/metrics.md#resonance: exchange among a specific few who know each
/// other, tied to WHO shares. Pure functions of (graph, cascade, partition, employee mask, activity log).
/// </summary>
/// <remarks>
/// Conventions: transmissions are the pairs (parent → adopter) of the cascade; "adopting neighbours at adoption" are the
/// recorded counts when the cascade has them, otherwise the in-neighbours that adopted at a strictly earlier step.
/// Thread safety: stateless.
/// </remarks>
public static class ResonanceMetrics
{
    /// <summary>RES-1 ReinforcedAdoptionShare: the share of non-sharer adopters who had ≥ 2 distinct adopting neighbours when they adopted.</summary>
    /// <remarks>
    /// Multi-source affirmation, the signature of complex contagion (Centola &amp; Macy 2007, <i>AJS</i> 113(3):702–734,
    /// doi:10.1086/521848; Centola 2010, <i>Science</i> 329:1194, doi:10.1126/science.1185231). A cascade along a path
    /// gives 0; in a triangle seeded at two nodes the third counts, giving 1. Defined as 0 when nobody but the sharers
    /// adopted. O(|A| + arcs of adopters) when counts must be recomputed.
    /// </remarks>
    /// <param name="graph">The graph the cascade ran on.</param>
    /// <param name="cascade">The cascade.</param>
    /// <param name="minimumSources">Distinct adopting neighbours that make an adoption "reinforced"; default 2.</param>
    /// <returns>The share in [0, 1].</returns>
    /// <exception cref="ArgumentException">The cascade ran on another node count.</exception>
    public static double ReinforcedAdoptionShare(CsrGraph graph, Cascade cascade, int minimumSources = 2)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckCascade(cascade, graph.NodeCount);
        if (minimumSources < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(minimumSources), minimumSources, "1 or more");
        }
        var (reinforced, total) = ReinforcedCount(graph, cascade, minimumSources);
        return total == 0 ? 0 : (double)reinforced / total;
    }

    internal static (int Reinforced, int Total) ReinforcedCount(CsrGraph graph, Cascade cascade, int minimumSources)
    {
        int[] stepOf = MetricSupport.StepOf(cascade);
        int[] active = MetricSupport.ActiveNeighborCounts(graph, cascade, stepOf);
        int reinforced = 0;
        int total = 0;
        for (int i = cascade.InitialSharerCount; i < active.Length; i++)
        {
            total++;
            if (active[i] >= minimumSources)
            {
                reinforced++;
            }
        }
        return (reinforced, total);
    }

    /// <summary>The neighbourhood overlap O_uv = n_uv / ((k_u − 1) + (k_v − 1) − n_uv) of a pair (Onnela et al. 2007).</summary>
    /// <remarks>
    /// n_uv = |N(u) ∩ N(v)| over out-neighbourhoods without u, v and self-loops. 0 on bridges, 1 inside a clique
    /// (Onnela et al. 2007, <i>PNAS</i> 104(18):7332, doi:10.1073/pnas.0610245104). Defined as 0 when the denominator is 0.
    /// O(min(k_u, k_v) · log max(k_u, k_v)) on the sorted rows.
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="u">A node.</param>
    /// <param name="v">Another node.</param>
    /// <returns>The overlap in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A node is out of range.</exception>
    public static double NeighborhoodOverlap(CsrGraph graph, int u, int v)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ThrowHelper.CheckNode(u, graph.NodeCount);
        ThrowHelper.CheckNode(v, graph.NodeCount);
        return Overlap(graph.OffsetsArray, graph.TargetsArray, u, v);
    }

    internal static double Overlap(int[] offsets, int[] targets, int u, int v)
    {
        // Rows are sorted and free of repeats, so membership is a binary search: the cost is O(min(k_u, k_v) · log max(k_u, k_v)),
        // which keeps transmissions from a hub with thousands of followers cheap.
        int a = offsets[u];
        int aEnd = offsets[u + 1];
        int b = offsets[v];
        int bEnd = offsets[v + 1];
        int ku = aEnd - a - RowContains(targets, a, aEnd, u) - (u == v ? 0 : RowContains(targets, a, aEnd, v));
        int kv = bEnd - b - RowContains(targets, b, bEnd, v) - (u == v ? 0 : RowContains(targets, b, bEnd, u));
        if (aEnd - a > bEnd - b)
        {
            (a, aEnd, b, bEnd) = (b, bEnd, a, aEnd);
        }
        int common = 0;
        for (int x = a; x < aEnd; x++)
        {
            int t = targets[x];
            if (t != u && t != v)
            {
                common += RowContains(targets, b, bEnd, t);
            }
        }
        // k_u − 1 excludes v itself: ku already excludes v, so (k_u − 1) = ku here.
        int denominator = ku + kv - common;
        return denominator <= 0 ? 0 : (double)common / denominator;
    }

    /// <summary>1 when the sorted row targets[start..end) holds <paramref name="node"/>, else 0.</summary>
    internal static int RowContains(int[] targets, int start, int end, int node) =>
        Array.BinarySearch(targets, start, end - start, node) >= 0 ? 1 : 0;

    /// <summary>RES-2 TransmissionEmbeddedness: the mean neighbourhood overlap O_uv over the transmissions (u → v) of the cascade.</summary>
    /// <remarks>
    /// Transmissions inside a clique give 1, across bridges 0: strong, embedded ties carry resonance (Granovetter 1973,
    /// <i>AJS</i> 78(6):1360, doi:10.1086/225469; Onnela et al. 2007). With <paramref name="weightByTieStrength"/> the mean is
    /// weighted by the arc weight w(u→v) (tie strength). Defined as 0 when there are no transmissions.
    /// O(Σ min(k_u, k_v) · log max(k_u, k_v)) over transmissions (sorted rows, binary search).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="cascade">The cascade.</param>
    /// <param name="weightByTieStrength">Weight each transmission by its arc weight (1 when absent). Default false.</param>
    /// <returns>The mean overlap in [0, 1].</returns>
    /// <exception cref="ArgumentException">The cascade ran on another node count.</exception>
    public static double TransmissionEmbeddedness(CsrGraph graph, Cascade cascade, bool weightByTieStrength = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckCascade(cascade, graph.NodeCount);
        var adopters = cascade.Adopters.AsSpan();
        var parents = cascade.Parents.AsSpan();
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < adopters.Length; i++)
        {
            int u = parents[i];
            if (u < 0)
            {
                continue;
            }
            int v = adopters[i];
            double w = 1;
            if (weightByTieStrength && !graph.TryGetEdgeWeight(u, v, out w))
            {
                w = 1;
            }
            sum += w * Overlap(graph.OffsetsArray, graph.TargetsArray, u, v);
            weight += w;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /// <summary>RES-3 IntraCommunityShare: |{(u→v) ∈ T : c(u) = c(v)}| / |T|; its complement is the crossing rate.</summary>
    /// <remarks>
    /// Weng, Menczer &amp; Ahn 2013 (doi:10.1038/srep02522): community-confined cascades behave like complex contagions.
    /// Invariant to relabelling communities. Defined as 0 when there are no transmissions (nothing was passed on). O(|A|).
    /// </remarks>
    /// <param name="cascade">The cascade.</param>
    /// <param name="partition">Communities.</param>
    /// <returns>The share in [0, 1].</returns>
    /// <exception cref="ArgumentException">The partition does not cover the cascade's nodes.</exception>
    public static double IntraCommunityShare(Cascade cascade, Partition partition)
    {
        ArgumentNullException.ThrowIfNull(cascade);
        MetricSupport.CheckPartition(partition, cascade.NodeCount);
        var (intra, total) = IntraCount(cascade, partition.Membership);
        return total == 0 ? 0 : (double)intra / total;
    }

    internal static (int Intra, int Total) IntraCount(Cascade cascade, ReadOnlySpan<int> membership)
    {
        var adopters = cascade.Adopters.AsSpan();
        var parents = cascade.Parents.AsSpan();
        int intra = 0;
        int total = 0;
        for (int i = 0; i < adopters.Length; i++)
        {
            int u = parents[i];
            if (u < 0)
            {
                continue;
            }
            total++;
            if (membership[u] == membership[adopters[i]])
            {
                intra++;
            }
        }
        return (intra, total);
    }

    /// <summary>RES-4 CommunityDepth: for each touched community, |A ∩ c| / |c| and the edge density of G[A ∩ c].</summary>
    /// <remarks>
    /// Deep, dense adoption inside a community is resonance; thin adoption across many is spread. Full adoption of a clique
    /// gives (1, 1); a single adopter has density 0 by convention. Density counts undirected edges over k(k−1)/2
    /// (arcs over k(k−1) when directed); self-loops are ignored. O(Σ_{v∈A} k_v).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="cascade">The cascade.</param>
    /// <param name="partition">Communities.</param>
    /// <returns>The per-community entries and means.</returns>
    /// <exception cref="ArgumentException">Inputs of different sizes.</exception>
    public static CommunityDepthResult CommunityDepth(CsrGraph graph, Cascade cascade, Partition partition)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckCascade(cascade, graph.NodeCount);
        MetricSupport.CheckPartition(partition, graph.NodeCount);
        var membership = partition.Membership;
        int q = partition.CommunityCount;
        var adopted = new bool[graph.NodeCount];
        var count = new int[q];
        foreach (int v in cascade.Adopters)
        {
            adopted[v] = true;
            count[membership[v]]++;
        }
        var arcs = new long[q];
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        foreach (int u in cascade.Adopters)
        {
            int cu = membership[u];
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int v = targets[a];
                if (v != u && adopted[v] && membership[v] == cu)
                {
                    arcs[cu]++;
                }
            }
        }
        var entries = ImmutableArray.CreateBuilder<CommunityDepthEntry>();
        double sumCoverage = 0;
        double sumDensity = 0;
        for (int c = 0; c < q; c++)
        {
            if (count[c] == 0)
            {
                continue;
            }
            long k = count[c];
            double pairs = k * (k - 1.0);
            double density = k < 2 ? 0 : arcs[c] / pairs; // undirected: 2·edges / k(k−1); directed: arcs / k(k−1)
            double coverage = (double)count[c] / partition.Size(c);
            entries.Add(new CommunityDepthEntry(c, count[c], partition.Size(c), coverage, density));
            sumCoverage += coverage;
            sumDensity += density;
        }
        int touched = entries.Count;
        return new CommunityDepthResult(entries.ToImmutable(), touched == 0 ? 0 : sumCoverage / touched, touched == 0 ? 0 : sumDensity / touched);
    }

    /// <summary>RES-5 ComplexSurvival θ: |A_θ(S)| / |A_simple(S)|, how much of the spread survives when adoption needs θ affirming sources.</summary>
    /// <remarks>
    /// A_θ is a deterministic synchronous threshold run (a node adopts once θ distinct in-neighbours adopted in earlier
    /// rounds; Granovetter 1978, Centola &amp; Macy 2007, doi:10.1086/521848); A_simple the nodes reachable from S (simple
    /// contagion with p = 1). Both include S. A tree with one sharer and θ = 2 gives 1/reach; a ring lattice (k = 4) with
    /// two adjacent sharers and θ = 2 gives 1. Always in (0, 1] for non-empty S. O(n + m).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="threshold">θ ≥ 1. Default 2.</param>
    /// <returns>The survival ratio and the threshold cascade.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node, or θ &lt; 1.</exception>
    public static ComplexSurvivalResult ComplexSurvival(CsrGraph graph, ReadOnlySpan<int> seedNodes, int threshold = 2)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (threshold < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(threshold), threshold, "1 or more");
        }
        int n = graph.NodeCount;
        int[] seeds = MetricSupport.CheckNodes(seedNodes, n, nameof(seedNodes));
        // The diffusion engine's threshold kernel (deterministic: the random seed is not used).
        var cascade = seeds.Length == 0
            ? new Cascade(n, [], [], [])
            : DiffusionSimulator.Simulate(graph, seeds, new ThresholdModel { Threshold = threshold }, randomSeed: 0);
        int reach = MetricSupport.Ball(graph, seeds, -1, new int[n], 1, new int[n], new int[n]);
        double survival = reach == 0 ? 1 : (double)cascade.Size / reach;
        return new ComplexSurvivalResult(threshold, cascade.Size, reach, survival, cascade);
    }

    /// <summary>RES-6 WideBridgeCount θ: the number of community pairs whose effective bridge width is at least θ.</summary>
    /// <remarks>
    /// For communities A, B the width is W(A,B) = |{(u,v) ∈ E : u ∈ A, v ∈ B}| and the effective width the largest
    /// |N(v) ∩ A| over v ∈ B (or |N(u) ∩ B| over u ∈ A): a complex contagion with threshold θ can enter B from a fully
    /// active A only if it is ≥ θ (Centola &amp; Macy 2007, doi:10.1086/521848). Wide bridges are the paths along which
    /// resonance can cross communities. A barbell with θ = 2 gives 0; two K5 whose w ≥ 2 bridge edges meet one node give 1.
    /// Uses out-neighbourhoods. O(n + m) time, O(number of connected community pairs) memory.
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">Communities.</param>
    /// <param name="threshold">θ ≥ 1. Default 2.</param>
    /// <returns>The count and every connected pair.</returns>
    /// <exception cref="ArgumentException">The partition does not fit the graph.</exception>
    public static WideBridgeResult WideBridges(CsrGraph graph, Partition partition, int threshold = 2)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckPartition(partition, graph.NodeCount);
        if (threshold < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(threshold), threshold, "1 or more");
        }
        var membership = partition.Membership;
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var width = new Dictionary<long, int>(MixedLongComparer.Instance);
        var effective = new Dictionary<long, int>(MixedLongComparer.Instance);
        var perCommunity = new int[partition.CommunityCount];
        var touched = new List<int>();
        for (int v = 0; v < n; v++)
        {
            int cv = membership[v];
            touched.Clear();
            for (int a = offsets[v]; a < offsets[v + 1]; a++)
            {
                int u = targets[a];
                int cu = membership[u];
                if (cu == cv)
                {
                    continue;
                }
                if (perCommunity[cu]++ == 0)
                {
                    touched.Add(cu);
                }
                if (graph.IsDirected || v < u)
                {
                    long key = PairKey(cv, cu);
                    width[key] = width.GetValueOrDefault(key) + 1;
                }
            }
            foreach (int cu in touched)
            {
                long key = PairKey(cv, cu);
                effective[key] = Math.Max(effective.GetValueOrDefault(key), perCommunity[cu]);
                perCommunity[cu] = 0;
            }
        }
        var keys = new List<long>(width.Keys);
        keys.Sort();
        var bridges = ImmutableArray.CreateBuilder<CommunityBridge>(keys.Count);
        int wide = 0;
        foreach (long key in keys)
        {
            int e = effective.GetValueOrDefault(key);
            bridges.Add(new CommunityBridge((int)(key >> 32), (int)(key & 0xFFFFFFFF), width[key], e));
            if (e >= threshold)
            {
                wide++;
            }
        }
        return new WideBridgeResult(threshold, wide, bridges.MoveToImmutable());
    }

    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    /// <summary>RES-7 StructuralDiversity: the number of connected components of G[N(v) ∩ A_t] for each adopter v at its adoption time.</summary>
    /// <remarks>
    /// Ugander, Backstrom, Marlow &amp; Kleinberg 2012, <i>PNAS</i> 109(16):5962, doi:10.1073/pnas.1116502109: adoption
    /// tracks the number of distinct social contexts among one's adopting contacts, not their number. N(v) are the
    /// in-neighbours (who can influence v); A_t the nodes adopted at an earlier step; components are weak (edges in either
    /// direction). Two disjoint adopting triangles give 2; a clique of six gives 1. O(Σ_{v∈A} Σ_{u∈N(v)} k_u).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="cascade">The cascade.</param>
    /// <returns>Per-adopter components and their mean over non-sharer adopters.</returns>
    /// <exception cref="ArgumentException">The cascade ran on another node count.</exception>
    public static StructuralDiversityResult StructuralDiversity(CsrGraph graph, Cascade cascade)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckCascade(cascade, graph.NodeCount);
        int n = graph.NodeCount;
        int[] stepOf = MetricSupport.StepOf(cascade);
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        var localIndex = new int[n];
        Array.Fill(localIndex, -1);
        var uf = new List<int>();
        var members = new List<int>();
        var adopters = cascade.Adopters.AsSpan();
        var steps = cascade.Steps.AsSpan();
        var result = new int[adopters.Length];
        long sum = 0;
        int counted = 0;
        for (int i = 0; i < adopters.Length; i++)
        {
            int v = adopters[i];
            int t = steps[i];
            if (i < cascade.InitialSharerCount)
            {
                continue;
            }
            members.Clear();
            uf.Clear();
            for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
            {
                int u = inSources[a];
                if (u != v && stepOf[u] >= 0 && stepOf[u] < t && localIndex[u] < 0)
                {
                    localIndex[u] = members.Count;
                    members.Add(u);
                    uf.Add(members.Count - 1);
                }
            }
            int components = members.Count;
            foreach (int u in members)
            {
                int start = offsets[u];
                int end = offsets[u + 1];
                if (end - start > 8 * members.Count)
                {
                    // A hub among few exposers: look the other exposers up in its sorted row instead of scanning it.
                    foreach (int w in members)
                    {
                        if (w != u && RowContains(targets, start, end, w) == 1)
                        {
                            components -= Union(uf, localIndex[u], localIndex[w]);
                        }
                    }
                    continue;
                }
                for (int a = start; a < end; a++)
                {
                    int w = targets[a];
                    int lw = localIndex[w];
                    if (lw >= 0 && w != u)
                    {
                        components -= Union(uf, localIndex[u], lw);
                    }
                }
            }
            foreach (int u in members)
            {
                localIndex[u] = -1;
            }
            result[i] = components;
            sum += components;
            counted++;
        }
        return new StructuralDiversityResult(counted == 0 ? 0 : (double)sum / counted, ImmutableArray.Create(result));
    }

    /// <summary>Joins the sets of x and y (the smaller root wins); 1 when they were apart, else 0.</summary>
    private static int Union(List<int> parent, int x, int y)
    {
        int rx = Find(parent, x);
        int ry = Find(parent, y);
        if (rx == ry)
        {
            return 0;
        }
        parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
        return 1;
    }

    private static int Find(List<int> parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /// <summary>RES-8 EngagementReciprocity: the share of engaged pairs whose engagement is mutual.</summary>
    /// <remarks>
    /// A pair {u, v} is engaged when at least one engagement event links them (self-engagement ignored) and mutual when
    /// both u → v and v → u occur. Exchange, not broadcast: all pairs mutual gives 1; a broadcaster whose audience only
    /// reacts to it (a star) gives 0. Defined as 0 without engaged pairs. O(E log E) over the events.
    /// </remarks>
    /// <param name="engagements">Observed engagement events.</param>
    /// <returns>The share in [0, 1].</returns>
    public static double EngagementReciprocity(ReadOnlySpan<EngagementEvent> engagements)
    {
        var pairs = new Dictionary<long, int>(MixedLongComparer.Instance);
        foreach (var e in engagements)
        {
            if (e.Source == e.Target)
            {
                continue;
            }
            long key = PairKey(e.Source, e.Target);
            int bit = e.Source < e.Target ? 1 : 2;
            pairs[key] = pairs.GetValueOrDefault(key) | bit;
        }
        int mutual = 0;
        foreach (int bits in pairs.Values)
        {
            if (bits == 3)
            {
                mutual++;
            }
        }
        return pairs.Count == 0 ? 0 : (double)mutual / pairs.Count;
    }

    /// <summary>RES-9 SupporterBase_r: the external nodes that adopted in at least r distinct campaigns, and its growth campaign by campaign.</summary>
    /// <remarks>
    /// The supporters (応援団) a programme wins: external people who come back campaign after campaign. The headline
    /// outcome beside reach, never folded into one score with it. Monotone in the set of campaigns; r = 1 equals the union
    /// of external adopters. Initial sharers count as adopters. O(Σ |A|).
    /// </remarks>
    /// <param name="campaigns">The cascades of successive campaigns, in time order (all on the same node set).</param>
    /// <param name="isEmployee">Employee flags; supporters are nodes with false.</param>
    /// <param name="minCampaigns">r ≥ 1. Default 1.</param>
    /// <returns>The supporters and the growth curve.</returns>
    /// <exception cref="ArgumentException">Cascades on different node counts or a mask of the wrong size.</exception>
    public static SupporterBaseResult SupporterBase(IReadOnlyList<Cascade> campaigns, ReadOnlySpan<bool> isEmployee, int minCampaigns = 1)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        if (minCampaigns < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(minCampaigns), minCampaigns, "1 or more");
        }
        int n = isEmployee.Length;
        var times = new int[n];
        var growth = new int[campaigns.Count];
        int supporters = 0;
        for (int c = 0; c < campaigns.Count; c++)
        {
            MetricSupport.CheckCascade(campaigns[c], n, nameof(campaigns));
            foreach (int v in campaigns[c].Adopters)
            {
                if (!isEmployee[v] && ++times[v] == minCampaigns)
                {
                    supporters++;
                }
            }
            growth[c] = supporters;
        }
        var nodes = ImmutableArray.CreateBuilder<int>(supporters);
        for (int v = 0; v < n; v++)
        {
            if (times[v] >= minCampaigns)
            {
                nodes.Add(v);
            }
        }
        return new SupporterBaseResult(minCampaigns, supporters, nodes.MoveToImmutable(), ImmutableArray.Create(growth));
    }

    /// <summary>RES-9 (second form): external nodes with at least θ adopting in-neighbours inside their own community.</summary>
    /// <remarks>
    /// A supporter here is an external person affirmed by several adopters of their own circle: the resonance form of the
    /// 応援団. Initial sharers count as adopters. O(Σ_{v∉M} k_v).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="cascade">The cascade.</param>
    /// <param name="partition">Communities.</param>
    /// <param name="isEmployee">Employee flags.</param>
    /// <param name="threshold">θ ≥ 1. Default 2.</param>
    /// <returns>The supporters, ascending.</returns>
    /// <exception cref="ArgumentException">Inputs of different sizes.</exception>
    public static ImmutableArray<int> SupportersByAffirmation(CsrGraph graph, Cascade cascade, Partition partition, ReadOnlySpan<bool> isEmployee, int threshold = 2)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckCascade(cascade, graph.NodeCount);
        MetricSupport.CheckPartition(partition, graph.NodeCount);
        MetricSupport.CheckMask(isEmployee, graph.NodeCount, nameof(isEmployee));
        if (threshold < 1)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(threshold), threshold, "1 or more");
        }
        int[] stepOf = MetricSupport.StepOf(cascade);
        var membership = partition.Membership;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        var result = ImmutableArray.CreateBuilder<int>();
        for (int v = 0; v < graph.NodeCount; v++)
        {
            if (isEmployee[v])
            {
                continue;
            }
            int count = 0;
            for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
            {
                int u = inSources[a];
                if (u != v && stepOf[u] >= 0 && membership[u] == membership[v])
                {
                    count++;
                }
            }
            if (count >= threshold)
            {
                result.Add(v);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>The exposure curve p(k) of a cascade (Romero, Meeder &amp; Kleinberg 2011; docs/metrics.md#exposure-curve).</summary>
    /// <remarks>
    /// For every non-sharer node, K_v is the number of distinct adopting in-neighbours that adopted before v (for adopters)
    /// or at all (for non-adopters). p(k) = |{adopters with K_v = k}| / |{nodes with K_v ≥ k}|: the chance of adopting right
    /// after the k-th distinct exposure. A curve that rises past k = 1 signals complex, reinforcing diffusion (Romero,
    /// Meeder &amp; Kleinberg 2011, WWW, doi:10.1145/1963405.1963503; Centola 2010). Everyone adopting at the first
    /// exposure gives p(1) = 1 and p(k &gt; 1) undefined (NaN). O(n + m).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="cascade">The cascade.</param>
    /// <returns>The curve and its counts.</returns>
    /// <exception cref="ArgumentException">The cascade ran on another node count.</exception>
    public static ExposureCurveResult ExposureCurve(CsrGraph graph, Cascade cascade)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckCascade(cascade, graph.NodeCount);
        int n = graph.NodeCount;
        int[] stepOf = MetricSupport.StepOf(cascade);
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        var exposure = new int[n];
        int maxK = 0;
        for (int v = 0; v < n; v++)
        {
            int t = stepOf[v];
            if (t == 0)
            {
                exposure[v] = -1;
                continue;
            }
            int k = 0;
            for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
            {
                int u = inSources[a];
                if (u != v && stepOf[u] >= 0 && (t < 0 || stepOf[u] < t))
                {
                    k++;
                }
            }
            exposure[v] = k;
            maxK = Math.Max(maxK, k);
        }
        var adoptedAt = new int[maxK + 1];
        var reachedExactly = new int[maxK + 1];
        for (int v = 0; v < n; v++)
        {
            int k = exposure[v];
            if (k < 0)
            {
                continue;
            }
            reachedExactly[k]++;
            if (stepOf[v] > 0)
            {
                adoptedAt[k]++;
            }
        }
        var reached = new int[maxK + 1];
        int running = 0;
        for (int k = maxK; k >= 0; k--)
        {
            running += reachedExactly[k];
            reached[k] = running;
        }
        var p = new double[maxK + 1];
        p[0] = double.NaN;
        for (int k = 1; k <= maxK; k++)
        {
            p[k] = reached[k] == 0 ? double.NaN : (double)adoptedAt[k] / reached[k];
        }
        return new ExposureCurveResult(ImmutableArray.Create(p), ImmutableArray.Create(adoptedAt), ImmutableArray.Create(reached));
    }
}

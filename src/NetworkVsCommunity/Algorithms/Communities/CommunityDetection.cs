using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>
/// Community detection: <see cref="Leiden"/>, <see cref="Louvain"/> and <see cref="LabelPropagation"/>, reproducible
/// bit for bit from a random seed on any thread count.
/// </summary>
/// <remarks>
/// <para>All three work on undirected and directed graphs, weighted or not. Directed graphs use the Leicht–Newman
/// directed modularity (E. A. Leicht and M. E. J. Newman, "Community structure in directed networks", Phys. Rev. Lett.
/// 100:118703, 2008, doi:10.1103/PhysRevLett.100.118703); moves consider the arcs in both directions. Self-loops count
/// in the quality but never drive a move.</para>
/// <para>Node numbering follows sorted ids, and the visiting orders are drawn from the random seed only, so a shuffled
/// input file gives the same communities.</para>
/// </remarks>
public static partial class CommunityDetection
{
    /// <summary>Finds communities with the Leiden algorithm: Louvain's local moving plus a refinement that guarantees connected communities.</summary>
    /// <param name="graph">The graph (undirected or directed, weighted or not).</param>
    /// <param name="options">Objective, resolution, iterations, random seed, threads, warm start; <see cref="LeidenOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress sink (one report per level; the last at Fraction 1).</param>
    /// <param name="cancellationToken">Cancels the run (checked every few thousand nodes).</param>
    /// <returns>The partition with its quality, iterations, levels, seed, options and diagnostics.</returns>
    /// <remarks>
    /// <para>Each iteration runs, level after level: <b>fast local moving</b> (a queue of nodes; a node moves to the
    /// neighbouring community of largest gain, and its neighbours outside that community are queued again);
    /// <b>refinement</b> (inside each community, starting from singletons, nodes still alone and well connected join a
    /// well-connected sub-community of largest positive gain, greedily as in leidenalg); <b>aggregation</b> of the
    /// refined sub-communities into nodes, which start in their community. Levels stop when refinement merges nothing.
    /// When the last iteration stops at a level where every community is one node of that level (a refined
    /// sub-community, connected by construction), the communities are connected; otherwise every community is checked
    /// for connectivity and, should one be disconnected, it is split into its components (which raises modularity and
    /// CPM); the count is reported in <see cref="LeidenResult.Diagnostics"/>.</para>
    /// <para>Reference: V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
    /// communities", Scientific Reports 9:5233, 2019, doi:10.1038/s41598-019-41695-z.</para>
    /// <para>Complexity: about O(m) per level and iteration in practice; memory O(n + m) on top of the graph.</para>
    /// <para>Determinism: the visiting order of each level is a permutation drawn from stream i of
    /// <see cref="LeidenOptions.RandomSeed"/>. Local moving visits one node at a time on levels of fewer than 2^22
    /// arcs and, on larger levels, in batches fixed by the level alone (parallel proposals against the batch's start,
    /// commits in batch order); refinement handles each community on its own, the inside weights are computed in node blocks, aggregation writes
    /// every row at a place fixed in advance, and the component split
    /// searches each community on its own, all in parallel when allowed, with the same result on any thread count.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    /// <exception cref="ArgumentException">The initial partition does not cover the graph's nodes, or modularity is asked of a graph with no edge weight.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    [MethodImpl(Hot.Kernel)]
    public static LeidenResult Leiden(
        CsrGraph graph,
        LeidenOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= LeidenOptions.Default;
        ValidateCommon(graph, options.Objective, options.Resolution, options.MaxDegreeOfParallelism, options.InitialPartition, options.FixedNodes, "options");
        if (options.Iterations == 0 || options.Iterations < -1)
        {
            ThrowHelper.ArgumentOutOfRange("options.Iterations", options.Iterations, "1 or more, or -1 (until stable)");
        }
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        int n = graph.NodeCount;
        bool[]? fixedNodes = FixedFlags(n, options.FixedNodes);
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        var engine = new CommunityEngine(n, PenaltyScale(graph, options.Objective, options.Resolution), Threads(options.MaxDegreeOfParallelism), cancellationToken);
        WorkGraph g0 = WorkGraph.FromGraph(graph, options.Objective == CommunityObjective.Cpm, fixedNodes);
        int[] membership = InitialMembership(n, options.InitialPartition);
        ulong stream = 0;
        int iterations = 0;
        int levels = 0;
        bool converged = false;
        // Whether the last iteration ended at a level where every community is one node of that level. Such a node is a
        // refined cluster, and refinement only merges a node into a cluster it has an arc of positive weight to, so
        // each is connected in the input graph (by induction over the levels): no community can be disconnected, and
        // the component check below is skipped. Otherwise (refinement merged nothing while some community still holds
        // several nodes) the check runs.
        bool oneNodePerCommunity = false;
        int maxIterations = options.Iterations < 0 ? int.MaxValue : options.Iterations;
        while (iterations < maxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            iterations++;
            bool changed = false;
            WorkGraph g = g0;
            int[] p = (int[])membership.Clone();
            int[]? map = null;
            while (true)
            {
                var rng = Xoshiro256StarStar.ForStream((ulong)seed, stream++);
                int[] order = CommunityEngine.RandomOrder(g.NodeCount, ref rng);
                changed |= engine.MoveNodes(g, p, order);
                int k = engine.Compact(p, g.NodeCount);
                levels++;
                Report(progress, "Leiden: local moving and refinement", options.Iterations < 0 ? 0.5 * (1 - Math.Pow(0.5, iterations)) : (iterations - 1.0) / maxIterations, iterations, options.Iterations < 0 ? 0 : maxIterations);
                oneNodePerCommunity = k == g.NodeCount;
                if (oneNodePerCommunity)
                {
                    break;
                }
                int[] refined = engine.Refine(g, p, k, order);
                int r = engine.CompactGrouped(refined, p, g.NodeCount, k);
                if (r == g.NodeCount)
                {
                    break;
                }
                WorkGraph next = engine.Aggregate(g, refined, r);
                var pNext = new int[r];
                for (int v = 0; v < g.NodeCount; v++)
                {
                    pNext[refined[v]] = p[v];
                }
                if (map is null)
                {
                    // The engine reuses its refinement buffer at the next level: keep a copy.
                    map = (int[])refined.Clone();
                }
                else
                {
                    for (int i = 0; i < n; i++)
                    {
                        map[i] = refined[map[i]];
                    }
                }
                g = next;
                p = pNext;
            }
            if (map is not null)
            {
                for (int i = 0; i < n; i++)
                {
                    membership[i] = p[map[i]];
                }
            }
            else
            {
                membership = p;
            }
            if (!changed)
            {
                converged = true;
                break;
            }
        }
        int split = oneNodePerCommunity ? 0 : SplitDisconnected(graph, membership, fixedNodes, Threads(options.MaxDegreeOfParallelism), cancellationToken);
        var partition = Partition.FromMembership(membership);
        diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{engine.Moves} node moves over {levels} levels in {iterations} iterations"));
        if (split > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{split} disconnected communities were split into their components"));
        }
        if (!converged)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"stopped after the iteration budget ({options.Iterations}); another iteration may still improve the partition"));
        }
        AddGraphDiagnostics(graph, diagnostics);
        Report(progress, "Leiden: done", 1.0, iterations, iterations);
        int threads = Threads(options.MaxDegreeOfParallelism);
        double quality = Quality(graph, partition, options.Objective, options.Resolution, threads);
        // Modularity at γ = 1 is the quality itself for the default objective: compute it once.
        double modularity = options.Objective == CommunityObjective.Modularity && options.Resolution == 1.0 ? quality : ModularityOrNaN(graph, partition, threads);
        return new LeidenResult(partition, quality, modularity,
            iterations, levels, converged, seed, options, diagnostics.ToImmutable());
    }

    /// <summary>Finds communities with the Louvain method and returns every level of the hierarchy.</summary>
    /// <param name="graph">The graph (undirected or directed, weighted or not).</param>
    /// <param name="options">Objective, resolution, random seed, threads, warm start; <see cref="LouvainOptions.Default"/> when null.</param>
    /// <param name="progress">Optional progress sink (one report per level; the last at Fraction 1).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The final partition, every level's partition and quality, the seed, options and diagnostics.</returns>
    /// <remarks>
    /// <para>Each level moves nodes to the neighbouring community of largest gain until no move improves the objective
    /// (with the queue of fast local moving, which reaches the same stopping rule as repeated sweeps), then collapses
    /// every community into one node; it stops when a level moves nothing. Louvain communities may be disconnected
    /// (the defect Leiden repairs).</para>
    /// <para>Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of communities in
    /// large networks", J. Stat. Mech. P10008, 2008, doi:10.1088/1742-5468/2008/10/P10008.</para>
    /// <para>Complexity: about O(m) per level. Determinism: as <see cref="Leiden"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">The initial partition does not cover the graph's nodes, or modularity is asked of a graph with no edge weight.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    [MethodImpl(Hot.Kernel)]
    public static LouvainResult Louvain(
        CsrGraph graph,
        LouvainOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= LouvainOptions.Default;
        ValidateCommon(graph, options.Objective, options.Resolution, options.MaxDegreeOfParallelism, options.InitialPartition, options.FixedNodes, "options");
        long seed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        int n = graph.NodeCount;
        bool[]? fixedNodes = FixedFlags(n, options.FixedNodes);
        var engine = new CommunityEngine(n, PenaltyScale(graph, options.Objective, options.Resolution), Threads(options.MaxDegreeOfParallelism), cancellationToken);
        WorkGraph g = WorkGraph.FromGraph(graph, options.Objective == CommunityObjective.Cpm, fixedNodes);
        int[] p = InitialMembership(n, options.InitialPartition);
        int[]? map = null;
        var levels = ImmutableArray.CreateBuilder<Partition>();
        var qualities = ImmutableArray.CreateBuilder<double>();
        ulong stream = 0;
        while (true)
        {
            var rng = Xoshiro256StarStar.ForStream((ulong)seed, stream++);
            int[] order = CommunityEngine.RandomOrder(g.NodeCount, ref rng);
            bool moved = engine.MoveNodes(g, p, order);
            int k = engine.Compact(p, g.NodeCount);
            if (moved || levels.Count == 0)
            {
                var level = new int[n];
                for (int i = 0; i < n; i++)
                {
                    level[i] = p[map is null ? i : map[i]];
                }
                var partition = Partition.FromMembership(level);
                levels.Add(partition);
                qualities.Add(Quality(graph, partition, options.Objective, options.Resolution, Threads(options.MaxDegreeOfParallelism)));
            }
            Report(progress, "Louvain: level", 1 - Math.Pow(0.5, levels.Count), levels.Count, 0);
            if ((!moved && levels.Count > 1) || k == g.NodeCount || (!moved && map is not null))
            {
                break;
            }
            g = engine.Aggregate(g, p, k);
            if (map is null)
            {
                map = (int[])p.Clone();
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    map[i] = p[map[i]];
                }
            }
            p = new int[k];
            for (int c = 0; c < k; c++)
            {
                p[c] = c;
            }
        }
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{engine.Moves} node moves over {levels.Count} levels"));
        AddGraphDiagnostics(graph, diagnostics);
        Report(progress, "Louvain: done", 1.0, levels.Count, levels.Count);
        Partition final = levels[^1];
        double modularity = options.Objective == CommunityObjective.Modularity && options.Resolution == 1.0 ? qualities[^1] : ModularityOrNaN(graph, final, Threads(options.MaxDegreeOfParallelism));
        return new LouvainResult(final, levels.ToImmutable(), qualities.ToImmutable(), qualities[^1], modularity,
            true, seed, options, diagnostics.ToImmutable());
    }

    private static void ValidateCommon(CsrGraph graph, CommunityObjective objective, double resolution, int threads,
        Partition? initial, ImmutableArray<int> fixedNodes, string prefix)
    {
        if (objective is not (CommunityObjective.Modularity or CommunityObjective.Cpm))
        {
            ThrowHelper.ArgumentOutOfRange(prefix + ".Objective", objective, "Modularity or Cpm");
        }
        if (!double.IsFinite(resolution) || resolution <= 0)
        {
            ThrowHelper.ArgumentOutOfRange(prefix + ".Resolution", resolution, "a finite value > 0");
        }
        if (threads < 0)
        {
            ThrowHelper.ArgumentOutOfRange(prefix + ".MaxDegreeOfParallelism", threads, "0 (all processors) or more");
        }
        if (initial is not null && initial.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument(prefix + ".InitialPartition", string.Create(CultureInfo.InvariantCulture,
                $"{prefix}.InitialPartition covers {initial.NodeCount} nodes but the graph has {graph.NodeCount}; allowed: a partition of exactly the graph's nodes."));
        }
        if (!fixedNodes.IsDefaultOrEmpty)
        {
            foreach (int v in fixedNodes)
            {
                if ((uint)v >= (uint)graph.NodeCount)
                {
                    ThrowHelper.ArgumentOutOfRange(prefix + ".FixedNodes", v,
                        string.Create(CultureInfo.InvariantCulture, $"nodes in 0..{graph.NodeCount - 1}"));
                }
            }
        }
        if (objective == CommunityObjective.Modularity && graph.NodeCount > 0 && !(graph.TotalWeight > 0))
        {
            ThrowHelper.Argument(nameof(graph), "Modularity is undefined on a graph with no edge weight (total weight 0); add edges or use CommunityObjective.Cpm.");
        }
    }

    internal static double PenaltyScale(CsrGraph graph, CommunityObjective objective, double resolution) => objective switch
    {
        CommunityObjective.Cpm => graph.IsDirected ? resolution : resolution / 2,
        _ => graph.TotalWeight > 0 ? (graph.IsDirected ? resolution / graph.TotalWeight : resolution / (4 * graph.TotalWeight)) : 0,
    };

    internal static int Threads(int maxDegreeOfParallelism) =>
        maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;

    private static bool[]? FixedFlags(int n, ImmutableArray<int> fixedNodes)
    {
        if (fixedNodes.IsDefaultOrEmpty)
        {
            return null;
        }
        var flags = new bool[n];
        foreach (int v in fixedNodes)
        {
            flags[v] = true;
        }
        return flags;
    }

    private static int[] InitialMembership(int n, Partition? initial)
    {
        var m = new int[n];
        if (initial is null)
        {
            for (int v = 0; v < n; v++)
            {
                m[v] = v;
            }
        }
        else
        {
            initial.Membership.CopyTo(m);
        }
        return m;
    }

    private static double Quality(CsrGraph graph, Partition partition, CommunityObjective objective, double resolution, int threads = 1) =>
        objective == CommunityObjective.Cpm
            ? PartitionQuality.Cpm(graph, partition, resolution, threads)
            : PartitionQuality.Modularity(graph, partition, resolution, threads);

    private static double ModularityOrNaN(CsrGraph graph, Partition partition, int threads = 1) =>
        graph.TotalWeight > 0 ? PartitionQuality.Modularity(graph, partition, 1.0, threads) : double.NaN;

    private static void Report(IProgress<AnalysisProgress>? progress, string stage, double fraction, long completed, long total) =>
        progress?.Report(new AnalysisProgress(stage, fraction, completed, total));

    private static void AddGraphDiagnostics(CsrGraph graph, ImmutableArray<string>.Builder diagnostics)
    {
        int isolated = 0;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            if (graph.OffsetsArray[v + 1] == graph.OffsetsArray[v] && graph.InOffsetsArray[v + 1] == graph.InOffsetsArray[v])
            {
                isolated++;
            }
        }
        if (isolated > 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"{isolated} isolated nodes are singleton communities"));
        }
    }

    /// <summary>
    /// Splits every community that is not connected (arcs in both directions) into its components; returns how many
    /// were split. Communities holding a fixed node are left whole. Communities are searched independently, in parallel
    /// when allowed; a component is labelled by its lowest node, so the grouping never depends on the thread count.
    /// </summary>
    [MethodImpl(Hot.Kernel)]
    internal static int SplitDisconnected(CsrGraph graph, int[] membership, bool[]? fixedNodes, int threads = 1, CancellationToken cancellationToken = default)
    {
        int n = graph.NodeCount;
        int k = 0;
        for (int v = 0; v < n; v++)
        {
            k = Math.Max(k, membership[v] + 1);
        }
        // Members of every community in ascending node order (counting sort).
        int[] members = CommunityEngine.GroupByLabel(membership.AsSpan(0, n), k, out int[] start);
        var hasFixed = new bool[k];
        if (fixedNodes is not null)
        {
            for (int v = 0; v < n; v++)
            {
                if (fixedNodes[v])
                {
                    hasFixed[membership[v]] = true;
                }
            }
        }
        var label = new int[n];
        Array.Fill(label, -1);
        var wasSplit = new bool[k];
        var state = new SplitState(graph, membership, start, members, hasFixed, label, wasSplit);
        if (threads <= 1 || k < 2)
        {
            var stack = new int[Math.Max(1, n)];
            for (int c = 0; c < k; c++)
            {
                if ((c & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                SplitOne(state, c, stack);
            }
        }
        else
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, k, Math.Max(1, k / (threads * 16))), options,
                () => new int[Math.Max(1, n)],
                (range, _, stack) =>
                {
                    for (int c = range.Item1; c < range.Item2; c++)
                    {
                        SplitOne(state, c, stack);
                    }
                    return stack;
                },
                _ => { });
        }
        int split = 0;
        for (int c = 0; c < k; c++)
        {
            split += wasSplit[c] ? 1 : 0;
        }
        if (split == 0)
        {
            return 0;
        }
        Array.Copy(label, membership, n);
        return split;
    }

    /// <summary>Labels the components of community c by their lowest node (a fixed-holding community: one label).</summary>
    [MethodImpl(Hot.Kernel)]
    private static void SplitOne(SplitState st, int c, int[] stack)
    {
        CsrGraph graph = st.Graph;
        int[] offsets = graph.OffsetsArray;
        int[] targets = graph.TargetsArray;
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        int[] membership = st.Membership;
        int[] label = st.Label;
        int first = st.Start[c];
        int last = st.Start[c + 1];
        if (st.HasFixed[c])
        {
            for (int i = first; i < last; i++)
            {
                label[st.Members[i]] = st.Members[first];
            }
            return;
        }
        int components = 0;
        for (int i = first; i < last; i++)
        {
            int s = st.Members[i];
            if (label[s] >= 0)
            {
                continue;
            }
            components++;
            label[s] = s;
            int top = 0;
            stack[top++] = s;
            while (top > 0)
            {
                int v = stack[--top];
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    int u = targets[a];
                    if (label[u] < 0 && membership[u] == c)
                    {
                        label[u] = s;
                        stack[top++] = u;
                    }
                }
                if (graph.IsDirected)
                {
                    for (int a = inOffsets[v]; a < inOffsets[v + 1]; a++)
                    {
                        int u = inSources[a];
                        if (label[u] < 0 && membership[u] == c)
                        {
                            label[u] = s;
                            stack[top++] = u;
                        }
                    }
                }
            }
        }
        st.WasSplit[c] = components > 1;
    }

    private sealed record SplitState(CsrGraph Graph, int[] Membership, int[] Start, int[] Members, bool[] HasFixed, int[] Label, bool[] WasSplit);
}

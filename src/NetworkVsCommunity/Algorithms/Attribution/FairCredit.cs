using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Attribution;

/// <summary>
/// Fair credit ATT-1..6 of docs/metrics.md#fair-credit: who earned the reach and the resonance of a campaign. Shapley credit is
/// efficient (credits add up to the value), symmetric and gives null players 0; leave-one-out is only a baseline.
/// </summary>
/// <remarks>
/// Shapley 1953 ("A value for n-person games", <i>Contributions to the Theory of Games</i> II:307–317). Coverage games
/// v(T) = |∪_{i∈T} R_i| have the closed form φ_i = Σ_{x∈R_i} 1/m_x with m_x = |{j : x ∈ R_j}| (Michalak et al. 2013,
/// <i>JAIR</i> 46:607, doi:10.1613/jair.3806; Chen &amp; Teng 2017, WWW, doi:10.1145/3038912.3052608). Thread safety:
/// stateless; sample-based credits are identical for any thread count.
/// </remarks>
public static class FairCredit
{
    /// <summary>ATT-1 CoverageShapley_h: exact Shapley credit of the h-hop coverage game, φ_i = Σ_{x∈R_i} 1/m_x with R_i = Ball_h(i) ∖ S.</summary>
    /// <remarks>
    /// Every reached person's unit of credit is split equally among the sharers who reach them. Efficient: Σφ = UniqueReach_h(S)
    /// (SPR-1). Identical reach sets split equally; disjoint sets give |R_i|; a sharer who reaches nobody new gets 0.
    /// O(Σ_i |Ball_h(i)|).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="hops">h ≥ 0. Default 1.</param>
    /// <returns>Exact credits; Value = UniqueReach_h(S).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node, or h &lt; 0.</exception>
    public static ShapleyCreditResult CoverageShapley(CsrGraph graph, ReadOnlySpan<int> seedNodes, int hops = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (hops < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(hops), hops, "0 or more");
        }
        int n = graph.NodeCount;
        int[] seeds = MetricSupport.CheckNodes(seedNodes, n, nameof(seedNodes));
        var sets = BallSets(graph, seeds, hops);
        var (credits, value) = CoverageClosedForm(sets, n);
        return new ShapleyCreditResult(ImmutableArray.Create(seeds), ImmutableArray.Create(credits), value, [], 0, 0, []);
    }

    /// <summary>ATT-1 for arbitrary reach sets: the exact Shapley value of the coverage game v(T) = |∪_{i∈T} R_i|.</summary>
    /// <remarks>φ_i = Σ_{x∈R_i} 1/m_x. O(Σ |R_i|). Duplicates inside one set count once.</remarks>
    /// <param name="reachSets">R_i per player i (node ids ≥ 0).</param>
    /// <returns>The credits (players are 0..k−1) and the union size.</returns>
    /// <exception cref="ArgumentException">A set holds a negative id.</exception>
    public static ShapleyCreditResult CoverageShapley(IReadOnlyList<IReadOnlyList<int>> reachSets)
    {
        ArgumentNullException.ThrowIfNull(reachSets);
        int max = -1;
        var sets = new int[reachSets.Count][];
        for (int i = 0; i < sets.Length; i++)
        {
            var s = reachSets[i].Distinct().ToArray();
            foreach (int x in s)
            {
                if (x < 0)
                {
                    ThrowHelper.Argument(nameof(reachSets), string.Create(CultureInfo.InvariantCulture, $"Reach set {i} holds the negative id {x}."));
                }
                max = Math.Max(max, x);
            }
            sets[i] = s;
        }
        var (credits, value) = CoverageClosedForm(sets, max + 1);
        return new ShapleyCreditResult([.. Enumerable.Range(0, sets.Length)], ImmutableArray.Create(credits), value, [], 0, 0, []);
    }

    private static int[][] BallSets(CsrGraph graph, int[] seeds, int hops)
    {
        int n = graph.NodeCount;
        var isSeed = new bool[n];
        foreach (int s in seeds)
        {
            isSeed[s] = true;
        }
        var mark = new int[n];
        var queue = new int[n];
        var depth = new int[n];
        var sets = new int[seeds.Length][];
        for (int i = 0; i < seeds.Length; i++)
        {
            int c = MetricSupport.Ball(graph, seeds.AsSpan(i, 1), hops, mark, i + 1, queue, depth);
            var list = new List<int>(c);
            for (int j = 0; j < c; j++)
            {
                if (!isSeed[queue[j]])
                {
                    list.Add(queue[j]);
                }
            }
            sets[i] = [.. list];
        }
        return sets;
    }

    private static (double[] Credits, double Value) CoverageClosedForm(int[][] sets, int n)
    {
        var m = new int[Math.Max(n, 0)];
        foreach (var s in sets)
        {
            foreach (int x in s)
            {
                m[x]++;
            }
        }
        var credits = new double[sets.Length];
        for (int i = 0; i < sets.Length; i++)
        {
            double c = 0;
            foreach (int x in sets[i])
            {
                c += 1.0 / m[x];
            }
            credits[i] = c;
        }
        int value = 0;
        foreach (int c in m)
        {
            if (c > 0)
            {
                value++;
            }
        }
        return (credits, value);
    }

    /// <summary>ATT-2 SpreadShapley: the Shapley value of the spread game σ(T) under a cascade model, as the mean over live-edge samples of the coverage closed form.</summary>
    /// <remarks>
    /// <para>σ(T) = E_L |Reach_L(T)| is an expectation of coverage games with R_i = Reach_L({i}) (the sharer included), so its
    /// Shapley value is the mean of φ_i = Σ_{x∈R_i} 1/m_x over samples L, exactly efficient per sample: Σφ = σ̂(S) for the
    /// same samples (Chen &amp; Teng 2017, doi:10.1145/3038912.3052608; Narayanam &amp; Narahari 2011, <i>IEEE T-ASE</i>
    /// 8(1):130, doi:10.1109/TASE.2010.2052042). Symmetric sharers get equal credit in expectation.</para>
    /// <para>Complexity O(R · (m + Σ_i |R_i|)). Per-sample credits are reduced in sample order: identical for any thread count.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="model">The cascade model (ic, icp, relationship); <see cref="DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs, random seed and threads; <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="progress">Progress (reported at the end).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Credits with standard errors; Value = σ̂(S) on the same samples.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node or an option is out of range.</exception>
    public static ShapleyCreditResult SpreadShapley(CsrGraph graph, ReadOnlySpan<int> seedNodes, DiffusionModel? model = null, SamplingOptions? sampling = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default) =>
        SampledCoverage(graph, seedNodes, null, model, sampling, progress, "SpreadShapley", cancellationToken);

    /// <summary>ATT-3 ResonanceShapley: like ATT-2, but the game's value counts only reinforced, in-community adopters (RES-1 ∩ RES-3).</summary>
    /// <remarks>
    /// <para>In each live-edge sample L the whole campaign S is run; an adopter x ∉ S is <i>resonant</i> when it had ≥ 2 distinct
    /// adopting in-neighbours at an earlier step (RES-1) and its parent is in its own community (RES-3). The game
    /// v_L(T) = |Resonant_L ∩ Reach_L(T)| is a coverage game restricted to resonant adopters, so
    /// φ_i = mean_L Σ_{x ∈ Reach_L(i) ∩ Resonant_L} 1/m_x, exactly efficient per sample (Σφ = mean resonant adopters).
    /// It credits WHO-bound sharing rather than raw reach: a broadcaster with no reinforced adopters gets 0.</para>
    /// <para>Complexity O(R · (m + Σ_i |R_i|)); identical for any thread count.</para>
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="partition">Communities.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="model">The cascade model (ic, icp, relationship); <see cref="DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs, random seed and threads; <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="progress">Progress (reported at the end).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Credits; Value = mean number of resonant adopters.</returns>
    /// <exception cref="ArgumentException">The partition does not fit the graph.</exception>
    public static ShapleyCreditResult ResonanceShapley(CsrGraph graph, Partition partition, ReadOnlySpan<int> seedNodes, DiffusionModel? model = null, SamplingOptions? sampling = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        MetricSupport.CheckPartition(partition, graph.NodeCount);
        return SampledCoverage(graph, seedNodes, partition.Membership.ToArray(), model, sampling, progress, "ResonanceShapley", cancellationToken);
    }

    private static ShapleyCreditResult SampledCoverage(CsrGraph graph, ReadOnlySpan<int> seedNodes, int[]? membership, DiffusionModel? model,
        SamplingOptions? sampling, IProgress<AnalysisProgress>? progress, string stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var options = (sampling ?? SamplingOptions.Default).Resolve();
        var sampler = LiveEdgeSampler.ForModel(graph, model ?? DiffusionModel.Default, options.RandomSeed!.Value, stage);
        int[] seeds = MetricSupport.CheckNodes(seedNodes, graph.NodeCount, nameof(seedNodes));
        var (credits, se, value) = LiveEdgeShapley.Credits(sampler, seeds, membership, options.Runs, options.MaxDegreeOfParallelism, cancellationToken);
        progress?.Report(new AnalysisProgress(stage, 1.0, options.Runs, options.Runs));
        return new ShapleyCreditResult(ImmutableArray.Create(seeds), ImmutableArray.Create(credits), value, ImmutableArray.Create(se), options.Runs,
            sampler.RandomSeed, []);
    }

    /// <summary>ATT-2 cross-check: the Shapley value of the spread game by permutation sampling (Castro, Gómez &amp; Tejada 2009).</summary>
    /// <remarks>
    /// Each sample i draws live-edge graph L_i (as <see cref="SpreadShapley"/>) and a uniform random order of the sharers
    /// (stream <c>ForStream(seed ^ 0x5DEECE66D, i)</c>); a sharer's credit is its marginal gain |Reach_L(P ∪ {i})| − |Reach_L(P)|
    /// over its predecessors P. Unbiased for the same Shapley value (Castro, Gómez &amp; Tejada 2009, <i>Computers &amp;
    /// Operations Research</i> 36(5):1726, doi:10.1016/j.cor.2008.04.004). O(R · m). Identical for any thread count.
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="model">The cascade model (ic, icp, relationship); <see cref="DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs (= number of permutations), random seed and threads; <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Estimated credits with standard errors.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node or an option is out of range.</exception>
    public static ShapleyCreditResult SpreadShapleyByPermutations(CsrGraph graph, ReadOnlySpan<int> seedNodes, DiffusionModel? model = null, SamplingOptions? sampling = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var options = (sampling ?? SamplingOptions.Default).Resolve();
        int n = graph.NodeCount;
        long seed = options.RandomSeed!.Value;
        var sampler = LiveEdgeSampler.ForModel(graph, model ?? DiffusionModel.Default, seed, "SpreadShapleyByPermutations");
        int[] seeds = MetricSupport.CheckNodes(seedNodes, n, nameof(seedNodes));
        int r = options.Runs;
        int k = seeds.Length;
        var perSample = new double[(long)r * k];
        var values = new double[r];
        sampler.ForEachSample(r, options.MaxDegreeOfParallelism, (i, scratch) =>
        {
            sampler.Draw(i, scratch);
            var order = new int[k];
            for (int s = 0; s < k; s++)
            {
                order[s] = s;
            }
            var rng = Xoshiro256StarStar.ForStream((ulong)seed ^ 0x5DEECE66DUL, (ulong)i);
            rng.ShuffleInPlace(order.AsSpan());
            var prefix = new int[k];
            int previous = 0;
            for (int j = 0; j < k; j++)
            {
                prefix[j] = seeds[order[j]];
                int c = sampler.Reach(prefix.AsSpan(0, j + 1), scratch, out _);
                perSample[((long)i * k) + order[j]] = c - previous;
                previous = c;
            }
            values[i] = previous;
        }, cancellationToken);
        var (credits, se) = LiveEdgeShapley.MeansAndStandardErrors(perSample, r, k);
        double value = 0;
        foreach (double v in values)
        {
            value += v;
        }
        return new ShapleyCreditResult(ImmutableArray.Create(seeds), ImmutableArray.Create(credits), value / r, ImmutableArray.Create(se), r, seed, []);
    }

    /// <summary>ATT-4 CascadeCredit: Goyal–Bonchi–Lakshmanan credit distribution over observed cascades.</summary>
    /// <remarks>
    /// Each non-sharer adopter x splits one unit of credit equally among its earlier-adopting in-neighbours (or only its
    /// recorded parent, see <see cref="CascadeCreditOptions.RecordedParentOnly"/>), and credit flows back multiplicatively
    /// along paths: Γ(u, x) = Σ_{w} γ(w, x) Γ(u, w), γ(w, x) = 1/|earlier in-neighbours of x|. The credit of u is
    /// Σ_{x≠u} Γ(u, x), computed in one reverse pass (D_x = 1 + Σ_children γ D_child, credit = D − 1). In the chain a→b→c,
    /// a gets 2 and b gets 1; two parents get ½ each. Goyal, Bonchi &amp; Lakshmanan 2011, <i>PVLDB</i> 5(1):73–84,
    /// doi:10.14778/2047485.2047492. O(Σ (|A| + arcs of adopters)).
    /// </remarks>
    /// <param name="graph">The graph the cascades ran on.</param>
    /// <param name="cascades">The observed cascades.</param>
    /// <param name="options">Options; <see cref="CascadeCreditOptions.Default"/> when null.</param>
    /// <returns>Credit per node summed over cascades.</returns>
    /// <exception cref="ArgumentException">A cascade ran on another node count.</exception>
    public static CascadeCreditResult CascadeCredit(CsrGraph graph, IReadOnlyList<Cascade> cascades, CascadeCreditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(cascades);
        options ??= CascadeCreditOptions.Default;
        int n = graph.NodeCount;
        var credit = new double[n];
        var acc = new double[n];
        int[] inOffsets = graph.InOffsetsArray;
        int[] inSources = graph.InSourcesArray;
        foreach (var cascade in cascades)
        {
            MetricSupport.CheckCascade(cascade, n, nameof(cascades));
            int[] stepOf = MetricSupport.StepOf(cascade);
            var adopters = cascade.Adopters.AsSpan();
            var steps = cascade.Steps.AsSpan();
            var parents = cascade.Parents.AsSpan();
            for (int i = adopters.Length - 1; i >= 0; i--)
            {
                int x = adopters[i];
                double d = 1 + acc[x];
                acc[x] = 0;
                credit[x] += d - 1;
                if (i < cascade.InitialSharerCount)
                {
                    continue;
                }
                if (options.RecordedParentOnly)
                {
                    if (parents[i] >= 0)
                    {
                        acc[parents[i]] += d;
                    }
                    continue;
                }
                int t = steps[i];
                int count = 0;
                for (int a = inOffsets[x]; a < inOffsets[x + 1]; a++)
                {
                    int u = inSources[a];
                    if (u != x && stepOf[u] >= 0 && stepOf[u] < t)
                    {
                        count++;
                    }
                }
                if (count == 0)
                {
                    if (parents[i] >= 0)
                    {
                        acc[parents[i]] += d;
                    }
                    continue;
                }
                double share = d / count;
                for (int a = inOffsets[x]; a < inOffsets[x + 1]; a++)
                {
                    int u = inSources[a];
                    if (u != x && stepOf[u] >= 0 && stepOf[u] < t)
                    {
                        acc[u] += share;
                    }
                }
            }
        }
        return new CascadeCreditResult(ImmutableArray.Create(credit), cascades.Count, options);
    }

    /// <summary>ATT-5 RewardSplit: payout_i = Pool · [α φ_i^spread / Σφ^spread + (1 − α) φ_i^res / Σφ^res].</summary>
    /// <remarks>
    /// Rewards both the reach (拡散) and the resonance (共鳴) a sharer created. The payouts always sum to the pool: when a
    /// credit family sums to 0 its share goes to the other family; when both do, the pool is split equally (with a
    /// diagnostic). A null player (0 in both) gets 0 whenever someone has credit; payouts are monotone in φ; α = 1
    /// reproduces pure spread credit. The last rounding residue goes to the largest payout. O(k).
    /// </remarks>
    /// <param name="spreadCredits">φ^spread per participant (ATT-2), non-negative.</param>
    /// <param name="resonanceCredits">φ^res per participant (ATT-3), non-negative, same length.</param>
    /// <param name="pool">The pool ≥ 0.</param>
    /// <param name="spreadWeight">α in [0, 1]. Default 0.5.</param>
    /// <returns>The payouts.</returns>
    /// <exception cref="ArgumentException">The credit arrays differ in length or hold negative or non-finite values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The pool or α is out of range.</exception>
    public static RewardSplitResult RewardSplit(ReadOnlySpan<double> spreadCredits, ReadOnlySpan<double> resonanceCredits, double pool, double spreadWeight = 0.5)
    {
        if (spreadCredits.Length != resonanceCredits.Length)
        {
            ThrowHelper.Argument(nameof(resonanceCredits), string.Create(CultureInfo.InvariantCulture,
                $"resonanceCredits has {resonanceCredits.Length} entries; spreadCredits has {spreadCredits.Length}."));
        }
        if (!(pool >= 0) || double.IsInfinity(pool))
        {
            ThrowHelper.ArgumentOutOfRange(nameof(pool), pool, "a finite value ≥ 0");
        }
        if (!(spreadWeight >= 0 && spreadWeight <= 1))
        {
            ThrowHelper.ArgumentOutOfRange(nameof(spreadWeight), spreadWeight, "[0, 1]");
        }
        int k = spreadCredits.Length;
        double sumSpread = Sum(spreadCredits, nameof(spreadCredits));
        double sumRes = Sum(resonanceCredits, nameof(resonanceCredits));
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        double alpha = spreadWeight;
        if (sumSpread == 0 && sumRes > 0 && alpha > 0)
        {
            diagnostics.Add("All spread credits are 0: the spread share of the pool goes to resonance credit.");
            alpha = 0;
        }
        else if (sumRes == 0 && sumSpread > 0 && alpha < 1)
        {
            diagnostics.Add("All resonance credits are 0: the resonance share of the pool goes to spread credit.");
            alpha = 1;
        }
        var payouts = new double[k];
        if (k == 0)
        {
            return new RewardSplitResult([], pool, spreadWeight, ["No participants: nothing is paid out."]);
        }
        if (sumSpread == 0 && sumRes == 0)
        {
            diagnostics.Add("All credits are 0: the pool is split equally.");
            Array.Fill(payouts, pool / k);
        }
        else
        {
            for (int i = 0; i < k; i++)
            {
                double s = sumSpread > 0 ? spreadCredits[i] / sumSpread : 0;
                double r = sumRes > 0 ? resonanceCredits[i] / sumRes : 0;
                payouts[i] = pool * ((alpha * s) + ((1 - alpha) * r));
            }
        }
        double total = 0;
        int largest = 0;
        for (int i = 0; i < k; i++)
        {
            total += payouts[i];
            if (payouts[i] > payouts[largest])
            {
                largest = i;
            }
        }
        payouts[largest] += pool - total;
        return new RewardSplitResult(ImmutableArray.Create(payouts), pool, spreadWeight, diagnostics.ToImmutable());
    }

    private static double Sum(ReadOnlySpan<double> values, string name)
    {
        double s = 0;
        foreach (double v in values)
        {
            if (!(v >= 0) || double.IsInfinity(v))
            {
                ThrowHelper.Argument(name, string.Create(CultureInfo.InvariantCulture, $"{name} must hold finite values ≥ 0; found {v}."));
            }
            s += v;
        }
        return s;
    }

    /// <summary>ATT-6 LeaveOneOut (baseline only) on h-hop reach sets: UniqueReach_h(S) − UniqueReach_h(S ∖ {i}).</summary>
    /// <remarks>
    /// Shown to illustrate that leave-one-out is <i>not</i> a fair split: it is not efficient (Σ ≤ value under
    /// submodularity), and two sharers with identical audiences each get 0. Here R_i = Ball_h(i) ∖ S, so the drop is the
    /// number of audience members only i reaches. O(Σ_i |Ball_h(i)|).
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="hops">h ≥ 0. Default 1.</param>
    /// <returns>Leave-one-out values; Value = UniqueReach_h(S).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node, or h &lt; 0.</exception>
    public static ShapleyCreditResult LeaveOneOut(CsrGraph graph, ReadOnlySpan<int> seedNodes, int hops = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (hops < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(hops), hops, "0 or more");
        }
        int n = graph.NodeCount;
        int[] seeds = MetricSupport.CheckNodes(seedNodes, n, nameof(seedNodes));
        var sets = BallSets(graph, seeds, hops);
        var m = new int[n];
        foreach (var s in sets)
        {
            foreach (int x in s)
            {
                m[x]++;
            }
        }
        var loo = new double[seeds.Length];
        int value = 0;
        foreach (int c in m)
        {
            if (c > 0)
            {
                value++;
            }
        }
        for (int i = 0; i < sets.Length; i++)
        {
            foreach (int x in sets[i])
            {
                if (m[x] == 1)
                {
                    loo[i]++;
                }
            }
        }
        return new ShapleyCreditResult(ImmutableArray.Create(seeds), ImmutableArray.Create(loo), value, [], 0, 0,
            ["Leave-one-out is a baseline, not a fair split: its values need not add up to the value."]);
    }

    /// <summary>ATT-6 LeaveOneOut (baseline only) under a cascade model: σ̂(S) − σ̂(S ∖ {i}) on common live-edge samples.</summary>
    /// <remarks>Not efficient (Σ ≤ σ under submodularity); see <see cref="LeaveOneOut(CsrGraph, ReadOnlySpan{int}, int)"/>. O(R · |S| · m).</remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="seedNodes">The sharers S.</param>
    /// <param name="model">The cascade model (ic, icp, relationship); <see cref="DiffusionModel.Default"/> when null.</param>
    /// <param name="sampling">Runs, random seed and threads; <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Leave-one-out values; Value = σ̂(S).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A sharer is not a node or an option is out of range.</exception>
    public static ShapleyCreditResult LeaveOneOutSampled(CsrGraph graph, ReadOnlySpan<int> seedNodes, DiffusionModel? model = null, SamplingOptions? sampling = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var options = (sampling ?? SamplingOptions.Default).Resolve();
        long seed = options.RandomSeed!.Value;
        var sampler = LiveEdgeSampler.ForModel(graph, model ?? DiffusionModel.Default, seed, "LeaveOneOutSampled");
        int[] seeds = MetricSupport.CheckNodes(seedNodes, graph.NodeCount, nameof(seedNodes));
        int r = options.Runs;
        int k = seeds.Length;
        var drops = new long[(long)r * k];
        var full = new long[r];
        sampler.ForEachSample(r, options.MaxDegreeOfParallelism, (i, scratch) =>
        {
            sampler.Draw(i, scratch);
            int all = sampler.Reach(seeds, scratch, out _);
            full[i] = all;
            var rest = new int[Math.Max(0, k - 1)];
            for (int s = 0; s < k; s++)
            {
                int w = 0;
                for (int j = 0; j < k; j++)
                {
                    if (j != s)
                    {
                        rest[w++] = seeds[j];
                    }
                }
                drops[((long)i * k) + s] = all - sampler.Reach(rest, scratch, out _);
            }
        }, cancellationToken);
        var loo = new double[k];
        for (int s = 0; s < k; s++)
        {
            long sum = 0;
            for (int i = 0; i < r; i++)
            {
                sum += drops[((long)i * k) + s];
            }
            loo[s] = (double)sum / r;
        }
        return new ShapleyCreditResult(ImmutableArray.Create(seeds), ImmutableArray.Create(loo), (double)full.Sum() / r, [], r, seed,
            ["Leave-one-out is a baseline, not a fair split: its values need not add up to the value."]);
    }
}

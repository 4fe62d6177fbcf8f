using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Greedy spread maximisation over a spread oracle: plain greedy (Kempe, Kleinberg &amp; Tardos 2003), CELF lazy
/// evaluation (Leskovec et al. 2007) and CELF++ (Goyal, Lu &amp; Lakshmanan 2011).
/// </summary>
/// <remarks>
/// <para>All three add, k times, the feasible node of largest marginal gain σ(S ∪ {u}) − σ(S), ties broken toward the
/// lowest node. For a monotone submodular σ that is a (1 − 1/e)-approximation (Nemhauser, Wolsey &amp; Fisher 1978,
/// doi:10.1007/BF01588971), 1/2 under department quotas. The lazy variants skip evaluations whose stale gain (an upper
/// bound, by submodularity) cannot win; on an exactly submodular oracle (<see cref="ExactSpreadOracle"/> with dyadic
/// probabilities, <see cref="MonteCarloSpreadOracle"/>) all three return the same sharers.</para>
/// </remarks>
public static class GreedySeeding
{
    /// <summary>Plain greedy: evaluates every feasible node in every round.</summary>
    /// <param name="graph">The graph the oracle evaluates on (its node count must match).</param>
    /// <param name="oracle">The spread oracle.</param>
    /// <param name="options">Options; null for <see cref="GreedySeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress, one report per chosen sharer.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers with their gains.</returns>
    /// <remarks>
    /// Kempe, Kleinberg &amp; Tardos, "Maximizing the spread of influence through a social network", KDD 2003,
    /// doi:10.1145/956750.956769. O(k·n) oracle calls. Deterministic.
    /// </remarks>
    /// <exception cref="ArgumentException">The oracle's node count differs from the graph's, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GreedySeedingResult Greedy(CsrGraph graph, ISpreadOracle oracle, GreedySeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        (options, var state, int k, var diagnostics) = Prepare(graph, oracle, options);
        int n = graph.NodeCount;
        var chosen = new List<int>(k);
        var gains = new List<double>(k);
        long calls = 1;
        double current = oracle.Spread([], cancellationToken);
        var buffer = new int[k + 1];
        while (chosen.Count < k)
        {
            int best = -1;
            double bestGain = double.NegativeInfinity;
            double bestValue = 0;
            for (int u = 0; u < n; u++)
            {
                if (!state.CanAdd(u))
                {
                    continue;
                }
                double value = Evaluate(oracle, chosen, u, buffer, cancellationToken);
                calls++;
                double gain = value - current;
                if (gain > bestGain)
                {
                    best = u;
                    bestGain = gain;
                    bestValue = value;
                }
            }
            if (best < 0)
            {
                break;
            }
            state.Add(best);
            chosen.Add(best);
            gains.Add(bestGain);
            current = bestValue;
            progress?.Report(new AnalysisProgress("Greedy", (double)chosen.Count / k, chosen.Count, k));
        }
        return Finish("Greedy", chosen, gains, current, calls, oracle, options, diagnostics, k, progress);
    }

    /// <summary>CELF: greedy with lazy forward evaluation of marginal gains.</summary>
    /// <param name="graph">The graph the oracle evaluates on (its node count must match).</param>
    /// <param name="oracle">The spread oracle.</param>
    /// <param name="options">Options; null for <see cref="GreedySeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress, one report per chosen sharer.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers with their gains.</returns>
    /// <remarks>
    /// Leskovec, Krause, Guestrin, Faloutsos, VanBriesen &amp; Glance, "Cost-effective outbreak detection in networks",
    /// KDD 2007, doi:10.1145/1281192.1281239. A max-heap of (stale gain, node); the top is re-evaluated until its gain is
    /// current for this round, then chosen. Same sharers as <see cref="Greedy"/> on a submodular oracle, with far fewer
    /// calls (typically n + a few per round). Deterministic.
    /// </remarks>
    /// <exception cref="ArgumentException">The oracle's node count differs from the graph's, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GreedySeedingResult Celf(CsrGraph graph, ISpreadOracle oracle, GreedySeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        (options, var state, int k, var diagnostics) = Prepare(graph, oracle, options);
        int n = graph.NodeCount;
        var chosen = new List<int>(k);
        var gains = new List<double>(k);
        var buffer = new int[k + 1];
        long calls = 1;
        double current = oracle.Spread([], cancellationToken);
        var heap = new PriorityQueue<int, (double Gain, int Node)>(n, GainOrder.Instance);
        var round = new int[n];
        var value = new double[n]; // σ(S ∪ {u}) at u's last evaluation
        for (int u = 0; u < n; u++)
        {
            if (state.CanAdd(u))
            {
                value[u] = Evaluate(oracle, chosen, u, buffer, cancellationToken);
                calls++;
                heap.Enqueue(u, (value[u] - current, u));
            }
        }
        while (chosen.Count < k && heap.TryDequeue(out int u, out var key))
        {
            if (!state.CanAdd(u))
            {
                continue;
            }
            if (round[u] != chosen.Count)
            {
                value[u] = Evaluate(oracle, chosen, u, buffer, cancellationToken);
                calls++;
                round[u] = chosen.Count;
                heap.Enqueue(u, (value[u] - current, u));
                continue;
            }
            state.Add(u);
            chosen.Add(u);
            gains.Add(key.Gain);
            current = value[u];
            progress?.Report(new AnalysisProgress("CELF", (double)chosen.Count / k, chosen.Count, k));
        }
        return Finish("CELF", chosen, gains, current, calls + 1, oracle, options, diagnostics, k, progress);
    }

    /// <summary>CELF++: CELF that also remembers each node's gain with respect to S ∪ {the round's best so far}.</summary>
    /// <param name="graph">The graph the oracle evaluates on (its node count must match).</param>
    /// <param name="oracle">The spread oracle.</param>
    /// <param name="options">Options; null for <see cref="GreedySeedingOptions.Default"/>.</param>
    /// <param name="progress">Optional progress, one report per chosen sharer.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers with their gains.</returns>
    /// <remarks>
    /// Goyal, Lu &amp; Lakshmanan, "CELF++: optimizing the greedy algorithm for influence maximization in social
    /// networks", WWW 2011 (companion), doi:10.1145/1963192.1963217. Each heap entry keeps mg1 = Δ_u(S), prev_best (the
    /// best node of the round when mg1 was computed), mg2 = Δ_u(S ∪ {prev_best}) and the round of mg1; when prev_best is
    /// chosen next, mg2 becomes u's current gain without a call. With a Monte Carlo oracle the paper computes mg1 and
    /// mg2 in the same simulations; here each is one oracle call, so the saving shows in rounds, not necessarily in calls.
    /// Same sharers as <see cref="Greedy"/> on a submodular oracle. Deterministic.
    /// </remarks>
    /// <exception cref="ArgumentException">The oracle's node count differs from the graph's, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GreedySeedingResult CelfPlusPlus(CsrGraph graph, ISpreadOracle oracle, GreedySeedingOptions? options = null,
        IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        (options, var state, int k, var diagnostics) = Prepare(graph, oracle, options);
        int n = graph.NodeCount;
        var chosen = new List<int>(k);
        var gains = new List<double>(k);
        var buffer = new int[k + 2];
        long calls = 1;
        double current = oracle.Spread([], cancellationToken);
        var value1 = new double[n]; // σ(S ∪ {u}) when u's mg1 was computed
        var value2 = new double[n]; // σ(S ∪ {prev_best, u})
        var prevBest = new int[n];
        var flag = new int[n];
        var heap = new PriorityQueue<int, (double Gain, int Node)>(n, GainOrder.Instance);
        int curBest = -1;
        double curBestGain = double.NegativeInfinity;
        int lastSeed = -1;
        for (int u = 0; u < n; u++)
        {
            if (!state.CanAdd(u))
            {
                continue;
            }
            value1[u] = Evaluate(oracle, chosen, u, buffer, cancellationToken);
            calls++;
            double gain = value1[u] - current;
            prevBest[u] = curBest;
            if (curBest >= 0)
            {
                value2[u] = EvaluatePair(oracle, chosen, curBest, u, buffer, cancellationToken);
                calls++;
            }
            heap.Enqueue(u, (gain, u));
            if (gain > curBestGain)
            {
                curBest = u;
                curBestGain = gain;
            }
        }
        curBest = -1;
        curBestGain = double.NegativeInfinity;
        while (chosen.Count < k && heap.TryDequeue(out int u, out var key))
        {
            if (!state.CanAdd(u))
            {
                continue;
            }
            if (flag[u] == chosen.Count)
            {
                state.Add(u);
                chosen.Add(u);
                gains.Add(key.Gain);
                current = value1[u];
                lastSeed = u;
                curBest = -1;
                curBestGain = double.NegativeInfinity;
                progress?.Report(new AnalysisProgress("CELF++", (double)chosen.Count / k, chosen.Count, k));
                continue;
            }
            if (lastSeed >= 0 && prevBest[u] == lastSeed && flag[u] == chosen.Count - 1)
            {
                value1[u] = value2[u]; // σ(S_old ∪ {prev_best} ∪ {u}) = σ(S ∪ {u}): no call
                prevBest[u] = -1;
            }
            else
            {
                value1[u] = Evaluate(oracle, chosen, u, buffer, cancellationToken);
                calls++;
                prevBest[u] = curBest;
                if (curBest >= 0)
                {
                    value2[u] = EvaluatePair(oracle, chosen, curBest, u, buffer, cancellationToken);
                    calls++;
                }
            }
            double g1 = value1[u] - current;
            if (g1 > curBestGain || (g1 == curBestGain && u < curBest))
            {
                curBest = u;
                curBestGain = g1;
            }
            flag[u] = chosen.Count;
            heap.Enqueue(u, (g1, u));
        }
        return Finish("CELF++", chosen, gains, current, calls + 1, oracle, options, diagnostics, k, progress);
    }

    private static double Evaluate(ISpreadOracle oracle, List<int> chosen, int u, int[] buffer, CancellationToken ct)
    {
        chosen.CopyTo(buffer);
        buffer[chosen.Count] = u;
        return oracle.Spread(buffer.AsSpan(0, chosen.Count + 1), ct);
    }

    private static double EvaluatePair(ISpreadOracle oracle, List<int> chosen, int best, int u, int[] buffer, CancellationToken ct)
    {
        chosen.CopyTo(buffer);
        buffer[chosen.Count] = best;
        buffer[chosen.Count + 1] = u;
        return oracle.Spread(buffer.AsSpan(0, chosen.Count + 2), ct);
    }

    private static (GreedySeedingOptions, SeedingConstraintState, int, ImmutableArray<string>.Builder) Prepare(CsrGraph graph, ISpreadOracle oracle, GreedySeedingOptions? options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(oracle);
        options ??= GreedySeedingOptions.Default;
        if (oracle.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument(nameof(oracle), string.Create(CultureInfo.InvariantCulture,
                $"The oracle evaluates on {oracle.NodeCount} nodes but the graph has {graph.NodeCount}."));
        }
        if (options.SeedCount < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.SeedCount", options.SeedCount, "1 or more");
        }
        options.Constraints?.Validate(graph.NodeCount, "options.Constraints");
        var state = new SeedingConstraintState(graph.NodeCount, options.Constraints);
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        if (state.HasQuotas)
        {
            diagnostics.Add("Department quotas apply: greedy guarantees 1/2 of the optimum (Fisher, Nemhauser & Wolsey 1978).");
        }
        return (options, state, k, diagnostics);
    }

    private static GreedySeedingResult Finish(string method, List<int> chosen, List<double> gains, double spread, long calls,
        ISpreadOracle oracle, GreedySeedingOptions options, ImmutableArray<string>.Builder diagnostics, int k, IProgress<AnalysisProgress>? progress)
    {
        if (chosen.Count < options.SeedCount)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"Only {chosen.Count} sharers could be chosen under the constraints (SeedCount = {options.SeedCount})."));
        }
        progress?.Report(new AnalysisProgress(method, 1, chosen.Count, Math.Max(k, chosen.Count)));
        return new GreedySeedingResult([.. chosen], [.. gains], spread, calls, method, oracle.Description, options, diagnostics.ToImmutable());
    }

    /// <summary>Heap order: larger gain first, then lower node.</summary>
    private sealed class GainOrder : IComparer<(double Gain, int Node)>
    {
        public static readonly GainOrder Instance = new();

        public int Compare((double Gain, int Node) x, (double Gain, int Node) y)
        {
            int c = y.Gain.CompareTo(x.Gain);
            return c != 0 ? c : x.Node.CompareTo(y.Node);
        }
    }
}

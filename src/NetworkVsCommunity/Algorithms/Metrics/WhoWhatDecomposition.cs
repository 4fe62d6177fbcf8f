using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Algorithms.Diffusion;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// WHO-1: decomposes the variance of a campaign outcome into the share explained by WHO shares (sharer identity) and by
/// WHAT is shared (message appeal), two-way ANOVA style. Spread is WHAT-driven; shared resonance is WHO-driven.
/// </summary>
/// <remarks>Thread safety: stateless. The simulation is identical for any thread count.</remarks>
public static class WhoWhatDecomposition
{
    /// <summary>WHO-1 on given outcomes: η²_who = SS_who/SS_total and η²_what = SS_what/SS_total of a balanced sharer × appeal design.</summary>
    /// <remarks>
    /// Main-effect sums of squares of a balanced two-way layout (Fisher 1925; eta squared, Cohen 1973,
    /// doi:10.1177/001316447303300111): SS_who = R·A Σ_s (ȳ_s − ȳ)², SS_what = R·S Σ_a (ȳ_a − ȳ)², SS_total = Σ (y − ȳ)².
    /// In a balanced design the effects are orthogonal, so η²_who + η²_what ≤ 1, both in [0, 1]. O(S·A·R).
    /// </remarks>
    /// <param name="outcomes">Outcomes laid out [sharer][appeal][run], length sharers · appeals · runs.</param>
    /// <param name="sharerCount">S ≥ 1.</param>
    /// <param name="appealCount">A ≥ 1.</param>
    /// <param name="runsPerCell">R ≥ 1.</param>
    /// <returns>The decomposition (RandomSeed 0).</returns>
    /// <exception cref="ArgumentException">The length does not match S·A·R, or a count is below 1.</exception>
    public static WhoWhatResult Decompose(ReadOnlySpan<double> outcomes, int sharerCount, int appealCount, int runsPerCell) =>
        DecomposeCore(outcomes, sharerCount, appealCount, runsPerCell, 0);

    private static WhoWhatResult DecomposeCore(ReadOnlySpan<double> y, int s, int a, int r, long seed)
    {
        if (s < 1 || a < 1 || r < 1 || (long)s * a * r != y.Length)
        {
            ThrowHelper.Argument(nameof(y), string.Create(CultureInfo.InvariantCulture,
                $"outcomes has {y.Length} values; expected sharers·appeals·runs = {s}·{a}·{r} with every count ≥ 1."));
        }
        double grand = 0;
        foreach (double v in y)
        {
            grand += v;
        }
        grand /= y.Length;
        var sharerMean = new double[s];
        var appealMean = new double[a];
        var cell = new double[s * a];
        double ssTotal = 0;
        for (int i = 0; i < s; i++)
        {
            for (int j = 0; j < a; j++)
            {
                double sum = 0;
                for (int k = 0; k < r; k++)
                {
                    double v = y[(((i * a) + j) * r) + k];
                    sum += v;
                    ssTotal += (v - grand) * (v - grand);
                }
                cell[(i * a) + j] = sum / r;
                sharerMean[i] += sum;
                appealMean[j] += sum;
            }
        }
        double ssWho = 0;
        for (int i = 0; i < s; i++)
        {
            sharerMean[i] /= (double)a * r;
            ssWho += (double)a * r * (sharerMean[i] - grand) * (sharerMean[i] - grand);
        }
        double ssWhat = 0;
        for (int j = 0; j < a; j++)
        {
            appealMean[j] /= (double)s * r;
            ssWhat += (double)s * r * (appealMean[j] - grand) * (appealMean[j] - grand);
        }
        double ssInteraction = 0;
        for (int i = 0; i < s; i++)
        {
            for (int j = 0; j < a; j++)
            {
                double d = cell[(i * a) + j] - sharerMean[i] - appealMean[j] + grand;
                ssInteraction += r * d * d;
            }
        }
        double who = ssTotal > 0 ? Math.Clamp(ssWho / ssTotal, 0, 1) : 0;
        double what = ssTotal > 0 ? Math.Clamp(ssWhat / ssTotal, 0, 1) : 0;
        double inter = ssTotal > 0 ? Math.Clamp(ssInteraction / ssTotal, 0, 1) : 0;
        return new WhoWhatResult(who, what, inter, grand, ImmutableArray.Create(cell), s, a, r, seed);
    }

    /// <summary>WHO-1 by simulation: runs each sharer alone at each appeal level under IC and decomposes the outcome variance.</summary>
    /// <remarks>
    /// Run k of every cell is live-edge world (RandomSeed, k) of the engine (common random numbers: the appeal scales p,
    /// so a higher appeal keeps a superset of arcs). On a vertex-transitive graph (a ring, a complete graph) η²_who is near 0
    /// within Monte Carlo error; with one appeal level η²_what is 0. Complexity O(R · A · (m + S · reach)). Identical for any
    /// thread count.
    /// </remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="sharers">The WHO levels: each sharer runs the campaign alone.</param>
    /// <param name="options">Options; <see cref="WhoWhatOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The decomposition with the seed used.</returns>
    /// <exception cref="ArgumentException">No sharers, or no or negative appeal levels.</exception>
    public static WhoWhatResult Simulate(CsrGraph graph, ReadOnlySpan<int> sharers, WhoWhatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= WhoWhatOptions.Default;
        ArgumentNullException.ThrowIfNull(options.Model, "options.Model");
        var sampling = (options.Sampling ?? SamplingOptions.Default).Resolve("options.Sampling");
        double[] probabilities = DiffusionArcProbabilities.ForLiveEdgeModel(graph, options.Model, "WhoWhatDecomposition.Simulate");
        if (options.AppealLevels.IsDefaultOrEmpty)
        {
            ThrowHelper.Argument(nameof(options), "options.AppealLevels is empty; allowed: one or more appeal levels ≥ 0.");
        }
        foreach (double level in options.AppealLevels)
        {
            if (!(level >= 0) || double.IsInfinity(level))
            {
                ThrowHelper.ArgumentOutOfRange("options.AppealLevels", level, "finite values ≥ 0");
            }
        }
        int[] who = sharers.ToArray();
        foreach (int v in who)
        {
            ThrowHelper.CheckNode(v, graph.NodeCount, nameof(sharers));
        }
        if (who.Length == 0)
        {
            ThrowHelper.Argument(nameof(sharers), "WHO-1 needs at least one sharer.");
        }
        long seed = sampling.RandomSeed!.Value;
        int s = who.Length;
        int a = options.AppealLevels.Length;
        int r = sampling.Runs;
        var y = new double[s * a * r];
        var samplers = new LiveEdgeSampler[a];
        for (int j = 0; j < a; j++)
        {
            samplers[j] = new LiveEdgeSampler(graph, probabilities, seed, options.AppealLevels[j]);
        }
        bool reinforced = options.Outcome == WhoWhatOutcome.ReinforcedAdopters;
        samplers[0].ForEachSample(r, sampling.MaxDegreeOfParallelism, (k, scratch) =>
        {
            for (int j = 0; j < a; j++)
            {
                var sampler = samplers[j];
                sampler.Draw(k, scratch);
                for (int i = 0; i < s; i++)
                {
                    int c = sampler.Reach(who.AsSpan(i, 1), scratch, out int stamp);
                    y[(((i * a) + j) * r) + k] = reinforced ? sampler.CountReinforced(scratch, c, stamp, 2, null, null) : c;
                }
            }
        }, cancellationToken);
        return DecomposeCore(y, s, a, r, seed);
    }
}

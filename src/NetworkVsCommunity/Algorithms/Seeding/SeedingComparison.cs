using NetworkVsCommunity.Algorithms.Diffusion;
using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Compares seed sets on the same random cascades (common random numbers): spread, resonance, risk and credit for each,
/// with confidence intervals and paired t-tests against the first candidate.
/// </summary>
public static partial class SeedingComparison
{
    /// <summary>Evaluates every candidate on the same R live-edge worlds and reports means, intervals and paired tests.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="candidates">The seed sets to compare; the first is the baseline of the paired tests.</param>
    /// <param name="options">Options; null for <see cref="SeedingComparisonOptions.Default"/>.</param>
    /// <param name="progress">Optional progress over runs.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>One <see cref="StrategyOutcome"/> per candidate, in order.</returns>
    /// <remarks>
    /// <para><b>Common random numbers.</b> Run r is the diffusion engine's live-edge world r of the model under
    /// <c>RandomSeed</c> (Kempe, Kleinberg &amp; Tardos 2003): arc a is live iff a uniform hashed from (RandomSeed, r, a) is
    /// below its probability (LT: each node's in-arc from a uniform of (RandomSeed, r, node)), read lazily as the searches
    /// reach arcs. All candidates therefore face the same world in run r, and per-run differences are paired, which removes
    /// the shared noise from the comparison (variance reduction by common random numbers; Glasserman &amp; Yao 1992,
    /// doi:10.1287/mnsc.38.6.884). The world of run r depends only on the seed, the model and r: not on the candidates,
    /// their order or the thread count, and it is the same world that the metrics' sample r and the Monte Carlo spread
    /// oracle's world r use.</para>
    /// <para><b>Per run.</b> Each sharer's reach set R_i is found by BFS over live arcs; adopters are their union, with
    /// adoption step = live-path distance from the sharers. Reinforced adopters have ≥ 2 in-neighbours that adopted at an
    /// earlier step. Credit is the Shapley value of the coverage game (docs/metrics.md#att-2): φ_i = Σ_{x∈R_i} 1/m_x. The
    /// flag-bearer dependence (RSK-5) uses σ(S∖{top}) = σ(S) − E|{x ∈ R_top : m_x = 1}|.</para>
    /// <para><b>Statistics.</b> Means with standard errors sd/√R and Student-t intervals; paired differences with a
    /// two-sided paired t-test on R − 1 degrees of freedom (MathNet.Numerics). Per-run values are kept in run slots and
    /// reduced in run order, so results are identical for any thread count.</para>
    /// <para><b>Cost.</b> O(R · Σ_candidates Σ_i (|R_i| + arcs examined)); memory O(n + m) per thread.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">No candidates, a candidate repeats a node or names a non-node, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static SeedingComparisonResult Compare(
        CsrGraph graph,
        IReadOnlyList<SeedSetCandidate> candidates,
        SeedingComparisonOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(candidates);
        options ??= SeedingComparisonOptions.Default;
        Validate(graph, candidates, options);
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        int runs = options.Runs;
        int strategies = candidates.Count;
        int[][] seeds = candidates.Select(c => c.SeedNodes.ToArray()).ToArray();
        var reach = new int[strategies][];
        var reinforced = new int[strategies][];
        var supporters = new int[strategies][];
        var credit = new double[strategies][];
        var uniqueLoss = new long[strategies][];
        for (int s = 0; s < strategies; s++)
        {
            reach[s] = new int[runs];
            reinforced[s] = new int[runs];
            supporters[s] = new int[runs];
            credit[s] = new double[runs * seeds[s].Length];
            uniqueLoss[s] = new long[seeds[s].Length];
        }
        LiveEdgeModel liveEdges = SeedingModel.Create(graph, options.Model, "options.Model").LiveEdges;
        int[]? community = options.Communities?.Membership.ToArray();
        int workers = options.MaxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        int chunks = Math.Min(runs, Math.Max(1, workers));
        long done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        Parallel.For(0, chunks, parallel, c =>
        {
            var world = new ComparisonWorld(liveEdges, community, options.SupporterThreshold);
            var localLoss = new long[strategies][];
            for (int s = 0; s < strategies; s++)
            {
                localLoss[s] = new long[seeds[s].Length];
            }
            int from = (int)((long)runs * c / chunks);
            int to = (int)((long)runs * (c + 1) / chunks);
            for (int r = from; r < to; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                world.Begin(randomSeed, r);
                for (int s = 0; s < strategies; s++)
                {
                    world.Evaluate(seeds[s], credit[s].AsSpan(r * seeds[s].Length, seeds[s].Length), localLoss[s],
                        out reach[s][r], out reinforced[s][r], out supporters[s][r]);
                }
                long completed = Interlocked.Increment(ref done);
                if (progress is not null && c == 0)
                {
                    progress.Report(new AnalysisProgress("Seeding comparison", Math.Min(0.99, (double)completed / runs), completed, runs));
                }
            }
            lock (uniqueLoss)
            {
                for (int s = 0; s < strategies; s++)
                {
                    for (int i = 0; i < localLoss[s].Length; i++)
                    {
                        uniqueLoss[s][i] += localLoss[s][i];
                    }
                }
            }
        });

        double level = options.ConfidenceLevel;
        double tQuantile = StudentT.InvCDF(0, 1, runs - 1, 0.5 + level / 2);
        var outcomes = ImmutableArray.CreateBuilder<StrategyOutcome>(strategies);
        for (int s = 0; s < strategies; s++)
        {
            int k = seeds[s].Length;
            var phi = new double[k];
            for (int r = 0; r < runs; r++)
            {
                for (int i = 0; i < k; i++)
                {
                    phi[i] += credit[s][r * k + i];
                }
            }
            int top = -1;
            for (int i = 0; i < k; i++)
            {
                phi[i] /= runs;
                if (top < 0 || phi[i] > phi[top])
                {
                    top = i;
                }
            }
            OutcomeEstimate spread = Estimate(reach[s], tQuantile);
            double flagBearer = top < 0 || spread.Mean == 0 ? 0 : (double)uniqueLoss[s][top] / runs / spread.Mean;
            outcomes.Add(new StrategyOutcome(
                candidates[s].Name,
                candidates[s].SeedNodes,
                spread,
                Estimate(reinforced[s], tQuantile),
                Estimate(supporters[s], tQuantile),
                StandardDeviation(reach[s]),
                flagBearer,
                [.. phi],
                Paired(reach[s], reach[0], tQuantile),
                Paired(reinforced[s], reinforced[0], tQuantile)));
        }
        progress?.Report(new AnalysisProgress("Seeding comparison", 1, runs, runs));
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        if (options.Communities is null)
        {
            diagnostics.Add("No communities given: the supporter base is 0 for every candidate.");
        }
        return new SeedingComparisonResult(outcomes.ToImmutable(), runs, randomSeed, options with { RandomSeed = randomSeed }, diagnostics.ToImmutable());
    }

    private static void Validate(CsrGraph graph, IReadOnlyList<SeedSetCandidate> candidates, SeedingComparisonOptions options)
    {
        if (candidates.Count == 0)
        {
            ThrowHelper.Argument(nameof(candidates), "Give at least one candidate seed set to compare.");
        }
        foreach (SeedSetCandidate c in candidates)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(candidates));
            var seen = new HashSet<int>();
            foreach (int v in c.SeedNodes.IsDefault ? [] : c.SeedNodes)
            {
                ThrowHelper.CheckNode(v, graph.NodeCount, nameof(candidates));
                if (!seen.Add(v))
                {
                    ThrowHelper.Argument(nameof(candidates), string.Create(CultureInfo.InvariantCulture, $"Candidate '{c.Name}' lists node {v} twice."));
                }
            }
        }
        if (options.Runs < 2)
        {
            ThrowHelper.ArgumentOutOfRange("options.Runs", options.Runs, "2 or more");
        }
        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.ConfidenceLevel", options.ConfidenceLevel, "greater than 0 and less than 1");
        }
        if (options.SupporterThreshold < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.SupporterThreshold", options.SupporterThreshold, "1 or more");
        }
        if (options.MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", options.MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        if (options.Communities is not null && options.Communities.NodeCount != graph.NodeCount)
        {
            ThrowHelper.Argument("options.Communities", string.Create(CultureInfo.InvariantCulture,
                $"options.Communities covers {options.Communities.NodeCount} nodes; the graph has {graph.NodeCount}."));
        }
        ArgumentNullException.ThrowIfNull(options.Model, "options.Model");
        SeedingModel.Create(graph, options.Model, "options.Model");
    }

    private static OutcomeEstimate Estimate(int[] values, double tQuantile)
    {
        double mean = Mean(values);
        double se = StandardDeviation(values) / Math.Sqrt(values.Length);
        return new OutcomeEstimate(mean, se, mean - tQuantile * se, mean + tQuantile * se);
    }

    private static double Mean(int[] values)
    {
        long sum = 0;
        foreach (int v in values)
        {
            sum += v;
        }
        return (double)sum / values.Length;
    }

    private static double StandardDeviation(int[] values)
    {
        double mean = Mean(values);
        double ss = 0;
        foreach (int v in values)
        {
            ss += (v - mean) * (v - mean);
        }
        return Math.Sqrt(ss / (values.Length - 1));
    }

    private static PairedDifference Paired(int[] a, int[] b, double tQuantile)
    {
        int r = a.Length;
        var d = new int[r];
        for (int i = 0; i < r; i++)
        {
            d[i] = a[i] - b[i];
        }
        double mean = Mean(d);
        double se = StandardDeviation(d) / Math.Sqrt(r);
        double t = se > 0 ? mean / se : mean == 0 ? 0 : Math.CopySign(double.PositiveInfinity, mean);
        double p = double.IsInfinity(t) ? 0 : 2 * (1 - StudentT.CDF(0, 1, r - 1, Math.Abs(t)));
        return new PairedDifference(mean, se, mean - tQuantile * se, mean + tQuantile * se, t, p, r - 1);
    }
}

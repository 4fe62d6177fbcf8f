using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Random;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Spread maximisation with reverse-reachable sets: IMM (Tang, Shi &amp; Xiao 2015) with its (1 − 1/e − ε) guarantee at
/// probability 1 − n^−ℓ, under Independent Cascade or Linear Threshold.
/// </summary>
public static class InfluenceMaximization
{
    /// <summary>Stream offset of the final, independent RR sets (the sampling phase uses streams 0, 1, 2, …).</summary>
    internal const ulong FinalStreamOffset = 1UL << 48;

    /// <summary>
    /// Chooses <see cref="ImmOptions.SeedCount"/> sharers that maximise the expected spread, with IMM (Influence
    /// Maximization via Martingales).
    /// </summary>
    /// <param name="graph">The graph; influence flows along arcs (both ways for an undirected graph).</param>
    /// <param name="options">Options; null for <see cref="ImmOptions.Default"/>.</param>
    /// <param name="progress">Optional progress (stages "IMM: sampling", "IMM: final RR sets", "IMM: node selection").</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers, the estimated spread and the sample sizes.</returns>
    /// <remarks>
    /// <para><b>Idea.</b> The spread of S equals n·Pr[S meets a random reverse-reachable (RR) set] (Borgs, Brautbar, Chayes
    /// &amp; Lucier, SODA 2014, doi:10.1137/1.9781611973402.70). IMM draws enough RR sets that greedy maximum coverage on
    /// them is a (1 − 1/e − ε)-approximation with probability at least 1 − n^−ℓ.</para>
    /// <para><b>Algorithm</b> (Tang, Shi &amp; Xiao, "Influence Maximization in Near-Linear Time: A Martingale Approach",
    /// SIGMOD 2015, doi:10.1145/2723372.2723734, Algorithms 1–3): ℓ ← ℓ·(1 + ln 2 / ln n); ε′ = √2·ε;
    /// λ′ = (2 + 2ε′/3)·(ln C(n,k) + ℓ·ln n + ln log₂ n)·n/ε′²; for i = 1 … log₂ n − 1: x = n/2^i, extend R to
    /// θᵢ = λ′/x sets, Sᵢ = NodeSelection(R); stop with LB = n·F_R(Sᵢ)/(1 + ε′) once n·F_R(Sᵢ) ≥ (1 + ε′)·x (else LB = 1).
    /// Then θ = λ*/LB with λ* = 2n·((1 − 1/e)·α + β)²/ε², α = √(ℓ ln n + ln 2), β = √((1 − 1/e)(ln C(n,k) + ℓ ln n + ln 2)).</para>
    /// <para><b>Correction</b> (W. Chen, "An Issue in the Martingale Analysis of the Influence Maximization Algorithm IMM",
    /// CSoNet 2018, doi:10.1007/978-3-030-04648-4_25, arXiv:1808.09363): reusing the sampling phase's RR sets for node
    /// selection makes θ depend on those sets, which breaks the martingale argument. This implementation applies Chen's
    /// first workaround: node selection runs on θ <i>fresh</i> RR sets drawn independently of the sampling phase (from
    /// a disjoint range of random streams), which restores the guarantee at the cost of redrawing the sets.</para>
    /// <para><b>RR sets.</b> IC: a breadth-first search over in-arcs, each kept with its probability (uniform and
    /// weighted-cascade probabilities by geometric skipping, per-arc weights one coin per arc). LT: a reverse random walk
    /// where each node picks at most one in-arc with probability equal to its weight, stopping at a revisit.</para>
    /// <para><b>Complexity.</b> Expected O((k + ℓ)(n + m)·log n / ε²) time (Tang et al., Theorem 3); memory 4 bytes per
    /// RR-set member with two or more members plus O(n) (sets holding only their root are counted per node).</para>
    /// <para><b>Constraints.</b> Admissibility (eligibility, exclusions, enthusiasm) restricts the ground set and keeps
    /// the guarantee. Department quotas make greedy a 1/2-approximation on the sample (Fisher, Nemhauser &amp; Wolsey
    /// 1978), which IMM's analysis does not cover: the result then reports <c>ApproximationRatio = NaN</c> and a
    /// diagnostic.</para>
    /// <para><b>Determinism.</b> RR set i of the sampling phase draws from <c>ForStream(seed, i)</c> and of the final
    /// collection from <c>ForStream(seed, 2^48 + i)</c>; sets are appended in index order and greedy breaks ties toward the
    /// lowest node, so the result is identical for any <see cref="ImmOptions.MaxDegreeOfParallelism"/>. (Geometric
    /// skipping uses <see cref="Math.Log(double)"/>, so results may differ across platforms whose libm differ.)</para>
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range, the graph has no nodes, or the model or
    /// constraints do not fit the graph.</exception>
    /// <exception cref="InvalidOperationException">The RR sets would exceed the largest array (use a larger ε).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ImmResult Imm(
        CsrGraph graph,
        ImmOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ImmOptions.Default;
        Validate(graph, options);
        int n = graph.NodeCount;
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        if (k < options.SeedCount)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"Only {state.AdmissibleCount} nodes are admissible under the constraints; chose {k} instead of SeedCount = {options.SeedCount}."));
        }
        if (k == 0)
        {
            return new ImmResult([], [], 0, 0, 0, 0, 0, 1 - 1 / Math.E - options.Epsilon, Math.Pow(n, -options.Ell),
                randomSeed, options, diagnostics.ToImmutable());
        }

        ImmParameters parameters = ImmParameters.Compute(n, k, options.Epsilon, options.Ell);
        var sampler = new ReverseReachableSampler(graph, options.Model);
        ulong seed = unchecked((ulong)randomSeed);

        // Sampling phase (Algorithm 2): estimate a lower bound LB of OPT.
        var sampling = new ReverseReachableSetCollection(sampler, seed, 0, options.MaxDegreeOfParallelism);
        double lowerBound = 1;
        int iterations = parameters.SamplingIterations;
        for (int i = 1; i <= iterations; i++)
        {
            double x = n / Math.Pow(2, i);
            long thetaI = (long)Math.Ceiling(parameters.LambdaPrime / x);
            sampling.ExtendTo(thetaI, progress, "IMM: sampling", 0.5 * (i - 1) / iterations, 0.5 * i / iterations, cancellationToken);
            MaxCoverage.Selection s = MaxCoverage.Select(sampling, k, options.Constraints, cancellationToken);
            double spread = n * (double)s.Covered / sampling.Count;
            if (spread >= (1 + parameters.EpsilonPrime) * x)
            {
                lowerBound = spread / (1 + parameters.EpsilonPrime);
                break;
            }
        }
        long samplingCount = sampling.Count;
        sampling = null; // Chen (2018), workaround 1: node selection uses fresh sets only.

        long theta = Math.Max(1, (long)Math.Ceiling(parameters.LambdaStar / lowerBound));
        var final = new ReverseReachableSetCollection(sampler, seed, FinalStreamOffset, options.MaxDegreeOfParallelism);
        final.ExtendTo(theta, progress, "IMM: final RR sets", 0.5, 0.95, cancellationToken);
        MaxCoverage.Selection selection = MaxCoverage.Select(final, k, options.Constraints, cancellationToken);
        var marginal = new double[selection.Nodes.Length];
        for (int i = 0; i < marginal.Length; i++)
        {
            marginal[i] = n * (double)selection.NewlyCovered[i] / final.Count;
        }
        double ratio = 1 - 1 / Math.E - options.Epsilon;
        if (state.HasQuotas)
        {
            ratio = double.NaN;
            diagnostics.Add("Department quotas apply: greedy is a 1/2-approximation on the RR sets (Fisher, Nemhauser & Wolsey 1978), which IMM's (1 − 1/e − ε) analysis does not cover; no guarantee is claimed.");
        }
        progress?.Report(new AnalysisProgress("IMM: node selection", 1, k, k));
        return new ImmResult(
            [.. selection.Nodes],
            [.. marginal],
            n * (double)selection.Covered / final.Count,
            lowerBound,
            final.Count,
            samplingCount,
            (double)final.TotalSize / final.Count,
            ratio,
            Math.Pow(n, -options.Ell),
            randomSeed,
            options,
            diagnostics.ToImmutable());
    }

    private static void Validate(CsrGraph graph, ImmOptions options)
    {
        if (graph.NodeCount == 0)
        {
            ThrowHelper.Argument(nameof(graph), "IMM needs a graph with at least one node; this graph has none.");
        }
        if (options.SeedCount < 1)
        {
            ThrowHelper.ArgumentOutOfRange("options.SeedCount", options.SeedCount, "1 or more");
        }
        if (!(options.Epsilon > 0 && options.Epsilon < 1))
        {
            ThrowHelper.ArgumentOutOfRange("options.Epsilon", options.Epsilon, "greater than 0 and less than 1");
        }
        if (!(options.Ell > 0) || double.IsInfinity(options.Ell))
        {
            ThrowHelper.ArgumentOutOfRange("options.Ell", options.Ell, "greater than 0 (finite)");
        }
        if (options.MaxDegreeOfParallelism < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.MaxDegreeOfParallelism", options.MaxDegreeOfParallelism, "0 (all processors) or more");
        }
        ArgumentNullException.ThrowIfNull(options.Model, "options.Model");
        options.Model.Validate(graph, "options.Model");
        options.Constraints?.Validate(graph.NodeCount, "options.Constraints");
    }
}

using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Graphs;
using NetworkVsCommunity.Internal;
using NetworkVsCommunity.Randomness;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// Spread maximisation with reverse-reachable sets, with the (1 − 1/e − ε) guarantee at probability 1 − n^−ℓ under
/// Independent Cascade or Linear Threshold: IMM (Tang, Shi &amp; Xiao 2015) and OPIM-C (Tang, Tang, Xiao &amp; Yuan 2018),
/// which certifies the same guarantee from instance-specific bounds and usually needs far fewer RR sets.
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
    /// <para><b>Safeguard</b> (on when <see cref="ImmOptions.CompareBaselines"/> is set or
    /// <see cref="ImmOptions.ImprovementRRSetLimit"/> is above 0, the default). IMM's greedy pick gets half of δ = n^−ℓ
    /// (ℓ is raised by ln 2/ln n in the sample sizes). A validation collection of as many independent sets (streams
    /// 2^49 + i) scores the greedy pick against the top-degree, top-PageRank and top-k-core picks under the same
    /// constraints; another candidate is returned only when its estimate is higher and OPIM-C's bounds (Tang, Tang, Xiao
    /// &amp; Yuan 2018, doi:10.1145/3183713.3183749: σˡ from the validation sets, σᵘ from the greedy coverage bound on the
    /// final sets) certify σˡ/σᵘ ≥ 1 − 1/e − ε with the other half of δ, split over every bound of every round. Then, while
    /// the doubled size stays within <see cref="ImmOptions.ImprovementRRSetLimit"/>, both collections double as long as the
    /// greedy pick's validated spread rises by more than <see cref="ImmOptions.ImprovementTolerance"/> and two paired
    /// standard errors, or the winner is not yet two paired standard errors ahead of the other eligible candidates (as
    /// in <see cref="OpimC"/>). Either way the
    /// returned set reaches (1 − 1/e − ε)·OPT with probability at least 1 − n^−ℓ. The cost is the validation sets: about
    /// twice the final phase.</para>
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
        Validate(graph, options, "IMM");
        int n = graph.NodeCount;
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Budget(options, state, diagnostics);
        if (k == 0)
        {
            return new ImmResult([], [], 0, 0, 0, 0, 0, 1 - 1 / Math.E - options.Epsilon, Math.Pow(n, -options.Ell),
                randomSeed, options, diagnostics.ToImmutable());
        }

        // With the safeguard, IMM's own guarantee for its greedy pick gets half the failure probability δ = n^−ℓ and the
        // bounds that certify any other returned pick the other half.
        bool safeguard = options.CompareBaselines || options.ImprovementRRSetLimit > 0;
        double ellGreedy = safeguard && n > 1 ? options.Ell + Math.Log(2) / Math.Log(n) : options.Ell;
        ImmParameters parameters = ImmParameters.Compute(n, k, options.Epsilon, ellGreedy);
        var sampler = new ReverseReachableSampler(graph, SeedingModel.Create(graph, options.Model, "options.Model"));
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
        double ratio = 1 - 1 / Math.E - options.Epsilon;
        if (!safeguard)
        {
            final.ExtendTo(theta, progress, "IMM: final RR sets", 0.5, 0.95, cancellationToken);
            MaxCoverage.Selection plain = MaxCoverage.Select(final, k, options.Constraints, cancellationToken);
            if (state.HasQuotas)
            {
                ratio = double.NaN;
                diagnostics.Add(ImmQuotaNote);
            }
            progress?.Report(new AnalysisProgress("IMM: node selection", 1, k, k));
            return new ImmResult([.. plain.Nodes], Marginals(plain.NewlyCovered, final.Count, n), n * (double)plain.Covered / final.Count,
                lowerBound, final.Count, samplingCount, (double)final.TotalSize / final.Count, ratio, Math.Pow(n, -options.Ell),
                randomSeed, options, diagnostics.ToImmutable()) { Candidates = [], DrawnRRSetCount = final.Count };
        }

        ImmSafeguard guarded = ImmWithSafeguard(graph, sampler, seed, final, theta, k, state, options, diagnostics, progress, cancellationToken);
        if (state.HasQuotas)
        {
            ratio = double.NaN;
            diagnostics.Add(ImmQuotaNote);
        }
        else if (!guarded.IsImmGreedy)
        {
            ratio = guarded.BoundRatio; // ≥ 1 − 1/e − ε: certified by the bounds
        }
        progress?.Report(new AnalysisProgress("IMM: node selection", 1, k, k));
        SeedSetCandidateScore chosen = guarded.Scores[guarded.Winner];
        return new ImmResult(
            chosen.SeedNodes,
            guarded.Marginals,
            chosen.EstimatedSpread,
            lowerBound,
            guarded.RRSetCount,
            samplingCount,
            (double)final.TotalSize / final.Count,
            ratio,
            Math.Pow(n, -options.Ell),
            randomSeed,
            options,
            diagnostics.ToImmutable())
        {
            Candidates = [.. guarded.Scores],
            Winner = chosen.Name,
            ImprovementRounds = guarded.ImprovementRounds,
            DrawnRRSetCount = final.Count,
        };
    }

    private const string ImmQuotaNote = "Department quotas apply: greedy is a 1/2-approximation on the RR sets (Fisher, Nemhauser & Wolsey 1978), which IMM's (1 − 1/e − ε) analysis does not cover; no guarantee is claimed.";

    /// <summary>Stream offset of IMM's validation collection (the sampling phase uses 0, 1, 2, …, the final sets 2^48 + i).</summary>
    internal const ulong ImmValidationStreamOffset = 1UL << 49;

    /// <summary>IMM's node selection with the safeguard: candidates scored on a validation collection, improvement rounds.</summary>
    private static ImmSafeguard ImmWithSafeguard(CsrGraph graph, ReverseReachableSampler sampler, ulong seed, ReverseReachableSetCollection final,
        long theta, int k, SeedingConstraintState state, ImmOptions options, ImmutableArray<string>.Builder diagnostics,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        double target = 1 - 1 / Math.E - options.Epsilon;
        var validation = new ReverseReachableSetCollection(sampler, seed, ImmValidationStreamOffset, options.MaxDegreeOfParallelism);
        SeedSetCandidate[] baselines = options.CompareBaselines ? SpreadCandidates.Baselines(graph, k, options.Constraints, cancellationToken) : [];
        int maxRounds = 0; // improvement rounds the budget allows, fixed before any final set is drawn
        while (maxRounds < 62 && (theta << (maxRounds + 1)) <= options.ImprovementRRSetLimit && (theta << (maxRounds + 1)) > 0)
        {
            maxRounds++;
        }
        // The other half of δ: per round at most c lower bounds and one upper bound, each failing with probability
        // at most δ/(2·(rounds + 1)·(c + 1)).
        double a = options.Ell * Math.Log(n) + Math.Log(2.0 * (maxRounds + 1) * (baselines.Length + (maxRounds > 0 ? 2 : 1) + 1));
        int[]? immGreedy = null;
        int[]? previousGreedy = null;
        ImmSafeguard? kept = null;
        int improvementRounds = 0;
        for (int round = 0; round <= maxRounds; round++)
        {
            long size = theta << round;
            double from = 0.5 + 0.45 * round / (maxRounds + 1);
            double to = 0.5 + 0.45 * (round + 1) / (maxRounds + 1);
            final.ExtendTo(size, progress, "IMM: final RR sets", from, (from + to) / 2, cancellationToken);
            validation.ExtendTo(size, progress, "IMM: validation RR sets", (from + to) / 2, to, cancellationToken);
            MaxCoverage.Selection selection = MaxCoverage.Select(final, k, options.Constraints, cancellationToken, upperBound: true);
            immGreedy ??= selection.Nodes;
            double upper = SpreadCandidates.UpperBound(selection.CoverageUpperBound, final.Count, n, a);
            List<SeedSetCandidate> candidates = SpreadCandidates.Round(selection.Nodes, previousGreedy, baselines);
            int[] guaranteed = immGreedy;
            SpreadCandidates.ScoredRound scored = SpreadCandidates.Score(validation, candidates, n, a, upper, target,
                j => state.HasQuotas || candidates[j].SeedNodes.AsSpan().SequenceEqual(guaranteed), cancellationToken);
            SeedSetCandidateScore[] scores = scored.Scores;
            int best = SpreadCandidates.Best(scores);
            if (best < 0)
            {
                diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Improvement round {round} ({final.Count} RR sets) certified no candidate at the target and was discarded."));
                break;
            }
            bool isImmGreedy = candidates[best].SeedNodes.AsSpan().SequenceEqual(immGreedy);
            ImmutableArray<double> marginal = best == 0
                ? Marginals(selection.NewlyCovered, final.Count, n)
                : SpreadCandidates.Marginals(final, candidates[best].SeedNodes.AsSpan(), n, cancellationToken);
            double boundRatio = upper > 0 ? scores[best].SpreadLowerBound / upper : 1;
            if (kept is not null)
            {
                improvementRounds++;
            }
            kept = new ImmSafeguard(scores, best, isImmGreedy, boundRatio, marginal, final.Count, improvementRounds);
            if (round > 0 && !scored.StillRising(options.ImprovementTolerance) && scored.Settled(best, options.ImprovementTolerance))
            {
                break;
            }
            previousGreedy = selection.Nodes;
        }
        if (kept!.Winner != 0 || !kept.IsImmGreedy)
        {
            SeedSetCandidateScore w = kept.Scores[kept.Winner];
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"The {w.Name} pick{(kept.ImprovementRounds > 0 ? " of improvement round " + kept.ImprovementRounds.ToString(CultureInfo.InvariantCulture) : "")} reaches {w.EstimatedSpread:G6} ± {w.StandardError:G3} on the validation RR sets and is returned{(kept.IsImmGreedy ? "" : ", certified by the bounds")}."));
        }
        return kept;
    }

    /// <summary>The outcome of IMM's safeguard: the scored candidates of the kept round, the winner and its certificate.</summary>
    private sealed record ImmSafeguard(SeedSetCandidateScore[] Scores, int Winner, bool IsImmGreedy, double BoundRatio,
        ImmutableArray<double> Marginals, long RRSetCount, int ImprovementRounds);

    /// <summary>Stream offset of OPIM-C's validation collection R2 (R1 uses streams 0, 1, 2, …).</summary>
    internal const ulong ValidationStreamOffset = 1UL << 48;

    /// <summary>
    /// Chooses <see cref="ImmOptions.SeedCount"/> sharers that maximise the expected spread, with OPIM-C (online
    /// processing influence maximization, the "C" for its conservative fixed-ε mode), with the same
    /// (1 − 1/e − ε) guarantee at probability 1 − n^−ℓ as <see cref="Imm"/> and usually far fewer RR sets.
    /// </summary>
    /// <param name="graph">The graph; influence flows along arcs (both ways for an undirected graph).</param>
    /// <param name="options">Options (the same as IMM's: budget, ε, ℓ, model, constraints, random seed, threads); null for
    /// <see cref="ImmOptions.Default"/>.</param>
    /// <param name="progress">Optional progress (stage "OPIM-C: RR sets", one step per doubling round).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The chosen sharers, the spread estimate, the certifying bounds and the sample sizes.</returns>
    /// <remarks>
    /// <para><b>Algorithm</b> (Tang, Tang, Xiao &amp; Yuan, "Online Processing Algorithms for Influence Maximization",
    /// SIGMOD 2018, doi:10.1145/3183713.3183749, Algorithm 2; as run by SUBSIM, Guo, Tang, Xiao, Yuan &amp; Tang,
    /// SIGMOD 2020, doi:10.1145/3318464.3389706). With δ = n^−ℓ, θ₀ = 2·((1 − 1/e)·√ln(6/δ) +
    /// √((1 − 1/e)·(ln C(n,k) + ln(6/δ))))², θ_max = θ₀·n/(ε²k) and i_max = ⌈log₂(θ_max/θ₀)⌉ + 1, draw two independent
    /// collections R1 and R2 of θ₀ RR sets; in round i run greedy maximum coverage on R1 to get S, then with
    /// a = ln(3·i_max/δ) compute σˡ(S) = ((√(Λ₂(S) + 2a/9) − √(a/2))² − a/18)·n/|R2| from S's coverage Λ₂ on R2 and
    /// σᵘ(S°) = (√(Λ₁ᵘ + a/2) + √(a/2))²·n/|R1|, where Λ₁ᵘ bounds the best coverage of k nodes on R1 by the minimum over
    /// the greedy steps i of Cov(Sᵢ) plus the k largest marginal coverages given Sᵢ (the paper's tightened bound) and by
    /// Cov(S_k)/(1 − 1/e). Stop when σˡ/σᵘ ≥ 1 − 1/e − ε; otherwise double both collections (the last round has θ_max
    /// sets, where IMM's argument gives the guarantee outright). The failure probability δ splits as δ/3 for the lower
    /// bounds, δ/3 for the upper bounds (a union over the rounds) and δ/3 for the θ_max round. σᵘ is also capped at n.</para>
    /// <para><b>Never worse than a trivial pick</b> (<see cref="ImmOptions.CompareBaselines"/>, default on). The certificate
    /// is a guarantee against the optimum, not a promise that the greedy pick beats sorting by degree: on a dense core the
    /// bounds can pass with few sets, and greedy then works on a coarse estimate. Each round therefore scores, on R2, the
    /// greedy pick, the previous round's greedy pick and the top-degree, top-PageRank and top-k-core picks under the same
    /// constraints (<see cref="SeedingHeuristics"/>), and returns the candidate of largest estimated spread among those
    /// the bounds certify; all are fixed independently of R2 (R1 or the graph alone). <b>The guarantee still holds for the
    /// returned set:</b> each lower bound uses a = ln(3·i_max·c/δ) for the c ≤ 5 candidates of a round (upper bounds keep
    /// a = ln(3·i_max/δ)), so with probability at least 1 − δ every σˡ and σᵘ of every round holds together, and the
    /// returned S has σ(S) ≥ σˡ(S) ≥ (σˡ(S)/σᵘ)·OPT ≥ (1 − 1/e − ε)·OPT. In the θ_max round the greedy pick is eligible by
    /// IMM's argument alone; under quotas every candidate is eligible and the ratio certified for the winner is reported.
    /// <see cref="OpimCResult.Candidates"/> lists every candidate's estimate and <see cref="OpimCResult.Winner"/> the winner.</para>
    /// <para><b>Improvement rounds.</b> After the first certified round both collections keep doubling while the doubled
    /// size stays within <see cref="ImmOptions.ImprovementRRSetLimit"/> (default 2^22 sets each) and either the greedy
    /// pick's spread on the new R2 exceeds the previous round's pick, on the same sets, by more than
    /// <see cref="ImmOptions.ImprovementTolerance"/> (default 0.5 %) and by more than two paired standard errors (the
    /// square root of the sets only one of the two covers), or the winner is not yet ahead of every other certified
    /// candidate by two paired standard errors nor equivalent to it within the tolerance (the maximum of noisy estimates
    /// favours the luckiest, not the best). A round
    /// is kept only when it certifies the target too (rounds stay within i_max, which the union bound covers).
    /// <see cref="OpimCResult.ImprovementRounds"/> reports them.</para>
    /// <para><b>Why it is faster than IMM.</b> IMM sizes its sample for the worst case over all C(n,k) seed sets from a
    /// lower bound of OPT; OPIM-C checks its actual choice against an upper bound of OPT and stops as soon as the check
    /// passes. For weak influence (uniform p = 0.01 on a mean degree of 20) that is orders of magnitude fewer sets.</para>
    /// <para><b>Constraints.</b> Admissibility (eligibility, exclusions, enthusiasm) restricts the ground set; the bounds
    /// stay valid. With department quotas the greedy is only a 1/2-approximation, but the bounds still certify whatever
    /// ratio σˡ/σᵘ is reached (the upper bound ignores the quotas, so it bounds the quota-constrained optimum too): the
    /// result then reports that ratio, and <c>Converged = false</c> with a diagnostic if it falls short of the target.</para>
    /// <para><b>Complexity.</b> Expected O((k + ℓ)(n + m)·log n / ε²) time in the worst case, like IMM (Tang et al. 2018,
    /// Theorem 4.2), plus O(k·n·log k) per round for the tightened upper bound; memory 4 bytes per stored RR-set member
    /// in both collections plus O(n).</para>
    /// <para><b>Determinism.</b> Set i of R1 draws from <c>ForStream(seed, i)</c> and of R2 from
    /// <c>ForStream(seed, 2^48 + i)</c>; collections only grow (round i's sets are a prefix of round i + 1's), sets are
    /// appended in index order and greedy breaks ties toward the lowest node, so the result is identical for any
    /// <see cref="ImmOptions.MaxDegreeOfParallelism"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">An option is out of range, the graph has no nodes, or the model or
    /// constraints do not fit the graph.</exception>
    /// <exception cref="InvalidOperationException">The RR sets would exceed the largest array (use a larger ε).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static OpimCResult OpimC(
        CsrGraph graph,
        ImmOptions? options = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ImmOptions.Default;
        Validate(graph, options, "OPIM-C");
        int n = graph.NodeCount;
        long randomSeed = options.RandomSeed ?? Xoshiro256StarStar.NewRandomSeed();
        var diagnostics = ImmutableArray.CreateBuilder<string>();
        var state = new SeedingConstraintState(n, options.Constraints);
        int k = Budget(options, state, diagnostics);
        const double oneMinusInvE = 1 - 1 / Math.E;
        double target = oneMinusInvE - options.Epsilon;
        double logInvDelta = options.Ell * Math.Log(n); // δ = n^−ℓ
        double delta = Math.Exp(-logInvDelta);
        if (k == 0)
        {
            return new OpimCResult([], [], 0, 0, 0, 1, 1, target, true, 0, 0, 0, 0, 0, delta, randomSeed, options, diagnostics.ToImmutable());
        }

        double logBinomial = ImmParameters.LogBinomial(n, k);
        double log6OverDelta = Math.Log(6) + logInvDelta;
        double root = oneMinusInvE * Math.Sqrt(log6OverDelta) + Math.Sqrt(oneMinusInvE * (logBinomial + log6OverDelta));
        double theta0Raw = 2 * root * root;
        double thetaMaxRaw = theta0Raw * n / (options.Epsilon * options.Epsilon * k);
        long theta0 = Math.Max(1, (long)Math.Ceiling(theta0Raw));
        long thetaMax = Math.Max(theta0, (long)Math.Ceiling(Math.Min(thetaMaxRaw, 1e18))); // beyond any array: ExtendTo reports it
        int maxIterations = (int)Math.Ceiling(Math.Log2((double)thetaMax / theta0)) + 1;
        double a = Math.Log(3.0 * maxIterations) + logInvDelta; // ln(3·i_max/δ)

        var sampler = new ReverseReachableSampler(graph, SeedingModel.Create(graph, options.Model, "options.Model"));
        ulong seed = unchecked((ulong)randomSeed);
        var r1 = new ReverseReachableSetCollection(sampler, seed, 0, options.MaxDegreeOfParallelism);
        var r2 = new ReverseReachableSetCollection(sampler, seed, ValidationStreamOffset, options.MaxDegreeOfParallelism);
        // The baselines (degree, PageRank, k-core: mostly sequential) are computed while the first rounds sample RR sets,
        // so the core the sequential PageRank leaves idle is used; they are deterministic, so the result does not change.
        Task<SeedSetCandidate[]>? baselineTask = options.CompareBaselines
            ? Task.Run(() => SpreadCandidates.Baselines(graph, k, options.Constraints, cancellationToken), cancellationToken)
            : null;
        SeedSetCandidate[]? baselines = options.CompareBaselines ? null : [];
        // Union bound over the c candidates scored per round (all fixed independently of R2): each lower bound fails with
        // probability at most δ/(3·i_max·c), so all of them together with at most δ/3, as in OPIM-C for one candidate
        // (c = 1, the published algorithm, when both the baselines and the improvement rounds are off).
        double aLower = a + Math.Log((options.CompareBaselines ? SpreadCandidates.BaselineCount : 0) + (options.ImprovementRRSetLimit > 0 ? 2 : 1));
        long Size(int i) => i >= maxIterations ? thetaMax : (long)Math.Min(thetaMax, theta0 * Math.Pow(2, i - 1));
        OpimCRound? kept = null;
        int[]? previousGreedy = null;
        int improvementRounds = 0;
        int iteration;
        for (iteration = 1; iteration <= maxIterations; iteration++)
        {
            long size = Size(iteration);
            double from = (double)(iteration - 1) / maxIterations;
            double to = (iteration - 0.5) / maxIterations;
            r1.ExtendTo(size, progress, "OPIM-C: RR sets", from, from + (to - from) / 2, cancellationToken);
            r2.ExtendTo(size, progress, "OPIM-C: RR sets", from + (to - from) / 2, to, cancellationToken);
            MaxCoverage.Selection selection = MaxCoverage.Select(r1, k, options.Constraints, cancellationToken, upperBound: true);
            double upper = SpreadCandidates.UpperBound(selection.CoverageUpperBound, r1.Count, n, a);
            bool lastRound = iteration == maxIterations;
            baselines ??= baselineTask!.GetAwaiter().GetResult();
            List<SeedSetCandidate> candidates = SpreadCandidates.Round(selection.Nodes, previousGreedy, baselines);
            // Eligible: certified at the target by the bounds; in the θ_max round the greedy pick also by IMM's argument
            // (Tang et al. 2018, Lemma 4.3); under quotas no ratio is promised, so the best estimate is taken.
            SpreadCandidates.ScoredRound scored = SpreadCandidates.Score(r2, candidates, n, aLower, upper, target,
                j => state.HasQuotas || (lastRound && j == 0), cancellationToken);
            SeedSetCandidateScore[] scores = scored.Scores;
            int best = SpreadCandidates.Best(scores);
            int winner = Math.Max(0, best);
            double boundRatio = upper > 0 ? scores[winner].SpreadLowerBound / upper : 1;
            double ratio = lastRound && winner == 0 && !state.HasQuotas ? Math.Max(boundRatio, target) : boundRatio;
            progress?.Report(new AnalysisProgress("OPIM-C: RR sets", (double)iteration / maxIterations, iteration, maxIterations));
            bool certified = best >= 0 && ratio >= target;
            if (kept is not null && !certified)
            {
                diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Improvement round {iteration} ({r1.Count} RR sets per collection) was not certified at the target and was discarded; the pick of round {kept.Iteration} is returned."));
                break;
            }
            ImmutableArray<double> marginal = winner == 0
                ? Marginals(selection.NewlyCovered, r1.Count, n)
                : SpreadCandidates.Marginals(r1, candidates[winner].SeedNodes.AsSpan(), n, cancellationToken);
            var round = new OpimCRound(iteration, scores, winner, marginal, upper, boundRatio, ratio, r1.Count);
            if (kept is not null)
            {
                improvementRounds++;
                kept = round;
                if (!scored.StillRising(options.ImprovementTolerance) && scored.Settled(winner, options.ImprovementTolerance))
                {
                    break;
                }
            }
            else if (certified || lastRound)
            {
                kept = round;
            }
            if (lastRound || (kept is not null && Size(iteration + 1) > options.ImprovementRRSetLimit))
            {
                break;
            }
            if (options.ImprovementRRSetLimit > 0)
            {
                previousGreedy = selection.Nodes; // a candidate only when the union bound counts it
            }
        }
        iteration = Math.Min(iteration, maxIterations);
        OpimCRound result = kept!;
        if (state.HasQuotas)
        {
            diagnostics.Add("Department quotas apply: greedy is only a 1/2-approximation on the RR sets (Fisher, Nemhauser & Wolsey 1978); the reported ratio is the one certified by OPIM-C's bounds.");
        }
        if (result.Ratio < target)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"The certified ratio {result.Ratio:G4} falls short of 1 − 1/e − ε = {target:G4} after {iteration} rounds ({r1.Count} RR sets per collection)."));
        }
        SeedSetCandidateScore chosen = result.Scores[result.Winner];
        if (result.Winner != 0)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"The {chosen.Name} pick reaches more on the validation RR sets ({chosen.EstimatedSpread:G6} ± {chosen.StandardError:G3}) than the greedy pick ({result.Scores[0].EstimatedSpread:G6}) and is returned."));
        }
        progress?.Report(new AnalysisProgress("OPIM-C: RR sets", 1, maxIterations, maxIterations));
        return new OpimCResult(
            chosen.SeedNodes,
            result.Marginals,
            chosen.EstimatedSpread,
            chosen.SpreadLowerBound,
            result.Upper,
            result.Ratio,
            result.BoundRatio,
            target,
            result.Ratio >= target,
            iteration,
            maxIterations,
            result.RRSetCount,
            thetaMax,
            (double)r1.TotalSize / r1.Count,
            delta,
            randomSeed,
            options,
            diagnostics.ToImmutable())
        {
            Candidates = [.. result.Scores],
            Winner = chosen.Name,
            ImprovementRounds = improvementRounds,
            CertifiedAtIteration = result.Iteration - improvementRounds,
            DrawnRRSetCount = r1.Count,
        };
    }

    /// <summary>n × newly covered / θ for each greedy step.</summary>
    private static ImmutableArray<double> Marginals(long[] newlyCovered, long count, int n)
    {
        var marginal = new double[newlyCovered.Length];
        for (int i = 0; i < marginal.Length; i++)
        {
            marginal[i] = n * (double)newlyCovered[i] / count;
        }
        return [.. marginal];
    }

    /// <summary>The outcome of one OPIM-C round: the scored candidates, the winner and the bounds behind it.</summary>
    private sealed record OpimCRound(int Iteration, SeedSetCandidateScore[] Scores, int Winner, ImmutableArray<double> Marginals,
        double Upper, double BoundRatio, double Ratio, long RRSetCount);

    /// <summary>The budget k capped at the number of admissible nodes (with a diagnostic when capped).</summary>
    private static int Budget(ImmOptions options, SeedingConstraintState state, ImmutableArray<string>.Builder diagnostics)
    {
        int k = Math.Min(options.SeedCount, state.AdmissibleCount);
        if (k < options.SeedCount)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"Only {state.AdmissibleCount} nodes are admissible under the constraints; chose {k} instead of SeedCount = {options.SeedCount}."));
        }
        return k;
    }

    private static void Validate(CsrGraph graph, ImmOptions options, string algorithm)
    {
        if (graph.NodeCount == 0)
        {
            ThrowHelper.Argument(nameof(graph), algorithm + " needs a graph with at least one node; this graph has none.");
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
        if (options.ImprovementRRSetLimit < 0)
        {
            ThrowHelper.ArgumentOutOfRange("options.ImprovementRRSetLimit", options.ImprovementRRSetLimit, "0 (no improvement rounds) or more");
        }
        if (!(options.ImprovementTolerance >= 0) || double.IsInfinity(options.ImprovementTolerance))
        {
            ThrowHelper.ArgumentOutOfRange("options.ImprovementTolerance", options.ImprovementTolerance, "0 or more (finite)");
        }
        ArgumentNullException.ThrowIfNull(options.Model, "options.Model");
        SeedingModel.Create(graph, options.Model, "options.Model");
        options.Constraints?.Validate(graph.NodeCount, "options.Constraints");
    }
}

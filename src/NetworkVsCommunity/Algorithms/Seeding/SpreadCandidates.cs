using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The safeguard of the RR-set maximisers (issue 18): the greedy pick is scored against trivial baselines on an
/// independent validation collection, and the best certified candidate is returned. Works on RR collections and the
/// graph only, so it does not depend on how the diffusion model is described.
/// </summary>
internal static class SpreadCandidates
{
    /// <summary>Most candidates scored in one round: the greedy pick, the previous round's and the three baselines.</summary>
    public const int MaxCandidates = 5;

    /// <summary>The number of baseline picks <see cref="Baselines"/> returns (degree, PageRank, k-core).</summary>
    public const int BaselineCount = 3;

    /// <summary>The baselines of Kempe, Kleinberg &amp; Tardos (2003) and Kitsak et al. (2010), under the same constraints.</summary>

    public static SeedSetCandidate[] Baselines(CsrGraph graph, int k, SeedingConstraints? constraints, CancellationToken cancellationToken)
    {
        var options = new HeuristicSeedingOptions { SeedCount = k, Constraints = constraints };
        // The three are independent and each deterministic (PageRank and k-core are sequential), so they run side by side;
        // GetResult rethrows a task's own exception (cancellation included) rather than an AggregateException.
        Task<HeuristicSeedingResult> pageRank = Task.Run(() => SeedingHeuristics.PageRank(graph, options, null, cancellationToken), cancellationToken);
        Task<HeuristicSeedingResult> kCore = Task.Run(() => SeedingHeuristics.KCore(graph, options, null, cancellationToken), cancellationToken);
        HeuristicSeedingResult degree = SeedingHeuristics.Degree(graph, options, null, cancellationToken);
        return
        [
            new SeedSetCandidate("degree", degree.SeedNodes),
            new SeedSetCandidate("pagerank", pageRank.GetAwaiter().GetResult().SeedNodes),
            new SeedSetCandidate("kcore", kCore.GetAwaiter().GetResult().SeedNodes),
        ];
    }

    /// <summary>
    /// σˡ = ((√(Λ + 2a/9) − √(a/2))² − a/18)·n/θ: a lower bound on the expected spread of a set fixed independently of the
    /// θ RR sets on which it covers Λ, failing with probability at most e^−a (Tang, Tang, Xiao &amp; Yuan 2018, Lemma 4.2).
    /// </summary>
    public static double LowerBound(long coverage, long count, int n, double a)
    {
        double sqrtLow = Math.Sqrt(coverage + 2 * a / 9) - Math.Sqrt(a / 2);
        return sqrtLow > 0 ? Math.Max(0, sqrtLow * sqrtLow - a / 18) * n / count : 0;
    }

    /// <summary>σᵘ = (√(Λᵘ + a/2) + √(a/2))²·n/θ, capped at n: an upper bound on OPT from an upper bound Λᵘ of the best
    /// coverage of k nodes on θ RR sets, failing with probability at most e^−a (Tang et al. 2018, Lemma 4.2).</summary>
    public static double UpperBound(long coverageUpperBound, long count, int n, double a)
    {
        double sqrtUp = Math.Sqrt(coverageUpperBound + a / 2) + Math.Sqrt(a / 2);
        return Math.Min(n, sqrtUp * sqrtUp * n / count);
    }

    /// <summary>
    /// Scores the candidates on <paramref name="validation"/>; a candidate is eligible when its lower bound (at
    /// <paramref name="aLower"/>) reaches <paramref name="target"/> × <paramref name="upper"/>, or when
    /// <paramref name="alwaysEligible"/> says so (an algorithm's own guarantee, or quotas with no ratio claimed).
    /// </summary>
    public static ScoredRound Score(ReverseReachableSetCollection validation, IReadOnlyList<SeedSetCandidate> candidates,
        int n, double aLower, double upper, double target, Func<int, bool> alwaysEligible, CancellationToken cancellationToken)
    {
        var nodeSets = new int[candidates.Count][];
        for (int j = 0; j < nodeSets.Length; j++)
        {
            nodeSets[j] = candidates[j].SeedNodes.ToArray();
        }
        long[] coverage = MaxCoverage.Coverages(validation, nodeSets, cancellationToken, out long[] only);
        long count = validation.Count;
        var scores = new SeedSetCandidateScore[candidates.Count];
        for (int j = 0; j < scores.Length; j++)
        {
            double q = (double)coverage[j] / count;
            double lower = LowerBound(coverage[j], count, n, aLower);
            bool eligible = alwaysEligible(j) || (upper > 0 && lower >= target * upper);
            scores[j] = new SeedSetCandidateScore(candidates[j].Name, candidates[j].SeedNodes, n * q,
                n * Math.Sqrt(q * (1 - q) / count), lower, eligible);
        }
        return new ScoredRound(scores, only, coverage);
    }

    /// <summary>The scored candidates of one round, with the discordant counts of every pair on the validation sets.</summary>
    /// <param name="Scores">The candidates, the greedy pick first and (in improvement rounds) the previous round's second.</param>
    /// <param name="Only">Row-major c × c: entry i·c + j counts the validation sets candidate i covers and j does not.</param>
    /// <param name="Coverage">The validation sets each candidate covers.</param>
    public readonly record struct ScoredRound(SeedSetCandidateScore[] Scores, long[] Only, long[] Coverage)
    {
        /// <summary>Whether candidate <paramref name="i"/> covers more validation sets than <paramref name="j"/> by more
        /// than two paired standard errors: b − c &gt; 2·√(b + c) over the discordant counts (McNemar-style).</summary>
        public bool SignificantlyAhead(int i, int j)
        {
            int c = Scores.Length;
            long b = Only[i * c + j], d = Only[j * c + i];
            return b - d > 2 * Math.Sqrt(b + d);
        }

        /// <summary>
        /// Whether the greedy pick (first) still rises over the previous round's (second) on the same validation sets: by
        /// more than <paramref name="tolerance"/> relative to the previous pick's spread, and by more than two paired
        /// standard errors, so that improvement rounds do not chase noise.
        /// </summary>
        public bool StillRising(double tolerance) => Rise(Scores[0], Scores[1]) > tolerance && SignificantlyAhead(0, 1);

        /// <summary>
        /// Whether the choice of <paramref name="winner"/> is settled: against every other eligible candidate that covers
        /// different validation sets, it is either ahead by more than two paired standard errors, or the two are equivalent
        /// within <paramref name="tolerance"/> (|b − c| + 2·√(b + c) at most that share of the winner's coverage).
        /// </summary>
        public bool Settled(int winner, double tolerance)
        {
            int c = Scores.Length;
            for (int j = 0; j < c; j++)
            {
                long b = Only[winner * c + j], d = Only[j * c + winner];
                if (j == winner || !Scores[j].Eligible || b + d == 0 || SignificantlyAhead(winner, j))
                {
                    continue;
                }
                if (Math.Abs(b - d) + 2 * Math.Sqrt(b + d) > tolerance * Coverage[winner])
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>The eligible candidate of highest estimated spread, ties toward the earlier one (the greedy pick first); −1 if none.</summary>
    public static int Best(SeedSetCandidateScore[] scores)
    {
        int best = -1;
        for (int j = 0; j < scores.Length; j++)
        {
            if (scores[j].Eligible && (best < 0 || scores[j].EstimatedSpread > scores[best].EstimatedSpread))
            {
                best = j;
            }
        }
        return best;
    }

    /// <summary>The relative rise of the greedy pick's validated spread over the previous round's, on the same sets.</summary>
    public static double Rise(SeedSetCandidateScore greedy, SeedSetCandidateScore previous) =>
        previous.EstimatedSpread > 0 ? (greedy.EstimatedSpread - previous.EstimatedSpread) / previous.EstimatedSpread
        : greedy.EstimatedSpread > 0 ? double.PositiveInfinity : 0;

    /// <summary>The candidates of one round: the greedy pick, the previous round's (if any) and the baselines.</summary>
    public static List<SeedSetCandidate> Round(int[] greedy, int[]? previous, SeedSetCandidate[] baselines)
    {
        var list = new List<SeedSetCandidate>(MaxCandidates) { new("greedy", [.. greedy]) };
        if (previous is not null)
        {
            list.Add(new SeedSetCandidate("greedy (previous round)", [.. previous]));
        }
        list.AddRange(baselines);
        return list;
    }

    /// <summary>The marginal spreads of <paramref name="nodes"/> in order on <paramref name="sets"/> (n × newly covered / θ).</summary>
    public static ImmutableArray<double> Marginals(ReverseReachableSetCollection sets, ReadOnlySpan<int> nodes, int n, CancellationToken cancellationToken)
    {
        long[] gains = MaxCoverage.MarginalCoverages(sets, nodes, cancellationToken);
        var marginal = new double[gains.Length];
        for (int i = 0; i < marginal.Length; i++)
        {
            marginal[i] = n * (double)gains[i] / sets.Count;
        }
        return [.. marginal];
    }
}

using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// The sharers chosen by <see cref="InfluenceMaximization.OpimC"/>, with the instance-specific bounds that certify their
/// approximation ratio, the candidates they were scored against and the sample sizes behind them.
/// </summary>
/// <param name="SeedNodes">The chosen sharers: the winner among <see cref="Candidates"/> (in order of selection for the
/// greedy pick, of score for a baseline).</param>
/// <param name="MarginalSpreads">The marginal spread of each chosen sharer on the selection collection R1, in the same order
/// (n × newly covered sets / |R1|; optimistic for the greedy pick, since R1 chose it).</param>
/// <param name="EstimatedSpread">The unbiased estimate n·Λ₂(S)/|R2| of the chosen set's expected spread on the independent
/// validation collection R2.</param>
/// <param name="SpreadLowerBound">σˡ(S): a lower bound on the chosen set's expected spread (from R2).</param>
/// <param name="OptimumUpperBound">σᵘ(S°): an upper bound on the optimal expected spread of k admissible nodes (from R1).</param>
/// <param name="ApproximationRatio">The ratio guaranteed with probability at least 1 − <paramref name="FailureProbability"/>:
/// <paramref name="BoundRatio"/>, or 1 − 1/e − ε when the run reached the maximal sample size without department quotas
/// (IMM-style bound), whichever is larger.</param>
/// <param name="BoundRatio">σˡ(S)/σᵘ(S°) at the last iteration.</param>
/// <param name="TargetRatio">The ratio asked for: 1 − 1/e − ε.</param>
/// <param name="Converged">Whether <paramref name="ApproximationRatio"/> reached <paramref name="TargetRatio"/> (it can fall
/// short only under department quotas).</param>
/// <param name="Iterations">The doubling rounds run (1 … <paramref name="MaxIterations"/>).</param>
/// <param name="MaxIterations">i_max, the most rounds the run could take.</param>
/// <param name="RRSetCount">The number of RR sets in each of R1 and R2 behind the returned pick and bounds (equal to
/// <see cref="DrawnRRSetCount"/> unless a last improvement round was discarded).</param>
/// <param name="MaxRRSetCount">θ_max, the size at which the (1 − 1/e − ε) guarantee holds without any bound check.</param>
/// <param name="MeanRRSetSize">The mean size of the RR sets in R1 (an estimate of the expected spread of a random node).</param>
/// <param name="FailureProbability">δ = n^−ℓ.</param>
/// <param name="RandomSeed">The random seed used.</param>
/// <param name="Options">The options, echoed.</param>
/// <param name="Diagnostics">Notes such as "fewer admissible nodes than the budget" or "quotas apply".</param>
public sealed record OpimCResult(
    ImmutableArray<int> SeedNodes,
    ImmutableArray<double> MarginalSpreads,
    double EstimatedSpread,
    double SpreadLowerBound,
    double OptimumUpperBound,
    double ApproximationRatio,
    double BoundRatio,
    double TargetRatio,
    bool Converged,
    int Iterations,
    int MaxIterations,
    long RRSetCount,
    long MaxRRSetCount,
    double MeanRRSetSize,
    double FailureProbability,
    long RandomSeed,
    ImmOptions Options,
    ImmutableArray<string> Diagnostics)
{
    /// <summary>
    /// Every candidate scored on R2 in the returned round, the greedy pick first: its estimated spread, standard error,
    /// lower bound and whether the bounds certify it. Empty only when k = 0.
    /// </summary>
    public ImmutableArray<SeedSetCandidateScore> Candidates { get; init; } = [];

    /// <summary>The name of the returned candidate: "greedy" unless a baseline or the previous round's pick scored higher.</summary>
    public string Winner { get; init; } = "greedy";

    /// <summary>The doubling rounds run after the guarantee was first certified and kept (see <see cref="ImmOptions.ImprovementRRSetLimit"/>).</summary>
    public int ImprovementRounds { get; init; }

    /// <summary>The round at which the target ratio was first certified (the last round when it never was).</summary>
    public int CertifiedAtIteration { get; init; }

    /// <summary>The RR sets drawn in each of R1 and R2 (the total drawn is twice this).</summary>
    public long DrawnRRSetCount { get; init; }
}

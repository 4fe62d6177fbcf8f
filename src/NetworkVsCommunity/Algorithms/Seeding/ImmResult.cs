using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The sharers chosen by <see cref="InfluenceMaximization.Imm"/>, with the estimate and the sample sizes behind them.</summary>
/// <param name="SeedNodes">The chosen sharers: the winner among <see cref="Candidates"/> (IMM's greedy pick unless another
/// candidate scored higher and is certified), in order of selection or of score.</param>
/// <param name="MarginalSpreads">The estimated marginal spread of each chosen sharer on the final RR sets, in the same order (n × newly covered RR sets / θ).</param>
/// <param name="EstimatedSpread">The estimated expected spread of the chosen set: on the independent validation RR sets
/// (unbiased) when <see cref="ImmOptions.CompareBaselines"/> or improvement rounds are on, else n·F_R(S) on the final RR
/// sets that chose it (optimistic).</param>
/// <param name="LowerBound">The lower bound LB on the optimal spread found by the sampling phase (1 when none was found).</param>
/// <param name="RRSetCount">θ: the number of RR sets in the final, independent collection used for node selection.</param>
/// <param name="SamplingRRSetCount">The number of RR sets drawn by the sampling phase (to estimate LB).</param>
/// <param name="MeanRRSetSize">The mean size of the final RR sets (the expected spread of a random node is n times this over n, i.e. this value).</param>
/// <param name="ApproximationRatio">The guaranteed ratio: 1 − 1/e − ε for IMM's greedy pick, the certified σˡ/σᵘ (at least
/// that) for another candidate, NaN when department quotas apply.</param>
/// <param name="FailureProbability">The probability n^−ℓ with which the guarantee may fail.</param>
/// <param name="RandomSeed">The random seed used.</param>
/// <param name="Options">The options, echoed.</param>
/// <param name="Diagnostics">Notes such as "fewer admissible nodes than the budget".</param>
public sealed record ImmResult(
    ImmutableArray<int> SeedNodes,
    ImmutableArray<double> MarginalSpreads,
    double EstimatedSpread,
    double LowerBound,
    long RRSetCount,
    long SamplingRRSetCount,
    double MeanRRSetSize,
    double ApproximationRatio,
    double FailureProbability,
    long RandomSeed,
    ImmOptions Options,
    ImmutableArray<string> Diagnostics)
{
    /// <summary>Every candidate scored on the validation RR sets in the returned round, the greedy pick first (empty when the
    /// safeguard is off or k = 0).</summary>
    public ImmutableArray<SeedSetCandidateScore> Candidates { get; init; } = [];

    /// <summary>The name of the returned candidate: "greedy" unless another scored higher and is certified.</summary>
    public string Winner { get; init; } = "greedy";

    /// <summary>The doubling rounds of the final and validation RR sets run after IMM's θ and kept.</summary>
    public int ImprovementRounds { get; init; }

    /// <summary>The RR sets drawn in the final collection (and as many in the validation collection when it is used).</summary>
    public long DrawnRRSetCount { get; init; }
}

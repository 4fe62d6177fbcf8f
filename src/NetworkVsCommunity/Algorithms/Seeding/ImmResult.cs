using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>The sharers chosen by <see cref="InfluenceMaximization.Imm"/>, with the estimate and the sample sizes behind them.</summary>
/// <param name="SeedNodes">The chosen sharers in order of selection.</param>
/// <param name="MarginalSpreads">The estimated marginal spread of each chosen sharer, in the same order (n × newly covered RR sets / θ).</param>
/// <param name="EstimatedSpread">The estimated expected spread n·F_R(S) of the chosen set on the final (independent) RR sets.</param>
/// <param name="LowerBound">The lower bound LB on the optimal spread found by the sampling phase (1 when none was found).</param>
/// <param name="RRSetCount">θ: the number of RR sets in the final, independent collection used for node selection.</param>
/// <param name="SamplingRRSetCount">The number of RR sets drawn by the sampling phase (to estimate LB).</param>
/// <param name="MeanRRSetSize">The mean size of the final RR sets (the expected spread of a random node is n times this over n, i.e. this value).</param>
/// <param name="ApproximationRatio">The guaranteed ratio: 1 − 1/e − ε, or 1/2 − ε when department quotas apply.</param>
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
    ImmutableArray<string> Diagnostics);

using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Seeding;

/// <summary>
/// One candidate pick scored by <see cref="InfluenceMaximization.OpimC"/> or <see cref="InfluenceMaximization.Imm"/> on
/// their independent validation RR sets: the greedy pick, the previous round's greedy pick, and the top-degree,
/// top-PageRank and top-k-core baselines (under the same constraints).
/// </summary>
/// <param name="Name">"greedy", "greedy (previous round)", "degree", "pagerank" or "kcore".</param>
/// <param name="SeedNodes">The candidate's sharers (in order of selection or of score).</param>
/// <param name="EstimatedSpread">n·Λ(S)/|R|: the unbiased estimate of the expected spread from the S-covered share of the
/// validation collection R, which none of the candidates was chosen from.</param>
/// <param name="StandardError">n·√(q(1 − q)/|R|) with q = Λ(S)/|R|: the standard error of the estimate.</param>
/// <param name="SpreadLowerBound">σˡ(S): a lower bound on the expected spread that holds, with the other bounds of the run,
/// with the run's stated probability (OPIM-C's Chernoff-type bound with the failure probability split over the candidates).</param>
/// <param name="Eligible">Whether the candidate could be returned: the bounds certify it at the target ratio (or it carries
/// the algorithm's own guarantee, or department quotas apply, when no ratio is claimed).</param>
public sealed record SeedSetCandidateScore(
    string Name,
    ImmutableArray<int> SeedNodes,
    double EstimatedSpread,
    double StandardError,
    double SpreadLowerBound,
    bool Eligible);

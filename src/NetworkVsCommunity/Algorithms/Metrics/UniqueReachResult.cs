using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// SPR-1 UniqueReach_h(S) and SPR-2 AudienceRedundancy: the deduplicated h-hop audience of a set of sharers, beside the
/// vendors' summed "potential reach" that double-counts shared contacts.
/// </summary>
/// <param name="SeedNodes">The distinct sharers S, ascending.</param>
/// <param name="Hops">The radius h of the balls.</param>
/// <param name="UniqueReach">SPR-1: |∪_{s∈S} Ball_h(s) ∖ S|, every audience member counted once.</param>
/// <param name="VendorSum">Σ_s |Ball_h(s) ∖ {s}|, the summed "potential reach" of advocacy platforms.</param>
/// <param name="AudienceRedundancy">SPR-2: <see cref="VendorSum"/> / <see cref="UniqueReach"/> (≥ 1 when sharers do not reach
/// each other; 1 for disjoint audiences, |S| for identical ones); NaN when <see cref="UniqueReach"/> is 0.</param>
/// <param name="PerSeedReach">|Ball_h(s) ∖ {s}| per sharer, in the order of <see cref="SeedNodes"/>.</param>
/// <param name="Diagnostics">Notes, for example why the redundancy is NaN.</param>
public sealed record UniqueReachResult(
    ImmutableArray<int> SeedNodes,
    int Hops,
    int UniqueReach,
    long VendorSum,
    double AudienceRedundancy,
    ImmutableArray<int> PerSeedReach,
    ImmutableArray<string> Diagnostics);

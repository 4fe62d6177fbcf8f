using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Attribution;

/// <summary>ATT-4 CascadeCredit: the credit each node earned for the adoptions it (directly or indirectly) caused.</summary>
/// <param name="Credits">Credit per node (0 for nodes that never adopted or caused nothing), summed over the cascades.</param>
/// <param name="CascadeCount">The number of cascades.</param>
/// <param name="Options">The options used.</param>
public sealed record CascadeCreditResult(ImmutableArray<double> Credits, int CascadeCount, CascadeCreditOptions Options);

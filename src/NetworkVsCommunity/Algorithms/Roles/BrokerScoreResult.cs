using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>ROL-2 BrokerScore: Burt's constraint and effective size, and betweenness between communities, per node.</summary>
/// <param name="Constraint">Burt's constraint c_i (low = brokerage opportunities); NaN for isolated nodes.</param>
/// <param name="EffectiveSize">Burt's effective size (k − 2t/k for unweighted undirected graphs); NaN for isolated nodes.</param>
/// <param name="BetweenCommunityBetweenness">Betweenness over shortest paths whose endpoints lie in different communities.</param>
public sealed record BrokerScoreResult(
    ImmutableArray<double> Constraint,
    ImmutableArray<double> EffectiveSize,
    ImmutableArray<double> BetweenCommunityBetweenness)
{
    /// <summary>The random seed of the sampled betweenness sources; null when the betweenness is exact.</summary>
    public long? BetweennessRandomSeed { get; init; }

    /// <summary>Notes, for example how the betweenness was estimated.</summary>
    public ImmutableArray<string> Diagnostics { get; init; } = [];
}

using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RES-4 CommunityDepth: per touched community the adopted share and the density among adopters, and their means.</summary>
/// <param name="Communities">One entry per touched community, ascending by community.</param>
/// <param name="MeanCoverage">Mean of <see cref="CommunityDepthEntry.Coverage"/> over touched communities (0 when none).</param>
/// <param name="MeanDensity">Mean of <see cref="CommunityDepthEntry.Density"/> over touched communities (0 when none).</param>
public sealed record CommunityDepthResult(ImmutableArray<CommunityDepthEntry> Communities, double MeanCoverage, double MeanDensity);

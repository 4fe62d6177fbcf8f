using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RES-7 StructuralDiversity: components of each adopter's already-adopted neighbourhood (Ugander et al. 2012).</summary>
/// <param name="Mean">Mean over non-sharer adopters (0 when there are none).</param>
/// <param name="PerAdopter">Components of G[N(v) ∩ A_t] per adopter, in the cascade's adoption order (0 for initial sharers).</param>
public sealed record StructuralDiversityResult(double Mean, ImmutableArray<int> PerAdopter);

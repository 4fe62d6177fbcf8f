namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RES-4 for one touched community: how deep the cascade went inside it.</summary>
/// <param name="Community">The community index.</param>
/// <param name="Adopters">|A ∩ c|.</param>
/// <param name="CommunitySize">|c|.</param>
/// <param name="Coverage">|A ∩ c| / |c|.</param>
/// <param name="Density">Edge density of G[A ∩ c] (0 for a single adopter by convention).</param>
public sealed record CommunityDepthEntry(int Community, int Adopters, int CommunitySize, double Coverage, double Density);

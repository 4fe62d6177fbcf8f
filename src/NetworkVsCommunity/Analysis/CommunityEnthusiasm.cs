namespace NetworkVsCommunity;

/// <summary>Enthusiast coverage of one community: are there true enthusiasts (熱狂社員) to carry resonance inside it?</summary>
/// <param name="Community">The community index.</param>
/// <param name="Employees">Employees in the community.</param>
/// <param name="Enthusiasts">Enthusiasts among them.</param>
public sealed record CommunityEnthusiasm(int Community, int Employees, int Enthusiasts);

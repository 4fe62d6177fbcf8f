namespace NetworkVsCommunity;

/// <summary>The answer to "is this organisation a network or a community?".</summary>
public enum OrganizationCharacter
{
    /// <summary>Neither strong communities nor far reach.</summary>
    Neither = 0,

    /// <summary>A network: messages travel far (high reach relative to size) but communities are weak.</summary>
    Network = 1,

    /// <summary>A community: strong, clustered communities with wide bridges, where resonance can build.</summary>
    Community = 2,

    /// <summary>Both: strong communities and far reach.</summary>
    Both = 3,
}

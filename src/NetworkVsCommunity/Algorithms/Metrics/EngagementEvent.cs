namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>One observed engagement: <paramref name="Source"/> reacted to (commented on, replied to, liked) a post of <paramref name="Target"/>.</summary>
/// <param name="Source">The engaging node.</param>
/// <param name="Target">The node whose post was engaged with.</param>
/// <param name="Campaign">The campaign index, or −1 when not tied to a campaign.</param>
public readonly record struct EngagementEvent(int Source, int Target, int Campaign = -1);

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>One record of an activity log: <paramref name="Node"/> took part in (shared) campaign <paramref name="Campaign"/>.</summary>
/// <param name="Node">The participating node (an employee).</param>
/// <param name="Campaign">The campaign index in 0..CampaignCount−1.</param>
public readonly record struct CampaignParticipation(int Node, int Campaign);

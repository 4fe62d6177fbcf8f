using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RES-9 SupporterBase_r: the external supporters (応援団) won over a series of campaigns.</summary>
/// <param name="MinCampaigns">r: adoptions in at least r distinct campaigns make a supporter.</param>
/// <param name="Supporters">The number of supporters after all campaigns.</param>
/// <param name="SupporterNodes">The supporters, ascending.</param>
/// <param name="GrowthByCampaign">The supporter count after campaigns 1..k, for every k: 応援団 growth (non-decreasing).</param>
public sealed record SupporterBaseResult(int MinCampaigns, int Supporters, ImmutableArray<int> SupporterNodes, ImmutableArray<int> GrowthByCampaign);

using System.Collections.Immutable;
using System.Globalization;
using NetworkVsCommunity.Internal;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// An activity log of an advocacy programme: who took part in which campaign, and who engaged with whose posts. The input of
/// RES-8 EngagementReciprocity and ROL-5 EnthusiasmIndex.
/// </summary>
public sealed record ActivityLog
{
    /// <summary>Creates a validated log.</summary>
    /// <param name="nodeCount">Nodes of the graph the log refers to.</param>
    /// <param name="campaignCount">Number of campaigns run (participations refer to 0..campaignCount−1).</param>
    /// <param name="participations">Campaign participations (duplicates count once).</param>
    /// <param name="engagements">Engagement events.</param>
    /// <exception cref="ArgumentOutOfRangeException">A node or campaign index is out of range.</exception>
    public ActivityLog(int nodeCount, int campaignCount, ImmutableArray<CampaignParticipation> participations, ImmutableArray<EngagementEvent> engagements)
    {
        if (nodeCount < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(nodeCount), nodeCount, "0 or more");
        }
        if (campaignCount < 0)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(campaignCount), campaignCount, "0 or more");
        }
        participations = participations.IsDefault ? [] : participations;
        engagements = engagements.IsDefault ? [] : engagements;
        foreach (var p in participations)
        {
            ThrowHelper.CheckNode(p.Node, nodeCount, nameof(participations));
            if ((uint)p.Campaign >= (uint)campaignCount)
            {
                ThrowHelper.ArgumentOutOfRange(nameof(participations), p.Campaign,
                    string.Create(CultureInfo.InvariantCulture, $"a campaign in 0..{campaignCount - 1}"));
            }
        }
        foreach (var e in engagements)
        {
            ThrowHelper.CheckNode(e.Source, nodeCount, nameof(engagements));
            ThrowHelper.CheckNode(e.Target, nodeCount, nameof(engagements));
        }
        NodeCount = nodeCount;
        CampaignCount = campaignCount;
        Participations = participations;
        Engagements = engagements;
    }

    /// <summary>Nodes of the graph the log refers to.</summary>
    public int NodeCount { get; }

    /// <summary>Number of campaigns.</summary>
    public int CampaignCount { get; }

    /// <summary>Campaign participations.</summary>
    public ImmutableArray<CampaignParticipation> Participations { get; }

    /// <summary>Engagement events.</summary>
    public ImmutableArray<EngagementEvent> Engagements { get; }
}

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>The quadrant of the Spread-vs-Share profile (docs/metrics.md#spread-vs-share-profile).</summary>
public enum SpreadShareQuadrant
{
    /// <summary>Low network-ness and low community-ness.</summary>
    Neither = 0,

    /// <summary>High network-ness (spread, 拡散), low community-ness: broadcast.</summary>
    Broadcast = 1,

    /// <summary>High community-ness (shared resonance, 共有・共鳴), low network-ness: evangelism.</summary>
    Evangelism = 2,

    /// <summary>High on both axes.</summary>
    Both = 3,
}

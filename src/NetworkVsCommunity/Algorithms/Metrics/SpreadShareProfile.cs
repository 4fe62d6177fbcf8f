namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>
/// The Spread-vs-Share profile of a cascade: a 2-D position, never folded into one score (docs/metrics.md#spread-vs-share-profile).
/// x = SPR-4 × normalised SPR-6 (network-ness), y = RES-1 × RES-3 (community-ness).
/// </summary>
/// <param name="NetworkNess">x = <see cref="ExternalPenetration"/> × <see cref="NormalizedCommunityEntropy"/>, in [0, 1].</param>
/// <param name="CommunityNess">y = <see cref="ReinforcedAdoptionShare"/> × <see cref="IntraCommunityShare"/>, in [0, 1].</param>
/// <param name="Quadrant">Broadcast (x high, y low), Evangelism (y high, x low), Both or Neither, against <see cref="Threshold"/>.</param>
/// <param name="ExternalPenetration">SPR-4.</param>
/// <param name="NormalizedCommunityEntropy">SPR-6 normalised entropy.</param>
/// <param name="ReinforcedAdoptionShare">RES-1.</param>
/// <param name="IntraCommunityShare">RES-3.</param>
/// <param name="Threshold">The value at or above which an axis counts as high.</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record SpreadShareProfile(
    double NetworkNess,
    double CommunityNess,
    SpreadShareQuadrant Quadrant,
    double ExternalPenetration,
    double NormalizedCommunityEntropy,
    double ReinforcedAdoptionShare,
    double IntraCommunityShare,
    double Threshold);

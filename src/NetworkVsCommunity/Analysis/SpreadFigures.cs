namespace NetworkVsCommunity;

/// <summary>The spread (拡散) side of a campaign: how far the WHAT travels to an unspecified many. Means are over the Monte Carlo runs.</summary>
/// <param name="UniqueReach">SPR-1: the deduplicated h-hop audience of the sharers.</param>
/// <param name="VendorPotentialReach">The sum of the sharers' audiences that advocacy vendors report as "potential reach" (double-counts shared followers).</param>
/// <param name="AudienceRedundancy">SPR-2: vendor sum / unique reach (≥ 1; high = overlapping, community-like audiences).</param>
/// <param name="ExpectedAdopters">SPR-3: mean adopters per run, sharers included.</param>
/// <param name="ExpectedAdoptersCi95Low">Lower end of the 95 % interval of <paramref name="ExpectedAdopters"/>.</param>
/// <param name="ExpectedAdoptersCi95High">Upper end of the 95 % interval of <paramref name="ExpectedAdopters"/>.</param>
/// <param name="ExternalPenetration">SPR-4: pooled share of non-sharer adopters who are external people, in [0, 1].</param>
/// <param name="MeanDepth">SPR-5: mean cascade depth.</param>
/// <param name="MeanMaxBreadth">SPR-5: mean of the largest number of adopters at one depth.</param>
/// <param name="MeanStructuralVirality">SPR-5: mean structural virality ν (Goel et al. 2016).</param>
/// <param name="MeanCommunitiesTouched">SPR-6: mean number of communities with an adopter.</param>
/// <param name="MeanNormalizedCommunityEntropy">SPR-6: mean normalised entropy of adopters over communities, in [0, 1].</param>
public sealed record SpreadFigures(
    int UniqueReach,
    long VendorPotentialReach,
    double AudienceRedundancy,
    double ExpectedAdopters,
    double ExpectedAdoptersCi95Low,
    double ExpectedAdoptersCi95High,
    double ExternalPenetration,
    double MeanDepth,
    double MeanMaxBreadth,
    double MeanStructuralVirality,
    double MeanCommunitiesTouched,
    double MeanNormalizedCommunityEntropy);

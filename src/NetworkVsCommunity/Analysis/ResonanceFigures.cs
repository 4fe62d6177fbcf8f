namespace NetworkVsCommunity;

/// <summary>The shared-resonance (共有・共鳴) side of a campaign: exchange among a specific few, reinforced by several people one knows. Means are over the Monte Carlo runs.</summary>
/// <param name="ReinforcedAdoptionShare">RES-1: pooled share of non-sharer adopters who had ≥ θ distinct adopting neighbours when they adopted.</param>
/// <param name="TransmissionEmbeddedness">RES-2: mean neighbourhood overlap of the transmission ties (runs with transmissions only).</param>
/// <param name="IntraCommunityShare">RES-3: pooled share of transmissions inside one community.</param>
/// <param name="MeanCommunityCoverage">RES-4: mean share of a touched community that adopted.</param>
/// <param name="MeanCommunityDensity">RES-4: mean edge density among a touched community's adopters.</param>
/// <param name="ComplexSurvival">RES-5: share of the simple-contagion reach that a θ-threshold contagion keeps, in (0, 1].</param>
/// <param name="WideBridgeCount">RES-6: community pairs joined by a bridge of effective width ≥ θ.</param>
/// <param name="MeanStructuralDiversity">RES-7: mean number of components among an adopter's adopting neighbours at adoption.</param>
/// <param name="ExpectedSupporters">RES-9: mean number of external people per run who adopted with ≥ θ adopting neighbours inside their own community (応援団).</param>
/// <param name="ExpectedSupportersCi95Low">Lower end of the 95 % interval of <paramref name="ExpectedSupporters"/>.</param>
/// <param name="ExpectedSupportersCi95High">Upper end of the 95 % interval of <paramref name="ExpectedSupporters"/>.</param>
public sealed record ResonanceFigures(
    double ReinforcedAdoptionShare,
    double TransmissionEmbeddedness,
    double IntraCommunityShare,
    double MeanCommunityCoverage,
    double MeanCommunityDensity,
    double ComplexSurvival,
    int WideBridgeCount,
    double MeanStructuralDiversity,
    double ExpectedSupporters,
    double ExpectedSupportersCi95Low,
    double ExpectedSupportersCi95High);

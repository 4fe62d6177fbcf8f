namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>RSK-5 FlagBearerDependence: how much of a campaign is lost without its flag-bearer.</summary>
/// <param name="FlagBearer">The removed sharer: the named programme owner, or the sharer with the highest spread Shapley credit.</param>
/// <param name="SpreadWith">σ̂(S).</param>
/// <param name="SpreadWithout">σ̂(S ∖ {top}).</param>
/// <param name="SpreadDependence">1 − σ̂(S∖{top}) / σ̂(S).</param>
/// <param name="ReinforcedWith">Mean reinforced adopters (RES-1 · |A|) with S.</param>
/// <param name="ReinforcedWithout">The same without the flag-bearer.</param>
/// <param name="ResonanceDependence">1 − reinforced(S∖{top}) / reinforced(S); 0 when reinforced(S) is 0.</param>
/// <param name="Runs">R.</param>
/// <param name="RandomSeed">The seed used.</param>
/// <param name="Model">The cascade model sampled.</param>
public sealed record FlagBearerResult(
    int FlagBearer,
    double SpreadWith,
    double SpreadWithout,
    double SpreadDependence,
    double ReinforcedWith,
    double ReinforcedWithout,
    double ResonanceDependence,
    int Runs,
    long RandomSeed,
    Diffusion.DiffusionModel Model);

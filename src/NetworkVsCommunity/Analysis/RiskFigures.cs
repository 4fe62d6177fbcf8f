namespace NetworkVsCommunity;

/// <summary>The risk side of a campaign: firestorm (炎上) exposure, echo chambers and dependence on one flag-bearer.</summary>
/// <param name="FirestormProbability">RSK-2 for the campaign: the share of runs that reached at least the firestorm fraction of all people.</param>
/// <param name="FlagBearer">RSK-5: the sharer whose removal is measured (the programme owner when among the sharers, else the highest spread credit).</param>
/// <param name="SpreadDependence">RSK-5: 1 − σ(S∖{flag-bearer}) / σ(S).</param>
/// <param name="ResonanceDependence">RSK-5: the same for reinforced adopters.</param>
/// <param name="EchoChamberEIIndex">RSK-6: mean E-I index of the adopters' ties over communities (−1 = all ties inside communities).</param>
public sealed record RiskFigures(
    double FirestormProbability,
    EmployeeId FlagBearer,
    double SpreadDependence,
    double ResonanceDependence,
    double EchoChamberEIIndex);

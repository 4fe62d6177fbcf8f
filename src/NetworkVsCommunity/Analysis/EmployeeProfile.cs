using NetworkVsCommunity.Algorithms.Roles;

namespace NetworkVsCommunity;

/// <summary>One employee seen from both sides: spread potential, resonance potential, role and risk.</summary>
/// <param name="Id">The employee.</param>
/// <param name="Department">Department attribute.</param>
/// <param name="Team">Team attribute.</param>
/// <param name="Community">The detected community.</param>
/// <param name="Enthusiasm">Enthusiasm attribute in [0, 1].</param>
/// <param name="SpreadPotential">Expected reach σ({v}) of one post by v (SPR-3, equal to RSK-1 blast radius).</param>
/// <param name="ResonancePotential">ROL-3 evangelist score: deep, reinforced reach in the home community.</param>
/// <param name="BroadcasterScore">ROL-4 broadcaster score: reach that leaves the community.</param>
/// <param name="IsEvangelist">Whether v is an evangelist (top quantile of ROL-3 and z ≥ 0).</param>
/// <param name="IsBroadcaster">Whether v is a broadcaster (top quantile of ROL-4).</param>
/// <param name="OnaRoles">ROL-6 role map flags.</param>
/// <param name="Cartography">ROL-1 Guimerà–Amaral role.</param>
/// <param name="WithinModuleZ">ROL-1 within-module degree z.</param>
/// <param name="Participation">ROL-1 participation coefficient P.</param>
/// <param name="FirestormProbability">RSK-2: chance that one careless post by v reaches the firestorm fraction of all people.</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record EmployeeProfile(
    EmployeeId Id,
    string Department,
    string Team,
    int Community,
    double Enthusiasm,
    double SpreadPotential,
    double ResonancePotential,
    double BroadcasterScore,
    bool IsEvangelist,
    bool IsBroadcaster,
    OnaRole OnaRoles,
    CartographyRole Cartography,
    double WithinModuleZ,
    double Participation,
    double FirestormProbability)
{
    /// <summary>
    /// RES-10 complex centrality of v on the influence graph under threshold contagion with θ =
    /// <see cref="DiagnosisOptions.ReinforcementThreshold"/>: how far and how fast a message seeded in v's neighbourhood
    /// travels when adoption needs θ affirming contacts (Guilbeault &amp; Centola 2021, doi:10.1038/s41467-021-24704-6), in [0, 1].
    /// </summary>
    public double ComplexCentrality { get; init; }
}

using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity;

/// <summary>The organisation diagnosis: is this a network or a community, where is resonance possible, where is the risk, and who are the evangelists and broadcasters?</summary>
/// <param name="Employees">Number of employees.</param>
/// <param name="Externals">Number of external people.</param>
/// <param name="InternalTies">Undirected ties between employees.</param>
/// <param name="Communities">The communities of the mutual-tie graph (given, or found by Leiden).</param>
/// <param name="Modularity">Modularity (γ = 1) of <paramref name="Communities"/> on the mutual-tie graph.</param>
/// <param name="InternalTransitivity">Global clustering coefficient of the employee-only graph.</param>
/// <param name="InternalAverageClustering">Mean local clustering of employees in the employee-only graph.</param>
/// <param name="WeakTieShare">Share of internal ties whose neighbourhood overlap is below the weak-tie threshold (Granovetter 1973; Onnela et al. 2007).</param>
/// <param name="ConnectedCommunityPairs">Community pairs joined by at least one tie.</param>
/// <param name="WideBridgeCount">RES-6: community pairs joined by a bridge of effective width ≥ θ.</param>
/// <param name="EnthusiastCount">Employees at or above the enthusiasm threshold.</param>
/// <param name="EnthusiastCoverage">Per community: employees and enthusiasts.</param>
/// <param name="CommunitiesWithEnthusiasts">Share of communities with employees that have at least one enthusiast.</param>
/// <param name="BlastRadiusMax">RSK-1: the largest expected reach of one post by one employee.</param>
/// <param name="BlastRadiusP95">RSK-1: the 95th percentile over employees.</param>
/// <param name="BlastRadiusGini">RSK-1: Gini of expected reach over employees (concentration of firestorm risk).</param>
/// <param name="TopDecileRiskShare">Share of all employees' expected reach held by the top 10 % of employees.</param>
/// <param name="EpidemicThreshold">RSK-3: 1/λ_max of the influence graph's adjacency.</param>
/// <param name="ExternalBoundaryTopShare">RSK-4: share of employee→external arcs held by the top employees.</param>
/// <param name="Character">Network, community, both or neither.</param>
/// <param name="CharacterExplanation">One sentence explaining <paramref name="Character"/> with the figures behind it.</param>
/// <param name="TopEvangelists">The top evangelists of <paramref name="Ranking"/>, best first.</param>
/// <param name="TopBroadcasters">The top broadcasters of <paramref name="Ranking"/>, best first.</param>
/// <param name="Profiles">Every employee's profile, in node order.</param>
/// <param name="RandomSeed">The random seed used.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes on the analysis.</param>
/// <param name="Ranking">The exact evangelist and broadcaster rankings with top-k probabilities (null only when built by hand).</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record OrganizationDiagnosis(
    int Employees,
    int Externals,
    long InternalTies,
    Partition Communities,
    double Modularity,
    double InternalTransitivity,
    double InternalAverageClustering,
    double WeakTieShare,
    int ConnectedCommunityPairs,
    int WideBridgeCount,
    int EnthusiastCount,
    ImmutableArray<CommunityEnthusiasm> EnthusiastCoverage,
    double CommunitiesWithEnthusiasts,
    double BlastRadiusMax,
    double BlastRadiusP95,
    double BlastRadiusGini,
    double TopDecileRiskShare,
    double EpidemicThreshold,
    double ExternalBoundaryTopShare,
    OrganizationCharacter Character,
    string CharacterExplanation,
    ImmutableArray<EmployeeId> TopEvangelists,
    ImmutableArray<EmployeeId> TopBroadcasters,
    ImmutableArray<EmployeeProfile> Profiles,
    long RandomSeed,
    DiagnosisOptions Options,
    ImmutableArray<string> Diagnostics,
    AdvocacyRankingResult? Ranking = null)
{
    /// <summary>
    /// The mean transmission probability over the influence arcs under the diagnosis' model: the network axis compares it
    /// with the epidemic threshold 1/λ_max (network-ness = p̄ · λ_max, a network from 1).
    /// </summary>
    public double MeanTransmissionProbability { get; init; } = double.NaN;
}

using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Metrics;

namespace NetworkVsCommunity.Algorithms.Roles;

/// <summary>ROL-3 EvangelistScore and ROL-4 BroadcasterScore of a set of candidate sharers, from the same live-edge samples.</summary>
/// <param name="Nodes">The candidates (e.g. the employees), ascending.</param>
/// <param name="EvangelistScore">ROL-3: E[|A({v}) ∩ c(v)|]/|c(v)| × RES-1 of v's cascades.</param>
/// <param name="BroadcasterScore">ROL-4: σ({v}) × (1 − RES-3 of v's cascades).</param>
/// <param name="ExpectedReach">σ({v}).</param>
/// <param name="HomeCoverage">E[|A({v}) ∩ c(v)|] / |c(v)|.</param>
/// <param name="ReinforcedShare">RES-1 pooled over v's cascades (reinforced / non-sharer adopters).</param>
/// <param name="IntraCommunityShare">RES-3 pooled over v's cascades (intra-community / all transmissions).</param>
/// <param name="IsEvangelist">Evangelist: score &gt; 0, in the top quantile of candidates, and within-module z ≥ 0.</param>
/// <param name="IsBroadcaster">Broadcaster: score &gt; 0 and in the top quantile of candidates.</param>
/// <param name="TopQuantile">The quantile used (e.g. 0.9 = top 10 %).</param>
/// <param name="Runs">R.</param>
/// <param name="RandomSeed">The seed used.</param>
/// <param name="Model">The diffusion model simulated.</param>
/// <param name="Sampling">The sampling options used, with the random seed fixed.</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record AdvocacyRoleScores(
    ImmutableArray<int> Nodes,
    ImmutableArray<double> EvangelistScore,
    ImmutableArray<double> BroadcasterScore,
    ImmutableArray<double> ExpectedReach,
    ImmutableArray<double> HomeCoverage,
    ImmutableArray<double> ReinforcedShare,
    ImmutableArray<double> IntraCommunityShare,
    ImmutableArray<bool> IsEvangelist,
    ImmutableArray<bool> IsBroadcaster,
    double TopQuantile,
    int Runs,
    long RandomSeed,
    Diffusion.DiffusionModel Model,
    Diffusion.SamplingOptions Sampling);

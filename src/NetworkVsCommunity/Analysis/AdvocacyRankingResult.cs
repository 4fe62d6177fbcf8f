using System.Collections.Immutable;
using NetworkVsCommunity.Algorithms.Diffusion;

namespace NetworkVsCommunity;

/// <summary>Exact evangelist and broadcaster rankings of an organisation's employees (<see cref="AdvocacyRanking.Rank"/>).</summary>
/// <param name="Evangelists">The top k by evangelist score, best first.</param>
/// <param name="Broadcasters">The top k by broadcaster score, best first.</param>
/// <param name="Candidates">The employees scored, ascending node order.</param>
/// <param name="EvangelistScores">Every candidate's evangelist score, in the order of <paramref name="Candidates"/>.</param>
/// <param name="BroadcasterScores">Every candidate's broadcaster score.</param>
/// <param name="Model">The model whose arc probabilities the scores use.</param>
/// <param name="TopCount">k.</param>
/// <param name="BootstrapReplicates">Replicates behind <see cref="RankedEmployee.TopKProbability"/>.</param>
/// <param name="RandomSeed">The random seed of the bootstrap (the scores do not depend on it).</param>
public sealed record AdvocacyRankingResult(
    ImmutableArray<RankedEmployee> Evangelists,
    ImmutableArray<RankedEmployee> Broadcasters,
    ImmutableArray<EmployeeId> Candidates,
    ImmutableArray<double> EvangelistScores,
    ImmutableArray<double> BroadcasterScores,
    DiffusionModel Model,
    int TopCount,
    int BootstrapReplicates,
    long RandomSeed);

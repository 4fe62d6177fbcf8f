using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Centrality;

/// <summary>A centrality value per node, with convergence information for iterative measures.</summary>
/// <param name="Values">One value per node.</param>
/// <param name="Iterations">Iterations used (0 for exact, non-iterative measures).</param>
/// <param name="Converged">Whether an iterative measure reached its tolerance (always true for exact measures).</param>
/// <param name="Diagnostics">Notes, for example a non-converged iteration or a disconnected graph.</param>
public sealed record CentralityResult(ImmutableArray<double> Values, int Iterations, bool Converged, ImmutableArray<string> Diagnostics)
{
    /// <summary>The random seed used to draw sampled sources (betweenness with <see cref="BetweennessOptions.SampleSources"/>); null for exact, deterministic measures.</summary>
    public long? RandomSeed { get; init; }
}

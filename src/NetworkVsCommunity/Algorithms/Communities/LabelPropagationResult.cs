using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>The outcome of <see cref="CommunityDetection.LabelPropagation"/>.</summary>
/// <param name="Partition">The communities (nodes sharing a label), canonically labelled.</param>
/// <param name="Modularity">Modularity at γ = 1 of <paramref name="Partition"/> (NaN when the graph has no edge weight).</param>
/// <param name="Iterations">Sweeps performed.</param>
/// <param name="Converged">True when every node holds a label of maximal weight among its neighbours.</param>
/// <param name="RandomSeed">The random seed used (drawn when none was given).</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes on the run.</param>
public sealed record LabelPropagationResult(
    Partition Partition,
    double Modularity,
    int Iterations,
    bool Converged,
    long RandomSeed,
    LabelPropagationOptions Options,
    ImmutableArray<string> Diagnostics);

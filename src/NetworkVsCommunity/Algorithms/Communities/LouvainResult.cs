using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>The outcome of <see cref="CommunityDetection.Louvain"/>, with every level of the hierarchy.</summary>
/// <param name="Partition">The final (coarsest, best) partition, canonically labelled; the last of <paramref name="Levels"/>.</param>
/// <param name="Levels">The partition of the original nodes after each level, finest first; each is a coarsening of the one before.</param>
/// <param name="LevelQualities">The objective of each level's partition, in the same order.</param>
/// <param name="Quality">The objective of <paramref name="Partition"/> at the requested resolution.</param>
/// <param name="Modularity">Modularity at γ = 1 of <paramref name="Partition"/> (NaN when the graph has no edge weight).</param>
/// <param name="Converged">True: Louvain stops by itself when a level moves no node.</param>
/// <param name="RandomSeed">The random seed used (drawn when none was given).</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes on the run.</param>
public sealed record LouvainResult(
    Partition Partition,
    ImmutableArray<Partition> Levels,
    ImmutableArray<double> LevelQualities,
    double Quality,
    double Modularity,
    bool Converged,
    long RandomSeed,
    LouvainOptions Options,
    ImmutableArray<string> Diagnostics);

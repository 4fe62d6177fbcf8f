using System.Collections.Immutable;
using NetworkVsCommunity.Graphs;

namespace NetworkVsCommunity.Algorithms.Communities;

/// <summary>The outcome of <see cref="CommunityDetection.Leiden"/>.</summary>
/// <param name="Partition">The communities, canonically labelled; every community is connected (except ones held together by fixed nodes).</param>
/// <param name="Quality">The objective (modularity Q_γ, or CPM H) of <paramref name="Partition"/> at the requested resolution.</param>
/// <param name="Modularity">Modularity at γ = 1, for comparison across runs and tools (NaN when the graph has no edge weight).</param>
/// <param name="Iterations">Leiden iterations performed.</param>
/// <param name="Levels">Aggregation levels summed over all iterations.</param>
/// <param name="Converged">True when the last iteration changed nothing (a stable partition); false when the iteration budget ran out first.</param>
/// <param name="RandomSeed">The random seed used (drawn when none was given): pass it back to replay the run.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes on the run (moves, split communities, disconnected graph...).</param>
[NetworkVsCommunity.Visualization.TypeFormatterSource(typeof(NetworkVsCommunity.Visualization.NotebookFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record LeidenResult(
    Partition Partition,
    double Quality,
    double Modularity,
    int Iterations,
    int Levels,
    bool Converged,
    long RandomSeed,
    LeidenOptions Options,
    ImmutableArray<string> Diagnostics);

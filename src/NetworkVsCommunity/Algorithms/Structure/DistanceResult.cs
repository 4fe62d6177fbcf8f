using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Hop distances from one source node, from <see cref="Traversal.BreadthFirstDistances"/>.</summary>
/// <param name="Source">The source node.</param>
/// <param name="Distances">Per node, the number of arcs on a shortest path from the source; −1 when unreachable.</param>
/// <param name="ReachedCount">Nodes reached, the source included.</param>
/// <param name="Eccentricity">The largest finite distance (0 when only the source is reached).</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes, for example how many nodes were unreachable.</param>
public sealed record DistanceResult(
    int Source,
    ImmutableArray<int> Distances,
    int ReachedCount,
    int Eccentricity,
    TraversalOptions Options,
    ImmutableArray<string> Diagnostics);

using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>SPR-5 CascadeShape: size, depth, breadth and structural virality of a cascade forest (Goel et al. 2016).</summary>
/// <param name="Size">Number of adopters n (initial sharers included).</param>
/// <param name="TreeCount">Number of trees (roots: adopters without a recorded parent).</param>
/// <param name="Depth">The largest root-to-node distance in the forest (0 when nobody was reached).</param>
/// <param name="MaxBreadth">max over d of the number of adopters at depth d.</param>
/// <param name="BreadthByDepth">Number of adopters at each depth 0..Depth.</param>
/// <param name="StructuralVirality">ν: the mean pairwise distance inside a tree, ν = 2/(n(n−1)) Σ_edges s(n−s); for a forest the
/// size-weighted mean of ν over trees of 2 or more nodes; 0 when no tree has 2 nodes.</param>
public sealed record CascadeShapeResult(
    int Size,
    int TreeCount,
    int Depth,
    int MaxBreadth,
    ImmutableArray<int> BreadthByDepth,
    double StructuralVirality);

using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>Complex path lengths and complex centrality of source nodes (METRICS RES-10; Guilbeault &amp; Centola 2021).</summary>
/// <param name="Nodes">The source nodes, ascending.</param>
/// <param name="Centrality">Per source i (same order): Σ_{j adopted, j ≠ i} 1/ℓ(i, j) / (n − 1), the harmonic mean reach along complex paths, in [0, 1].</param>
/// <param name="MeanComplexPathLength">Per source: the mean complex path length ℓ(i, j) over the nodes j ≠ i that adopt (NaN when none does).</param>
/// <param name="ComplexReach">Per source: the number of nodes j ≠ i that adopt, its neighbourhood included.</param>
/// <param name="BeyondNeighbourhood">Per source: the adopters outside the seed neighbourhood N[i] (0 when the contagion stalls where it was seeded).</param>
/// <param name="Model">The contagion simulated, e.g. "threshold contagion (θ = 2)" or "threshold contagion (φ = 0.25)".</param>
/// <param name="Options">The options, echoed.</param>
public sealed record ComplexCentralityResult(
    ImmutableArray<int> Nodes,
    ImmutableArray<double> Centrality,
    ImmutableArray<double> MeanComplexPathLength,
    ImmutableArray<int> ComplexReach,
    ImmutableArray<int> BeyondNeighbourhood,
    string Model,
    ComplexCentralityOptions Options);

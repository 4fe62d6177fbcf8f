using System.Collections.Immutable;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Triangle counts and clustering coefficients, from <see cref="Clustering.AverageClustering"/>.</summary>
/// <param name="Triangles">Per node, the number of triangles through it.</param>
/// <param name="LocalClustering">Per node, 2·triangles / (d(d−1)) with d its number of distinct neighbours other than itself; 0 when d &lt; 2.</param>
/// <param name="AverageClustering">The mean local clustering (see <see cref="ClusteringOptions.CountZeros"/>); 0 when no node qualifies.</param>
/// <param name="Transitivity">Global transitivity: 3 × triangles / connected triples; 0 when there are no triples.</param>
/// <param name="TriangleCount">The number of distinct triangles in the graph.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Notes, for example that direction and self-loops were ignored.</param>
public sealed record ClusteringResult(
    ImmutableArray<long> Triangles,
    ImmutableArray<double> LocalClustering,
    double AverageClustering,
    double Transitivity,
    long TriangleCount,
    ClusteringOptions Options,
    ImmutableArray<string> Diagnostics);

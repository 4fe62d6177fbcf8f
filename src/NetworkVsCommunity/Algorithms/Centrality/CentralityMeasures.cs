namespace NetworkVsCommunity.Algorithms.Centrality;

/// <summary>
/// The centralities the metric suite needs: betweenness (Brandes 2001) and its between-community variant, PageRank and
/// eigenvector centrality. Values match igraph 0.10 on the same graphs. (k-core numbers are in
/// <see cref="Structure.CoreDecomposition"/>.)
/// </summary>
/// <remarks>
/// <para>Thread safety: stateless. Determinism: every routine returns bit-identical values for any thread count.</para>
/// <para>One file per family: <c>CentralityMeasures.Betweenness.cs</c>, <c>CentralityMeasures.PageRank.cs</c>,
/// <c>CentralityMeasures.Eigenvector.cs</c>.</para>
/// </remarks>
public static partial class CentralityMeasures;

namespace NetworkVsCommunity.Algorithms.Structure;

/// <summary>Options for <see cref="Clustering.AverageClustering"/>.</summary>
public sealed record ClusteringOptions
{
    /// <summary>The defaults: nodes of degree below 2 count as 0 (NetworkX <c>average_clustering</c>, igraph <c>mode="zero"</c>).</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>
    /// Whether nodes of degree 0 or 1 (whose clustering is undefined) count as 0 in the average. Default true (NetworkX
    /// <c>count_zeros=True</c>; igraph <c>transitivity_avglocal_undirected(mode="zero")</c>); false averages over nodes of degree
    /// 2 or more only (igraph's default <c>mode="nan"</c>).
    /// </summary>
    public bool CountZeros { get; init; } = true;
}

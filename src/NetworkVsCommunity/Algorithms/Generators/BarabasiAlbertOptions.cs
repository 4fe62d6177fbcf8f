namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>Options of <see cref="RandomGraphs.BarabasiAlbert(BarabasiAlbertOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>.</summary>
public sealed record BarabasiAlbertOptions
{
    /// <summary>The defaults: 1000 nodes, 3 edges per new node.</summary>
    public static BarabasiAlbertOptions Default { get; } = new();

    /// <summary>Number of nodes n, greater than <see cref="EdgesPerNode"/>. Default 1000.</summary>
    public int NodeCount { get; init; } = 1000;

    /// <summary>Edges m each new node brings (the minimum degree), 1 or more. Default 3.</summary>
    public int EdgesPerNode { get; init; } = 3;

    /// <summary>The random seed; null (the default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }
}

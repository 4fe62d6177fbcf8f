namespace NetworkVsCommunity.Graphs;

/// <summary>What <see cref="GraphBuilder.Build(GraphBuildOptions?)"/> does with repeated edges between the same pair of nodes.</summary>
public enum ParallelEdgePolicy
{
    /// <summary>Merge them into one edge whose weight is the sum of their weights (the default; counted in <see cref="BuildStatistics.MergedParallelEdges"/>).</summary>
    Merge = 0,

    /// <summary>Throw an <see cref="ArgumentException"/> naming the first repeated pair.</summary>
    Reject = 1,
}

/// <summary>What <see cref="GraphBuilder.Build(GraphBuildOptions?)"/> does with self-loops (edges from a node to itself).</summary>
public enum SelfLoopPolicy
{
    /// <summary>Keep them (the default). A self-loop is stored once in its node's row; in an undirected graph it adds twice its weight to the node's strength, as in NetworkX and igraph.</summary>
    Keep = 0,

    /// <summary>Remove them, counting them in <see cref="BuildStatistics.RemovedSelfLoops"/>.</summary>
    Remove = 1,

    /// <summary>Throw an <see cref="ArgumentException"/> naming the first self-loop.</summary>
    Reject = 2,
}

/// <summary>Options for turning collected edges into an immutable <see cref="CsrGraph"/>.</summary>
/// <remarks>The library has one documented policy for parallel edges and self-loops; these options select it. Nothing is dropped silently: every merge and removal is counted in <see cref="CsrGraph.BuildStatistics"/>.</remarks>
public sealed record GraphBuildOptions
{
    /// <summary>The defaults: merge parallel edges by summing weights, keep self-loops.</summary>
    public static GraphBuildOptions Default { get; } = new();

    /// <summary>Policy for repeated edges. Default <see cref="ParallelEdgePolicy.Merge"/>.</summary>
    public ParallelEdgePolicy ParallelEdges { get; init; } = ParallelEdgePolicy.Merge;

    /// <summary>Policy for self-loops. Default <see cref="SelfLoopPolicy.Keep"/>.</summary>
    public SelfLoopPolicy SelfLoops { get; init; } = SelfLoopPolicy.Keep;
}

/// <summary>What happened while a graph was built: how many edges came in and how many were merged or removed.</summary>
/// <param name="InputEdges">Edges added to the builder.</param>
/// <param name="MergedParallelEdges">Input edges merged into an earlier edge between the same nodes (weights summed).</param>
/// <param name="SelfLoops">Self-loops kept in the graph.</param>
/// <param name="RemovedSelfLoops">Self-loops removed under <see cref="SelfLoopPolicy.Remove"/>.</param>
public sealed record BuildStatistics(long InputEdges, long MergedParallelEdges, long SelfLoops, long RemovedSelfLoops)
{
    /// <summary>Statistics for a graph built with nothing merged or removed.</summary>
    /// <param name="edges">The number of edges.</param>
    /// <param name="selfLoops">The number of self-loops.</param>
    /// <returns>The statistics.</returns>
    public static BuildStatistics Clean(long edges, long selfLoops) => new(edges, 0, selfLoops, 0);
}

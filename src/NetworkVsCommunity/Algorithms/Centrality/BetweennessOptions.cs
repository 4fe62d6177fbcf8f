namespace NetworkVsCommunity.Algorithms.Centrality;

/// <summary>Options of <see cref="CentralityMeasures.Betweenness"/> and <see cref="CentralityMeasures.BetweenCommunityBetweenness"/>.</summary>
public sealed record BetweennessOptions
{
    /// <summary>The default options.</summary>
    public static BetweennessOptions Default { get; } = new();

    /// <summary>Use arc weights as path lengths (Dijkstra) when the graph is weighted; false = hop counts (BFS). Default true, as igraph with <c>weights=</c>.</summary>
    public bool UseWeights { get; init; } = true;

    /// <summary>Divide by the number of ordered (directed) or unordered (undirected) pairs of other nodes, (n−1)(n−2)[/2]. Default false (igraph's raw values).</summary>
    public bool Normalized { get; init; }

    /// <summary>Worker threads over sources; 0 = all processors. The values are bit-identical for any setting. Default 0.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Number of source nodes (pivots) to run Brandes' single-source pass from; 0 = every node, the exact value. With
    /// 0 &lt; k &lt; n, k distinct sources are drawn uniformly at random (from <see cref="RandomSeed"/>) and the sum over them is
    /// scaled by n/k: an unbiased estimate of the exact value (Brandes &amp; Pich 2007) at k/n of the cost. A value of n or
    /// more is exact. Default 0.
    /// </summary>
    public int SampleSources { get; init; }

    /// <summary>Random seed for drawing the sampled sources; null draws a fresh one (reported in the result). Ignored when the computation is exact.</summary>
    public long? RandomSeed { get; init; }
}

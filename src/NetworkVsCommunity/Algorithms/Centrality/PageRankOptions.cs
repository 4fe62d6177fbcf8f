namespace NetworkVsCommunity.Algorithms.Centrality;

/// <summary>Options of <see cref="CentralityMeasures.PageRank"/>.</summary>
public sealed record PageRankOptions
{
    /// <summary>The default options.</summary>
    public static PageRankOptions Default { get; } = new();

    /// <summary>The damping factor d in [0, 1). Default 0.85.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Stop when the L1 change of the score vector falls below this (&gt; 0). Default 1e-13.</summary>
    public double Tolerance { get; init; } = 1e-13;

    /// <summary>The iteration limit (≥ 1). Default 10 000.</summary>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>Use arc weights as transition weights when the graph is weighted. Default true.</summary>
    public bool UseWeights { get; init; } = true;
}

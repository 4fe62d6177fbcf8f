namespace NetworkVsCommunity.Algorithms.Centrality;

/// <summary>Options of <see cref="CentralityMeasures.EigenvectorCentrality"/>.</summary>
public sealed record EigenvectorOptions
{
    /// <summary>The default options.</summary>
    public static EigenvectorOptions Default { get; } = new();

    /// <summary>Undirected: stop when the Lanczos residual ‖Ax − θx‖ ≤ Tolerance·θ; directed: when the largest change of the max-scaled vector falls below it (&gt; 0). Default 1e-12.</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>The limit on matrix-vector products (≥ 1). Default 100 000.</summary>
    public int MaxIterations { get; init; } = 100_000;

    /// <summary>Use arc weights when the graph is weighted. Default true.</summary>
    public bool UseWeights { get; init; } = true;
}

namespace NetworkVsCommunity.Algorithms.Centrality;

/// <summary>Options of <see cref="CentralityMeasures.EigenvectorCentrality"/>.</summary>
public sealed record EigenvectorOptions
{
    /// <summary>The default options.</summary>
    public static EigenvectorOptions Default { get; } = new();

    /// <summary>Stop when the largest change of the max-scaled vector falls below this (&gt; 0). Default 1e-12.</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>The iteration limit (≥ 1). Default 100 000.</summary>
    public int MaxIterations { get; init; } = 100_000;

    /// <summary>Use arc weights when the graph is weighted. Default true.</summary>
    public bool UseWeights { get; init; } = true;
}

namespace NetworkVsCommunity.Algorithms.Metrics;

/// <summary>Options of <see cref="RiskMetrics.EpidemicMargin"/> (RSK-3).</summary>
public sealed record EpidemicMarginOptions
{
    /// <summary>The default options.</summary>
    public static EpidemicMarginOptions Default { get; } = new();

    /// <summary>Graphs with at most this many nodes use MathNet's dense eigen-solver; larger ones power iteration on the CSR. Default 2000.</summary>
    public int DenseLimit { get; init; } = 2000;

    /// <summary>Relative tolerance of the power iteration on λ (&gt; 0). Default 1e-10.</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Power-iteration limit (≥ 1). Default 100 000.</summary>
    public int MaxIterations { get; init; } = 100_000;

    /// <summary>The estimated transmissibility β/δ of posts to compare with τ_c; null when unknown. Default null.</summary>
    public double? Transmissibility { get; init; }

    /// <summary>Use arc weights as adjacency entries when the graph is weighted. Default false (the 0/1 adjacency matrix).</summary>
    public bool UseWeights { get; init; }
}

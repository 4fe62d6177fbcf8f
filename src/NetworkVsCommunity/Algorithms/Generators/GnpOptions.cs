namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>Options of <see cref="RandomGraphs.ErdosRenyiGnp(GnpOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>: the Erdős–Rényi G(n, p) model.</summary>
public sealed record GnpOptions
{
    /// <summary>The defaults: 1000 nodes, p = 0.01.</summary>
    public static GnpOptions Default { get; } = new();

    /// <summary>Number of nodes n, 0 or more. Default 1000.</summary>
    public int NodeCount { get; init; } = 1000;

    /// <summary>Probability p of each of the n(n−1)/2 edges, in [0, 1]. Default 0.01.</summary>
    public double EdgeProbability { get; init; } = 0.01;

    /// <summary>The random seed; null (the default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }
}

namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>Options of <see cref="RandomGraphs.ErdosRenyiGnm(GnmOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>: the Erdős–Rényi G(n, m) model.</summary>
public sealed record GnmOptions
{
    /// <summary>The defaults: 1000 nodes, 5000 edges.</summary>
    public static GnmOptions Default { get; } = new();

    /// <summary>Number of nodes n, 0 or more. Default 1000.</summary>
    public int NodeCount { get; init; } = 1000;

    /// <summary>Number of edges m, from 0 to n(n−1)/2. Default 5000.</summary>
    public long EdgeCount { get; init; } = 5000;

    /// <summary>The random seed; null (the default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }
}

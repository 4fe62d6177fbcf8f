namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>Options of <see cref="RandomGraphs.HolmeKim(HolmeKimOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>.</summary>
public sealed record HolmeKimOptions
{
    /// <summary>The defaults: 1000 nodes, 3 edges per new node, triad probability 0.5.</summary>
    public static HolmeKimOptions Default { get; } = new();

    /// <summary>Number of nodes n, greater than <see cref="EdgesPerNode"/>. Default 1000.</summary>
    public int NodeCount { get; init; } = 1000;

    /// <summary>Edges m each new node brings, 1 or more. Default 3.</summary>
    public int EdgesPerNode { get; init; } = 3;

    /// <summary>Probability P_t that an edge after the first is a triad-formation step (closing a triangle), in [0, 1]. Default 0.5.</summary>
    public double TriadProbability { get; init; } = 0.5;

    /// <summary>The random seed; null (the default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }
}

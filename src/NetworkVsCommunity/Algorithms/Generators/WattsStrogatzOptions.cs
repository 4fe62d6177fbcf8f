namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>Options of <see cref="RandomGraphs.WattsStrogatz(WattsStrogatzOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>.</summary>
public sealed record WattsStrogatzOptions
{
    /// <summary>The defaults: 1000 nodes, 4 neighbours, β = 0.1.</summary>
    public static WattsStrogatzOptions Default { get; } = new();

    /// <summary>Number of nodes n, greater than <see cref="Neighbors"/>. Default 1000.</summary>
    public int NodeCount { get; init; } = 1000;

    /// <summary>Lattice degree k: each node starts joined to its k/2 nearest nodes on each side; even, 2 or more. Default 4.</summary>
    public int Neighbors { get; init; } = 4;

    /// <summary>Rewiring probability β in [0, 1]: 0 keeps the ring lattice, 1 rewires every edge (the random control of Centola &amp; Macy). Default 0.1.</summary>
    public double RewiringProbability { get; init; } = 0.1;

    /// <summary>The random seed; null (the default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }
}

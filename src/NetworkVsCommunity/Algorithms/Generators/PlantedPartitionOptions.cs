namespace NetworkVsCommunity.Algorithms.Generators;

/// <summary>Options of <see cref="RandomGraphs.PlantedPartition(PlantedPartitionOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>: a stochastic block model with equal blocks.</summary>
public sealed record PlantedPartitionOptions
{
    /// <summary>The defaults: 4 communities of 32 nodes, p_in = 0.25, p_out = 0.01.</summary>
    public static PlantedPartitionOptions Default { get; } = new();

    /// <summary>Number of communities, 1 or more. Default 4.</summary>
    public int CommunityCount { get; init; } = 4;

    /// <summary>Nodes per community, 1 or more. Default 32.</summary>
    public int CommunitySize { get; init; } = 32;

    /// <summary>Probability of each edge inside a community, in [0, 1]. Default 0.25.</summary>
    public double InternalProbability { get; init; } = 0.25;

    /// <summary>Probability of each edge between communities, in [0, 1]. Default 0.01.</summary>
    public double ExternalProbability { get; init; } = 0.01;

    /// <summary>The random seed; null (the default) draws one from entropy and reports it in the result.</summary>
    public long? RandomSeed { get; init; }
}
